// Package arabic is nisba's Arabic text handling: normalisation, matching keys,
// sentence splitting and tokens with their proclitics separated.
package arabic

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// IsDiacritic reports whether r is an Arabic diacritic (harakat, shadda,
// sukun, superscript alef, Quranic marks) or the tatweel, all of which carry
// no meaning for matching.
func IsDiacritic(r rune) bool {
	switch {
	case r >= 0x0610 && r <= 0x061A, r >= 0x064B && r <= 0x065F, r == 0x0670,
		r >= 0x06D6 && r <= 0x06ED, r == 0x0640:
		return true
	}
	return false
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	if r >= 0x0621 && r <= 0x064A {
		return r != 0x0640 // the basic letters without table lookups; tatweel is of the Common script
	}
	return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
}

// foldRune maps letter variants to one form: أ إ آ ٱ -> ا, ى -> ي, ة -> ه,
// Persian/Urdu forms to Arabic, Arabic-Indic and Persian digits to ASCII.
func foldRune(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی', 'ې':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ک':
		return 'ك'
	case 'ؤ':
		return 'ؤ'
	}
	if r >= '٠' && r <= '٩' {
		return '0' + (r - '٠')
	}
	if r >= '۰' && r <= '۹' {
		return '0' + (r - '۰')
	}
	return r
}

// isPunct reports runes that separate words for matching: all Unicode
// punctuation and symbols, including « » “ ” ، ؛ ؟ and bidi marks.
func isPunct(r rune) bool {
	if unicode.IsPunct(r) || unicode.IsSymbol(r) {
		return true
	}
	switch r {
	case '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\ufeff':
		return true
	}
	return unicode.Is(unicode.Bidi_Control, r)
}

// plainArabic reports text that NFKC leaves as it is without asking the
// tables: ASCII and the Arabic block, but not the combining hamza and madda
// (which compose) nor the compatibility high-hamza letters U+0675..U+0678.
func plainArabic(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80:
		case r >= 0x0600 && r <= 0x06FF && !(r >= 0x0653 && r <= 0x0655) && !(r >= 0x0675 && r <= 0x0678):
		default:
			return false
		}
	}
	return true
}

// Fold removes diacritics and tatweel and folds letter variants and digits,
// keeping punctuation and the article. Offsets are not preserved.
func Fold(s string) string {
	if !plainArabic(s) && !norm.NFKC.IsNormalString(s) {
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if IsDiacritic(r) {
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// spellingFolds unify common spelling variants that the letter folds miss.
var spellingFolds = strings.NewReplacer(
	"اميرك", "امريك", // أميركي / أمريكي
	"ميليشي", "مليشي", // ميليشيا / مليشيا
)

// Key is the matching key of a name: Fold, punctuation to spaces, spelling
// variants unified, and a leading ال dropped from every word of four or more
// letters. It agrees with the scorer's normalisation (GRAPH.md §5), so two
// names with one Key are one name for evaluation too.
func Key(s string) string {
	s = Fold(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isPunct(r) || unicode.IsSpace(r) {
			b.WriteByte(' ')
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	s = spellingFolds.Replace(b.String())
	words := strings.Fields(s)
	for i, w := range words {
		if strings.HasPrefix(w, "ال") && len([]rune(w)) >= 4 {
			words[i] = strings.TrimPrefix(w, "ال")
		}
	}
	return strings.Join(words, " ")
}
