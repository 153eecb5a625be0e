package crypto

import (
	"fmt"
	"path/filepath"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/credentials"
)

// WeakPasswordHash reports passwords hashed with a fast hash or kept in plain text (AV606).
var WeakPasswordHash = python.NewAnalyzer("AV606",
	[]string{"call", "assignment", "augmented_assignment", "comparison_operator"},
	credentials.PasswordKeywords, // every finding involves a password name, make_password or PASSWORD_HASHERS
	runWeakPasswordHash)

const (
	fastHashMsg = `%s hashes a password with a fast hash: GPUs try billions of %s guesses a second and a salt does not ` +
		`slow them down; use a password hashing function (argon2-cffi, bcrypt, hashlib.scrypt, or werkzeug's generate_password_hash)`
	makePasswordMsg = `make_password with the %q hasher stores a fast, crackable hash; leave the hasher to Django's default ` +
		`(PBKDF2, or Argon2 with argon2-cffi installed)`
	hashersMsg = `PASSWORD_HASHERS puts %s first, so every new password is hashed with it and cracked quickly if the database ` +
		`leaks; put Argon2PasswordHasher, PBKDF2PasswordHasher or ScryptPasswordHasher first`
	werkzeugMsg = `generate_password_hash with method=%q stores a fast, crackable hash (or none at all); use the default ` +
		`method (scrypt) or "pbkdf2"`
	plainStoreMsg = `the password from the request is stored as typed: whoever reads the database or a backup gets every ` +
		`password, which users reuse elsewhere; store generate_password_hash(password) (Django: create_user or set_password)`
	plainCompareMsg = `the password from the request is compared with the stored one in plain text, so passwords are stored ` +
		`unhashed: whoever reads the database gets them all; store a password hash and check it with check_password_hash ` +
		`(Django: check_password)`
)

// fastHashes are hashlib's general-purpose hash functions, by name.
var fastHashes = map[string]bool{
	"md5": true, "sha1": true, "sha224": true, "sha256": true, "sha384": true, "sha512": true,
	"sha3_224": true, "sha3_256": true, "sha3_384": true, "sha3_512": true, "blake2b": true,
	"blake2s": true, "md4": true, "ripemd160": true, "sha512_224": true, "sha512_256": true, "sm3": true,
}

// weakDjangoHashers are Django's hasher names (make_password's hasher) and classes that are fast.
var weakDjangoHashers = map[string]bool{
	"md5": true, "unsalted_md5": true, "sha1": true, "unsalted_sha1": true, "crypt": true,
	"MD5PasswordHasher": true, "UnsaltedMD5PasswordHasher": true, "SHA1PasswordHasher": true,
	"UnsaltedSHA1PasswordHasher": true, "CryptPasswordHasher": true,
}

// persistMethods save an object: SQLAlchemy's session.add, Django's save, pymongo's insert_one.
var persistMethods = map[string]bool{
	"add": true, "add_all": true, "save": true, "commit": true, "merge": true, "flush": true,
	"insert_one": true, "bulk_create": true, "bulk_save_objects": true,
}

// sameField reports whether a comparison sets one object's field against the same field of
// another (`self.password == other.password` in an __eq__): an equality of two objects, not a
// password checked against the stored one.
func sameField(f *python.File, a, b *sitter.Node) bool {
	a, b = python.Unparen(a), python.Unparen(b)
	if a == nil || b == nil || python.KindOf(a) != "attribute" || python.KindOf(b) != "attribute" {
		return false
	}
	return f.Text(python.Child(a, "attribute")) == f.Text(python.Child(b, "attribute")) &&
		f.Text(python.Child(a, "object")) != f.Text(python.Child(b, "object"))
}

func runWeakPasswordHash(pass *python.Pass) {
	f := pass.File
	if f.IsTest() {
		return
	}
	s := python.Shared(f, scopeKey{}, func() *scope { return newScope(f, pass.Nodes("assignment"), pass.Nodes("augmented_assignment")) })
	r := &valueReader{f: f, s: s, keywords: credentials.PasswordKeywords, web: webFile(f)}
	calls := pass.Nodes("call")
	for _, call := range calls {
		if d, ok := r.passwordCall(call, calls); ok {
			pass.Report(d)
		}
	}
	for _, a := range pass.Nodes("assignment") {
		if d, ok := r.passwordAssignment(a); ok {
			pass.Report(d)
		}
	}
	for _, cmp := range pass.Nodes("comparison_operator") {
		left, right, _, ok := equality(f, cmp)
		if !ok || inAssert(cmp) || sameField(f, left, right) {
			continue
		}
		a, b := r.classify(left, 0), r.classify(right, 0)
		if credentials.PlainCompare(a, b) || credentials.PlainCompare(b, a) {
			pass.Report(python.NodeDiagnostic(cmp, plainCompareMsg))
		}
	}
}

// rawPassword reports whether n is a password read from the request, unchanged.
func (r *valueReader) rawPassword(n *sitter.Node) bool {
	o := r.classify(n, 0)
	return o.Request && o.Kind == credentials.Password && !o.Derived
}

func (r *valueReader) passwordCall(call *sitter.Node, calls []*sitter.Node) (python.Diagnostic, bool) {
	f := r.f
	callee := python.Callee(call)
	q := resolved(f, callee)
	switch {
	case strings.HasPrefix(q, "hashlib."):
		name := strings.TrimPrefix(q, "hashlib.")
		data := arg(f, call, 0, "data")
		if name == "new" {
			algo, ok := f.StringValue(arg(f, call, 0, "name"))
			if !ok || !fastHashes[strings.ToLower(algo)] {
				return python.Diagnostic{}, false
			}
			name, data = strings.ToLower(algo), arg(f, call, 1, "data")
		}
		if data == nil {
			data = f.KeywordArg(call, "string")
		}
		if fastHashes[name] && r.holdsPassword(data) && !r.protocolDigest(data) {
			return python.NodeDiagnostic(call, fmt.Sprintf(fastHashMsg, shorten(f.Text(callee)), strings.ToUpper(name))), true
		}
	case q == "django.contrib.auth.hashers.make_password":
		if h := arg(f, call, 2, "hasher"); h != nil {
			if v, ok := f.StringValue(h); ok && weakDjangoHashers[v] {
				return python.NodeDiagnostic(h, fmt.Sprintf(makePasswordMsg, v)), true
			}
		}
	case q == "werkzeug.security.generate_password_hash" || q == "werkzeug.generate_password_hash":
		if m := arg(f, call, 1, "method"); m != nil {
			if v, ok := f.StringValue(m); ok && !strings.HasPrefix(v, "pbkdf2") && !strings.HasPrefix(v, "scrypt") {
				return python.NodeDiagnostic(m, fmt.Sprintf(werkzeugMsg, v)), true
			}
		}
	}
	method := attrName(f, callee)
	switch {
	case method == "update":
		// h = hashlib.sha256(); h.update(password.encode())
		if algo := r.fastHasher(python.Child(callee, "object")); algo != "" {
			if args := python.CallArgs(call); len(args) > 0 && r.holdsPassword(args[0]) && !r.protocolDigest(args[0]) {
				return python.NodeDiagnostic(call, fmt.Sprintf(fastHashMsg, shorten(f.Text(callee)), strings.ToUpper(algo))), true
			}
		}
	case r.storesModel(call, calls):
		args := python.Child(call, "arguments")
		for i := uint(0); args != nil && i < python.NamedChildCount(args); i++ {
			kw := python.NamedChild(args, i)
			if python.KindOf(kw) != "keyword_argument" {
				continue
			}
			if k, _ := credentials.KindOf(f.Text(python.Child(kw, "name")), credentials.PasswordKeywords); !k.IsPassword() {
				continue
			}
			if r.rawPassword(python.Child(kw, "value")) {
				return python.NodeDiagnostic(kw, plainStoreMsg), true
			}
			if d, ok := r.storedDigest(python.Child(kw, "value")); ok {
				return d, true // User(password=hashlib.md5(raw).hexdigest()); session.add(...)
			}
		}
	}
	return python.Diagnostic{}, false
}

// storedDigest reports the digest of a fast hash stored as a password, whatever it was computed
// from (a password-named input is already reported at the hash call): hashlib.md5(raw).hexdigest(),
// h.hexdigest() of a hashlib hasher, or a name assigned one of those.
func (r *valueReader) storedDigest(v *sitter.Node) (python.Diagnostic, bool) {
	f := r.f
	for depth := 0; depth <= maxDepth; depth++ {
		v = python.Unparen(v)
		if v == nil || python.KindOf(v) != "identifier" {
			break
		}
		v, _ = r.s.value(v)
	}
	if v == nil || python.KindOf(v) != "call" {
		return python.Diagnostic{}, false
	}
	callee := python.Callee(v)
	if m := attrName(f, callee); m != "hexdigest" && m != "digest" {
		return python.Diagnostic{}, false
	}
	hasher := python.Unparen(python.Child(callee, "object"))
	algo := r.fastHasher(hasher)
	if algo == "" {
		return python.Diagnostic{}, false
	}
	if hasher != nil && python.KindOf(hasher) == "call" {
		data := arg(f, hasher, 0, "data")
		if resolved(f, python.Callee(hasher)) == "hashlib.new" {
			data = arg(f, hasher, 1, "data")
		}
		if data != nil && (r.holdsPassword(data) || r.protocolDigest(data)) {
			return python.Diagnostic{}, false
		}
	} else {
		// h.hexdigest(): reported at h.update(password) when the input is a password.
		for _, c := range r.hasherUpdates(hasher) {
			if args := python.CallArgs(c); len(args) > 0 && (r.holdsPassword(args[0]) || r.protocolDigest(args[0])) {
				return python.Diagnostic{}, false
			}
		}
	}
	at, what := v, "hashlib."+algo
	if hasher != nil && python.KindOf(hasher) == "call" {
		at, what = hasher, shorten(f.Text(python.Callee(hasher)))
	}
	return python.NodeDiagnostic(at, fmt.Sprintf(fastHashMsg, what, strings.ToUpper(algo))), true
}

// hasherUpdates returns the h.update(...) calls of the function holding the hasher name h.
func (r *valueReader) hasherUpdates(h *sitter.Node) []*sitter.Node {
	if h == nil || python.KindOf(h) != "identifier" {
		return nil
	}
	fn := python.EnclosingFunction(h)
	var out []*sitter.Node
	for _, c := range r.f.Nodes("call") {
		callee := python.Callee(c)
		if attrName(r.f, callee) != "update" || fn != nil && !within(c, fn) {
			continue
		}
		if obj := python.Unparen(python.Child(callee, "object")); obj != nil && r.f.Text(obj) == r.f.Text(h) {
			out = append(out, c)
		}
	}
	return out
}

// fastHasher returns the algorithm of a hashlib hasher object (hashlib.sha256(), or a name
// assigned one), or "".
func (r *valueReader) fastHasher(n *sitter.Node) string {
	for depth := 0; n != nil && depth <= maxDepth; depth++ {
		n = python.Unparen(n)
		switch python.KindOf(n) {
		case "call":
			q := resolved(r.f, python.Callee(n))
			if !strings.HasPrefix(q, "hashlib.") {
				return ""
			}
			name := strings.TrimPrefix(q, "hashlib.")
			if name == "new" {
				algo, _ := r.f.StringValue(arg(r.f, n, 0, "name"))
				name = strings.ToLower(algo)
			}
			if fastHashes[name] {
				return name
			}
			return ""
		case "identifier":
			n, _ = r.s.value(n)
		default:
			return ""
		}
	}
	return ""
}

// storesModel reports whether call creates a stored record: Django's objects.create and
// get_or_create/update_or_create, or a model class instantiated in a function that then adds
// or saves something (SQLAlchemy's session.add, save, commit).
func (r *valueReader) storesModel(call *sitter.Node, calls []*sitter.Node) bool {
	f := r.f
	name := f.DottedName(python.Callee(call))
	if name == "" {
		return false
	}
	last := name[strings.LastIndex(name, ".")+1:]
	switch {
	case strings.HasSuffix(name, "objects.create"), strings.HasSuffix(name, "objects.get_or_create"),
		strings.HasSuffix(name, "objects.update_or_create"):
		return true
	case last == "" || last[0] < 'A' || last[0] > 'Z':
		return false
	}
	for _, suffix := range []string{"Form", "Schema", "Serializer", "Credentials", "Request", "In", "Login", "Create"} {
		if strings.HasSuffix(last, suffix) {
			return false // a form, schema or DTO: not storage
		}
	}
	fn := python.EnclosingFunction(call)
	if fn == nil {
		return false
	}
	for _, c := range calls {
		if within(c, fn) && python.StartByte(c) > python.StartByte(call) && persistMethods[attrName(f, python.Callee(c))] {
			return true
		}
	}
	return false
}

// passwordAssignment reports `user.password = request.form["password"]`.
func (r *valueReader) passwordAssignment(a *sitter.Node) (python.Diagnostic, bool) {
	f := r.f
	left, value := python.Child(a, "left"), python.AssignedValue(a)
	if left == nil || value == nil {
		return python.Diagnostic{}, false
	}
	switch python.KindOf(left) {
	case "attribute":
		if k, _ := credentials.KindOf(attrName(f, left), credentials.PasswordKeywords); !k.IsPassword() {
			return python.Diagnostic{}, false
		}
		if root := r.root(left); root != nil && !r.fromRequest(left) {
			if d, ok := r.storedDigest(value); ok {
				return d, true // self.password_hash = hashlib.sha256(raw.encode()).hexdigest()
			}
		}
		if root := r.root(left); root == nil || r.fromRequest(left) || f.Text(root) == "self" || f.Text(root) == "cls" {
			return python.Diagnostic{}, false
		}
		if r.rawPassword(value) {
			return python.NodeDiagnostic(a, plainStoreMsg), true
		}
	case "identifier":
		// PASSWORD_HASHERS = [...] in a settings module.
		if f.Text(left) != "PASSWORD_HASHERS" || python.EnclosingFunction(a) != nil || devSettings(f) {
			return python.Diagnostic{}, false
		}
		if (python.KindOf(value) == "list" || python.KindOf(value) == "tuple") && python.NamedChildCount(value) > 0 {
			first := python.NamedChild(value, 0)
			if v, ok := f.StringValue(first); ok && weakDjangoHashers[v[strings.LastIndex(v, ".")+1:]] {
				return python.NodeDiagnostic(first, fmt.Sprintf(hashersMsg, v[strings.LastIndex(v, ".")+1:])), true
			}
		}
	}
	return python.Diagnostic{}, false
}

// workingDir reports whether v reads the working directory, which shells call pwd.
func (r *valueReader) workingDir(v *sitter.Node) bool {
	v = python.Unparen(v)
	if v == nil || python.KindOf(v) != "call" {
		return false
	}
	switch resolved(r.f, python.Callee(v)) {
	case "os.getcwd", "os.getcwdb", "pathlib.Path.cwd":
		return true
	}
	return false
}

// devSettings reports whether the file is a test or development settings module
// (settings/test.py, test_settings.py, local_settings.py), where a fast hasher speeds up tests.
func devSettings(f *python.File) bool {
	base := strings.TrimSuffix(filepath.Base(f.Path), ".py")
	for _, w := range credentials.Words(base) {
		switch w {
		case "test", "tests", "testing", "dev", "development", "local", "ci":
			return true
		}
	}
	return false
}

// nonceWords name the per-request values that authentication protocols hash together with a
// password (HTTP Digest, WSSE, CRAM): such a hash is a one-time proof sent over the wire, its
// algorithm fixed by the protocol, not a stored password hash.
var nonceWords = map[string]bool{"nonce": true, "cnonce": true, "timestamp": true, "now": true, "challenge": true, "realm": true}

// protocolDigest reports whether a hashed expression names a nonce, a timestamp or a challenge.
func (r *valueReader) protocolDigest(n *sitter.Node) bool {
	stack := []*sitter.Node{n}
	for steps := 0; len(stack) > 0 && steps < 256; steps++ {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if e == nil {
			continue
		}
		if python.KindOf(e) == "identifier" {
			for _, w := range credentials.Words(r.f.Text(e)) {
				if nonceWords[w] {
					return true
				}
			}
		}
		for i := uint(0); i < python.NamedChildCount(e); i++ {
			stack = append(stack, python.NamedChild(e, i))
		}
	}
	return false
}

// holdsPassword reports whether a hashed value contains a password: password.encode(),
// salt + password, f"{salt}{password}", user.password, request.form["password"], a name
// assigned one of those. Calls other than string conversions are not entered: what a function
// makes of a password is its own business.
func (r *valueReader) holdsPassword(n *sitter.Node) bool {
	f := r.f
	type item struct {
		n     *sitter.Node
		depth int
	}
	stack := []item{{n, 0}}
	for steps := 0; len(stack) > 0 && steps < 256; steps++ {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		e := python.Unparen(it.n)
		if e == nil || it.depth > maxDepth {
			continue
		}
		push := func(c *sitter.Node) {
			if c != nil {
				stack = append(stack, item{c, it.depth + 1})
			}
		}
		switch python.KindOf(e) {
		case "identifier":
			if _, module := f.Imports[f.Text(e)]; module {
				continue // import pwd: the Unix password database module
			}
			v, _ := r.s.value(e)
			if r.workingDir(v) {
				continue // pwd = os.getcwd()
			}
			if k, _ := credentials.KindOf(f.Text(e), credentials.PasswordKeywords); k == credentials.Password {
				return true
			}
			if v != nil {
				push(v)
			}
		case "attribute":
			if k, _ := credentials.KindOf(attrName(f, e), credentials.PasswordKeywords); k == credentials.Password {
				return true
			}
		case "subscript":
			if key, ok := f.SubscriptKey(e); ok {
				if k, _ := credentials.KindOf(key, credentials.PasswordKeywords); k == credentials.Password {
					return true
				}
			}
		case "call":
			callee := python.Callee(e)
			m := attrName(f, callee)
			if transparentMethods[m] || m == "format" || m == "join" {
				push(python.Child(callee, "object"))
			} else if !builtin(f, callee, "str", "bytes", "bytearray") {
				continue
			}
			for _, a := range python.CallArgs(e) {
				push(a)
			}
		case "binary_operator":
			push(python.Child(e, "left"))
			push(python.Child(e, "right"))
		case "string", "concatenated_string", "interpolation", "list", "tuple":
			for i := uint(0); i < python.NamedChildCount(e); i++ {
				push(python.NamedChild(e, i))
			}
		case "await":
			if python.NamedChildCount(e) > 0 {
				push(python.NamedChild(e, 0))
			}
		}
	}
	return false
}
