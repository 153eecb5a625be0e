package routeauth

import (
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// libGuard describes a decorator (or decorator factory) of an authentication library, keyed in
// libraryDecorators by "root_module.name" so that re-exports from submodules match.
type libGuard struct {
	// factory: the decorator must be called (`@roles_required("admin")`); applied bare it takes
	// the view for its argument and protects nothing.
	factory bool
	// optional names the keyword that, set to True, turns the check off (`jwt_required(optional=True)`).
	optional string
}

// libraryDecorators are the route decorators of the authentication libraries apivet knows.
var libraryDecorators = map[string]libGuard{
	"flask_login.login_required":                    {},
	"flask_login.fresh_login_required":              {},
	"flask_jwt_extended.jwt_required":               {factory: true, optional: "optional"}, // a factory since 4.0
	"flask_jwt_extended.fresh_jwt_required":         {},                                    // 3.x
	"flask_jwt_extended.jwt_refresh_token_required": {},                                    // 3.x
	"flask_security.login_required":                 {},
	"flask_security.auth_required":                  {factory: true}, // auth_required("token", "session")
	"flask_security.auth_token_required":            {},
	"flask_security.http_auth_required":             {},
	"flask_security.roles_required":                 {factory: true},
	"flask_security.roles_accepted":                 {factory: true},
	"flask_security.permissions_required":           {factory: true},
	"flask_security.permissions_accepted":           {factory: true},
	"flask_user.login_required":                     {},
	"flask_user.roles_required":                     {factory: true},
	"flask_user.roles_accepted":                     {factory: true},
	"flask_praetorian.auth_required":                {},
	"flask_praetorian.roles_required":               {factory: true},
	"flask_praetorian.roles_accepted":               {factory: true},
	"django.login_required":                         {},
	"django.permission_required":                    {factory: true},
	"django.user_passes_test":                       {factory: true},
	"django.staff_member_required":                  {},
	"starlette.requires":                            {factory: true},
	"rest_framework.permission_classes":             {factory: true},
	"flask_jwt.jwt_required":                        {factory: true},
}

// factoryNames are decorator factories that are never right bare when they come from the
// libraries (Flask-Security, Flask-User, Flask-Praetorian): reported when the file neither
// defines nor imports them (a star import), since a project module may define its own.
var factoryNames = map[string]bool{
	"roles_required": true, "roles_accepted": true, "permissions_required": true, "permissions_accepted": true,
}

// authInstanceKinds are the classes whose instances carry route guards, by "root_module.Class".
var authInstanceKinds = map[string]string{
	"flask_httpauth.HTTPBasicAuth":  "httpauth",
	"flask_httpauth.HTTPTokenAuth":  "httpauth",
	"flask_httpauth.HTTPDigestAuth": "httpauth",
	"flask_httpauth.MultiAuth":      "httpauth",
	"flask_rbac.RBAC":               "rbac",
	"flask_principal.Permission":    "principal",
	"authlib.ResourceProtector":     "protector",
	"flask_oidc.OpenIDConnect":      "oidc",
	// FastAPI security schemes: as dependencies they reject a request without credentials.
	"fastapi.HTTPBearer":                    "scheme",
	"fastapi.HTTPBasic":                     "scheme",
	"fastapi.HTTPDigest":                    "scheme",
	"fastapi.OAuth2":                        "scheme",
	"fastapi.OAuth2PasswordBearer":          "scheme",
	"fastapi.OAuth2AuthorizationCodeBearer": "scheme",
	"fastapi.OpenIdConnect":                 "scheme",
	"fastapi.APIKeyHeader":                  "scheme",
	"fastapi.APIKeyQuery":                   "scheme",
	"fastapi.APIKeyCookie":                  "scheme",
}

// guardNames recognise guards defined in another module, by name (decorators, dependencies,
// hooks, mixins), lower snake case. It is a data table: extend it here.
var guardNames = []*regexp.Regexp{
	regexp.MustCompile(`^(?:\w+_)?(?:login|auth|authentication|jwt|token|api_?key|key|signature|admin|staff|superuser|owner|moderator|role|roles|permission|permissions|perm|perms|scope|scopes|user|fresh_login|fresh_jwt|basic_auth|http_auth|oauth|oauth2|mfa|2fa|otp)_required$`),
	regexp.MustCompile(`^requires?_(?:auth|authentication|login|jwt|token|api_?key|admin|staff|superuser|role|roles|permission|permissions|scope|scopes|user|signature|oauth|oauth2)$`),
	regexp.MustCompile(`^(?:has|check|ensure|enforce)_(?:role|roles|permission|permissions|perm|perms|scope|scopes|auth|access)$`),
	regexp.MustCompile(`^(?:admin|staff|superuser|owner|members?|logged_in|authenticated|auth)_only$`),
	regexp.MustCompile(`^(?:authenticated|authenticate|authorize|authorized|protected|secured|auth|authed)$`),
	regexp.MustCompile(`^(?:verify|validate|check|require|requires|authenticate|ensure)_\w*?(?:token|jwt|api_?key|auth|authentication|signature|credentials|access|user|admin|staff|superuser|bearer|session|oauth2?|scopes?|roles?|permissions?)$`),
	regexp.MustCompile(`^get_current_(?:\w+_)?(?:user|admin|superuser|account|principal|identity)$`),
	regexp.MustCompile(`^(?:get_)?current_(?:active_)?user$`),
	regexp.MustCompile(`^get_(?:\w+_)?(?:authenticated|authorized|logged_in|signed_in|verified|active|mobile|session|token|jwt|auth|request|admin|staff|superuser|manager)_(?:user|admin|account|client)$`),
	regexp.MustCompile(`^get_(?:api_?key|token|bearer_token|access_token|authenticated_user|auth_user)$`),
	regexp.MustCompile(`^(?:reusable_)?(?:oauth2|oauth|api_?key|token|bearer|jwt|http_bearer|http_basic|basic_auth|security)(?:_scheme|_header|_query|_cookie|_bearer|_auth)?$`),
	regexp.MustCompile(`^(?:jwt|token|api_?key|bearer|oauth2?|basic|auth)_(?:bearer|auth|authentication|scheme)$`),
	regexp.MustCompile(`^(?:\w+_)?(?:login|permission|staff|superuser|admin|group|role|auth)_required_mixin$`),
	regexp.MustCompile(`^user_passes_test(?:_mixin)?$`),
	regexp.MustCompile(`^method_decorator$`), // judged by its argument, see decoratorGuard
}

// notGuardWords make a name that otherwise reads like a guard an optional or a non-check.
var notGuardWords = regexp.MustCompile(`optional|exempt|not_required|public|anonymous|skip|allow_any`)

// nameIsGuard reports whether a name defined elsewhere reads as an authentication guard. The
// answer depends on the name alone and the same few names (the decorators and dependencies of a
// project) are asked about again and again, so answers are remembered, up to a bound.
func nameIsGuard(name string) bool {
	if v, ok := guardVerdicts.Load(name); ok {
		return v.(bool)
	}
	v := matchGuardName(name)
	if guardVerdictCount.Add(1) <= maxGuardVerdicts {
		// A copy: the name shares its file's source, which the cache must not keep alive.
		guardVerdicts.Store(strings.Clone(name), v)
	}
	return v
}

// guardVerdicts remembers nameIsGuard's answers (name -> bool), at most maxGuardVerdicts of them.
var (
	guardVerdicts     sync.Map
	guardVerdictCount atomic.Int64
)

const maxGuardVerdicts = 1 << 14

// matchGuardName is nameIsGuard without the memory.
func matchGuardName(name string) bool {
	s := snake(name)
	if s == "method_decorator" || notGuardWords.MatchString(s) {
		return false
	}
	for _, re := range guardNames {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// decoVerdict is what a decorator expression does to the view below it.
type decoVerdict struct {
	guard *routes.Guard // it checks credentials
	// uncalled: an authentication decorator factory applied without calling it (AV303); the
	// view is not protected.
	uncalled bool
	open     bool // it explicitly opens the view to anyone (rbac.exempt, rbac.allow(["anonymous"]))
	// loginExempt: Django's login_not_required (5.1), which exempts the view from
	// LoginRequiredMiddleware; compatibility shims (oauth2_provider.compat) re-export it.
	loginExempt bool
}

// decorator classifies a decorator (or wrapper) expression as a guard. scope is recorded in the
// guard.
func (m *model) decorator(expr *sitter.Node, scope string) decoVerdict {
	f := m.f
	expr = python.Unparen(expr)
	if expr == nil {
		return decoVerdict{}
	}
	text := strings.Join(strings.Fields(f.Text(expr)), " ")
	mk := func() *routes.Guard {
		g := m.guardAt(expr, text, "decorator", scope)
		return &g
	}
	call := expr
	called := python.KindOf(expr) == "call"
	if !called {
		call = nil
	}
	callee := expr
	if called {
		callee = python.Unparen(python.Callee(expr))
	}
	d := f.DottedName(callee)
	if d == "" {
		return decoVerdict{}
	}
	q := f.Resolve(d)
	last := lastSeg(d)
	// A method or attribute of an authentication object: auth.login_required, rbac.allow(...),
	// admin_permission.require(), require_oauth("scope").
	if obj := python.Unparen(callee); python.KindOf(obj) == "attribute" {
		switch m.instanceKind(python.Child(obj, "object")) {
		case "httpauth":
			if last == "login_required" {
				if called && f.IsTrue(f.KeywordArg(call, "optional")) {
					return decoVerdict{}
				}
				return decoVerdict{guard: mk()}
			}
			return decoVerdict{}
		case "rbac":
			switch last {
			case "exempt":
				return decoVerdict{open: true}
			case "allow":
				if called && m.allowsAnonymous(call) {
					return decoVerdict{open: true}
				}
				return decoVerdict{guard: mk()}
			case "deny":
				return decoVerdict{guard: mk()}
			}
			return decoVerdict{}
		case "principal":
			if last == "require" {
				return decoVerdict{guard: mk()}
			}
			return decoVerdict{}
		case "oidc":
			if last == "require_login" || last == "accept_token" {
				return decoVerdict{guard: mk()}
			}
			return decoVerdict{}
		}
	}
	if m.instanceKind(callee) == "protector" { // require_oauth = ResourceProtector()
		return decoVerdict{guard: mk()}
	}
	if last == "method_decorator" && called { // Django: method_decorator(login_required, name="dispatch")
		if args := python.CallArgs(call); len(args) > 0 {
			if v := m.decorator(args[0], scope); v.guard != nil {
				return decoVerdict{guard: mk()}
			} else if v.loginExempt {
				return v
			}
		}
		return decoVerdict{}
	}
	if last == "login_not_required" && !called {
		return decoVerdict{loginExempt: true}
	}
	if spec, ok := libraryDecorators[libName(q)]; ok && m.imported(d) {
		if spec.factory && !called {
			m.uncalled[expr.Id()] = expr
			return decoVerdict{uncalled: true}
		}
		if spec.optional != "" && called && f.IsTrue(f.KeywordArg(call, spec.optional)) {
			return decoVerdict{}
		}
		if libName(q) == "rest_framework.permission_classes" {
			return decoVerdict{} // DRF's own decorator: read by the DRF view analysis
		}
		return decoVerdict{guard: mk()}
	}
	// Defined in this file: judged by what it does. A name that reads as a guard needs less
	// evidence: some credential read or some rejection (its helper may do the rest).
	if fn := m.funcNamed(callee); fn != nil {
		if x := m.factsOf(fn); x.guards() || m.isGuardName(last) && (x.creds || x.rejects) || m.f.Settings.IsGuard(last) {
			return decoVerdict{guard: mk()}
		}
		return decoVerdict{}
	}
	if factoryNames[last] && !called && !m.imported(d) {
		m.uncalled[expr.Id()] = expr
		return decoVerdict{uncalled: true}
	}
	if called && f.IsTrue(f.KeywordArg(call, "optional")) {
		return decoVerdict{}
	}
	if m.isGuardName(last) {
		return decoVerdict{guard: mk()}
	}
	return decoVerdict{}
}

// instanceKind tells which authentication object a name holds (assigned in this file from one
// of authInstanceKinds, or from a local subclass of one), or "".
func (m *model) instanceKind(n *sitter.Node) string {
	call := m.callValue(n)
	if call == nil {
		return ""
	}
	return m.classKind(python.Callee(call))
}

// classKind tells which authentication class a class expression names: a library class or a
// local subclass of one.
func (m *model) classKind(cls *sitter.Node) string {
	if d := m.f.DottedName(cls); m.imported(d) {
		if k := authInstanceKinds[libName(m.f.Resolve(d))]; k != "" {
			return k
		}
	}
	if c := m.classNamed(cls); c != nil {
		for _, b := range m.classInfo(c).bases {
			if k := authInstanceKinds[libName(b)]; k != "" {
				return k
			}
		}
	}
	return ""
}

// allowsAnonymous reports whether rbac.allow(roles, ...) lists the anonymous role.
func (m *model) allowsAnonymous(call *sitter.Node) bool {
	args := python.CallArgs(call)
	roles := m.f.KeywordArg(call, "roles")
	if roles == nil && len(args) > 0 {
		roles = args[0]
	}
	items, _ := m.literalItems(roles)
	for _, it := range items {
		if s, ok := m.f.StringValue(it); ok && s == "anonymous" {
			return true
		}
	}
	return false
}

// facts are what a function's body does, as far as authentication goes.
type facts struct {
	creds     bool // reads credentials: headers, Authorization, session, current_user, g.user, a token check
	rejects   bool // answers 401/403: abort(401), return ..., 403, raise Unauthorized/HTTPException(401)
	verifyJWT bool // calls flask_jwt_extended's verify_jwt_in_request() (which rejects by itself)
	inner     bool // defines a nested function or lambda (a decorator or a dependency factory)
	writes    bool // reads a request body or saves/deletes objects (Django views without method limits)
	// signedIn are the bodies of `if request.user.is_authenticated:` met so far: a write there
	// (a signed-in user's last visit saved) is out of an anonymous caller's reach.
	signedIn []*sitter.Node
}

// write records that n reads a request body or saves objects, unless only signed-in users get
// there.
func (x *facts) write(n *sitter.Node) {
	for _, b := range x.signedIn {
		if python.StartByte(n) >= python.StartByte(b) && python.EndByte(n) <= python.EndByte(b) {
			return
		}
	}
	x.writes = true
}

// signedInTest reports a condition that holds only for a signed-in user:
// request.user.is_authenticated, alone or in an `and`.
func (m *model) signedInTest(c *sitter.Node) bool {
	c = python.Unparen(c)
	switch python.KindOf(c) {
	case "attribute":
		return strings.HasSuffix(m.f.DottedName(c), "user.is_authenticated")
	case "boolean_operator":
		if op := python.Child(c, "operator"); op != nil && m.f.Text(op) == "and" {
			return m.signedInTest(python.Child(c, "left")) || m.signedInTest(python.Child(c, "right"))
		}
	}
	return false
}

// guards reports whether a decorator, hook or view body enforces authentication.
func (x *facts) guards() bool { return x.verifyJWT || x.creds && x.rejects }

// credSegments are attribute names that read the caller's credentials or identity.
var credSegments = map[string]bool{
	"headers": true, "authorization": true, "cookies": true, "current_user": true, "is_authenticated": true,
	"is_anonymous": true, "is_staff": true, "is_superuser": true, "has_perm": true, "has_perms": true, "META": true,
	"get_jwt_identity": true, "get_jwt": true, "current_identity": true,
}

// rejectNames are exceptions and helpers that refuse a request (lower case).
var rejectNames = map[string]bool{
	"unauthorized": true, "forbidden": true, "permissiondenied": true, "notauthenticated": true,
	"authenticationfailed": true, "redirect_to_login": true, "httpresponseforbidden": true,
	"unauthenticated": true, "unauthorizederror": true, "forbiddenerror": true, "authenticationerror": true,
	"noauthorizationerror": true, "invalidtokenerror": true,
}

var credCall = regexp.MustCompile(`^(?:verify|check|validate|decode|authenticate|is_valid|valid|has)_?\w*(?:token|jwt|auth|key|signature|password|credentials|session|login|hmac|permission|role|admin|user|access|scope)\w*$|^(?:get_jwt_identity|get_jwt|decode_token|compare_digest)$`)

// enforceCall names helpers that check the caller and refuse by themselves (they raise):
// ensure_logged_in(), require_admin(), enforce_permission("x").
var enforceCall = regexp.MustCompile(`^(?:ensure|require|assert|enforce)_\w*(?:login|logged_in|auth|authenticated|user|admin|staff|permission|permissions|role|roles|scope|scopes|token|api_key)$`)

// isCredCall is credCall.MatchString(lower), skipping the regexp for a name that starts with none
// of the prefixes every match of it starts with.
func isCredCall(lower string) bool {
	return hasAnyPrefix(lower, credCallPrefixes) && credCall.MatchString(lower)
}

var credCallPrefixes = []string{"verify", "check", "validate", "decode", "authenticate", "is_valid", "valid", "has",
	"get_jwt", "compare_digest"}

// isEnforceCall is enforceCall.MatchString(lower), skipping the regexp for a name that starts
// with none of the prefixes every match of it starts with.
func isEnforceCall(lower string) bool {
	return hasAnyPrefix(lower, enforceCallPrefixes) && enforceCall.MatchString(lower)
}

var enforceCallPrefixes = []string{"ensure_", "require_", "assert_", "enforce_"}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isCredString is credStrings.MatchString(s), skipping the regexp for a string no alternative
// can match. Case-insensitive matching in Go folds the ASCII letters k and s with non-ASCII
// letters (U+212A KELVIN SIGN, U+017F LONG S) and no other ASCII letter with anything but its
// other case, so a match of "authorization", "api…" or "…ignature" is made of ASCII letters,
// and "bearer" starts the string; the other alternatives are whole strings of at most 12
// letters, 16 bytes when spelled with those non-ASCII letters.
func isCredString(s string) bool {
	if len(s) > 16 && !containsFoldASCII(s, "authorization") && !containsFoldASCII(s, "api") &&
		!containsFoldASCII(s, "ignature") && !hasPrefixFoldASCII(s, "bearer") {
		return false
	}
	return credStrings.MatchString(s)
}

// containsFoldASCII reports whether s contains lower (lower-case ASCII letters) in any ASCII case.
func containsFoldASCII(s, lower string) bool {
	for i := 0; i+len(lower) <= len(s); i++ {
		if hasPrefixFoldASCII(s[i:], lower) {
			return true
		}
	}
	return false
}

// hasPrefixFoldASCII reports whether s starts with lower (lower-case ASCII letters) in any ASCII
// case. Setting bit 0x20 lower-cases an ASCII letter and turns no other byte into one.
func hasPrefixFoldASCII(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for j := 0; j < len(lower); j++ {
		if s[j]|0x20 != lower[j] {
			return false
		}
	}
	return true
}

var credStrings = regexp.MustCompile(`(?i)authorization|api[-_]?key|^bearer|^x-(?:auth-)?token$|^(?:access_|auth_|id_)?token$|^user_id$|signature`)

var writeCalls = map[string]bool{"save": true, "delete": true, "create": true, "bulk_create": true, "get_or_create": true, "update_or_create": true, "update": true}

// factsOf walks a function (its nested functions included) once and caches the answer.
func (m *model) factsOf(fn *sitter.Node) *facts {
	if x, ok := m.factCache[fn.Id()]; ok {
		return x
	}
	f := m.f
	x := &facts{}
	m.factCache[fn.Id()] = x
	walk(python.Child(fn, "body"), walkLimit, func(n *sitter.Node) bool {
		switch python.KindOf(n) {
		case "function_definition", "lambda":
			x.inner = true
		case "if_statement":
			if body := python.Child(n, "consequence"); body != nil && m.signedInTest(python.Child(n, "condition")) {
				x.signedIn = append(x.signedIn, body)
			}
		case "identifier":
			// Attributes are read whole below (and not descended into), so an identifier met
			// here stands alone.
			switch name := f.Text(n); {
			case name == "current_user":
				x.creds = true
			case name == "session" && strings.HasPrefix(f.Imports["session"], "flask"):
				x.creds = true
			}
		case "attribute":
			d := f.DottedName(n)
			if d == "" {
				return true
			}
			// The segments of d, read in place: seg0 and seg1 are the first two (more is whether
			// there is a second).
			for rest, more := d, true; more; {
				var s string
				s, rest, more = strings.Cut(rest, ".")
				if credSegments[s] {
					x.creds = true
				}
			}
			seg0, tail, more := strings.Cut(d, ".")
			seg1, _, _ := strings.Cut(tail, ".")
			switch {
			case seg0 == "g" && more && strings.Contains(seg1, "user"),
				seg0 == "request" && more && (seg1 == "user" || seg1 == "session" || seg1 == "auth"),
				seg0 == "session" && strings.HasPrefix(f.Imports["session"], "flask"):
				x.creds = true
			case seg0 == "request" && more && (seg1 == "POST" || seg1 == "FILES" || seg1 == "body" || seg1 == "data"):
				x.write(n)
			}
			return false // its identifiers were read as a whole
		case "string":
			if s, ok := f.StringValue(n); ok {
				if isCredString(s) {
					x.creds = true
				}
				switch s {
				case "POST", "PUT", "PATCH", "DELETE":
					x.write(n)
				}
			}
			return false
		case "call":
			m.callFacts(n, x)
		case "raise_statement":
			if e := python.Unparen(python.NamedChild(n, 0)); e != nil && (python.KindOf(e) == "identifier" || python.KindOf(e) == "attribute") {
				if rejectNames[strings.ToLower(lastSeg(f.DottedName(e)))] {
					x.rejects = true
				}
			}
		case "return_statement":
			if e := python.NamedChild(n, 0); e != nil && (python.KindOf(e) == "expression_list" || python.KindOf(e) == "tuple") && python.NamedChildCount(e) >= 2 {
				if m.isDenyStatus(python.NamedChild(e, python.NamedChildCount(e)-1)) {
					x.rejects = true
				}
			}
		}
		return true
	})
	return x
}

// callFacts records what one call in a body does.
func (m *model) callFacts(call *sitter.Node, x *facts) {
	f := m.f
	callee := python.Unparen(python.Callee(call))
	d := f.DottedName(callee)
	last := lastSeg(d)
	if d == "" && callee != nil && python.KindOf(callee) == "attribute" {
		last = f.Text(python.Child(callee, "attribute")) // Note.objects.all().delete()
	}
	lower := strings.ToLower(last)
	switch {
	case last == "verify_jwt_in_request" || last == "verify_jwt_in_request_optional":
		if last == "verify_jwt_in_request" && !f.IsTrue(f.KeywordArg(call, "optional")) {
			x.verifyJWT = true
		}
		x.creds = true
	case isEnforceCall(lower):
		x.creds, x.rejects = true, true
	case d == "jwt.decode" || isCredCall(lower):
		x.creds = true
		if d == "jwt.decode" && m.verifiedDecode(call) {
			x.rejects = true // an invalid or forged token raises
		}
	case rejectNames[lower]:
		x.rejects = true
	case last == "redirect" && strings.Contains(strings.ToLower(f.Text(python.Child(call, "arguments"))), "login"):
		x.rejects = true
	case writeCalls[last]:
		x.write(call)
	}
	args := python.Child(call, "arguments")
	for _, a := range namedChildren(args) {
		if python.KindOf(a) == "keyword_argument" {
			switch f.Text(python.Child(a, "name")) {
			case "status", "status_code", "code":
				a = python.Child(a, "value")
			default:
				continue
			}
		}
		if m.isDenyStatus(a) {
			x.rejects = true
		}
	}
}

// verifiedDecode reports whether a jwt.decode call is given a key and leaves signature
// verification on, so that it raises on a forged or expired token.
func (m *model) verifiedDecode(call *sitter.Node) bool {
	f := m.f
	positional, key := 0, false
	for _, a := range namedChildren(python.Child(call, "arguments")) {
		switch python.KindOf(a) {
		case "keyword_argument":
			switch f.Text(python.Child(a, "name")) {
			case "key":
				key = true
			case "verify":
				if python.KindOf(python.Unparen(python.Child(a, "value"))) == "false" {
					return false
				}
			case "options":
				if strings.Contains(f.Text(python.Child(a, "value")), "verify_signature") {
					return false
				}
			}
		case "list_splat", "dictionary_splat":
			return false
		default:
			positional++
		}
	}
	return key || positional >= 2
}

// isGuardName reports whether a name reads as a guard, or is one the project configured.
func (m *model) isGuardName(name string) bool {
	return nameIsGuard(name) || m.f.Settings.IsGuard(name)
}
