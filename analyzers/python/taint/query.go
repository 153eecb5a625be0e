package taint

import (
	"strings"

	sitter "github.com/tree-sitter/go-tree-sitter"

	"github.com/apivet/apivet/analyzers/python"
)

// A value written after a literal "?" or "#" of a URL lands in its query or fragment: whatever
// it holds, the scheme and host were decided before it, so it cannot send a redirect off-site
// or a request to another host. `f"{reverse('login')}?next={request.path}"` is the common case.

// offSiteRules are the rules a query-string value cannot serve.
const offSiteRules = 1<<redirectRule | 1<<ssrfRule

// inQuery marks the traces of v as written into the query or fragment of a URL.
func inQuery(v val) val {
	return v.mapT(func(t *trace) { t.clean |= offSiteRules })
}

// opensQuery reports whether literal URL text holds the start of a query or fragment.
func opensQuery(lit string) bool { return strings.ContainsAny(lit, "?#") }

// queryInterps returns the interpolations of an f-string (or concatenated f-strings) that come
// after a literal "?" or "#".
func (s *fnState) queryInterps(n *sitter.Node) map[uintptr]bool {
	var out map[uintptr]bool
	seen := false
	for _, k := range stringParts(n) {
		if python.KindOf(k) == "string_content" {
			seen = seen || opensQuery(s.f.Text(k))
			continue
		}
		if e := python.Child(k, "expression"); seen && e != nil {
			if out == nil {
				out = map[uintptr]bool{}
			}
			out[e.Id()] = true
		}
	}
	return out
}

// percentQuery tells, for each conversion of a %-format (in order), whether it comes after a
// literal "?" or "#". ok is false for a mapping format (`%(name)s`), which is not followed.
func percentQuery(format string) (after []bool, ok bool) {
	seen := false
	for i := 0; i < len(format); i++ {
		switch format[i] {
		case '?', '#':
			seen = true
		case '%':
			if i+1 < len(format) && format[i+1] == '%' {
				i++
				continue
			}
			if i+1 < len(format) && format[i+1] == '(' {
				return nil, false
			}
			after = append(after, seen)
			// Skip the flags, width and precision up to the conversion character.
			for i+1 < len(format) && strings.IndexByte("#0- +*.0123456789hlL", format[i+1]) >= 0 {
				i++
			}
			i++
		}
	}
	return after, true
}

// formatQuery maps the fields of a str.format template to whether every use of them comes after
// a literal "?" or "#": positional fields by index ("{}" counts up, "{1}" names one), keyword
// fields by name. ok is false when the template cannot be read.
func formatQuery(format string) (pos map[int]bool, kw map[string]bool, ok bool) {
	pos, kw = map[int]bool{}, map[string]bool{}
	seen := false
	auto := 0
	for i := 0; i < len(format); i++ {
		switch format[i] {
		case '?', '#':
			seen = true
		case '{':
			if i+1 < len(format) && format[i+1] == '{' {
				i++
				continue
			}
			j := strings.IndexByte(format[i:], '}')
			if j < 0 {
				return nil, nil, false
			}
			field := format[i+1 : i+j]
			i += j
			if k := strings.IndexAny(field, ".[!:"); k >= 0 {
				field = field[:k]
			}
			field = strings.TrimSpace(field)
			set := func(prev, ok bool) bool { return seen && (!ok || prev) }
			switch {
			case field == "":
				p, had := pos[auto]
				pos[auto] = set(p, had)
				auto++
			case field[0] >= '0' && field[0] <= '9':
				n := 0
				for _, r := range field {
					if r < '0' || r > '9' {
						return nil, nil, false
					}
					n = n*10 + int(r-'0')
				}
				p, had := pos[n]
				pos[n] = set(p, had)
			default:
				p, had := kw[field]
				kw[field] = set(p, had)
			}
		case '}':
			if i+1 < len(format) && format[i+1] == '}' {
				i++
			}
		}
	}
	return pos, kw, true
}

// chainOpensQuery reports whether a concatenation chain (the left operand of a +) holds a
// string literal with "?" or "#": what is appended after it is in the query.
func (s *fnState) chainOpensQuery(n *sitter.Node) bool {
	for hops := 0; n != nil && hops < 32; hops++ {
		n = python.Unparen(n)
		if n == nil {
			return false
		}
		switch python.KindOf(n) {
		case "string", "concatenated_string":
			lit, _, _ := s.literal(n)
			return opensQuery(lit)
		case "binary_operator":
			if s.f.Text(python.Child(n, "operator")) != "+" {
				return false
			}
			if r := python.Unparen(python.Child(n, "right")); r != nil && (python.KindOf(r) == "string" || python.KindOf(r) == "concatenated_string") {
				if lit, _, _ := s.literal(r); opensQuery(lit) {
					return true
				}
			}
			n = python.Child(n, "left")
		default:
			return false
		}
	}
	return false
}

// percentArgs evaluates the right operand of a %-format whose conversions after a "?" or "#"
// are marked in after: a tuple's elements one by one, a single value as the first conversion.
func (s *fnState) percentArgs(right *sitter.Node, after []bool, depth int) val {
	r := python.Unparen(right)
	if r == nil || python.KindOf(r) != "tuple" {
		v := s.expr(right, depth+1)
		if len(after) == 1 && after[0] {
			return inQuery(v)
		}
		return v
	}
	var vs []val
	for i := uint(0); i < python.NamedChildCount(r); i++ {
		e := python.NamedChild(r, i)
		v := s.expr(e, depth+1)
		if int(i) < len(after) && after[i] && python.KindOf(e) != "list_splat" {
			v = inQuery(v)
		}
		vs = append(vs, v)
	}
	return join(vs...)
}

// percentFormat reads `left % ...` when left is a literal format that opens a query.
func (s *fnState) percentFormat(op string, left *sitter.Node) ([]bool, bool) {
	l := python.Unparen(left)
	if op != "%" || l == nil || (python.KindOf(l) != "string" && python.KindOf(l) != "concatenated_string") {
		return nil, false
	}
	lit, _, _ := s.literal(l)
	if !opensQuery(lit) {
		return nil, false
	}
	return percentQuery(lit)
}

// formatArgs joins the arguments of "template".format(...) with those used only after a "?" or
// "#" of the template marked as query data; all is the plain join, returned when the template
// or the call cannot be read field by field.
func (s *fnState) formatArgs(call *sitter.Node, template string, args []*sitter.Node, argv map[uintptr]val, all val) val {
	pos, kw, ok := formatQuery(template)
	if !ok {
		return all
	}
	var vs []val
	for i, a := range args {
		if python.KindOf(a) == "list_splat" {
			return all
		}
		v := argv[a.Id()]
		if pos[i] {
			v = inQuery(v)
		}
		vs = append(vs, v)
	}
	if al := python.Child(call, "arguments"); al != nil {
		for i := uint(0); i < python.NamedChildCount(al); i++ {
			a := python.NamedChild(al, i)
			switch python.KindOf(a) {
			case "dictionary_splat":
				return all
			case "keyword_argument":
				v := argv[a.Id()]
				if kw[s.f.Text(python.Child(a, "name"))] {
					v = inQuery(v)
				}
				vs = append(vs, v)
			}
		}
	}
	return join(vs...)
}
