package eval

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzNorm(f *testing.F) {
	for _, s := range []string{"القوات الأميركية", "«حزب الله»", "Ain al-Asad", "ـــ", "a\u001cb", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Norm(s)
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("Norm(%q) = %q is not valid UTF-8", s, n)
		}
		if strings.Contains(n, "  ") || strings.TrimSpace(n) != n {
			t.Errorf("Norm(%q) = %q has stray spaces", s, n)
		}
	})
}

// FuzzScore feeds arbitrary system JSON through ReadSystem and Score, which
// must never panic whatever score.py would make of the file.
func FuzzScore(f *testing.F) {
	g := &Gold{Entities: []GoldEntity{{ID: "b", Type: "Base", Names: []string{"عين الأسد"}}},
		Attacks: []GoldAttack{{ID: "a", Target: "b", Attackers: []string{"b"}}}}
	for _, s := range []string{`{}`, `{"entities":[{"id":"x","type":"Base","name":"عين الأسد"}],"attacks":[{"target":"x"}]}`,
		`{"entities":3,"attacks":[null,{"attributions":[{}]}],"retaliations":[{"targets":[1,"x"]}]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sys, err := ReadSystem(strings.NewReader(s))
		if err != nil {
			return
		}
		r := Score(g, sys)
		if r.Headline < 0 || r.Headline > 1 {
			t.Errorf("headline %v out of [0,1]", r.Headline)
		}
	})
}
