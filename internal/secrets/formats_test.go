package secrets

import (
	"strings"
	"testing"
)

type formatCase struct {
	name   string
	value  string
	secret string // expected value[Start:End]; "" = whole value
	kind   string
	conf   string // "" = any
}

func providerPositives() []formatCase {
	awsID := fakeAWSID()
	awsSecret := fakeAWSSecret()
	ghp := fakeGitHub("p")
	fine := "github" + "_pat_" + synth(22, alnum) + "_" + synth(59, alnum)
	slackBot := "xo" + "xb-" + digitsN(12) + "-" + digitsN(13) + "-" + synth(24, alnum)
	slackUser := "xo" + "xp-" + digitsN(12) + "-" + digitsN(12) + "-" + digitsN(13) + "-" + synth(32, hexLower)
	slackApp := "xa" + "pp-1-A" + synth(10, upperDigits) + "-" + digitsN(13) + "-" + synth(64, hexLower)
	hookPath := "T" + synth(8, upperDigits) + "/B" + synth(10, upperDigits) + "/" + synth(24, alnum)
	discordPath := digitsN(18) + "/" + synth(68, alnum)
	stripeLive := fakeStripe("sk" + "_live_")
	restricted := fakeStripe("rk" + "_live_")
	google := "AI" + "za" + synth(35, alnum)
	sendgrid := "S" + "G." + synth(22, alnum) + "." + synth(43, alnum)
	twilioSK := "S" + "K" + synth(32, hexLower)
	twilioAC := "A" + "C" + synth(32, hexLower)
	openaiProj := "sk-" + "proj-" + synth(64, alnum)
	openaiLegacy := "sk-" + synth(20, alnum) + "T3Blbk" + "FJ" + synth(20, alnum)
	openaiPlain := "sk-" + synth(48, alnum)
	anthropic := "sk-" + "ant-api03-" + synth(93, alnum) + "AA"
	npm := "np" + "m_" + synth(36, alnum)
	pypi := "pypi-" + "AgEIcHlwaS5vcmc" + synth(70, alnum)
	hf := "h" + "f_" + synth(34, letters)
	shopify := "shp" + "at_" + synth(32, hexLower)
	do := "do" + "p_v1_" + synth(64, hexLower)
	azure := synth(86, alnum) + "=="
	gitlab := "gl" + "pat-" + synth(20, alnum)
	jwt := fakeJWT(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"user-42","iat":1700000000}`)
	rsa := pemBlock("RSA ")
	openssh := pemBlock("OPENSSH ")
	plain := pemBlock("")
	ec := pemBlock("EC ")
	return []formatCase{
		{"aws id bare", awsID, "", "aws-access-key-id", High},
		{"aws id in text", "aws_access_key_id = " + awsID + "\n", awsID, "aws-access-key-id", High},
		{"aws sts id", "AS" + "IA" + synth(16, upperDigits), "", "aws-access-key-id", High},
		{"aws secret next to id", awsID + ":" + awsSecret, awsSecret, KindAWSSecretKey, High},
		{"github classic", ghp, "", "github-token", High},
		{"github oauth", fakeGitHub("o"), "", "github-token", High},
		{"github user-to-server", fakeGitHub("u"), "", "github-token", High},
		{"github server", fakeGitHub("s"), "", "github-token", High},
		{"github refresh", fakeGitHub("r"), "", "github-token", High},
		{"github in header", "token " + ghp, ghp, "github-token", High},
		{"github fine-grained", fine, "", "github-token", High},
		{"gitlab", gitlab, "", "gitlab-token", High},
		{"slack bot", slackBot, "", "slack-token", High},
		{"slack user", slackUser, "", "slack-token", High},
		{"slack app", slackApp, "", "slack-token", High},
		{"slack webhook", "https://hooks.slack.com/services/" + hookPath, hookPath, "slack-webhook-url", High},
		{"discord webhook", "https://discord.com/api/webhooks/" + discordPath, discordPath, "discord-webhook-url", High},
		{"stripe live", stripeLive, "", "stripe-secret-key", High},
		{"stripe restricted", restricted, "", "stripe-secret-key", High},
		{"stripe test", fakeStripe("sk" + "_test_"), "", "stripe-test-key", Low},
		{"google", google, "", "google-api-key", High},
		{"google in url", "https://maps.googleapis.com/maps/api/js?key=" + google + "&cb=init", google, "google-api-key", High},
		{"sendgrid", sendgrid, "", "sendgrid-api-key", High},
		{"twilio api key", twilioSK, "", "twilio-api-key", High},
		{"twilio account sid", twilioAC, "", "twilio-account-sid", Medium},
		{"openai project", openaiProj, "", "openai-api-key", High},
		{"openai legacy", openaiLegacy, "", "openai-api-key", High},
		{"openai plain", openaiPlain, "", "openai-api-key", High},
		{"anthropic", anthropic, "", "anthropic-api-key", High},
		{"npm", npm, "", "npm-token", High},
		{"pypi", pypi, "", "pypi-token", High},
		{"huggingface", hf, "", "huggingface-token", High},
		{"shopify", shopify, "", "shopify-token", High},
		{"digitalocean", do, "", "digitalocean-token", High},
		{"azure storage", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + azure + ";EndpointSuffix=core.windows.net", azure, "azure-storage-key", High},
		{"jwt", jwt, "", "jwt", High},
		{"jwt in bearer header", "Bearer " + jwt, jwt, "jwt", High},
		{"rsa private key", rsa, strings.TrimSuffix(rsa, "\n"), KindPrivateKey, High},
		{"openssh private key", openssh, strings.TrimSuffix(openssh, "\n"), KindPrivateKey, High},
		{"pkcs8 private key", plain, strings.TrimSuffix(plain, "\n"), KindPrivateKey, High},
		{"ec private key", ec, strings.TrimSuffix(ec, "\n"), KindPrivateKey, High},
	}
}

func TestProviderFormatsPositive(t *testing.T) {
	for _, tc := range providerPositives() {
		t.Run(tc.name, func(t *testing.T) {
			if !Prefilter(tc.value) {
				t.Errorf("Prefilter(%s) = false", Redact(tc.value))
			}
			ms := Scan(tc.value, Context{})
			want := tc.secret
			if want == "" {
				want = tc.value
			}
			var found *Match
			for i := range ms {
				if ms[i].Kind == tc.kind {
					found = &ms[i]
				}
			}
			if found == nil {
				t.Fatalf("no %s match in %s; got %+v", tc.kind, Redact(tc.value), ms)
			}
			if found.Rule != RuleTokenFormat {
				t.Errorf("rule = %s, want AV102", found.Rule)
			}
			if got := tc.value[found.Start:found.End]; got != want {
				t.Errorf("range = %q, want %q", Redact(got), Redact(want))
			}
			if tc.conf != "" && found.Confidence != tc.conf {
				t.Errorf("confidence = %s, want %s", found.Confidence, tc.conf)
			}
			if found.Description == "" {
				t.Error("empty description")
			}
			// Independent of names: a misleading name changes nothing.
			ms2 := Scan(tc.value, Context{Name: "greeting"})
			if len(ms2) == 0 || ms2[0].Kind != ms[0].Kind {
				t.Errorf("name context changed the result: %+v", ms2)
			}
		})
	}
}

func TestProviderFormatsNegative(t *testing.T) {
	jwtHeader := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
	jwtPayload := "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
	cases := []struct{ name, value string }{
		{"aws doc example", "AK" + "IAIOSFODNN7EXAMPLE"},
		{"aws doc example in config", "aws_access_key_id=AK" + "IAIOSFODNN7EXAMPLE"},
		{"aws doc secret", "AK" + "IAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"},
		{"aws too short", "AK" + "IA" + synth(15, upperDigits)},
		{"aws too long", "AK" + "IA" + synth(17, upperDigits)},
		{"aws glued", "X" + fakeAWSID()},
		{"aws zeros", "AK" + "IA" + "0000000000000000"},
		{"aws xxxx", "AK" + "IA" + "XXXXXXXXXXXXXXXX"},
		{"aws lower", "ak" + "ia" + strings.ToLower(synth(16, upperDigits))},
		{"aws secret alone", fakeAWSSecret()},
		{"github short", "gh" + "p_" + synth(35, alnum)},
		{"github long", "gh" + "p_" + synth(37, alnum)},
		{"github xxx", "gh" + "p_" + strings.Repeat("x", 36)},
		{"github placeholder", "gh" + "p_" + "your" + synth(32, alnum)},
		{"github bad prefix", "gh" + "x_" + synth(36, alnum)},
		{"github truncated doc", "gh" + "p_..."},
		{"stripe publishable live", "pk" + "_live_" + synth(24, alnum)},
		{"stripe publishable test", "pk" + "_test_" + synth(24, alnum)},
		{"stripe example", "sk" + "_live_" + "EXAMPLE" + synth(20, alnum)},
		{"slack prose", "xo" + "xb-not-a-real-token"},
		{"slack truncated", "xo" + "xb-..."},
		{"openai short", "sk-" + synth(20, alnum)},
		{"openai words", "sk-this-is-not-a-key"},
		{"google short", "AI" + "za" + synth(20, alnum)},
		{"twilio no digits", "A" + "C" + "abcdefabcdefabcdefabcdefabcdefab"},
		{"public key", "-----BEGIN PUBLIC KEY-----\n" + synth(64, b64chars) + "\n-----END PUBLIC KEY-----"},
		{"certificate", "-----BEGIN CERTIFICATE-----\n" + synth(64, b64chars) + "\n-----END CERTIFICATE-----"},
		{"bare private key header", "-----BEGIN " + "RSA PRIVATE" + " KEY-----"},
		{"private key header check", "-----BEGIN " + "PRIVATE" + " KEY-----\n"},
		{"private key elided body", "-----BEGIN " + "PRIVATE" + " KEY-----\nMIIEvQIBADANBgkqhkiG9w0B...\n-----END PRIVATE KEY-----"},
		{"jwt.io sample", jwtHeader + "." + jwtPayload + "." + jwtSampleSig},
		{"jwt without alg", fakeJWT(`{"typ":"JWT"}`, `{"sub":"u"}`)},
		{"jwt alg none", fakeJWT(`{"alg":"none"}`, `{"sub":"u"}`)},
		{"jwt two segments", b64url(`{"alg":"HS256"}`) + "." + b64url(`{"sub":"u"}`)},
		{"jwt garbage header", "eyJ" + synth(20, alnum) + ".eyJ" + synth(20, alnum) + "." + synth(30, alnum)},
		{"plain url", "https://api.github.com/repos/org/repo"},
		{"ssh git url", "git@github.com:org/repo.git"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if ms := Scan(tc.value, Context{}); len(ms) != 0 {
				t.Errorf("Scan(%s) = %+v, want nothing", Redact(tc.value), ms)
			}
		})
	}
}

func TestProviderFormatsInTestFiles(t *testing.T) {
	test := Context{TestFile: true}
	if ms := Scan(fakeStripe("sk"+"_test_"), test); len(ms) != 0 {
		t.Errorf("sk_test_ in a test file reported: %+v", ms)
	}
	ms := Scan(fakeGitHub("p"), test)
	if len(ms) != 1 || ms[0].Confidence != High {
		t.Errorf("GitHub token in a test file: %+v, want one high finding", ms)
	}
	ms = Scan(pemBlock("RSA "), test)
	if len(ms) != 1 || ms[0].Confidence != Low {
		t.Errorf("private key in a test file: %+v, want one low finding", ms)
	}
	ms = Scan(fakeJWT(`{"alg":"RS256"}`, `{"sub":"x"}`), test)
	if len(ms) != 1 || ms[0].Confidence != Medium {
		t.Errorf("JWT in a test file: %+v, want one medium finding", ms)
	}
}

func TestStripePublishableUnderCredentialName(t *testing.T) {
	for _, name := range []string{"STRIPE_KEY", "stripe_api_key", "STRIPE_SECRET_KEY"} {
		if ms := Scan("pk"+"_live_"+synth(24, alnum), Context{Name: name}); len(ms) != 0 {
			t.Errorf("%s = pk_live_…: %+v, want nothing", name, ms)
		}
	}
}

func TestAWSSecretByName(t *testing.T) {
	sec := fakeAWSSecret()
	for _, name := range []string{"AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "SecretAccessKey", "awsSecretKey", "AWS_SECRET"} {
		ms := Scan(sec, Context{Name: name})
		if len(ms) != 1 || ms[0].Kind != KindAWSSecretKey || ms[0].Rule != RuleTokenFormat {
			t.Errorf("%s: %+v, want one aws-secret-access-key", name, ms)
		}
	}
	// Under an unrelated credential name it is an ordinary AV101.
	ms := Scan(sec, Context{Name: "api_secret"})
	if len(ms) != 1 || ms[0].Rule != RuleCredential {
		t.Errorf("api_secret: %+v, want AV101", ms)
	}
	// In key=value text.
	ms = Scan("[default]\naws_secret_access_key="+sec+"\n", Context{})
	if len(ms) != 1 || ms[0].Kind != KindAWSSecretKey {
		t.Errorf("credentials file: %+v", ms)
	}
}

func TestProviderWinsOverName(t *testing.T) {
	tok := fakeStripe("sk" + "_live_")
	ms := Scan(tok, Context{Name: "STRIPE_SECRET_KEY"})
	if len(ms) != 1 || ms[0].Rule != RuleTokenFormat {
		t.Fatalf("got %+v, want only the AV102 match", ms)
	}
	url := "https://x-access-token:" + fakeGitHub("s") + "@github.com/org/repo.git"
	ms = Scan(url, Context{Name: "REPO_URL"})
	if len(ms) != 1 || ms[0].Kind != "github-token" {
		t.Fatalf("token in URL: %+v, want only github-token", ms)
	}
}
