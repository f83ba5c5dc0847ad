package graph

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"testing"

	"github.com/nisba/nisba/internal/dgraphtest"
	"github.com/nisba/nisba/model"
)

// Two articles of our own on one attack, and a second text of the first
// (its author corrected the base, the group and dropped the strike).
const (
	repP       = "rep-2025-041"
	repQ       = "rep-2025-042"
	oldBase    = "base:tal-rumman"
	newBase    = "base:wadi-sidr"
	oldGroup   = "militia:liwa-al-ahwar"
	newGroup   = "militia:saraya-al-nakhil"
	otherGroup = "militia:kataib-al-sahil"
	usForces   = "force:us-forces"
	iranID     = "country:iran"
	oldAttack  = "attack:base:tal-rumman:2025-03-02"
	newAttack  = "attack:base:wadi-sidr:2025-03-02"
	strikeID   = "retaliation:force:us-forces:2025-03-03:1"
)

// repDoc is one article's document: P's old or new text, or Q.
func repDoc(id, hash string) *model.Document {
	e := func(start, end int, s string) []model.Evidence { return []model.Evidence{ev(id, start, end, s)} }
	ent := func(xid, typ, name string, evs []model.Evidence) model.Entity {
		return model.Entity{ID: xid, Type: typ, Name: name, Evidence: evs}
	}
	doc := &model.Document{Articles: []model.Article{{ID: id, Published: "2025-03-03", Outlet: "نشرة المثال", Hash: hash}}}
	switch {
	case id == repP && hash == "v1":
		s1, s2, s3 := e(0, 40, "قصفت صواريخ قاعدة تل الرمان فجر أمس."), e(41, 90, "وتبنى لواء الأهوار المدعوم من إيران الهجوم."),
			e(91, 140, "وردت القوات الأمريكية بغارة على مواقع اللواء.")
		doc.Entities = []model.Entity{ent(oldBase, model.TypeBase, "قاعدة تل الرمان", s1), ent(oldGroup, model.TypeMilitia, "لواء الأهوار", s2),
			ent(iranID, model.TypeCountry, "إيران", s2), ent(usForces, model.TypeForce, "القوات الأمريكية", s3)}
		doc.Attacks = []model.Attack{{ID: oldAttack, Target: oldBase, Date: model.Day("2025-03-02"), Weapons: []string{"rocket"},
			Status: model.StatusCarriedOut, Articles: []string{id}, Evidence: s1,
			Attributions: []model.Attribution{{Accused: oldGroup, Stance: model.StanceClaimed, Evidence: s2}}}}
		doc.Retaliations = []model.Retaliation{{ID: strikeID, Actor: usForces, Targets: []string{oldGroup}, Date: model.Day("2025-03-03"),
			RespondsTo: model.Day(oldAttack), Articles: []string{id}, Evidence: s3}}
		doc.Relations = []model.Relation{{From: oldGroup, Type: model.RelBackedBy, To: iranID, Evidence: s2}}
	case id == repP:
		s1, s2 := e(0, 42, "قصفت صواريخ قاعدة وادي السدر فجر أمس."), e(43, 95, "وتبنت سرايا النخيل المدعومة من إيران الهجوم.")
		doc.Entities = []model.Entity{ent(newBase, model.TypeBase, "قاعدة وادي السدر", s1), ent(newGroup, model.TypeMilitia, "سرايا النخيل", s2),
			ent(iranID, model.TypeCountry, "إيران", s2)}
		doc.Attacks = []model.Attack{{ID: newAttack, Target: newBase, Date: model.Day("2025-03-02"), Weapons: []string{"rocket"},
			Status: model.StatusCarriedOut, Articles: []string{id}, Evidence: s1,
			Attributions: []model.Attribution{{Accused: newGroup, Stance: model.StanceClaimed, Evidence: s2}}}}
		doc.Relations = []model.Relation{{From: newGroup, Type: model.RelBackedBy, To: iranID, Evidence: s2}}
	default: // Q: the old attack too, blamed on another group by the article's voice
		s1 := e(0, 60, "وكانت قاعدة تل الرمان قد تعرضت لهجوم صاروخي نسبته المصادر إلى كتائب الساحل.")
		doc.Entities = []model.Entity{ent(oldBase, model.TypeBase, "قاعدة تل الرمان", s1), ent(otherGroup, model.TypeMilitia, "كتائب الساحل", s1)}
		doc.Attacks = []model.Attack{{ID: oldAttack, Target: oldBase, Date: model.Day("2025-03-02"), Weapons: []string{"rocket"},
			Status: model.StatusCarriedOut, Articles: []string{id}, Evidence: s1,
			Attributions: []model.Attribution{{Accused: otherGroup, Stance: model.StanceLikely, Evidence: s1}}}}
	}
	return doc
}

// withoutBareEntities drops entities without evidence: a replaced
// article's entities stay in the graph (they are real things) but lose
// its mentions, so they are all that may differ from a fresh load.
func withoutBareEntities(d *model.Document) *model.Document {
	out := *d
	out.Entities = nil
	for _, e := range d.Entities {
		if len(e.Evidence) > 0 {
			out.Entities = append(out.Entities, e)
		}
	}
	return &out
}

func TestChangedArticleReplacesItsFacts(t *testing.T) {
	c := dgraphtest.Start(t)
	cl := dial(t, c)
	ctx := context.Background()

	// The expected graph: a fresh load of Q and P's new text.
	load(t, cl, repDoc(repQ, "q1"), LoadOptions{})
	load(t, cl, repDoc(repP, "v2"), LoadOptions{})
	want, wantCounts := export(t, cl), counts(t, cl)
	c.DropAll(t)
	cl = dial(t, c)

	load(t, cl, repDoc(repP, "v1"), LoadOptions{})
	load(t, cl, repDoc(repQ, "q1"), LoadOptions{})
	before := counts(t, cl)
	sum := load(t, cl, repDoc(repP, "v2"), LoadOptions{BatchSize: 5})
	if sum.Replaced != 1 || sum.Retracted == 0 {
		t.Errorf("summary %+v: want 1 article replaced and nodes retracted", sum)
	}
	got, gotCounts := export(t, cl), counts(t, cl)
	sameDoc(t, withoutBareEntities(got), withoutBareEntities(want))
	for _, k := range []string{"Attack", "Attribution", "Retaliation", "Relation", "Article", "Mention"} {
		if gotCounts[k] != wantCounts[k] {
			t.Errorf("%s: %d after the replace, %d in a fresh load (before the replace %d)", k, gotCounts[k], wantCounts[k], before[k])
		}
	}
	for _, a := range got.Attacks {
		if a.ID == oldAttack && !reflect.DeepEqual(a.Articles, []string{repQ}) {
			t.Errorf("the attack Q also reports lists articles %v, want only %s", a.Articles, repQ)
		}
	}
	checkNoDanglingEdges(t, cl)
	checkEdgesOf(t, cl, oldGroup, map[string]int{"Entity.accusedIn": 0, "Entity.retaliatedBy": 0, "Entity.backedBy": 0, "Entity.mentions": 0})
	checkEdgesOf(t, cl, iranID, map[string]int{"Entity.backs": 1, "Entity.mentions": 1})
	checkEdgesOf(t, cl, oldBase, map[string]int{"Base.attacks": 1, "Entity.mentions": 1})
	checkEdgesOf(t, cl, usForces, map[string]int{"Entity.retaliationsBy": 0})

	t.Run("loading the new text again changes nothing", func(t *testing.T) {
		again := load(t, cl, repDoc(repP, "v2"), LoadOptions{})
		if again.Replaced != 0 || again.NodesNew != 0 {
			t.Errorf("reload summary %+v", again)
		}
		if now := counts(t, cl); !reflect.DeepEqual(now, gotCounts) {
			t.Errorf("counts %v after reload, want %v", now, gotCounts)
		}
	})

	t.Run("the old text back restores the old facts", func(t *testing.T) {
		load(t, cl, repDoc(repP, "v1"), LoadOptions{})
		exp := export(t, cl)
		var targets []string
		for _, a := range exp.Attacks {
			targets = append(targets, a.Target)
		}
		if !reflect.DeepEqual(targets, []string{oldBase}) || len(exp.Retaliations) != 1 {
			t.Errorf("attack targets %v and %d retaliations, want only %s and the strike", targets, len(exp.Retaliations), oldBase)
		}
		checkNoDanglingEdges(t, cl)
	})

	t.Run("retracting every article leaves entities only", func(t *testing.T) {
		rs, err := cl.Retract(ctx, []string{repP, repQ, "no-such-article"}, LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if rs.Articles != 2 {
			t.Errorf("retract summary %+v: want 2 articles", rs)
		}
		n := counts(t, cl)
		for _, k := range []string{"Attack", "Attribution", "Retaliation", "Relation", "Article", "Mention"} {
			if n[k] != 0 {
				t.Errorf("%d %s left after retracting every article (all: %v)", n[k], k, n)
			}
		}
		if n["Entity"] == 0 {
			t.Errorf("entities were deleted: %v", n)
		}
		checkNoDanglingEdges(t, cl)
		checkEdgesOf(t, cl, oldBase, map[string]int{"Base.attacks": 0, "Entity.mentions": 0})
	})
}

// checkNoDanglingEdges fails when any edge the loader writes points at a
// node without an xid (a deleted node).
func checkNoDanglingEdges(t *testing.T, cl *Client) {
	t.Helper()
	preds := append([]string{"Relation.from", "Relation.to"}, evidencePreds()...)
	for p := range inversePreds() {
		preds = append(preds, p)
	}
	for _, pair := range [][2]string{{"backedBy", "backs"}, {"basedIn", "hosts"}, {"partOf", "parts"}, {"locatedIn", "contains"}} {
		preds = append(preds, "Entity."+pair[0], "Entity."+pair[1])
	}
	sort.Strings(preds)
	for _, p := range preds {
		raw, err := cl.DQL(context.Background(), "{ q(func: has(<"+p+">)) { xid e: <"+p+"> { uid xid } } }", nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Q []struct {
				XID string
				E   json.RawMessage
			}
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			t.Fatal(err)
		}
		type end struct{ UID, XID string }
		for _, n := range res.Q {
			if n.XID == "" {
				t.Errorf("%s: a node without xid keeps the edge", p)
			}
			var ends []end
			if json.Unmarshal(n.E, &ends) != nil { // a single uid edge is an object
				var one end
				if err := json.Unmarshal(n.E, &one); err != nil {
					t.Fatal(err)
				}
				ends = []end{one}
			}
			for _, e := range ends {
				if e.XID == "" {
					t.Errorf("%s of %s points at deleted node %s", p, n.XID, e.UID)
				}
			}
		}
	}
}

// checkEdgesOf fails when the node of xid does not have the wanted number
// of edges of each predicate.
func checkEdgesOf(t *testing.T, cl *Client, xid string, want map[string]int) {
	t.Helper()
	q := "query q($x: string) { q(func: eq(xid, $x)) { xid"
	for p := range want {
		q += " <" + p + "> { uid }"
	}
	q += " } }"
	raw, err := cl.DQL(context.Background(), q, map[string]string{"$x": xid})
	if err != nil {
		t.Fatal(err)
	}
	var res struct{ Q []map[string]json.RawMessage }
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Q) != 1 {
		t.Fatalf("%s: %d nodes, want 1", xid, len(res.Q))
	}
	for p, n := range want {
		var edges []struct{ UID string }
		if raw, ok := res.Q[0][p]; ok {
			if err := json.Unmarshal(raw, &edges); err != nil {
				t.Fatalf("%s of %s: %v", p, xid, err)
			}
		}
		if got := len(edges); got != n {
			t.Errorf("%s has %d %s edges, want %d", xid, got, p, n)
		}
	}
}
