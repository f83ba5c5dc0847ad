package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestRelatedLinks checks that the lines a scraped article keeps from the
// site's links to other stories ("اقرأ أيضاً: ...") tell no attack of this
// article, that the offsets of the article's own sentences do not move, and
// that lines merely holding a colon are read.
func TestRelatedLinks(t *testing.T) {
	x := extract.New(loadLexicon(t))
	text := "هجوم على حرير\n" +
		"تعرضت قاعدة حرير شمال أربيل مساء أمس لهجوم بطائرة مسيرة دون إصابات.\n" +
		"اقرأ أيضاً: قصف صاروخي يستهدف قاعدة عين الأسد غربي العراق\n" +
		"- ذات صلة - هجوم بمسيرة على حقل كونيكو\n" +
		"مواضيع ذات صلة: المقاومة الإسلامية تتبنى هجوما على قاعدة التنف\n" +
		"وقال مصدر أمني: «سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء أمس».\n"
	res := x.Extract(model.Article{ID: "r", Published: "2024-03-12"}, text)
	var got []string
	for _, at := range res.Attacks {
		got = append(got, at.Target)
	}
	slices.Sort(got)
	if want := []string{"base:ain-al-asad", "base:harir"}; !slices.Equal(got, want) {
		t.Errorf("attacks on %v, want %v (the quoted source's, not the links')", got, want)
	}
	rs := []rune(text)
	for _, at := range res.Attacks {
		for _, e := range at.Evidence {
			if string(rs[e.Start:e.End]) != e.Sentence {
				t.Errorf("evidence [%d,%d) is not %q in the text", e.Start, e.End, e.Sentence)
			}
		}
	}
	if !slices.ContainsFunc(res.Notes, func(n string) bool { return strings.HasPrefix(n, "3 links to other stories skipped") }) {
		t.Errorf("notes %q", res.Notes)
	}
}
