package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Variant is one reading of a word: the whole word, or the word with its
// proclitics (و ف ب ل ك, and لل read as ل + ال) taken off.
type Variant struct {
	Key     string // arabic.Key of Surface
	Fold    string // arabic.Fold of Surface
	Surface string // the reading as written, e.g. "الميادين" for "والميادين"
	Pre     string // the folded proclitics taken off, e.g. "و" or "ل"
}

// Token is one word. Start and End are rune offsets in the tokenized text.
// Variants[0] is always the whole word; more readings follow, longest first.
type Token struct {
	Start, End int
	Surface    string
	Variants   []Variant
	// Pre is a detached proclitic written before the word, as in لـ"قسد" or
	// بـ«اشتعال»: the folded letters of the clitic.
	Pre string
	// Break reports a separator (comma, parenthesis, colon, dash) between this
	// token and the one before; names never span it. Quotes are no break.
	Break bool
	// Arabic reports that the word is written in Arabic script.
	Arabic bool
	// Quote reports an opening quote right before the word: «X», "X", “X”.
	Quote bool
}

// Key is the key of the whole word.
func (t *Token) Key() string { return t.Variants[0].Key }

// Has reports whether any reading of the token has the key k.
func (t *Token) Has(k string) bool {
	for _, v := range t.Variants {
		if v.Key == k {
			return true
		}
	}
	return false
}

// HasPrefix reports whether any reading of the token starts with p.
func (t *Token) HasPrefix(p string) bool {
	for _, v := range t.Variants {
		if strings.HasPrefix(v.Key, p) {
			return true
		}
	}
	return false
}

// Tokens splits text into words with rune offsets. A word is a run of
// letters, digits and combining marks; a lone clitic with tatweel (لـ, بـ,
// وبـ) is folded into the next word's Pre.
func Tokens(text string) []Token {
	var out []Token
	rs := []rune(text)
	pending, brk, quote := "", false, false
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			if isBreak(rs[i]) {
				brk = true
			}
			quote = quote || isOpenQuote(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && (isWordRune(rs[j]) || gluedDot(rs, j)) {
			j++
		}
		word := string(rs[i:j])
		if c, ok := detachedClitic(word); ok && j < len(rs) {
			pending += c
			i = j
			continue
		}
		t := Token{Start: i, End: j, Surface: word, Pre: pending, Break: brk, Arabic: hasArabic(rs[i:j]), Quote: quote}
		t.Variants = Variants(word)
		out = append(out, t)
		pending, brk, quote = "", false, false
		i = j
	}
	return out
}

// gluedDot is a dot between two word runes, as in "السورية.نت".
func gluedDot(rs []rune, i int) bool {
	return rs[i] == '.' && i > 0 && i+1 < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i+1])
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isBreak reports separators that end a name: everything but spaces,
// quotes and bidi marks.
func isBreak(r rune) bool {
	if unicode.IsSpace(r) {
		return false
	}
	switch r {
	case '"', '\'', '«', '»', '“', '”', '„', '‘', '’', '`', '´', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\ufeff':
		return false
	}
	return true
}

func isOpenQuote(r rune) bool {
	switch r {
	case '"', '«', '“', '„', '\'', '‘':
		return true
	}
	return false
}

func hasArabic(rs []rune) bool {
	for _, r := range rs {
		if IsArabicLetter(r) {
			return true
		}
	}
	return false
}

// detachedClitic recognises a clitic written apart with tatweel: لـ بـ وبـ ولـ.
func detachedClitic(word string) (string, bool) {
	if !strings.ContainsRune(word, 'ـ') {
		return "", false
	}
	f := Fold(word)
	switch f {
	case "ل", "ب", "ك", "و", "ف", "وب", "ول", "فب", "فل", "وك":
		return f, true
	}
	return "", false
}

// Variants returns the readings of a word: the whole word first, then with
// و/ف taken off, then with ب/ل/ك taken off, with لل read as ل + ال.
func Variants(word string) []Variant {
	f := Fold(word)
	vs := []Variant{{Key: wordKey(word, f), Fold: f, Surface: word}}
	bases := []Variant{{Surface: word}}
	if rest, ok := cutLetter(word, "وف"); ok {
		bases = append(bases, Variant{Surface: rest, Pre: Fold(firstLetter(word))})
	}
	for _, b := range bases {
		if b.Pre != "" {
			vs = addVariant(vs, b.Surface, b.Pre)
		}
		if rest, ok := cutLetter(b.Surface, "ل"); ok {
			if rest2, ok2 := cutLetter(rest, "ل"); ok2 {
				vs = addVariant(vs, "ال"+rest2, b.Pre+"ل")
			}
		}
		if rest, ok := cutLetter(b.Surface, "بلك"); ok {
			vs = addVariant(vs, rest, b.Pre+Fold(firstLetter(b.Surface)))
		}
	}
	return vs
}

func addVariant(vs []Variant, surface, pre string) []Variant {
	f := Fold(surface)
	k := wordKey(surface, f)
	if k == "" {
		return vs
	}
	for _, v := range vs {
		if v.Key == k {
			return vs
		}
	}
	return append(vs, Variant{Key: k, Fold: f, Surface: surface, Pre: pre})
}

// cutLetter removes a first letter from set (with its diacritics) when at
// least two letters remain.
func cutLetter(word, set string) (string, bool) {
	rs := []rune(word)
	if len(rs) == 0 || !strings.ContainsRune(set, rs[0]) {
		return "", false
	}
	i := 1
	for i < len(rs) && IsDiacritic(rs[i]) {
		i++
	}
	rest := rs[i:]
	letters := 0
	for _, r := range rest {
		if unicode.IsLetter(r) && r != 'ـ' {
			letters++
		}
	}
	if letters < 2 {
		return "", false
	}
	return string(rest), true
}

func firstLetter(word string) string {
	for _, r := range word {
		return string(r)
	}
	return ""
}

// wordKey is Key for one word whose fold f is already known: the same
// result, without the work Key needs for punctuation and several words.
func wordKey(word, f string) string {
	for _, r := range f {
		if r >= 0x0621 && r <= 0x064A || r >= '0' && r <= '9' {
			continue // the common case, without table lookups
		}
		if r >= 0x80 && !IsArabicLetter(r) || r < 0x80 {
			return Key(word)
		}
	}
	if strings.Contains(f, "اميرك") || strings.Contains(f, "ميليشي") {
		f = spellingFolds.Replace(f)
	}
	if strings.HasPrefix(f, "ال") && utf8.RuneCountInString(f) >= 4 {
		return f[len("ال"):]
	}
	return f
}
