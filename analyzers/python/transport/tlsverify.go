package transport

import (
	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// TLSVerify reports TLS certificate or host name verification switched off (AV503).
var TLSVerify = python.NewAnalyzer("AV503", withKinds("call", "assignment"),
	// verify=, .verify, verify_ssl=, verify_mode; ssl= and ssl.*; check_hostname; cert_reqs=
	// (its string form "CERT_NONE" and "NONE" need the keyword); urllib3's assert_hostname.
	[]string{"verify", "ssl", "check_hostname", "cert_reqs", "assert_hostname"},
	runTLSVerify)

const (
	tlsRisk = "anyone on the network path can impersonate the server and read or change the traffic, credentials included"
	// verifyMsg takes the switch as written.
	verifyMsg     = "%s turns off TLS certificate verification: " + tlsRisk + "; remove it, or trust a private CA with verify=\"/path/to/ca.pem\""
	aiohttpMsg    = "%s turns off TLS certificate verification: " + tlsRisk + "; remove it, or pass ssl= an ssl.SSLContext that trusts your CA"
	sessionMsg    = "%s turns off TLS certificate verification for every request of the session: " + tlsRisk + "; remove it, or set it to the path of a CA bundle"
	unverifiedMsg = "ssl._create_unverified_context builds a context that checks neither the certificate nor the host name: " + tlsRisk + "; use ssl.create_default_context() (cafile= for a private CA)"
	hostnameMsg   = "%s turns off host name verification: any valid certificate, issued for any site, is accepted, so " + tlsRisk + "; keep check_hostname on"
	wrapSocketMsg = "ssl.wrap_socket without cert_reqs checks neither the certificate nor the host name of the server (its default is " +
		"ssl.CERT_NONE): " + tlsRisk + "; use ssl.create_default_context().wrap_socket(sock, server_hostname=host)"
	certNoneMsg = "%s turns off TLS certificate verification: " + tlsRisk + "; use ssl.CERT_REQUIRED (the default of ssl.create_default_context())"

	removeFix   = "Remove the switch"
	trueFix     = "Set it to True"
	requiredFix = "Require certificates"
)

func runTLSVerify(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	b := python.Shared(pass.File, binderKey{}, func() *binder { return newBinder(pass) })
	cl := newClients(b)
	aiohttp := f.ImportsModule("aiohttp")
	for _, call := range pass.Nodes("call") {
		q := f.QualifiedName(python.Callee(call))
		if q == "ssl._create_unverified_context" {
			if !optIn(f, call) {
				pass.Reportf(call, unverifiedMsg)
			}
			continue
		}
		if q == "ssl.wrap_socket" && clientWrapWithoutVerification(f, call) && !optIn(f, call) {
			pass.Reportf(call, wrapSocketMsg)
			continue
		}
		if v := f.KeywordArg(call, "cert_reqs"); v != nil && certNone(f, v) && !optIn(f, call) {
			pass.Report(certNoneFix(f, python.NodeDiagnostic(v, sprintf(certNoneMsg, "cert_reqs="+f.Text(v))), v))
		}
		if v := f.KeywordArg(call, "assert_hostname"); v != nil && isFalse(v) && urllib3Call(cl, call) && !optIn(f, call) {
			pass.Report(removeArg(f, call, "assert_hostname", python.NodeDiagnostic(v, sprintf(hostnameMsg, "assert_hostname=False"))))
		}
		cc, isClient := cl.classify(call, true)
		if q == "aiohttp.TCPConnector" || q == "aiohttp.connector.TCPConnector" {
			cc, isClient = clientCall{call: call, lib: "aiohttp", ctor: true}, true
		}
		if !isClient {
			continue
		}
		conditional := cc.ctor && optIn(f, call)
		switch {
		case cc.lib == "requests" || cc.lib == "httpx" || cc.lib == "" && (f.ImportsModule("requests") || f.ImportsModule("httpx")):
			if v := f.KeywordArg(call, "verify"); v != nil && isFalse(v) && !conditional {
				pass.Report(removeArg(f, call, "verify", python.NodeDiagnostic(python.Parent(v), sprintf(verifyMsg, "verify=False"))))
			} else if v != nil && !conditional && falseByName(b, v) {
				pass.Report(python.NodeDiagnostic(python.Parent(v), sprintf(verifyMsg, "verify="+f.Text(v)+", which is False,")))
			}
		}
		if cc.lib == "aiohttp" || cc.lib == "" && aiohttp {
			for _, name := range []string{"ssl", "verify_ssl"} {
				if v := f.KeywordArg(call, name); v != nil && isFalse(v) && !conditional {
					pass.Report(removeArg(f, call, name, python.NodeDiagnostic(python.Parent(v), sprintf(aiohttpMsg, name+"=False"))))
				} else if v != nil && !conditional && falseByName(b, v) {
					pass.Report(python.NodeDiagnostic(python.Parent(v), sprintf(aiohttpMsg, name+"="+f.Text(v)+", which is False,")))
				}
			}
		}
	}
	for _, a := range pass.Nodes("assignment") {
		left, value := python.Child(a, "left"), python.AssignedValue(a)
		if left == nil || value == nil {
			continue
		}
		if f.QualifiedName(value) == "ssl._create_unverified_context" {
			// ssl._create_default_https_context = ssl._create_unverified_context
			if !optIn(f, a) {
				pass.Reportf(a, unverifiedMsg)
			}
			continue
		}
		if python.KindOf(left) != "attribute" || optIn(f, a) {
			continue
		}
		recv := python.Child(left, "object")
		attr := f.Text(python.Child(left, "attribute"))
		if (attr == "check_hostname" || attr == "verify_mode") && (f.Text(recv) == "self" || serverContext(b, recv)) {
			// A class implementing a context sets its own defaults; a server's context does
			// not check host names, and CERT_NONE there only means no client certificates.
			continue
		}
		switch attr {
		case "verify":
			if !isFalse(value) || !requestsSession(cl, recv) {
				continue
			}
			d := python.NodeDiagnostic(a, sprintf(sessionMsg, f.Text(left)+" = False"))
			if own := python.Unparen(python.Child(a, "right")); own != nil && own.Id() == value.Id() {
				d = python.WithFix(d, trueFix, python.ReplaceNode(value, "True"))
			}
			pass.Report(d)
		case "check_hostname":
			if isFalse(value) {
				pass.Reportf(a, hostnameMsg, f.Text(left)+" = False")
			}
		case "verify_mode":
			if certNone(f, value) {
				pass.Report(certNoneFix(f, python.NodeDiagnostic(a, sprintf(certNoneMsg, f.Text(left)+" = "+f.Text(value))), value))
			}
		}
	}
}

// serverContext reports whether recv holds an SSL context for the server side:
// SSLContext(PROTOCOL_TLS_SERVER) or create_default_context(Purpose.CLIENT_AUTH).
func serverContext(b *binder, recv *sitter.Node) bool {
	f := b.f
	v := b.resolve(recv)
	if v == nil || python.KindOf(v) != "call" {
		return false
	}
	switch f.QualifiedName(python.Callee(v)) {
	case "ssl.SSLContext":
		return f.QualifiedName(argAt(f, v, 0, "protocol")) == "ssl.PROTOCOL_TLS_SERVER"
	case "ssl.create_default_context":
		return f.QualifiedName(argAt(f, v, 0, "purpose")) == "ssl.Purpose.CLIENT_AUTH"
	}
	return false
}

// isFalse reports whether n is the constant False.
// falseByName reports whether n is a plain name whose one binding reaching it is the constant
// False, set unconditionally (VERIFY_SSL = False at module level, verify = False in the function).
// A parameter, or a value chosen in an if/else at run time (an --insecure flag), is an opt-in.
func falseByName(b *binder, n *sitter.Node) bool {
	n = python.Unparen(n)
	if n == nil || python.KindOf(n) != "identifier" {
		return false
	}
	bs := b.bindings(n, b.f.Text(n))
	if len(bs) != 1 || bs[0].value == nil || !isFalse(bs[0].value) {
		return false
	}
	return !optIn(b.f, bs[0].site)
}

// clientWrapWithoutVerification reports ssl.wrap_socket(sock, ...) on the client side (no
// server_side, or server_side=False) with cert_reqs left to its default, ssl.CERT_NONE. A fourth
// positional argument is server_side, which may be true: such calls are left alone.
func clientWrapWithoutVerification(f *python.File, call *sitter.Node) bool {
	n := len(python.CallArgs(call))
	if n == 0 && f.KeywordArg(call, "sock") == nil || n > 3 || f.KeywordArg(call, "cert_reqs") != nil || hasSplatArg(call) {
		return false // no socket to wrap, or the arguments are not all visible
	}
	side := f.KeywordArg(call, "server_side")
	return side == nil || isFalse(side)
}

// hasSplatArg reports whether a call passes *args or **kwargs.
func hasSplatArg(call *sitter.Node) bool {
	args := python.Child(call, "arguments")
	for i := uint(0); args != nil && i < python.NamedChildCount(args); i++ {
		switch python.KindOf(python.NamedChild(args, i)) {
		case "list_splat", "dictionary_splat":
			return true
		}
	}
	return false
}

func isFalse(n *sitter.Node) bool {
	n = python.Unparen(n)
	return n != nil && python.KindOf(n) == "false"
}

// certNone reports whether n is ssl.CERT_NONE (or VerifyMode.CERT_NONE), or urllib3's string
// spelling "CERT_NONE" / "NONE".
func certNone(f *python.File, n *sitter.Node) bool {
	switch f.QualifiedName(n) {
	case "ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE":
		return true
	}
	s, ok := f.StringValue(n)
	return ok && (s == "CERT_NONE" || s == "NONE")
}

// certNoneFix offers to require certificates: ssl.CERT_NONE becomes ssl.CERT_REQUIRED.
func certNoneFix(f *python.File, d python.Diagnostic, v *sitter.Node) python.Diagnostic {
	v = python.Unparen(v)
	switch {
	case python.KindOf(v) == "attribute" && f.Text(python.Child(v, "attribute")) == "CERT_NONE":
		return python.WithFix(d, requiredFix, python.ReplaceNode(python.Child(v, "attribute"), "CERT_REQUIRED"))
	case python.KindOf(v) == "string":
		if s, _ := f.StringValue(v); s == "CERT_NONE" {
			return python.WithFix(d, requiredFix, python.ReplaceNode(python.StringContent(v), "CERT_REQUIRED"))
		}
	}
	return d
}

// removeArg attaches the fix that deletes the keyword argument name, when it is written in the
// call itself (not splatted from a dictionary).
func removeArg(f *python.File, call *sitter.Node, name string, d python.Diagnostic) python.Diagnostic {
	args := python.Child(call, "arguments")
	for i := uint(0); args != nil && i < python.NamedChildCount(args); i++ {
		a := python.NamedChild(args, i)
		if python.KindOf(a) == "keyword_argument" && f.Text(python.Child(a, "name")) == name {
			return python.WithFix(d, removeFix, python.DeleteArgs(args, []*sitter.Node{a}))
		}
	}
	return d
}

// requestsSession reports whether recv is a requests session: built by requests.Session() in
// the file, or not built in the file (self.session set elsewhere) when the file imports requests.
func requestsSession(cl *clients, recv *sitter.Node) bool {
	if s, ok := cl.session(recv); ok {
		c, _ := cl.classify(s, false)
		return c.lib == "requests"
	}
	return cl.b.f.ImportsModule("requests")
}

// urllib3Call reports whether call builds a urllib3 pool or manager (assert_hostname= belongs to
// them).
func urllib3Call(cl *clients, call *sitter.Node) bool {
	c, ok := cl.classify(call, false)
	return ok && c.lib == "urllib3"
}

// optIn reports whether n is a switch chosen at run time: inside an if/elif/else branch, a match
// case or a conditional expression of its function (not the `if __name__ == "__main__":` block).
// An except handler is not an opt-in: turning verification off after a TLS error is the mistake.
func optIn(f *python.File, n *sitter.Node) bool {
	child := n
	for p := python.Parent(n); p != nil; child, p = p, python.Parent(p) {
		switch python.KindOf(p) {
		case "function_definition", "lambda", "class_definition", "except_clause", "except_group_clause":
			return false
		case "if_statement":
			if cond := python.Child(p, "condition"); cond != nil && cond.Id() == child.Id() {
				continue
			}
			if c := python.Child(p, "consequence"); c != nil && c.Id() == child.Id() && python.IsMainCheck(f, python.Child(p, "condition")) {
				continue
			}
			return true
		case "elif_clause", "case_clause", "conditional_expression":
			return true
		case "else_clause":
			if gp := python.Parent(p); gp != nil && python.KindOf(gp) == "if_statement" {
				return true
			}
		}
	}
	return false
}
