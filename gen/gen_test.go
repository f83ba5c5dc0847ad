package gen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/extract/lexicon"
)

func generate(t *testing.T, n int, seed int64) (string, Stats) {
	t.Helper()
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatalf("load lexicon: %v", err)
	}
	dir := t.TempDir()
	st, err := Generate(Options{N: n, Seed: seed, Dir: dir, Lexicon: lex})
	if err != nil {
		t.Fatalf("generate: %v", err)
	}
	return dir, st
}

func readGold(t *testing.T, dir string) *eval.Gold {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, GoldFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		t.Fatalf("gold does not validate: %v", err)
	}
	return g
}

func TestGenerateParsesBack(t *testing.T) {
	dir, st := generate(t, 50, 7)
	if st.Articles != 50 || st.Reports+st.NoAttack != 50 {
		t.Fatalf("stats %+v: want 50 articles", st)
	}
	g := readGold(t, dir)
	if len(g.Articles) != 50 || len(g.Attacks) != st.Attacks || len(g.Entities) != st.Entities {
		t.Errorf("gold has %d articles, %d attacks, %d entities; stats %+v",
			len(g.Articles), len(g.Attacks), len(g.Entities), st)
	}
	if len(g.Attacks) == 0 || len(g.Attacks) >= 50 {
		t.Errorf("%d attacks in 50 articles: want several, some reported twice", len(g.Attacks))
	}
	ids := metaIDs(t, dir)
	for _, a := range g.Attacks {
		for _, id := range a.Articles {
			if !ids[id] {
				t.Errorf("attack %s cites unknown article %s", a.ID, id)
			}
		}
	}
	for id := range ids {
		b, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) || len(b) < 1000 || len(b) > 9000 {
			t.Errorf("%s: %d bytes (valid UTF-8 %v), want 1-8 KB", id, len(b), utf8.Valid(b))
		}
	}
}

func metaIDs(t *testing.T, dir string) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, MetaFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ids := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var m metaLine
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("meta line %q: %v", sc.Text(), err)
		}
		ids[m.ID] = true
	}
	return ids
}

// TestGoldNamesAppear checks that every gold entity is written in some
// article under one of its names: the gold marks only what the text says.
func TestGoldNamesAppear(t *testing.T) {
	dir, _ := generate(t, 50, 11)
	g := readGold(t, dir)
	var all strings.Builder
	for id := range metaIDs(t, dir) {
		b, _ := os.ReadFile(filepath.Join(dir, id+".txt"))
		all.Write(b)
	}
	text := all.String()
	for _, e := range g.Entities {
		found := false
		for _, n := range e.Names {
			found = found || strings.Contains(text, n)
		}
		if !found {
			t.Errorf("gold entity %s (%s) appears in no article", e.ID, e.Names[0])
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, _ := generate(t, 30, 42)
	b, _ := generate(t, 30, 42)
	c, _ := generate(t, 30, 43)
	for _, name := range []string{GoldFile, MetaFile, "gen0000007.txt"} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with one seed", name)
		}
	}
	x, _ := os.ReadFile(filepath.Join(a, GoldFile))
	z, _ := os.ReadFile(filepath.Join(c, GoldFile))
	if bytes.Equal(x, z) {
		t.Error("seeds 42 and 43 gave the same gold")
	}
}

func TestGenerateRejectsBadOptions(t *testing.T) {
	for _, o := range []Options{{N: 5}, {N: -1, Dir: t.TempDir()}} {
		if _, err := Generate(o); !errors.Is(err, ErrOptions) {
			t.Errorf("Generate(%+v) = %v, want ErrOptions", o, err)
		}
	}
}

func TestAttach(t *testing.T) {
	tests := []struct{ clitic, word, want string }{
		{"ل", "الحرس الثوري", "للحرس الثوري"},
		{"ل", "اللواء 47", "للواء 47"},
		{"ل", "كتائب حزب الله", "لكتائب حزب الله"},
		{"ب", "القاعدة", "بالقاعدة"},
		{"", "التنف", "التنف"},
	}
	for _, tc := range tests {
		if got := attach(tc.clitic, tc.word); got != tc.want {
			t.Errorf("attach(%q, %q) = %q, want %q", tc.clitic, tc.word, got, tc.want)
		}
	}
}

func TestGuessFem(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"كتائب حزب الله", true}, {"حركة النجباء", true}, {"إدارة الأمن العام", true},
		{"الحرس الثوري", false}, {"الجيش العراقي", false}, {"القوات الأمريكية", true},
	}
	for _, tc := range tests {
		if got := guessFem(tc.name); got != tc.want {
			t.Errorf("guessFem(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
