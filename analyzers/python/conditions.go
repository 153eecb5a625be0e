package python

import sitter "github.com/tree-sitter/go-tree-sitter"

// RuntimeConditional reports whether n runs only under a condition decided at run time: inside an
// if/elif/else branch, a match case, an except handler or a conditional expression. The body of
// `if __name__ == "__main__":` is not conditional: it is how the server is started.
func RuntimeConditional(f *File, n *sitter.Node) bool {
	child := n
	for p := Parent(n); p != nil; child, p = p, Parent(p) {
		switch KindOf(p) {
		case "if_statement":
			c := Child(p, "consequence")
			if c == nil || c.Id() != child.Id() || !IsMainCheck(f, Child(p, "condition")) {
				return true
			}
		case "elif_clause", "case_clause", "except_clause", "except_group_clause",
			"conditional_expression", "boolean_operator":
			return true
		case "else_clause":
			if gp := Parent(p); gp != nil && KindOf(gp) == "if_statement" {
				return true
			}
		}
	}
	return false
}

// IsMainCheck reports whether cond is `__name__ == "__main__"` (either way round).
func IsMainCheck(f *File, cond *sitter.Node) bool {
	cond = Unparen(cond)
	if cond == nil || KindOf(cond) != "comparison_operator" || NamedChildCount(cond) != 2 {
		return false
	}
	if op := Child(cond, "operators"); op == nil || f.Text(op) != "==" {
		return false
	}
	a, b := NamedChild(cond, 0), NamedChild(cond, 1)
	if KindOf(a) != "identifier" {
		a, b = b, a
	}
	v, ok := f.StringValue(b)
	return KindOf(a) == "identifier" && f.Text(a) == "__name__" && ok && v == "__main__"
}

// AssignedValue returns the value of an assignment, through chains (`a = b = True`).
func AssignedValue(a *sitter.Node) *sitter.Node {
	v := Child(a, "right")
	for v != nil && KindOf(v) == "assignment" {
		v = Child(v, "right")
	}
	return Unparen(v)
}

// SubscriptKey returns the string key of `x["KEY"]`.
func (f *File) SubscriptKey(n *sitter.Node) (string, bool) {
	sub := Child(n, "subscript")
	if sub == nil {
		return "", false
	}
	return f.StringValue(sub)
}
