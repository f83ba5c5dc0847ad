// Package arabic is nisba's Arabic text handling: normalisation, matching keys,
// sentence splitting and tokens with their proclitics separated.
package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
// the Persian, Kurdish, Urdu and Maghrebi letters of names to the Arabic
// letters Arabic spelling writes for them (پ -> ب, چ -> ج, گ -> ك, ڨ -> ق,
// ژ -> ز, ڤ -> ف), Arabic-Indic and Persian digits to ASCII.
func foldRune(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی', 'ې':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ک', 'گ', 'ڭ': // Persian and Kurdish g, Moroccan g: Arabic spelling writes ك
		return 'ك'
	case 'پ':
		return 'ب'
	case 'چ':
		return 'ج'
	case 'ژ':
		return 'ز'
	case 'ڤ', 'ڢ': // v; the Maghrebi fa
		return 'ف'
	case 'ڨ', 'ڧ': // the Algerian and Tunisian g; the Maghrebi qaf
		return 'ق'
	case 'ە', 'ھ', 'ہ': // Kurdish and Urdu forms of ha
		return 'ه'
	case 'ۆ':
		return 'و'
	case 'ێ':
		return 'ي'
	case 'ڕ':
		return 'ر'
	case 'ڵ':
		return 'ل'
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
	if folded(s) {
		return s // most words: no copy
	}
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

// folded reports that Fold would return s unchanged: valid UTF-8 without
// diacritics, tatweel or letters to fold, which NFKC leaves as it is.
func folded(s string) bool {
	plain := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || IsDiacritic(r) || foldRune(r) != r {
			return false
		}
		if !(r >= 0x0600 && r <= 0x06FF && !(r >= 0x0653 && r <= 0x0655) && !(r >= 0x0675 && r <= 0x0678)) {
			plain = false
		}
		i += size
	}
	return plain || norm.NFKC.IsNormalString(s)
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
	if k, ok := plainKey(s); ok {
		return k
	}
	s = Fold(s)
	if k, ok := simpleKey(s); ok {
		return k
	}
	return keyOf(s)
}

// plainKey is Key of s made of Arabic letters, diacritics and digits in
// words with one space between them, the usual shape of a name, folded
// and stripped of ال in one pass and one allocation at most (none when
// s is its own key); ok is false for anything else, for more than 64
// words, and for the rare key with a spelling to unify.
func plainKey(s string) (string, bool) {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return "", false
	}
	var articles uint64 // bit n: word n takes ال off
	same := true        // s is its own key
	n := 0
	for w := s; w != ""; n++ {
		word, rest, _ := strings.Cut(w, " ")
		kept, fold, article, ok := plainWord(word)
		if !ok || kept == 0 || n == 64 {
			return "", false // a blank word, or a rune Fold or Key must weigh
		}
		if article {
			articles |= 1 << n
		}
		same = same && !fold && !article
		w = rest
	}
	k := s
	if !same {
		var b strings.Builder
		b.Grow(len(s))
		n = 0
		for w := s; w != ""; n++ {
			word, rest, _ := strings.Cut(w, " ")
			if n > 0 {
				b.WriteByte(' ')
			}
			skip := int(articles>>n&1) * 2 // the runes of ال
			for i := 0; i < len(word); {
				k, size := plainRune(word, i)
				i += size
				if k.mark {
					continue
				}
				if skip > 0 {
					skip--
					continue
				}
				if k.fold < utf8.RuneSelf {
					b.WriteByte(byte(k.fold))
				} else {
					b.WriteRune(k.fold)
				}
			}
			w = rest
		}
		k = b.String()
	}
	if strings.Contains(k, "اميرك") || strings.Contains(k, "ميليشي") {
		return "", false
	}
	return k, true
}

// plainWord reports whether word is made of the runes plainKey takes
// (Arabic letters U+0621..U+064A, the harakat but the combining hamza and
// madda, Arabic-Indic and ASCII digits, the superscript alef); how many of
// them Fold keeps; whether Fold changes any; and whether Key takes ال off
// the fold (four runes or more, the first two ال).
func plainWord(word string) (kept int, fold, article, ok bool) {
	var first [2]rune
	for i := 0; i < len(word); {
		k, size := plainRune(word, i)
		if !k.take {
			return 0, false, false, false
		}
		i += size
		if k.mark {
			fold = true
			continue
		}
		fold = fold || k.folds
		r := k.fold
		if kept < len(first) {
			first[kept] = r
		}
		kept++
	}
	return kept, fold, kept >= 4 && first == [2]rune{'ا', 'ل'}, true
}

// keyRune is what plainKey makes of a rune: whether it takes it (plainWord's
// runes), whether Key drops it (a diacritic), and else its fold and
// whether that differs from it.
type keyRune struct {
	fold              rune
	take, mark, folds bool
}

// keyRunes are the keyRunes of U+0600..U+06FF, by the rune less U+0600.
var keyRunes = func() (t [0x100]keyRune) {
	for i := range t {
		r := rune(0x0600 + i)
		take := r >= 0x0621 && r <= 0x065F && (r < 0x0653 || r > 0x0655) || r >= 0x0660 && r <= 0x0669 || r == 0x0670
		if take {
			t[i] = keyRune{fold: foldRune(r), take: true, mark: IsDiacritic(r), folds: foldRune(r) != r}
		}
	}
	return t
}()

// plainRune is the keyRune of the rune at byte i of word and its size in
// bytes: ASCII digits and the two-byte runes of U+0600..U+06FF by table,
// anything else not taken.
func plainRune(word string, i int) (keyRune, int) {
	c := word[i]
	if c >= '0' && c <= '9' {
		return keyRune{fold: rune(c), take: true}, 1
	}
	if c >= 0xD8 && c <= 0xDB && i+1 < len(word) && word[i+1]&0xC0 == 0x80 {
		return keyRunes[int(c&3)<<6|int(word[i+1]&0x3F)], 2
	}
	return keyRune{}, 1
}

// keyOf is Key's general path on text that is already folded.
func keyOf(s string) string {
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

// simpleKey is Key of a folded s made of Arabic letters and digits in words
// with one space between them, the usual shape of a name; ok is false for
// anything else.
func simpleKey(f string) (string, bool) {
	if f == "" || f[0] == ' ' || f[len(f)-1] == ' ' || strings.Contains(f, "  ") {
		return "", false
	}
	for _, r := range f {
		if !(r >= 0x0621 && r <= 0x064A || r >= '0' && r <= '9' || r == ' ') {
			return "", false
		}
	}
	if strings.Contains(f, "اميرك") || strings.Contains(f, "ميليشي") {
		return "", false
	}
	if !hasArticleWord(f) {
		return f, true // no copy
	}
	var b strings.Builder
	b.Grow(len(f))
	for i, w := range strings.Split(f, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4 {
			w = w[len("ال"):]
		}
		b.WriteString(w)
	}
	return b.String(), true
}

// hasArticleWord reports a word of f that Key would take ال off.
func hasArticleWord(f string) bool {
	for len(f) > 0 {
		w := f
		if i := strings.IndexByte(f, ' '); i >= 0 {
			w, f = f[:i], f[i+1:]
		} else {
			f = ""
		}
		if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4 {
			return true
		}
	}
	return false
}
