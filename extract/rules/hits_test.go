package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
)

// TestHitsAgreeWithMatch checks the one-pass index against matching each
// set at each token, on sentences with clitics, prefixes and breaks.
func TestHitsAgreeWithMatch(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"أعلنت فصائل مسلحة مسؤوليتها عن استهداف قاعدة للتحالف بطائرات مسيرة وصواريخ",
		"وقال المتحدث باسم الجماعة إن القصف جاء ردا على الغارات الأمريكية، ونفت طهران أي صلة",
		"اتهمت واشنطن ميليشيات مدعومة من إيران بالهجوم الذي أسفر عن إصابة جنود",
		"لم تتبن أي جهة الهجوم، فيما رجحت مصادر أن تكون خلية تابعة لتنظيم داعش وراءه",
		"", "a b c 12 ٣",
	}
	total := 0
	for _, text := range texts {
		h := checkHitsAgree(t, r, text)
		total += len(h.hits)
		if got := h.Of("no such set"); got != nil {
			t.Errorf("unknown set matched at %v", got)
		}
	}
	if total < 10 {
		t.Errorf("only %d cue hits in the test sentences", total)
	}
}

// TestHitsAgreeOnArticles is TestHitsAgreeWithMatch on every sentence of
// the held-out articles: phrases of one, two and more words, whole and
// prefix words, after common first words.
func TestHitsAgreeOnArticles(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, s := range heldoutSentences(t) {
		total += checkHitsAgree(t, r, s).Len()
	}
	if total < 1000 {
		t.Errorf("only %d cue hits in the held-out articles", total)
	}
}

func TestHitsWithoutIndex(t *testing.T) {
	r := &Rules{Cues: map[string]Set{"x": Compile([]string{"قاعده"})}}
	h := r.Hits(arabic.Tokens("قصف قاعدة"))
	if got := h.Of("x"); !reflect.DeepEqual(got, []int{1}) {
		t.Errorf("Of = %v, want [1]", got)
	}
}

// TestNameTable checks the set-name table against the map it stands for,
// on every set name and on names that are none.
func TestNameTable(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	x := r.index
	for name, want := range x.ids {
		if got, ok := x.names.get(name); !ok || got != want {
			t.Errorf("get(%q) = %d, %v; want %d", name, got, ok, want)
		}
	}
	for _, name := range []string{"", "a", "attackx", "xattack", "no such set", "attack_verb_vsox"} {
		if _, ok := x.ids[name]; ok {
			continue
		}
		if got, ok := x.names.get(name); ok {
			t.Errorf("get(%q) = %d, true; want no set", name, got)
		}
	}
	if got, ok := (nameTable{}).get("attack"); ok {
		t.Errorf("empty table get = %d, true", got)
	}
}

// TestSetAgreesWithPhrases checks Set.Match and Set.Has, with their hash
// tables, against trying every phrase of the set at every token of the
// held-out articles.
func TestSetAgreesWithPhrases(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	matched := 0
	for _, s := range heldoutSentences(t) {
		toks := arabic.Tokens(s)
		for name, set := range r.Cues {
			matched += checkPhrases(t, s, name, set, toks, toks)
		}
	}
	if matched < 1000 {
		t.Errorf("only %d matches in the held-out articles", matched)
	}
}

// heldoutSentences is every sentence of the held-out articles in
// ../testdata/heldout (which the repository carries).
func heldoutSentences(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/heldout/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out articles in ../testdata/heldout (%v)", err)
	}
	var out []string
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range arabic.Sentences(string(text)) {
			out = append(out, s.Text)
		}
	}
	return out
}

// checkHitsAgree fails for every set whose Hits.Of on text differs from
// Set.Match tried at each token, and returns the hits.
func checkHitsAgree(t *testing.T, r *Rules, text string) Hits {
	t.Helper()
	toks := arabic.Tokens(text)
	h := r.Hits(toks)
	for name, set := range r.Cues {
		var want []int
		for i := range toks {
			if set.Match(toks, i) > 0 {
				want = append(want, i)
			}
		}
		if got := h.Of(name); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: Hits.Of(%s) = %v, Match gives %v", text, name, got, want)
		}
	}
	return h
}

// TestCueIDs checks that each constant names the set Load made for its
// name, and that Hits.OfCue answers as Hits.Of, on a set that matches and
// on one that does not.
func TestCueIDs(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	h := r.Hits(arabic.Tokens("أعلنت فصائل مسلحة مسؤوليتها عن استهداف قاعدة للتحالف بطائرات مسيرة"))
	matched := 0
	for id, name := range cueNames {
		if got, want := r.Cue(CueID(id)), r.Cues[name]; got != want {
			t.Errorf("Cue(%s) is not Cues[%q]", name, name)
		}
		got, want := h.OfCue(CueID(id)), h.Of(name)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("OfCue(%s) = %v, Of gives %v", name, got, want)
		}
		if len(want) > 0 {
			matched++
		}
	}
	if matched == 0 {
		t.Error("no set of cueNames matched the test sentence")
	}
	var none Rules // not made by Load: no set
	if s := none.Cue(0); s.Len() != 0 {
		t.Errorf("Cue on empty rules has %d phrases", s.Len())
	}
	nh := none.Hits(arabic.Tokens("قاعدة"))
	if got := nh.OfCue(0); got != nil {
		t.Errorf("OfCue on empty rules = %v", got)
	}
}

// checkPhrases checks set.Match and set.Has on toks at every token against
// trying each phrase of the set on ref (the same words read plainly) and
// returns how many tokens start a match.
func checkPhrases(t *testing.T, s, name string, set Set, toks, ref []arabic.Token) int {
	t.Helper()
	matched := 0
	for i := range toks {
		want, one := 0, false
		for _, ph := range set.d.all {
			if ph.matchAt(ref, i) {
				want = max(want, len(ph))
				one = one || len(ph) == 1
			}
		}
		if got := set.Match(toks, i); got != want {
			t.Errorf("%q: %s.Match at %d = %d, want %d", s, name, i, got, want)
		}
		if got := set.Has(&toks[i]); got != one {
			t.Errorf("%q: %s.Has(%q) = %v, want %v", s, name, toks[i].Surface, got, one)
		}
		if want > 0 {
			matched++
		}
	}
	return matched
}
