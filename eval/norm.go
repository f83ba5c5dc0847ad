package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Norm is the name normalisation of score.py's norm (GRAPH.md §5), rune for
// rune: NFKC; a name with ASCII letters and no Arabic-block rune becomes
// "latin:" + its lower-cased words; otherwise diacritics and tatweel go, alef
// variants, ى and ة fold, أميرك/اميرك become امريك, the scorer's punctuation
// becomes spaces and a leading ال is dropped from words of four or more runes.
//
// arabic.Key is close but not equal (it also folds digits and ميليشي, lowers
// Arabic-mixed text and treats every Unicode symbol as punctuation), so the
// scorer keeps its own copy.
func Norm(s string) string {
	if s == "" {
		return ""
	}
	s = norm.NFKC.String(s)
	if hasASCIILetter(s) && !hasArabicBlock(s) {
		return "latin:" + strings.Join(pyFields(punctToSpace(strings.ToLower(s))), " ")
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isScorerDiacritic(r) {
			continue
		}
		switch r {
		case 'أ', 'إ', 'آ', 'ٱ':
			r = 'ا'
		case 'ى':
			r = 'ي'
		case 'ة':
			r = 'ه'
		}
		b.WriteRune(r)
	}
	s = strings.ReplaceAll(b.String(), "أميرك", "امريك")
	s = strings.ReplaceAll(s, "اميرك", "امريك")
	words := pyFields(punctToSpace(s))
	for i, w := range words {
		if strings.HasPrefix(w, "ال") && runeLen(w) >= 4 {
			words[i] = w[len("ال"):]
		}
	}
	return strings.Join(words, " ")
}

func hasASCIILetter(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') {
			return true
		}
	}
	return false
}

func hasArabicBlock(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return true
		}
	}
	return false
}

// isScorerDiacritic is score.py's DIACRITICS class.
func isScorerDiacritic(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06ED) || r == 0x0640
}

// scorerPunct is score.py's PUNCT class.
const scorerPunct = "\"'«»“”„‘’`´،؛؟.,:;!?()[]{}<>/\\|-–—_*#@…"

// punctToSpace replaces each run of scorer punctuation with one space.
func punctToSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inRun := false
	for _, r := range s {
		if strings.ContainsRune(scorerPunct, r) {
			if !inRun {
				b.WriteByte(' ')
			}
			inRun = true
			continue
		}
		inRun = false
		b.WriteRune(r)
	}
	return b.String()
}

// pyFields splits like Python's str.split(): on runes for which str.isspace
// is true, which adds the separators U+001C..U+001F to Go's unicode.IsSpace.
func pyFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
	})
}

func runeLen(s string) int { return len([]rune(s)) }
