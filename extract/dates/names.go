package dates

import (
	"strings"
	"unicode/utf8"
)

// nameToday reports an اليوم at token k that is part of a name, an outlet's
// as a rule, and dates nothing: «بغداد اليوم», لـ"روسيا اليوم", "صحيفة
// اليوم", "بغداد اليوم نيوز", and the dateline "بغداد اليوم – بغداد" that
// opens an article. An unquoted name after a verb ("ذكرت قناة روسيا اليوم")
// cannot be told from "today" here; callers that know the names of
// organisations and the article's outlet drop those.
func (s *scanner) nameToday(k int) bool {
	switch {
	case s.isPunct(k+1, closeQuotes) && (s.isPunct(k-1, openQuotes) || s.isWord(k-1) && s.isPunct(k-2, openQuotes)):
		return true // «بغداد اليوم», «اليوم»
	case s.isPunct(k+1, ")") && s.isWord(k-1) && s.isPunct(k-2, "("):
		return true // (بغداد اليوم); "الخميس (اليوم)" is today
	case outletNoun(s.ts, k-1) || s.stem(k-1) == "اخبار":
		return true // صحيفة اليوم, أخبار اليوم
	case s.isNameTail(k + 1):
		return true // بغداد اليوم نيوز
	}
	return k == 1 && s.isWord(0) && s.isPunct(k+1, "-–—/") // "بغداد اليوم – بغداد"
}

// isWord reports a word (not a number or punctuation) at token j.
func (s *scanner) isWord(j int) bool {
	return j >= 0 && j < len(s.ts) && s.ts[j].kind == kWord
}

// openQuotes and closeQuotes are the quotation marks around a name; the
// straight ones both open and close.
const (
	openQuotes  = "«\"“'‘‹"
	closeQuotes = "»\"”'’›"
)

// isNameTail reports a word that ends the name of an outlet after اليوم:
// نيوز، نت، الإخبارية.
func (s *scanner) isNameTail(j int) bool {
	switch s.stem(j) {
	case "نيوز", "نت", "الاخباريه", "الاخباري", "تي", "tv", "TV":
		return true
	}
	return false
}

// outletNoun reports a word for an outlet at token j, with or without
// proclitics: قناة، لصحيفة، وموقع.
func outletNoun(ts []token, j int) bool {
	if j < 0 || j >= len(ts) || ts[j].kind != kWord {
		return false
	}
	w := ts[j].key
	for n := 0; n <= 2; n++ {
		switch w {
		case "قناه", "صحيفه", "جريده", "موقع", "وكاله", "شبكه", "مجله", "تلفزيون", "اذاعه", "راديو", "فضائيه":
			return true
		}
		r, ok := cutClitic(w)
		if !ok {
			return false
		}
		w = r
	}
	return false
}

// cutClitic removes one leading proclitic (و ف ب ل ك) from a folded word of
// at least four letters.
func cutClitic(w string) (string, bool) {
	for _, c := range [...]string{"و", "ف", "ب", "ل", "ك"} {
		if r, ok := strings.CutPrefix(w, c); ok && utf8.RuneCountInString(r) >= 3 {
			return r, true
		}
	}
	return w, false
}
