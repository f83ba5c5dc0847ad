package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nisba/nisba/model"
)

const (
	sharedEval = "../../shared/eval"
	goldPath   = sharedEval + "/seeds.gold.json"
)

// needShared skips when ../shared is absent outside CI.
func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(goldPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gold file missing in CI: %v", err)
		}
		t.Skipf("no %s: %v", goldPath, err)
	}
}

func needPython(t *testing.T) {
	t.Helper()
	needShared(t)
	if _, err := exec.LookPath("python3"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3 missing in CI")
		}
		t.Skip("no python3")
	}
}

func readGold(t *testing.T) *Gold {
	t.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadGold(f)
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	return g
}

// perfect is gold_to_system.py's output for the seeds gold.
func perfect(t *testing.T) *model.Document {
	t.Helper()
	out, err := exec.Command("python3", sharedEval+"/gold_to_system.py", goldPath).Output()
	if err != nil {
		t.Fatalf("gold_to_system: %v", err)
	}
	d, err := ReadSystem(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("read perfect system: %v", err)
	}
	return d
}

// pyScore runs score.py on a system document and returns its --json bytes
// and its --verbose notes.
func pyScore(t *testing.T, sysJSON []byte) ([]byte, []string, string) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "sys.json")
	if err := os.WriteFile(p, sysJSON, 0o644); err != nil {
		t.Fatal(err)
	}
	js, err := exec.Command("python3", sharedEval+"/score.py", goldPath, p, "--json").Output()
	if err != nil {
		t.Fatalf("score.py --json: %v", err)
	}
	verbose, err := exec.Command("python3", sharedEval+"/score.py", goldPath, p, "--verbose").Output()
	if err != nil {
		t.Fatalf("score.py --verbose: %v", err)
	}
	var notes []string
	lines := strings.Split(string(verbose), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, strings.Repeat(" ", 22)) {
			return js, notes, strings.Join(lines[i:], "\n") // the table follows the notes
		}
		notes = append(notes, strings.TrimPrefix(l, "  "))
	}
	t.Fatalf("score.py printed no table:\n%s", verbose)
	return nil, nil, ""
}

// sorted returns a sorted copy: score.py prints some notes in set order.
func sorted(l []string) []string {
	c := append([]string{}, l...)
	sort.Strings(c)
	return c
}

// clone deep-copies a document through JSON.
func clone(t *testing.T, d *model.Document) *model.Document {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var c model.Document
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// perturbations damage a perfect system in the ways extraction goes wrong.
var perturbations = []struct {
	name string
	edit func(d *model.Document)
}{
	{"perfect", func(d *model.Document) {}},
	{"empty", func(d *model.Document) { *d = model.Document{} }},
	{"dropped entities", func(d *model.Document) {
		var keep []model.Entity
		for i, e := range d.Entities {
			if i%3 != 0 {
				keep = append(keep, e)
			}
		}
		d.Entities = keep
	}},
	{"split entities", func(d *model.Document) {
		for i, e := range d.Entities {
			if i%4 == 0 {
				e.ID = "split-" + e.ID
				if len(e.Aliases) > 0 {
					e.Name = e.Aliases[len(e.Aliases)-1]
				}
				d.Entities = append(d.Entities, e)
			}
		}
	}},
	{"wrong and missing dates", func(d *model.Document) {
		for i := range d.Attacks {
			switch i % 3 {
			case 0:
				d.Attacks[i].Date = model.Day("1999-01-01")
			case 1:
				d.Attacks[i].Date = nil
			}
		}
		for i := range d.Retaliations {
			d.Retaliations[i].Date = model.Day("2000-02-02")
		}
	}},
	{"duplicate attacks", func(d *model.Document) {
		for _, a := range d.Attacks {
			a.ID += "-again"
			d.Attacks = append(d.Attacks, a)
		}
	}},
	{"extra attributions", func(d *model.Document) {
		for i := range d.Attacks {
			d.Attacks[i].Attributions = append(d.Attacks[i].Attributions,
				model.Attribution{Accused: d.Entities[i%len(d.Entities)].ID, Stance: model.StanceSuspected},
				model.Attribution{Accused: "nobody", Stance: model.StanceHinted})
			if i%2 == 0 {
				d.Attacks[i].Attackers = nil
			}
		}
	}},
	{"alternative targets and actors", func(d *model.Document) {
		for i := range d.Retaliations {
			r := &d.Retaliations[i]
			r.Actor = "coalition"
			r.Targets = append([]string{"mayadin", "shibli", "iran"}, r.Targets[min(1, len(r.Targets)):]...)
		}
		d.Retaliations = append(d.Retaliations, model.Retaliation{ID: "extra", Actor: "us-forces",
			Targets: []string{"pmf", "pmf", "ghost"}, Date: model.Day("2021-06-28")})
	}},
	{"optional-only matches", func(d *model.Document) {
		d.Entities = append(d.Entities,
			model.Entity{ID: "opt-1", Type: model.TypeBase, Name: "مطار بغداد"},
			model.Entity{ID: "opt-2", Type: model.TypeBase, Name: "مجمع التحالف الدولي في مطار بغداد"})
		d.Attacks = append(d.Attacks, model.Attack{ID: "opt-a", Target: "opt-1", Attackers: []string{"irgc"}})
		d.Relations = append(d.Relations, model.Relation{From: "iran-backed-militias", Type: "backed_by", To: "iran"})
	}},
	{"types, latin names and relations", func(d *model.Document) {
		for i := range d.Entities {
			switch i % 5 {
			case 0:
				d.Entities[i].Type = model.TypeCity
			case 1:
				d.Entities[i].Name, d.Entities[i].Aliases = d.Entities[i].NameEn, nil
			case 2:
				d.Entities[i].Type = "Weapon"
			case 3:
				d.Entities[i].Type = ""
			}
		}
		d.Relations = append(d.Relations, model.Relation{From: "ghost", Type: "leader_of", To: "irgc"},
			model.Relation{From: "irgc", Type: "part_of", To: "iran"})
	}},
}

func TestScoreAgreesWithScorePy(t *testing.T) {
	needPython(t)
	g := readGold(t)
	base := perfect(t)
	for _, tc := range perturbations {
		t.Run(tc.name, func(t *testing.T) {
			d := clone(t, base)
			tc.edit(d)
			nonNil(d)
			sysJSON, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			wantJSON, wantNotes, wantTable := pyScore(t, sysJSON)
			sys, err := ReadSystem(bytes.NewReader(sysJSON))
			if err != nil {
				t.Fatal(err)
			}
			res := Score(g, sys)
			var got bytes.Buffer
			if err := res.WriteJSON(&got); err != nil {
				t.Fatal(err)
			}
			if got.String() != string(wantJSON) {
				t.Errorf("json differs\n--- go\n%s\n--- score.py\n%s", got.String(), wantJSON)
			}
			var table bytes.Buffer
			if err := res.WriteTable(&table); err != nil {
				t.Fatal(err)
			}
			if table.String() != wantTable {
				t.Errorf("table differs\n--- go\n%s\n--- score.py\n%s", table.String(), wantTable)
			}
			if g, w := strings.Join(sorted(res.Notes), "\n"), strings.Join(sorted(wantNotes), "\n"); g != w {
				t.Errorf("notes differ\n--- go\n%s\n--- score.py\n%s", g, w)
			}
		})
	}
}

// nonNil writes empty top-level lists as [] (score.py cannot iterate null).
func nonNil(d *model.Document) {
	if d.Entities == nil {
		d.Entities = []model.Entity{}
	}
	if d.Attacks == nil {
		d.Attacks = []model.Attack{}
	}
	if d.Retaliations == nil {
		d.Retaliations = []model.Retaliation{}
	}
	if d.Relations == nil {
		d.Relations = []model.Relation{}
	}
}
