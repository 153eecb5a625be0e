package crypto

import (
	"fmt"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/credentials"
)

// Every JWT idiom spells jwt (import jwt, from jose import jwt) or JWT (Flask-JWT-Extended's
// JWT_* settings).
var (
	jwtKeywords = []string{"jwt", "JWT", "JsonWebToken", "JsonWebSignature"}
	jwtKinds    = []string{"call", "assignment", "augmented_assignment"}
)

// JWTVerificationDisabled reports JWTs decoded without signature verification (AV601).
var JWTVerificationDisabled = python.NewAnalyzer("AV601", jwtKinds, jwtKeywords, runVerificationDisabled)

// JWTNoneAlgorithm reports the "none" algorithm accepted or used to sign (AV602).
var JWTNoneAlgorithm = python.NewAnalyzer("AV602", jwtKinds, jwtKeywords, runNoneAlgorithm)

// JWTWithoutAlgorithms reports decodes that let the token pick its algorithm (AV603).
var JWTWithoutAlgorithms = python.NewAnalyzer("AV603", jwtKinds, jwtKeywords, runWithoutAlgorithms)

// JWTAlgorithmConfusion reports HMAC and public-key algorithms accepted together (AV604).
var JWTAlgorithmConfusion = python.NewAnalyzer("AV604", jwtKinds, jwtKeywords, runAlgorithmConfusion)

const (
	verifySignatureMsg = `%s decodes the token without verifying its signature (verify_signature is False): anyone can write a token ` +
		`with any claims and it is accepted; pass the key and algorithms=[...] and leave verification on`
	verifyFalseMsg = `jwt.decode(..., verify=False) skips signature verification in PyJWT 1.x: anyone can write a token with any ` +
		`claims and it is accepted; remove verify=False and pass the key and algorithms=[...]`
	noneDecodeMsg = `the "none" algorithm is accepted: a token with "alg": "none" carries no signature, so anyone can strip the ` +
		`signature from a token, change its claims and be let in; list only the algorithm the key is for`
	noneEncodeMsg = `the token is signed with the "none" algorithm, which means not signed: anyone can change its claims; ` +
		`sign with HS256 and a secret key, or RS256/ES256 and a private key`
	noneSettingMsg = `%s allows the "none" algorithm: Flask-JWT-Extended then issues or accepts unsigned tokens that anyone ` +
		`can forge; use HS256 with JWT_SECRET_KEY, or RS256 with a key pair`
	noAlgorithmsMsg = `%s is given a key but no algorithms: python-jose and PyJWT 1.x then use whatever algorithm the token's ` +
		`header names, so a token signed with HS256 and the public key as secret passes (algorithm confusion), and PyJWT 2 ` +
		`raises; pass algorithms=[...] naming the one algorithm the key is for`
	headerAlgorithmMsg = `the algorithms passed to %s come from the token's own header, which the attacker writes: a token ` +
		`signed with HS256 and the public key as secret passes (algorithm confusion); pass a fixed algorithms=[...]`
	confusionMsg = `HMAC (%s) and public-key (%s) algorithms are accepted together: an attacker signs a token with %s using ` +
		`the public key as the HMAC secret and it verifies; accept one family per key (separate decode calls per key)`
	confusionSettingMsg = `JWT_DECODE_ALGORITHMS accepts HMAC (%s) and public-key (%s) algorithms together: a token signed ` +
		`with %s using the public key as the HMAC secret verifies; keep to the family of JWT_ALGORITHM`
)

// jwtLib names the JWT libraries.
const (
	pyjwt   = "PyJWT"
	jose    = "python-jose"
	authlib = "Authlib"
)

// A jwtCall is a call of a JWT library function.
type jwtCall struct {
	call *sitter.Node
	lib  string
	op   string // decode, encode, header (get_unverified_header), accept (an Authlib instance's algorithms)
	name string // as written, for messages
}

func jwtCallOf(f *python.File, call *sitter.Node) (jwtCall, bool) {
	callee := python.Callee(call)
	if callee == nil {
		return jwtCall{}, false
	}
	jc := jwtCall{call: call, name: shorten(f.Text(callee))}
	switch resolved(f, callee) {
	case "jwt.decode", "jwt.decode_complete", "jwt.api_jwt.decode", "jwt.api_jwt.decode_complete":
		jc.lib, jc.op = pyjwt, "decode"
	case "jwt.encode", "jwt.api_jwt.encode":
		jc.lib, jc.op = pyjwt, "encode"
	case "jwt.get_unverified_header", "jwt.api_jws.get_unverified_header":
		jc.lib, jc.op = pyjwt, "header"
	case "jose.jwt.decode":
		jc.lib, jc.op = jose, "decode"
	case "jose.jwt.encode":
		jc.lib, jc.op = jose, "encode"
	case "jose.jwt.get_unverified_header", "jose.jws.get_unverified_header":
		jc.lib, jc.op = jose, "header"
	case "authlib.jose.JsonWebToken", "authlib.jose.rfc7519.JsonWebToken",
		"authlib.jose.JsonWebSignature", "authlib.jose.rfc7515.JsonWebSignature":
		// JsonWebToken(["RS256"]): the algorithms every decode of the instance accepts.
		jc.lib, jc.op = authlib, "accept"
	default:
		// jwt.PyJWT().decode(...)
		m := attrName(f, callee)
		obj := python.Unparen(python.Child(callee, "object"))
		if obj == nil || python.KindOf(obj) != "call" {
			return jc, false
		}
		if q := resolved(f, python.Callee(obj)); q != "jwt.PyJWT" && q != "jwt.api_jwt.PyJWT" {
			return jc, false
		}
		switch m {
		case "decode", "decode_complete":
			jc.lib, jc.op = pyjwt, "decode"
		case "encode":
			jc.lib, jc.op = pyjwt, "encode"
		default:
			return jc, false
		}
	}
	return jc, true
}

// jwtFile holds what the JWT analyzers share for one file.
type jwtFile struct {
	f     *python.File
	s     *scope
	calls []jwtCall
}

func newJWTFile(pass *python.Pass) *jwtFile {
	f := pass.File
	j := &jwtFile{f: f, s: python.Shared(f, scopeKey{}, func() *scope { return newScope(f, pass.Nodes("assignment"), pass.Nodes("augmented_assignment")) })}
	for _, call := range pass.Nodes("call") {
		if jc, ok := jwtCallOf(f, call); ok {
			j.calls = append(j.calls, jc)
		}
	}
	return j
}

// follow returns the value n stands for: n itself, or the one value a name was given.
func (j *jwtFile) follow(n *sitter.Node) *sitter.Node {
	for i := 0; i < maxDepth; i++ {
		n = python.Unparen(n)
		if n == nil || python.KindOf(n) != "identifier" {
			return n
		}
		v, _ := j.s.value(n)
		if v == nil {
			return n
		}
		n = v
	}
	return n
}

// decodeArgs returns the key, algorithms and options arguments of a decode call. PyJWT's
// positional order is (jwt, key, algorithms, options); PyJWT 1.x had verify third, which a
// boolean there stands for. python-jose's is (token, key, algorithms, options).
func (j *jwtFile) decodeArgs(jc jwtCall) (key, algorithms, options, verify *sitter.Node) {
	f := j.f
	key = arg(f, jc.call, 1, "key")
	algorithms = arg(f, jc.call, 2, "algorithms")
	options = arg(f, jc.call, 3, "options")
	verify = f.KeywordArg(jc.call, "verify")
	if a := python.Unparen(algorithms); jc.lib == pyjwt && a != nil && (python.KindOf(a) == "true" || python.KindOf(a) == "false") && f.KeywordArg(jc.call, "algorithms") == nil {
		verify, algorithms = a, arg(f, jc.call, 3, "algorithms")
		options = arg(f, jc.call, 4, "options")
	}
	return
}

// unverified returns the node that switches off signature verification in a decode call, and
// the message for it.
func (j *jwtFile) unverified(jc jwtCall) (*sitter.Node, string) {
	if jc.op != "decode" {
		return nil, ""
	}
	f := j.f
	_, _, options, verify := j.decodeArgs(jc)
	if verify != nil && isFalse(f, verify) && jc.lib == pyjwt {
		if p := python.Parent(verify); p != nil && python.KindOf(p) == "keyword_argument" {
			return p, verifyFalseMsg
		}
		return verify, verifyFalseMsg
	}
	opts := j.follow(options)
	if opts == nil {
		return nil, ""
	}
	var v *sitter.Node
	switch python.KindOf(opts) {
	case "dictionary":
		v = f.DictValue(opts, "verify_signature")
	case "call":
		if builtin(f, python.Callee(opts), "dict") {
			v = f.KeywordArg(opts, "verify_signature")
		}
	}
	if v == nil || !isFalse(f, j.follow(v)) {
		return nil, ""
	}
	at := v
	if p := python.Parent(v); p != nil && (python.KindOf(p) == "pair" || python.KindOf(p) == "keyword_argument") && within(p, jc.call) {
		at = p
	} else if !within(v, jc.call) {
		at = options // the options dictionary is defined elsewhere: point at the argument
	}
	return at, fmt.Sprintf(verifySignatureMsg, jc.name)
}

func runVerificationDisabled(pass *python.Pass) {
	if pass.File.IsTest() {
		return
	}
	j := newJWTFile(pass)
	for _, jc := range j.calls {
		at, msg := j.unverified(jc)
		if at == nil || j.verifiedNearby(jc) {
			continue
		}
		pass.Report(python.NodeDiagnostic(at, msg))
	}
}

// verifiedNearby reports whether an unverified decode without a key sits in a function that also
// decodes with verification: reading the kid or iss first to choose the key is how key sets are
// handled. An unverified decode given a key is not such a peek: it is the fallback that returns
// the claims of an expired or forged token when the verified decode fails.
func (j *jwtFile) verifiedNearby(jc jwtCall) bool {
	fn := python.EnclosingFunction(jc.call)
	if fn == nil {
		return false
	}
	if key, _, _, _ := j.decodeArgs(jc); key != nil {
		if k := python.Unparen(key); python.KindOf(k) != "none" {
			if s, ok := j.f.StringValue(k); !ok || s != "" {
				return false
			}
		}
	}
	for _, other := range j.calls {
		if other.op != "decode" || other.call.Id() == jc.call.Id() || !within(other.call, fn) {
			continue
		}
		if at, _ := j.unverified(other); at == nil {
			return true
		}
	}
	return false
}

// An algorithm is one algorithm name in a list given to a JWT call.
type algorithm struct {
	name string
	node *sitter.Node // the literal
}

// algorithms returns the constant algorithm names n holds: a string or a list, tuple or set of
// strings, directly or through a name. local reports whether they were written in n itself.
func (j *jwtFile) algorithms(n *sitter.Node) (algs []algorithm, local bool) {
	v := j.follow(n)
	if v == nil {
		return nil, false
	}
	local = python.Unparen(n) == nil || v.Id() == python.Unparen(n).Id()
	if s, ok := j.f.StringValue(v); ok {
		return []algorithm{{s, v}}, local
	}
	switch python.KindOf(v) {
	case "list", "tuple", "set":
		for i := uint(0); i < python.NamedChildCount(v); i++ {
			e := python.NamedChild(v, i)
			if s, ok := j.f.StringValue(e); ok {
				algs = append(algs, algorithm{s, e})
			}
		}
	}
	return algs, local
}

func names(algs []algorithm) []string {
	out := make([]string, len(algs))
	for i, a := range algs {
		out[i] = a.name
	}
	return out
}

// settingDefinition reports whether the name n stands for a Flask-JWT-Extended setting
// assigned at module or class level (reported where it is defined).
func (j *jwtFile) settingDefinition(n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "identifier" {
		return false
	}
	_, b := j.s.value(n)
	return b != nil && b.fn == nil && jwtSettings[j.f.Text(n)]
}

// jwtSettings are Flask-JWT-Extended's algorithm settings.
var jwtSettings = map[string]bool{"JWT_ALGORITHM": true, "JWT_DECODE_ALGORITHMS": true}

// A setting is one Flask-JWT-Extended algorithm setting given a value.
type setting struct {
	name  string
	value *sitter.Node
	at    *sitter.Node // what a finding spans
}

// settings lists the Flask-JWT-Extended algorithm settings of the file: app.config["JWT_ALGORITHM"]
// = ..., app.config.update(JWT_ALGORITHM=...), and JWT_ALGORITHM = ... at module or class level
// (configuration modules and classes loaded with from_object).
func (j *jwtFile) settings(pass *python.Pass) []setting {
	f := j.f
	var out []setting
	for _, a := range pass.Nodes("assignment") {
		left, value := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || value == nil {
			continue
		}
		switch python.KindOf(left) {
		case "subscript":
			if key, ok := f.SubscriptKey(left); ok && jwtSettings[key] && attrName(f, python.Child(left, "value")) == "config" {
				out = append(out, setting{key, value, a})
			}
		case "identifier":
			if name := f.Text(left); jwtSettings[name] && python.EnclosingFunction(a) == nil {
				out = append(out, setting{name, value, a})
			}
		}
	}
	for _, call := range pass.Nodes("call") {
		callee := python.Callee(call)
		if m := attrName(f, callee); m != "update" && m != "from_mapping" || attrName(f, python.Child(callee, "object")) != "config" {
			continue
		}
		for _, name := range []string{"JWT_ALGORITHM", "JWT_DECODE_ALGORITHMS"} {
			if v := f.KeywordArg(call, name); v != nil {
				out = append(out, setting{name, v, python.Parent(v)})
			}
		}
	}
	return out
}

func runNoneAlgorithm(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	j := newJWTFile(pass)
	for _, jc := range j.calls {
		var n *sitter.Node
		msg := noneDecodeMsg
		switch {
		case jc.op == "decode":
			_, n, _, _ = j.decodeArgs(jc)
		case jc.op == "encode":
			n, msg = arg(f, jc.call, 2, "algorithm"), noneEncodeMsg
		case jc.op == "accept":
			n = arg(f, jc.call, 0, "algorithms")
		}
		if n == nil || j.settingDefinition(n) {
			continue
		}
		algs, local := j.algorithms(n)
		for _, a := range algs {
			if strings.EqualFold(a.name, "none") {
				at := a.node
				if !local {
					at = n
				}
				pass.Report(python.NodeDiagnostic(at, msg))
			}
		}
	}
	for _, s := range j.settings(pass) {
		algs, _ := j.algorithms(s.value)
		for _, a := range algs {
			if strings.EqualFold(a.name, "none") {
				pass.Report(python.NodeDiagnostic(s.at, fmt.Sprintf(noneSettingMsg, s.name)))
				break
			}
		}
	}
}

func runWithoutAlgorithms(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	j := newJWTFile(pass)
	for _, jc := range j.calls {
		if jc.op != "decode" || hasSplat(jc.call) {
			continue
		}
		if at, _ := j.unverified(jc); at != nil {
			continue // no signature check at all: verification-disabled's finding
		}
		key, algs, _, _ := j.decodeArgs(jc)
		switch {
		case key == nil:
			continue // no key: the decode fails unless verification is off
		case algs == nil || python.KindOf(python.Unparen(algs)) == "none":
			pass.Report(python.NodeDiagnostic(jc.call, fmt.Sprintf(noAlgorithmsMsg, jc.name)))
		case j.fromHeader(algs):
			pass.Report(python.NodeDiagnostic(algs, fmt.Sprintf(headerAlgorithmMsg, jc.name)))
		}
	}
}

// fromHeader reports whether an algorithms argument is read from the token's unverified
// header: [header["alg"]], jwt.get_unverified_header(token)["alg"], header.get("alg").
func (j *jwtFile) fromHeader(n *sitter.Node) bool {
	f := j.f
	stack := []*sitter.Node{n}
	for steps := 0; len(stack) > 0 && steps < 64; steps++ {
		e := python.Unparen(stack[len(stack)-1])
		stack = stack[:len(stack)-1]
		if e == nil {
			continue
		}
		var container *sitter.Node
		switch python.KindOf(e) {
		case "list", "tuple", "set":
			for i := uint(0); i < python.NamedChildCount(e); i++ {
				stack = append(stack, python.NamedChild(e, i))
			}
			continue
		case "identifier":
			if v, _ := j.s.value(e); v != nil {
				stack = append(stack, v)
			}
			continue
		case "subscript":
			if key, ok := f.SubscriptKey(e); ok && key == "alg" {
				container = python.Child(e, "value")
			}
		case "call":
			if attrName(f, python.Callee(e)) == "get" {
				if args := python.CallArgs(e); len(args) > 0 {
					if key, ok := f.StringValue(args[0]); ok && key == "alg" {
						container = python.Child(python.Callee(e), "object")
					}
				}
			}
		}
		if c := j.follow(container); c != nil && python.KindOf(c) == "call" {
			if jc, ok := jwtCallOf(f, c); ok && jc.op == "header" {
				return true
			}
		}
	}
	return false
}

func runAlgorithmConfusion(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	j := newJWTFile(pass)
	for _, jc := range j.calls {
		var n *sitter.Node
		switch jc.op {
		case "decode":
			_, n, _, _ = j.decodeArgs(jc)
		case "accept":
			n = arg(f, jc.call, 0, "algorithms")
		}
		if n == nil || j.settingDefinition(n) {
			continue
		}
		algs, _ := j.algorithms(n)
		if h, p, ok := credentials.MixedAlgorithms(names(algs)); ok {
			pass.Report(python.NodeDiagnostic(n, fmt.Sprintf(confusionMsg, h, p, h)))
		}
	}
	for _, s := range j.settings(pass) {
		if s.name != "JWT_DECODE_ALGORITHMS" {
			continue
		}
		algs, _ := j.algorithms(s.value)
		if h, p, ok := credentials.MixedAlgorithms(names(algs)); ok {
			pass.Report(python.NodeDiagnostic(s.at, fmt.Sprintf(confusionSettingMsg, h, p, h)))
		}
	}
}
