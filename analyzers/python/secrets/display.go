package secrets

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
	engine "github.com/apivet/apivet/internal/secrets"
)

// Literals that stand for a credential without being one: masks written over a secret shown to
// people, and the values of a map from field names to other names.

// redactionMethods render an object for people: a mask or placeholder written there
// (url.replace(password="********") in __repr__) hides the secret rather than being one.
var redactionMethods = map[string]bool{"__repr__": true, "__str__": true, "__format__": true,
	"__rich_repr__": true}

// inRedaction reports whether n is inside a function that renders or hides secrets. It climbs
// the tree, so it is asked only of the few literals about to be reported as placeholders.
func inRedaction(f *python.File, n *sitter.Node) bool {
	fn := python.EnclosingFunction(n)
	if fn == nil {
		return false
	}
	name := identName(f, python.Child(fn, "name"))
	return redactionMethods[name] || engine.RedactionName(name)
}

// copyMethods return a copy of an object with some fields changed: given a mask for a password
// (url.replace(password="****"), parts._replace(password="***")), they hide it.
var copyMethods = map[string]bool{"replace": true, "_replace": true}

// markMasks flags the masks a copy method receives as keyword arguments.
func (c *collector) markMasks(call, callee *sitter.Node) {
	if python.KindOf(callee) != "attribute" || !copyMethods[identName(c.f, python.Child(callee, "attribute"))] {
		return
	}
	args := python.Child(call, "arguments")
	if args == nil {
		return
	}
	for _, a := range namedChildren(args) {
		if python.KindOf(a) != "keyword_argument" {
			continue
		}
		v := unparen(python.Child(a, "value"))
		if s, ok := c.stringValue(v); ok && engine.IsMask(s) {
			b := c.bound[v.Id()]
			b.hidden = true
			c.bound[v.Id()] = b
		}
	}
}

// nameMapPairs returns the pairs of the dictionaries that map names to names, such as the field
// names of a model to the attribute names of a directory ({"password": "pass", "email": "mail",
// "name": "name"}): at least three pairs, every value a short identifier, most values spelling
// their key or a part of it, and one the key itself. Their values are names, whatever the keys
// say. Credentials with placeholder values ({"user": "admin", "password": "admin"},
// {"username": "user", "password": "pass", "host": "localhost"}) map no name to itself.
func (c *collector) nameMapPairs() map[uintptr]bool {
	var out map[uintptr]bool
	for _, d := range c.f.Nodes("dictionary") {
		if !c.hasLiteral(d) {
			continue
		}
		var pairs []*sitter.Node
		related, same, total := 0, 0, 0
		for _, p := range namedChildren(d) {
			if python.KindOf(p) == "comment" {
				continue
			}
			total++
			if python.KindOf(p) != "pair" {
				break
			}
			k, ok1 := c.stringValue(python.Child(p, "key"))
			v, ok2 := c.stringValue(python.Child(p, "value"))
			if !ok1 || !ok2 || !isShortIdent(v) {
				break
			}
			pairs = append(pairs, p)
			k, v = strings.ToLower(k), strings.ToLower(v)
			if k == v {
				same++
			}
			if namesAlike(k, v) {
				related++
			}
		}
		if len(pairs) < 3 || len(pairs) != total || 2*related <= len(pairs) || same == 0 {
			continue
		}
		if out == nil {
			out = map[uintptr]bool{}
		}
		for _, p := range pairs {
			out[p.Id()] = true
		}
	}
	return out
}

// isShortIdent: an identifier of at most 32 characters.
func isShortIdent(s string) bool {
	if s == "" || len(s) > 32 || s[0] >= '0' && s[0] <= '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) && s[i] != '_' && s[i] != '-' {
			return false
		}
	}
	return true
}

// namesAlike: v spells k, is a part of it ("pass" in "password", "mail" in "email"), or holds it.
func namesAlike(k, v string) bool {
	if len(v) < 2 || len(k) < 2 {
		return k == v
	}
	return strings.Contains(k, v) || strings.Contains(v, k)
}
