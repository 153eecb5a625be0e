package secrets

import "testing"

func TestIsPlaceholder(t *testing.T) {
	yes := []string{
		"your_secret_key_here", "your_api_key", "YOUR_API_KEY", "your-secret", "your_username",
		"YourApiKey", "yourtoken", "<your-token>", "<password>", "<API_KEY>", "[YOUR_API_KEY]",
		"changeme", "change_me", "CHANGE-ME", "changeit", "replace_me", "replace-me", "REPLACE_ME",
		"TODO", "todo", "FIXME", "xxx", "XXXXXXXX", "xxxx-xxxx-xxxx", "***", "********", "•••••",
		"example", "dummy", "test", "secret", "SECRET", "password", "Password", "pass", "admin",
		"123456", "12345678", "password123", "Password1!", "p@ssw0rd", "letmein", "qwerty",
		"sk_test_xxxxxxxxxxxx", "gh" + "p_...", "sk-...", "my-secret-key", "mysecretkey",
		"mysecretpassword", "super-secret", "supersecret", "super_secret_key", "dev-secret-key",
		"insecure-dev-key", "insert-your-token-here", "put-your-api-key-here",
		"enter_your_password", "paste-token-here", "not-a-real-secret", "test-secret",
		"test_password_123", "secret123", "default-token", "demo_api_key", "keyboard cat",
		"YOUR_OPENAI_API_KEY", "secret_key", "api-key", "your-stripe-secret-key", "aaaa", "00000000",
	}
	no := []string{
		"", "   ", "hunter2", "S3cr3tP@ss", "correct-horse-battery", "MyP@ssw0rd", "Bearer",
		"Authorization", "application/json", "auth_token", "True",
		"mysql", "django-insecure-" + synth(40, alnum), synth(32, alnum), "sunshine",
		"xyz123", "GET", "/api/token", "tr0ub4dor&3", "blue-sky-river-stone",
	}
	for _, v := range yes {
		if !IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = false, want true", v)
		}
	}
	for _, v := range no {
		if IsPlaceholder(v) {
			t.Errorf("IsPlaceholder(%q) = true, want false", v)
		}
	}
}
