package python

import sitter "github.com/tree-sitter/go-tree-sitter"

// NodeDiagnostic is a finding spanning n.
func NodeDiagnostic(n *sitter.Node, msg string) Diagnostic {
	return Diagnostic{
		Start: StartPosition(n), End: n.EndPosition(),
		StartByte: StartByte(n), EndByte: EndByte(n),
		Message: msg,
	}
}

// WithFix attaches one suggested fix made of edits, when there are any.
func WithFix(d Diagnostic, msg string, edits []TextEdit) Diagnostic {
	if len(edits) > 0 {
		d.SuggestedFixes = []SuggestedFix{{Message: msg, TextEdits: edits}}
	}
	return d
}

// bound is a position in the file, as a byte offset and a point.
type bound struct {
	off uint
	pt  sitter.Point
}

func startOf(n *sitter.Node) bound { return bound{StartByte(n), StartPosition(n)} }
func endOf(n *sitter.Node) bound   { return bound{EndByte(n), n.EndPosition()} }

func edit(from, to bound, text string) TextEdit {
	return TextEdit{Start: from.off, End: to.off, StartPoint: from.pt, EndPos: to.pt, NewText: text}
}

// ReplaceNode is the edit that replaces n's text.
func ReplaceNode(n *sitter.Node, text string) []TextEdit {
	return []TextEdit{edit(startOf(n), endOf(n), text)}
}

// DeleteArgs returns the edits that delete the given arguments from an argument list together
// with the commas that tie them to the others, keeping the layout of what stays:
//
//	run(host, debug=True, port=1)  ->  run(host, port=1)      (up to the next kept argument)
//	run(host, debug=True)          ->  run(host)              (from the previous kept argument)
//	run(debug=True)                ->  run()
//
// It returns nil when an argument to remove is not a direct child of args.
func DeleteArgs(args *sitter.Node, remove []*sitter.Node) []TextEdit {
	if args == nil || KindOf(args) != "argument_list" || len(remove) == 0 {
		return nil
	}
	drop := map[uintptr]bool{}
	for _, r := range remove {
		drop[r.Id()] = true
	}
	var all []*sitter.Node
	comments := false
	for i := uint(0); i < NamedChildCount(args); i++ {
		c := NamedChild(args, i)
		if KindOf(c) == "comment" {
			comments = true
			continue
		}
		all = append(all, c)
	}
	kept, removed := 0, 0
	for _, a := range all {
		if drop[a.Id()] {
			removed++
		} else {
			kept++
		}
	}
	if removed != len(remove) {
		return nil
	}
	if kept == 0 {
		open, closing := ChildAt(args, 0), ChildAt(args, ChildCount(args)-1)
		if !comments && open != nil && closing != nil && KindOf(open) == "(" && KindOf(closing) == ")" && !closing.IsMissing() {
			return []TextEdit{edit(endOf(open), startOf(closing), "")}
		}
		last := all[len(all)-1]
		to := endOf(last)
		if next := NextSibling(last); next != nil && KindOf(next) == "," {
			to = endOf(next)
		}
		return []TextEdit{edit(startOf(all[0]), to, "")}
	}
	var edits []TextEdit
	for i := 0; i < len(all); {
		if !drop[all[i].Id()] {
			i++
			continue
		}
		j := i
		for j < len(all) && drop[all[j].Id()] {
			j++
		}
		if j < len(all) {
			// A run of removed arguments followed by a kept one: delete up to the kept one.
			edits = append(edits, edit(startOf(all[i]), startOf(all[j]), ""))
		} else {
			// The removed arguments end the list: delete from the end of the last kept one, so
			// a trailing comma, if any, stays after it.
			edits = append(edits, edit(endOf(all[i-1]), endOf(all[j-1]), ""))
		}
		i = j
	}
	return edits
}
