package taint

import "testing"

func TestMergeJoinsBranches(t *testing.T) {
	o1, o2 := &origin{param: -1, desc: "a"}, &origin{param: -1, desc: "b"}
	raw := val{{org: o1}}
	base := newEnv()
	base.set("q", raw)
	base.set("k", nil)

	// if ...: q = "default"   (no else: the fall-through keeps q)
	br := base.fork()
	br.set("q", nil)
	if got := base.get("q"); len(got) != 1 {
		t.Fatalf("a write in the branch changed the state it was forked from: %v", got)
	}
	out := merge(br, base)
	if got := out.get("q"); len(got) != 1 || got[0].org != o1 {
		t.Errorf("q after the merge = %v, want the request data of the fall-through path", got)
	}
	if out.t.refs != 1 {
		t.Errorf("refs = %d after the merge consumed every fork, want 1", out.t.refs)
	}

	// if ...: q = escape(q) else: q = escape(q) — clean for templates on every path.
	a, b := out.fork(), out
	a.set("q", val{{org: o1, clean: 1 << tmplRule}})
	b.set("q", val{{org: o1, clean: 1<<tmplRule | 1<<cmdRule}})
	out = merge(a, b)
	if got := out.get("q"); len(got) != 1 || got[0].clean != 1<<tmplRule {
		t.Errorf("q = %+v, want one trace clean for templates only", got)
	}

	// A branch that exits adds nothing; a name only it assigned is not kept.
	a, b = out.fork(), out
	a.set("q", val{{org: o2}})
	a.set("extra", val{{org: o2}})
	a.dead = true
	out = merge(a, b)
	if got := out.get("q"); len(got) != 1 || got[0].org != o1 || out.dead {
		t.Errorf("q = %+v (dead %v), want the live path's value only", got, out.dead)
	}
	if _, ok := out.lookup("extra"); ok {
		t.Error("a name assigned only on the dead path survived the merge")
	}
	if _, ok := out.lookup("k"); !ok {
		t.Error("a name known clean on every path was dropped")
	}

	// Every path dead: the result is dead.
	a, b = out.fork(), out
	a.dead, b.dead = true, true
	if out = merge(a, b); !out.dead {
		t.Error("merge of dead paths is live")
	}
}

func TestJoinKeepsTheLeastSanitizedTrace(t *testing.T) {
	o := &origin{param: -1}
	clean := &trace{org: o, clean: 1 << cmdRule, via: "quoted"}
	raw := &trace{org: o, shape: markup, via: "raw"}
	for _, v := range []val{join(val{clean}, val{raw}), join(val{raw}, val{clean})} {
		if len(v) != 1 || v[0].clean != 0 || v[0].shape != markup || v[0].via != "raw" {
			t.Errorf("join = %+v, want one raw trace with the markup shape", v[0])
		}
	}
}
