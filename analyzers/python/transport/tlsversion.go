package transport

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// TLSVersion reports TLS versions below 1.2 configured explicitly (AV504).
var TLSVersion = python.NewAnalyzer("AV504", withKinds("call", "assignment", "default_parameter", "typed_default_parameter"),
	// Every weak constant spells one of these (PROTOCOL_TLSv1_1, TLSv1_METHOD, TLSVersion.SSLv3...).
	[]string{"TLSv1", "SSLv2", "SSLv3", "MINIMUM_SUPPORTED", "TLS1_VERSION", "TLS1_1_VERSION", "SSL3_VERSION"},
	runTLSVersion)

// weakVersions maps the qualified names of protocol constants below TLS 1.2 to the version
// they stand for.
var weakVersions = map[string]string{
	"ssl.PROTOCOL_SSLv2":               "SSL 2.0",
	"ssl.PROTOCOL_SSLv3":               "SSL 3.0",
	"ssl.PROTOCOL_TLSv1":               "TLS 1.0",
	"ssl.PROTOCOL_TLSv1_1":             "TLS 1.1",
	"ssl.TLSVersion.SSLv3":             "SSL 3.0",
	"ssl.TLSVersion.TLSv1":             "TLS 1.0",
	"ssl.TLSVersion.TLSv1_1":           "TLS 1.1",
	"OpenSSL.SSL.SSLv2_METHOD":         "SSL 2.0",
	"OpenSSL.SSL.SSLv3_METHOD":         "SSL 3.0",
	"OpenSSL.SSL.TLSv1_METHOD":         "TLS 1.0",
	"OpenSSL.SSL.TLSv1_1_METHOD":       "TLS 1.1",
	"OpenSSL.SSL.SSL3_VERSION":         "SSL 3.0",
	"OpenSSL.SSL.TLS1_VERSION":         "TLS 1.0",
	"OpenSSL.SSL.TLS1_1_VERSION":       "TLS 1.1",
	"ssl.TLSVersion.MINIMUM_SUPPORTED": "the oldest version the OpenSSL build supports (TLS 1.0 on many)",
}

const (
	weakMsg = "%s allows %s, deprecated by RFC 8996 (MD5 and SHA-1 in the handshake, CBC attacks such as BEAST and POODLE): " +
		"an attacker on the network path can downgrade connections to it; require TLS 1.2 or later " +
		"(ssl.create_default_context(), minimum_version = ssl.TLSVersion.TLSv1_2)"
	raiseFix = "Require TLS 1.2"
)

func runTLSVersion(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	// report reports the weak constant v, used as the value of what (an argument or an
	// attribute); minimum says whether it sets the lowest version allowed.
	seen := map[uintptr]bool{}
	report := func(v *sitter.Node, what string, minimum bool) {
		q := pyOpenSSLName(f.QualifiedName(v))
		version, ok := weakVersions[q]
		if !ok || strings.HasSuffix(q, "MINIMUM_SUPPORTED") && !minimum || seen[v.Id()] || optIn(f, v) {
			return
		}
		seen[v.Id()] = true
		d := python.NodeDiagnostic(v, sprintf(weakMsg, what, version))
		if minimum && strings.HasPrefix(q, "ssl.TLSVersion.") {
			if attr := python.Child(python.Unparen(v), "attribute"); attr != nil {
				d = python.WithFix(d, raiseFix, python.ReplaceNode(attr, "TLSv1_2"))
			}
		}
		pass.Report(d)
	}
	for _, call := range pass.Nodes("call") {
		name := f.DottedName(python.Callee(call))
		name = name[strings.LastIndex(name, ".")+1:]
		args := python.Child(call, "arguments")
		for i := uint(0); args != nil && python.KindOf(args) == "argument_list" && i < python.NamedChildCount(args); i++ {
			a := python.NamedChild(args, i)
			switch python.KindOf(a) {
			case "keyword_argument":
				kw := f.Text(python.Child(a, "name"))
				v := python.Child(a, "value")
				report(v, kw+"="+f.Text(v), strings.Contains(kw, "minimum_version"))
			case "list_splat", "dictionary_splat", "comment":
			default:
				report(a, name+"("+f.Text(a)+")", name == "set_min_proto_version")
			}
		}
	}
	// def connect(host, version=ssl.PROTOCOL_TLSv1): the default is what callers get.
	for _, kind := range []string{"default_parameter", "typed_default_parameter"} {
		for _, p := range pass.Nodes(kind) {
			name, v := python.Child(p, "name"), python.Child(p, "value")
			if name != nil && v != nil {
				report(v, f.Text(name)+"="+f.Text(v), strings.Contains(f.Text(name), "minimum_version"))
			}
		}
	}
	for _, a := range pass.Nodes("assignment") {
		left, value := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || value == nil {
			continue
		}
		target := f.Text(left)
		attr := target[strings.LastIndex(target, ".")+1:]
		report(value, target+" = "+f.Text(value), attr == "minimum_version")
	}
}

// pyOpenSSLName reads SSL.TLSv1_METHOD as pyOpenSSL's constant whatever module SSL is imported
// from: the names are pyOpenSSL's own, also when the import is misspelled (from pyOpenSSL import
// SSL) or goes through a wrapper module.
func pyOpenSSLName(q string) string {
	if i := strings.LastIndex(q, ".SSL."); i >= 0 && !strings.HasPrefix(q, "OpenSSL.SSL.") {
		if c := "OpenSSL" + q[i:]; weakVersions[c] != "" {
			return c
		}
	}
	return q
}
