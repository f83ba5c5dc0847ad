package extract_test

import (
	"cmp"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// TestDateLine checks that an article that came without a publication day
// takes it from a date line near its top, and that relative days then
// count from it; lines that tell of events, dates without a year, and
// articles with a day of their own are left alone.
func TestDateLine(t *testing.T) {
	x := extract.New(loadLexicon(t))
	body := "تعرضت قاعدة عين الأسد الجوية مساء أمس لهجوم بثلاثة صواريخ، وفق مصدر أمني."
	tests := []struct {
		name, published, text, want string // want: the attack's day, "" for none
	}{
		{"label and numeric day", "", "قصف على قاعدة عين الأسد\nنشر بتاريخ: 12/03/2024\n" + body, "2024-03-11"},
		{"weekday, month name and time", "", "قصف على قاعدة عين الأسد\nالثلاثاء 12 آذار 2024 - 10:45\n" + body, "2024-03-11"},
		{"a dateline with its place", "", "بغداد، 2024-03-12\n" + body, "2024-03-11"},
		{"Arabic-Indic digits", "", "آخر تحديث: ١٢/٠٣/٢٠٢٤\n" + body, "2024-03-11"},
		{"metadata wins", "2024-05-02", "نشر بتاريخ: 12/03/2024\n" + body, "2024-05-01"},
		{"a headline with a date is no date line", "", "تقرير أسبوعي عن الأوضاع الأمنية في العراق حتى 12 آذار 2024\n" + body, ""},
		{"no year", "", "الثلاثاء 12 آذار\n" + body, ""},
		{"too far down", "", "سطر\nسطر\nسطر\nسطر\nسطر\nسطر\n12/03/2024\n" + body, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := x.Extract(model.Article{ID: "d", Published: tc.published}, tc.text)
			if got, want := attackDays(res), "base:ain-al-asad@"+cmp.Or(tc.want, "undated"); len(got) != 1 || got[0] != want {
				t.Errorf("attacks %v, want [%s]", got, want)
			}
			noted := false
			for _, n := range res.Notes {
				noted = noted || strings.Contains(n, "read from the date line")
			}
			if fromLine := tc.published == "" && tc.want != ""; noted != fromLine || fromLine && res.Article.Published != "2024-03-12" {
				t.Errorf("published %q, noted %v", res.Article.Published, noted)
			}
		})
	}
}
