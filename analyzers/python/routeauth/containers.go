package routeauth

import (
	"regexp"
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	"github.com/apivet/apivet/internal/routes"
)

// ckind is what a route container is.
type ckind int

const (
	flaskApp   ckind = iota + 1 // flask.Flask
	flaskBP                     // flask.Blueprint
	fastApp                     // fastapi.FastAPI
	fastRouter                  // fastapi.APIRouter
	drfRouter                   // rest_framework.routers.DefaultRouter / SimpleRouter
	urlconf                     // a Django urlpatterns list
	restfulAPI                  // flask_restful.Api
	restxAPI                    // flask_restx.Api (flask_restplus.Api, its predecessor)
	restxNS                     // flask_restx.Namespace
)

func (k ckind) framework() string {
	switch k {
	case flaskApp, flaskBP:
		return "flask"
	case fastApp, fastRouter:
		return "fastapi"
	case drfRouter:
		return "drf"
	case restfulAPI:
		return "flask-restful"
	case restxAPI, restxNS:
		return "flask-restx"
	}
	return "django"
}

// rest reports whether the container is a Flask-RESTful or Flask-RESTX Api or Namespace, whose
// routes are Resource classes (restful.go).
func (k ckind) rest() bool { return k == restfulAPI || k == restxAPI || k == restxNS }

// container is an application, blueprint, router or urlconf that routes are registered on.
type container struct {
	name   string
	kind   ckind
	prefix string         // Blueprint url_prefix, APIRouter prefix
	guards []routes.Guard // hooks and dependencies that guard its every route
	// appWide are guards it declares for the whole application (bp.before_app_request).
	appWide []routes.Guard
	mounts  []mount
}

// mount is one registration of a container on another: register_blueprint, include_router,
// include(router.urls).
type mount struct {
	parent    *container
	prefix    string
	hasPrefix bool
	guards    []routes.Guard
}

// mountPath is one way a container's routes are reached from an application root.
type mountPath struct {
	prefix string
	guards []routes.Guard
	root   *container
}

// factoryName matches application factories, whose result is the application.
var factoryName = regexp.MustCompile(`^(?:create|make|build|get|init|setup|new)_?(?:flask_?|fastapi_?|api_?)?app(?:lication)?$|^app_?factory$`)

// containerFor returns the container an expression names, creating it on first use. framework
// says which framework the caller's idiom belongs to ("flask", "fastapi", or "" for either).
func (m *model) containerFor(recv *sitter.Node, framework string) *container {
	f := m.f
	d := f.DottedName(recv)
	if d == "" {
		return nil
	}
	if head, _, _ := strings.Cut(d, "."); head == "self" || head == "cls" || head == "request" || head == "requests" {
		return nil
	}
	c, ok := m.containers[d]
	if !ok {
		m.containers[d] = nil // `ns = ns.namespace(...)` must not recurse
		c = m.newContainer(d, framework)
		m.containers[d] = c
	}
	if c == nil || framework != "" && c.kind.framework() != framework && !(framework == "django" && c.kind == drfRouter) {
		return nil
	}
	return c
}

func (m *model) newContainer(d, framework string) *container {
	if vs := m.values[d]; len(vs) > 0 {
		for _, v := range vs {
			if python.KindOf(v) != "call" {
				continue
			}
			if c := m.containerFromCall(d, v); c != nil {
				return c
			}
		}
		return nil // assigned from something else: `db = SQLAlchemy(app)`, `cache = Cache()`
	}
	// Imported, a parameter, or a global of another module: its framework is the file's.
	appLike := lastSeg(d) == "app" || lastSeg(d) == "application" || strings.HasSuffix(d, "_app")
	switch {
	case framework == "flask" && (m.flask || !m.fastapi && !m.otherWeb),
		framework == "" && m.flask && !m.fastapi:
		if appLike {
			return &container{name: d, kind: flaskApp}
		}
		return &container{name: d, kind: flaskBP}
	case framework == "fastapi" && m.fastapi, framework == "" && m.fastapi && !m.flask:
		if appLike {
			return &container{name: d, kind: fastApp}
		}
		return &container{name: d, kind: fastRouter}
	}
	return nil
}

// containerFromCall builds the container a constructor call creates, or nil.
func (m *model) containerFromCall(name string, call *sitter.Node) *container {
	f := m.f
	callee := python.Callee(call)
	d := f.DottedName(callee)
	if d == "" {
		return nil
	}
	q := f.Resolve(d)
	if c := m.restContainerFromCall(name, call, d, q); c != nil {
		return c
	}
	root, _, _ := strings.Cut(q, ".")
	c := &container{name: name}
	switch {
	case m.imported(d) && libName(q) == "flask.Flask":
		c.kind = flaskApp
	case m.imported(d) && libName(q) == "flask.Blueprint":
		c.kind = flaskBP
		if p := f.KeywordArg(call, "url_prefix"); p != nil {
			c.prefix = m.pathValue(p)
		}
	case m.imported(d) && libName(q) == "fastapi.FastAPI":
		c.kind = fastApp
		c.guards, _ = m.dependencyList(f.KeywordArg(call, "dependencies"), "app")
	case m.imported(d) && libName(q) == "fastapi.APIRouter":
		c.kind = fastRouter
		if p := f.KeywordArg(call, "prefix"); p != nil {
			c.prefix = m.pathValue(p)
		}
		c.guards, _ = m.dependencyList(f.KeywordArg(call, "dependencies"), "router")
	case m.imported(d) && (root == "rest_framework" || strings.HasPrefix(root, "rest_framework_")) && strings.HasSuffix(q, "Router"):
		c.kind = drfRouter
	case factoryName.MatchString(lastSeg(d)) && m.flask && !m.fastapi:
		c.kind = flaskApp
	case factoryName.MatchString(lastSeg(d)) && m.fastapi && !m.flask:
		c.kind = fastApp
	default:
		return nil
	}
	return c
}

// expand lists the ways a container's routes are reached: through each chain of mounts up to a
// root, with the prefixes and guards met on the way.
func (m *model) expand(c *container) []mountPath {
	type item struct {
		c      *container
		rest   string // the path below c's own prefix... with it applied
		guards []routes.Guard
		depth  int
		seen   map[*container]bool
	}
	var out []mountPath
	stack := []item{{c: c, depth: 0, seen: map[*container]bool{}}}
	for len(stack) > 0 && len(out) < 16 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		guards := append(append([]routes.Guard(nil), it.c.guards...), it.guards...)
		if len(it.c.mounts) == 0 || it.depth >= 10 || it.seen[it.c] {
			out = append(out, mountPath{prefix: joinPath(it.c.kind, it.c.prefix, it.rest), guards: guards, root: it.c})
			continue
		}
		seen := map[*container]bool{it.c: true}
		for k := range it.seen {
			seen[k] = true
		}
		for i := len(it.c.mounts) - 1; i >= 0; i-- {
			mt := it.c.mounts[i]
			var part string
			switch it.c.kind {
			case flaskBP, flaskApp, restfulAPI, restxAPI, restxNS:
				// add_namespace(ns, path=...) replaces the namespace's path as url_prefix does a
				// blueprint's.
				own := it.c.prefix
				if mt.hasPrefix {
					own = mt.prefix
				}
				part = joinPath(flaskBP, own, it.rest)
			case drfRouter:
				part = mt.prefix + it.rest
			default:
				part = joinPath(it.c.kind, mt.prefix, joinPath(it.c.kind, it.c.prefix, it.rest))
			}
			g := append(append([]routes.Guard(nil), mt.guards...), guards...)
			stack = append(stack, item{c: mt.parent, rest: part, guards: g, depth: it.depth + 1, seen: seen})
		}
	}
	return out
}

// joinPath joins a prefix and a path: with one slash between them for Flask and FastAPI, as is
// for Django and DRF (whose patterns concatenate).
func joinPath(k ckind, prefix, path string) string {
	if k == urlconf || k == drfRouter {
		return prefix + path
	}
	if prefix == "" {
		return path
	}
	if path == "" {
		return prefix
	}
	return strings.TrimSuffix(prefix, "/") + "/" + strings.TrimPrefix(path, "/")
}

// appID names the application a root container stands for.
func (m *model) appID(root *container) string {
	switch root.kind {
	case flaskApp:
		return "flask:" + m.f.Path + ":" + root.name
	case fastApp:
		return "fastapi:" + m.f.Path + ":" + root.name
	case flaskBP, restfulAPI, restxAPI, restxNS:
		return "flask:" + m.f.Path
	case fastRouter:
		return "fastapi:" + m.f.Path
	}
	return "django:" + m.f.Path
}
