package model

import (
	"bytes"
	"strings"
	"testing"
)

func doc() *Document {
	return &Document{
		Articles: []Article{{ID: "a2"}, {ID: "a1", Published: "2024-03-10"}},
		Entities: []Entity{
			{ID: "militia:kataib-hezbollah", Type: TypeMilitia, Name: "كتائب حزب الله"},
			{ID: "base:ain-al-asad", Type: TypeBase, Name: "عين الأسد"},
			{ID: "force:us-forces", Type: TypeForce, Name: "القوات الأمريكية"},
		},
		Attacks: []Attack{{ID: "attack:base:ain-al-asad:2024-03-09", Target: "base:ain-al-asad", Date: Day("2024-03-09"),
			Attackers: []string{"militia:kataib-hezbollah"}, Status: StatusCarriedOut, Articles: []string{"a1"},
			Attributions: []Attribution{{Accused: "militia:kataib-hezbollah", Stance: StanceClaimed}}}},
		Retaliations: []Retaliation{{ID: "r1", Actor: "force:us-forces", Targets: []string{"militia:kataib-hezbollah"},
			RespondsTo: Day("attack:base:ain-al-asad:2024-03-09"), Articles: []string{"a2"}}},
		Relations: []Relation{{From: "militia:kataib-hezbollah", Type: RelBasedIn, To: "base:ain-al-asad"}},
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(d *Document)
		want   string
	}{
		{"valid", func(*Document) {}, ""},
		{"duplicate entity", func(d *Document) { d.Entities = append(d.Entities, d.Entities[0]) }, "duplicate entity id"},
		{"unknown target", func(d *Document) { d.Attacks[0].Target = "base:nowhere" }, "target"},
		{"unknown attacker", func(d *Document) { d.Attacks[0].Attackers = []string{"x"} }, "is not an entity"},
		{"unknown accused", func(d *Document) { d.Attacks[0].Attributions[0].Accused = "x" }, "attribution"},
		{"unknown actor", func(d *Document) { d.Retaliations[0].Actor = "x" }, "actor"},
		{"unknown respondsTo", func(d *Document) { d.Retaliations[0].RespondsTo = Day("attack:x") }, "respondsTo"},
		{"dangling relation", func(d *Document) { d.Relations[0].To = "x" }, "relation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc()
			tc.mutate(d)
			err := d.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("valid document rejected: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

// TestWriteReadRoundTrip: Write sorts, so the same graph in another order
// gives the same bytes, and Read gives the document back.
func TestWriteReadRoundTrip(t *testing.T) {
	var a, b bytes.Buffer
	d1, d2 := doc(), doc()
	d2.Articles[0], d2.Articles[1] = d2.Articles[1], d2.Articles[0]
	d2.Entities[0], d2.Entities[2] = d2.Entities[2], d2.Entities[0]
	if err := d1.Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := d2.Write(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatalf("same graph, different bytes:\n%s\n%s", a.String(), b.String())
	}
	if strings.Contains(a.String(), `\u003c`) || !strings.Contains(a.String(), "عين الأسد") {
		t.Fatalf("output escapes HTML or Arabic:\n%s", a.String())
	}
	got, err := Read(&a)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entities) != 3 || got.Entities[0].ID != "base:ain-al-asad" || *got.Attacks[0].Date != "2024-03-09" {
		t.Fatalf("read back %+v", got)
	}
	if _, err := Read(strings.NewReader(`{"attacks":[{"id":"a","target":"nope"}]}`)); err == nil {
		t.Fatal("Read accepted a dangling target")
	}
}

// TestSortUndatedAttacksInTextOrder: undated attacks of one article are
// listed in the order the article tells them (":3" before ":11").
func TestSortUndatedAttacksInTextOrder(t *testing.T) {
	d := &Document{Attacks: []Attack{
		{ID: "attack:base:x:a1:11"}, {ID: "attack:base:x:a1:3"},
		{ID: "attack:base:w:2024-01-02"}, {ID: "attack:base:x:a0:20"},
	}}
	d.Sort()
	want := []string{"attack:base:w:2024-01-02", "attack:base:x:a0:20", "attack:base:x:a1:3", "attack:base:x:a1:11"}
	for i, a := range d.Attacks {
		if a.ID != want[i] {
			t.Fatalf("attack %d = %s, want order %v", i, a.ID, want)
		}
	}
}
