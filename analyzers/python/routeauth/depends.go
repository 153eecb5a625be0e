package routeauth

import (
	"regexp"
	"strings"
	"unicode"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// depVerdict is what a FastAPI dependency does for authentication.
type depVerdict int

const (
	depNone    depVerdict = iota // not an authentication dependency (get_db, a settings reader)
	depGuard                     // rejects callers without valid credentials
	depBroken                    // an authentication dependency called instead of passed (AV303)
	depPending                   // being evaluated (breaks cycles)
)

// maxDepDepth bounds how far dependencies of dependencies are followed.
const maxDepDepth = 8

// dependsKind returns "Depends" or "Security" when call is FastAPI's, or "".
func (m *model) dependsKind(call *sitter.Node) string {
	if call == nil || python.KindOf(call) != "call" {
		return ""
	}
	d := m.f.DottedName(python.Callee(call))
	last := lastSeg(d)
	if last != "Depends" && last != "Security" {
		return ""
	}
	if m.imported(d) {
		if root, _, _ := strings.Cut(m.f.Resolve(d), "."); root != "fastapi" {
			return ""
		}
	} else if !m.fastapi {
		return ""
	}
	return last
}

// dependencyArg returns the dependency a Depends/Security call names.
func (m *model) dependencyArg(call *sitter.Node) *sitter.Node {
	if a := python.CallArgs(call); len(a) > 0 {
		return a[0]
	}
	return m.f.KeywordArg(call, "dependency")
}

// dependency judges one Depends(...)/Security(...) call.
func (m *model) dependency(call *sitter.Node, scope string) (*routes.Guard, depVerdict) {
	v := m.authDep(m.dependencyArg(call), 0)
	if v != depGuard {
		return nil, v
	}
	g := m.guardAt(call, strings.Join(strings.Fields(m.f.Text(call)), " "), "dependency", scope)
	return &g, v
}

// dependencyList judges the calls of a `dependencies=[...]` list.
func (m *model) dependencyList(list *sitter.Node, scope string) (guards []routes.Guard, broken bool) {
	items, _ := m.literalItems(list)
	for _, it := range items {
		it = python.Unparen(it)
		if m.dependsKind(it) == "" {
			continue
		}
		g, v := m.dependency(it, scope)
		if g != nil {
			guards = append(guards, *g)
		}
		broken = broken || v == depBroken
	}
	return guards, broken
}

// getterNames are imported dependencies that return the caller (they are passed, never called:
// Depends(get_current_user), not Depends(get_current_user())).
var getterNames = regexp.MustCompile(`^(?:get_current_\w+|get_user_from_token|verify_token|verify_api_key|get_api_key|validate_token|get_token_header)$`)

// authDep tells whether the expression given to Depends/Security authenticates the caller.
func (m *model) authDep(expr *sitter.Node, depth int) depVerdict {
	expr = python.Unparen(expr)
	if expr == nil || depth > maxDepDepth {
		return depNone
	}
	switch python.KindOf(expr) {
	case "call":
		callee := python.Unparen(python.Callee(expr))
		d := m.f.DottedName(callee)
		if d == "" {
			return depNone
		}
		if m.classKind(callee) == "scheme" {
			if a := m.f.KeywordArg(expr, "auto_error"); a != nil && python.KindOf(python.Unparen(a)) == "false" {
				return depNone // returns None instead of rejecting: the handler decides
			}
			return depGuard
		}
		if c := m.classNamed(callee); c != nil {
			return m.classDep(c, depth)
		}
		if fn := m.funcNamed(callee); fn != nil {
			x := m.factsOf(fn)
			if x.inner { // a factory: require_role("admin") returns the dependency
				if x.rejects {
					return depGuard
				}
				return depNone
			}
			if m.funcDep(fn, depth+1) == depGuard {
				return depBroken
			}
			return depNone
		}
		last := lastSeg(d)
		if r := []rune(last); len(r) > 0 && unicode.IsUpper(r[0]) {
			if m.isGuardName(last) {
				return depGuard // JWTBearer(), APIKeyAuth()
			}
			return depNone
		}
		// Only a bare imported name: fastapi_users.current_user() is a factory method.
		if args := python.Child(expr, "arguments"); args != nil && python.NamedChildCount(args) == 0 && python.KindOf(callee) == "identifier" && getterNames.MatchString(last) {
			return depBroken
		}
		if m.isGuardName(last) {
			return depGuard // require_scope("admin") from another module
		}
		return depNone
	case "identifier", "attribute":
		if call := m.callValue(expr); call != nil {
			// oauth2_scheme = OAuth2PasswordBearer(...), bearer = JWTBearer()
			if callee := python.Callee(call); m.classKind(callee) != "" || m.classNamed(callee) != nil || isClassName(m.f.DottedName(callee)) {
				return m.authDep(call, depth+1)
			}
		}
		if fn := m.funcNamed(expr); fn != nil {
			return m.funcDep(fn, depth+1)
		}
		if c := m.classNamed(expr); c != nil {
			return m.classDep(c, depth)
		}
		if m.isGuardName(lastSeg(m.f.DottedName(expr))) {
			return depGuard
		}
	}
	return depNone
}

func isClassName(d string) bool {
	r := []rune(lastSeg(d))
	return len(r) > 0 && unicode.IsUpper(r[0])
}

// funcDep judges a dependency function of this file by what it does: it rejects with 401/403,
// or it depends itself on an authentication dependency.
func (m *model) funcDep(fn *sitter.Node, depth int) depVerdict {
	if v, ok := m.depCache[fn.Id()]; ok {
		if v == depPending {
			return depNone
		}
		return v
	}
	m.depCache[fn.Id()] = depPending
	v := depNone
	if x := m.factsOf(fn); x.rejects || x.verifyJWT {
		v = depGuard
	} else if len(m.paramAliases(fn)) > 0 {
		v = depGuard
	} else {
		for _, call := range m.paramDepends(fn) {
			if m.authDep(m.dependencyArg(call), depth) == depGuard {
				v = depGuard
				break
			}
		}
	}
	m.depCache[fn.Id()] = v
	return v
}

// classDep judges a class used as a dependency: a subclass of a security scheme, or a class whose
// __call__ authenticates.
func (m *model) classDep(c *sitter.Node, depth int) depVerdict {
	ci := m.classInfo(c)
	for _, b := range ci.bases {
		if authInstanceKinds[libName(b)] == "scheme" {
			return depGuard
		}
	}
	if call := ci.methods["__call__"]; call != nil {
		return m.funcDep(call, depth+1)
	}
	return depNone
}

// paramDepends returns the Depends/Security calls of a function's parameters: defaults
// (`user = Depends(get_current_user)`), Annotated types (`user: Annotated[User,
// Depends(get_current_user)]`) and type aliases of this file (`user: CurrentUser`).
func (m *model) paramDepends(fn *sitter.Node) []*sitter.Node {
	params := python.Child(fn, "parameters")
	var out []*sitter.Node
	for _, p := range namedChildren(params) {
		switch python.KindOf(p) {
		case "default_parameter", "typed_default_parameter":
			if v := python.Unparen(python.Child(p, "value")); m.dependsKind(v) != "" {
				out = append(out, v)
			}
		}
		if t := python.Child(p, "type"); t != nil {
			out = append(out, m.dependsIn(t)...)
			if python.NamedChildCount(t) == 1 && python.KindOf(python.NamedChild(t, 0)) == "identifier" {
				for _, v := range m.values[m.f.Text(python.NamedChild(t, 0))] {
					out = append(out, m.dependsIn(v)...)
					break
				}
			}
		}
	}
	return out
}

// authAliasName matches the names of Annotated aliases that carry an authentication dependency
// (`CurrentUser = Annotated[User, Depends(get_current_user)]` in deps.py, imported by the route
// modules), lower snake case.
var authAliasName = regexp.MustCompile(`^(?:current|auth|authenticated|authorized|logged_in|verified)_(?:\w+_)?(?:user|superuser|admin|account|member|principal|identity|staff|client)(?:_dep|_dependency)?$`)

// paramAliases returns the parameters typed with an authentication alias defined in another
// module (`current_user: CurrentUser`), by their annotation.
func (m *model) paramAliases(fn *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	for _, p := range namedChildren(python.Child(fn, "parameters")) {
		t := python.Child(p, "type")
		if t == nil || python.NamedChildCount(t) != 1 {
			continue
		}
		id := python.NamedChild(t, 0)
		d := m.f.DottedName(id)
		if d == "" || len(m.values[d]) > 0 || m.classNamed(id) != nil {
			continue // defined here: judged through paramDepends
		}
		if authAliasName.MatchString(snake(lastSeg(d))) {
			out = append(out, id)
		}
	}
	return out
}

// dependsIn returns the outermost Depends/Security calls inside an annotation.
func (m *model) dependsIn(n *sitter.Node) []*sitter.Node {
	var out []*sitter.Node
	walk(n, 500, func(c *sitter.Node) bool {
		if m.dependsKind(c) != "" {
			out = append(out, c)
			return false
		}
		return true
	})
	return out
}
