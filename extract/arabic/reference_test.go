package arabic

// The implementations below are the straightforward originals that the fast
// paths of this package replaced; the tests check that both agree exactly.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func refFold(s string) string {
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

// refKey is Key without its fast path: the original Fold, then the general
// path, which simpleKey must agree with.
func refKey(s string) string {
	return keyOf(refFold(s))
}

func refTokens(text string) []Token {
	var out []Token
	rs := []rune(text)
	pending, brk, quote := "", false, false
	for i := 0; i < len(rs); {
		if !refIsWordRune(rs[i]) {
			joint := (rs[i] == ':' || rs[i] == '/' || rs[i] == '-') && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i+1]) &&
				(unicode.IsDigit(rs[i-1]) || rs[i] == '-' && rs[i-1] >= 0x0621 && rs[i-1] <= 0x064A)
			if isBreak(rs[i]) && !joint {
				brk = true
			}
			quote = quote || isOpenQuote(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && (refIsWordRune(rs[j]) || refGluedDot(rs, j)) {
			j++
		}
		word := string(rs[i:j])
		if c, ok := refDetachedClitic(word); ok && j < len(rs) {
			pending += c
			i = j
			continue
		}
		t := Token{Start: i, End: j, Surface: word, Pre: pending, Break: brk, Arabic: refHasArabic(rs[i:j]), Quote: quote}
		t.Variants = refVariants(word)
		out = append(out, t)
		pending, brk, quote = "", false, false
		i = j
	}
	return out
}

func refVariants(word string) []Variant {
	f := refFold(word)
	vs := []Variant{{Key: refWordKey(word, f), Fold: f, Surface: word}}
	bases := []Variant{{Surface: word}}
	if rest, ok := refCutLetter(word, "وف"); ok {
		bases = append(bases, Variant{Surface: rest, Pre: refFold(refFirstLetter(word))})
	}
	for _, b := range bases {
		if b.Pre != "" {
			vs = refAddVariant(vs, b.Surface, b.Pre)
		}
		if rest, ok := refCutLetter(b.Surface, "ل"); ok {
			if rest2, ok2 := refCutLetter(rest, "ل"); ok2 {
				vs = refAddVariant(vs, "ال"+rest2, b.Pre+"ل")
			}
		}
		if rest, ok := refCutLetter(b.Surface, "بلك"); ok {
			vs = refAddVariant(vs, rest, b.Pre+refFold(refFirstLetter(b.Surface)))
		}
	}
	return vs
}

func refAddVariant(vs []Variant, surface, pre string) []Variant {
	f := refFold(surface)
	k := refWordKey(surface, f)
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

func refCutLetter(word, set string) (string, bool) {
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

func refFirstLetter(word string) string {
	for _, r := range word {
		return string(r)
	}
	return ""
}

func refWordKey(word, f string) string {
	for _, r := range f {
		if r >= 0x0621 && r <= 0x064A || r >= '0' && r <= '9' {
			continue // the common case, without table lookups
		}
		if r >= 0x80 && !IsArabicLetter(r) || r < 0x80 {
			return refKey(word)
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

func refDetachedClitic(word string) (string, bool) {
	if !strings.ContainsRune(word, 'ـ') {
		return "", false
	}
	f := refFold(word)
	switch f {
	case "ل", "ب", "ك", "و", "ف", "وب", "ول", "فب", "فل", "وك":
		return f, true
	}
	return "", false
}

func refHasArabic(rs []rune) bool {
	for _, r := range rs {
		if IsArabicLetter(r) {
			return true
		}
	}
	return false
}

func refGluedDot(rs []rune, i int) bool {
	return rs[i] == '.' && i > 0 && i+1 < len(rs) && refIsWordRune(rs[i-1]) && refIsWordRune(rs[i+1])
}

func refSentences(text string) []Sentence {
	rs := []rune(text)
	var out []Sentence
	para, start := 0, 0
	depth, quoteStop := 0, false // quotes open in the span; a stop seen in one, nothing after it yet
	flush := func(end int) {
		out = refAppendSpan(out, rs, start, end, para)
		start = end
		depth, quoteStop = 0, false
	}
	for i, r := range rs {
		stop := false
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			flush(i)
			start = i + 1
			if r == '\n' || r == '\u2029' {
				para++
			}
		case r == '«' || r == '“':
			depth++
		case r == '»' || r == '”':
			if depth > 0 {
				depth--
				if depth == 0 && quoteStop && !refGoesOn(rs, i+1) {
					flush(i + 1)
				}
			}
		case isStop(r) && !refInWord(rs, i):
			if depth > 0 && refClosesSoon(rs, i+1) {
				stop = true
			} else {
				flush(i + 1)
			}
		case i-start >= MaxSentenceRunes && (unicode.IsSpace(r) || i-start >= 2*MaxSentenceRunes):
			flush(i) // at a space past the limit, or anywhere at twice the limit
		}
		switch {
		case stop:
			quoteStop = true
		case isStop(r) && depth > 0:
			// a stop in a word ("3.5") inside a quote: as good as a stop
		case !unicode.IsSpace(r):
			quoteStop = false
		}
	}
	flush(len(rs))
	return out
}

// refGoesOn: the first rune from i that is not a blank is a comma or a stop.
func refGoesOn(rs []rune, i int) bool {
	for ; i < len(rs); i++ {
		switch r := rs[i]; r {
		case ' ', '\t', '\u00a0':
			continue
		case '،', ',':
			return true
		default:
			return isStop(r)
		}
	}
	return false
}

// refClosesSoon: a closing mark from i on, before an opening mark or a line
// break, within QuoteWindow runes.
func refClosesSoon(rs []rune, i int) bool {
	for j := i; j < len(rs) && j < i+QuoteWindow; j++ {
		switch rs[j] {
		case '»', '”':
			return true
		case '«', '“', '\n', '\r', '\u2029':
			return false
		}
	}
	return false
}

func refAppendSpan(out []Sentence, rs []rune, start, end, para int) []Sentence {
	if end > len(rs) {
		end = len(rs)
	}
	for start < end && unicode.IsSpace(rs[start]) {
		start++
	}
	for end > start && unicode.IsSpace(rs[end-1]) {
		end--
	}
	has := false
	for _, r := range rs[start:end] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			has = true
			break
		}
	}
	if !has {
		return out
	}
	return append(out, Sentence{Start: start, End: end, Para: para, Text: string(rs[start:end])})
}

func refInWord(rs []rune, i int) bool {
	if rs[i] != '.' || i == 0 || i+1 >= len(rs) {
		return false
	}
	a, b := rs[i-1], rs[i+1]
	return (unicode.IsLetter(a) || unicode.IsDigit(a)) && (unicode.IsLetter(b) || unicode.IsDigit(b))
}

func refIsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
