package schema

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; run `go test ./schema -update` and review the diff\ngot:\n%s", name, got)
	}
}

func TestGraphQLIsValid(t *testing.T) {
	if err := Validate(); err != nil {
		t.Fatal(err)
	}
	got, err := Expanded()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "schema.expanded.graphql.golden", got)
}

func TestValidateRejects(t *testing.T) {
	tests := []struct{ name, sdl, wantErr string }{
		{"unknown directive", `type A { x: String @nope }`, "nope"},
		{"unknown type", `type A { x: Missing }`, "Missing"},
		{"inverse field type", `interface I { x: String } type A implements I { x: Int }`, "x"},
		{"syntax", `type A {`, "parse graphql schema"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := expanded(tc.sdl)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("got %v, want an error containing %q", err, tc.wantErr)
			}
		})
	}
	if _, err := expanded(`interface I { x: String } type A implements I`); err != nil {
		t.Errorf("inherited fields refused: %v", err)
	}
}

func TestDQLGolden(t *testing.T) {
	got, err := DQL()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "schema.dql.golden", got)
}

func TestDQLCoversContract(t *testing.T) {
	d, err := Derive(GraphQL)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Predicate{}
	for _, p := range d.Predicates {
		byName[p.Name] = p
	}
	tests := []struct{ pred, want string }{
		{"xid", "xid: string @index(hash) @upsert ."},
		{"name", "name: string @index(exact, term, fulltext, trigram) ."},
		{"Attack.date", "Attack.date: datetime @index(day) ."},
		{"Attack.weapons", "Attack.weapons: [string] @index(exact) ."},
		{"Attack.target", "Attack.target: uid ."},
		{"Entity.backedBy", "Entity.backedBy: [uid] ."},
		{"Entity.location", "Entity.location: geo ."},
		{"Attribution.stance", "Attribution.stance: string @index(exact) ."},
	}
	for _, tc := range tests {
		if got := byName[tc.pred].String(); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.pred, got, tc.want)
		}
	}
	types := map[string][]string{}
	for _, ty := range d.Types {
		types[ty.Name] = ty.Predicates
	}
	for _, name := range []string{"Entity", "Base", "Militia", "Force", "Official", "City", "Country", "Organization",
		"Attack", "Attribution", "Retaliation", "Article", "Mention", "Relation"} {
		preds, ok := types[name]
		if !ok {
			t.Errorf("type %s missing", name)
			continue
		}
		if preds[0] != "xid" {
			t.Errorf("type %s: first predicate %q, want xid", name, preds[0])
		}
	}
	if !contains(types["Base"], "Base.attacks") || !contains(types["Base"], "name") {
		t.Errorf("Base lacks its own or inherited predicates: %v", types["Base"])
	}
}

func TestDerive(t *testing.T) {
	tests := []struct {
		name, sdl string
		want      []string // lines that must appear
		wantErr   string
	}{
		{
			name: "id without search gets a hash index",
			sdl:  `type A { key: String! @id  n: Int }`,
			want: []string{"A.key: string @index(hash) @upsert .", "A.n: int .", "type A {\n  A.key\n  A.n\n}"},
		},
		{
			name: "interface fields keep the interface name",
			sdl:  `interface I { x: String @search(by: [term]) } type T implements I { y: [I] @hasInverse(field: x) }`,
			want: []string{"I.x: string @index(term) .", "T.y: [uid] .", "type T {\n  I.x\n  T.y\n}"},
		},
		{
			name: "dgraph pred renames, ID is no predicate",
			sdl:  `type T { id: ID! label: String @dgraph(pred: "label") when: DateTime geo: Point }`,
			want: []string{"label: string .", "T.when: datetime .", "T.geo: geo ."},
		},
		{
			name:    "one predicate with two meanings",
			sdl:     `type A { v: String @dgraph(pred: "p") } type B { v: Int @dgraph(pred: "p") }`,
			wantErr: "predicate p is declared both",
		},
		{name: "unknown type", sdl: `type A { b: Nope }`, wantErr: "unsupported type Nope"},
		{name: "unknown tokenizer", sdl: `type A { b: String @search(by: [soundex]) }`, wantErr: "unknown search tokenizer"},
		{name: "syntax error", sdl: `type A {`, wantErr: "parse graphql schema"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Derive(tc.sdl)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := d.String()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in\n%s", w, got)
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
