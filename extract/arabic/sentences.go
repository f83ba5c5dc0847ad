package arabic

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a span of an article. Start and End are rune offsets in the
// text the sentence was split from; Para counts the line breaks before it, so
// two sentences with one Para belong to one paragraph.
type Sentence struct {
	Start, End int
	Para       int
	Text       string
}

// MaxSentenceRunes bounds a sentence; longer runs (one huge line without
// punctuation) are cut at the next space, or hard at twice the limit, so
// that later stages stay linear.
const MaxSentenceRunes = 1500

// QuoteWindow is how far ahead, in runes, a stop inside a quote looks for
// the closing mark; a quote open longer than that is cut at its stops.
const QuoteWindow = 400

// Sentences splits text on . ! ? ؟ ; ؛ and line breaks, keeping rune
// offsets. A dot between two letters or digits ("السورية.نت", "3.5") does
// not end a sentence. Nor does a stop inside a «…» or “…” quote that
// closes on the same line within QuoteWindow runes: a quoted statement of
// several sentences stays with the speaker named before or after it. Such
// a quote that ends on a stop («… انتهى.») ends its sentence at the closing
// mark, unless a comma or a stop follows it. Empty spans are dropped.
func Sentences(text string) []Sentence {
	if out, ok := sentences(text); ok {
		return out
	}
	return mustSentences(string([]rune(text))) // each bad byte becomes U+FFFD, as rune slices do
}

// mustSentences is sentences of valid UTF-8.
func mustSentences(text string) []Sentence {
	out, _ := sentences(text)
	return out
}

// sentences is Sentences of text, checking on the way that text is valid
// UTF-8 (one pass instead of utf8.ValidString and then the split): ok is
// false, and out is nil, when it is not.
func sentences(text string) ([]Sentence, bool) {
	// On the stack, then copied out at its length: most articles need
	// one array of the size they use.
	var sbuf [64]Sentence
	out := sbuf[:0]
	para := 0
	start, startB := 0, 0 // the open span, in runes and bytes
	depth := 0            // quotes open in the span
	flush := func(end, endB int) {
		out = appendSpan(out, text, start, end, startB, endB, para)
		start, startB = end, endB
		depth = 0
	}
	i := 0
	for b := 0; b < len(text); i++ {
		// Arabic letters and ASCII that ends nothing, in a tight loop.
		b, i = plainRun(text, b, i, start+MaxSentenceRunes)
		if b >= len(text) {
			break
		}
		c := text[b]
		if i-start < MaxSentenceRunes {
			// The common runes first: ASCII that ends nothing, and valid
			// two-byte sequences but ؟ and ؛ (D8 9F, D8 9B) and « » (C2 AB,
			// C2 BB).
			if c < utf8.RuneSelf {
				if asciiEnd[c] != 'e' {
					b++
					continue
				}
			} else if c >= 0xC2 && c <= 0xDF && b+1 < len(text) {
				if c1 := text[b+1]; c1&0xC0 == 0x80 && (c != 0xD8 || c1 != 0x9F && c1 != 0x9B) && (c != 0xC2 || c1 != 0xAB && c1 != 0xBB) {
					b += 2
					continue
				}
			}
		}
		if i-start < MaxSentenceRunes && !mayEnd(text, b) {
			switch {
			case c < utf8.RuneSelf:
				b++
			case c >= 0xC2 && c <= 0xDF && b+1 < len(text) && text[b+1]&0xC0 == 0x80:
				b += 2 // Arabic script and the rest of the two-byte sequences
			default:
				r, size := utf8.DecodeRuneInString(text[b:])
				if r == utf8.RuneError && size == 1 {
					return nil, false
				}
				b += size
			}
			continue
		}
		r, size := decodeRune(text, b)
		if r == utf8.RuneError && size == 1 {
			return nil, false
		}
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			flush(i, b)
			start, startB = i+1, b+size
			if r == '\n' || r == '\u2029' {
				para++
			}
		case r == '«' || r == '“':
			depth++
		case r == '»' || r == '”':
			if depth == 0 {
				break
			}
			depth--
			if depth == 0 && isStop(lastNonSpace(text, b)) && !commaOrStopNext(text, b+size) {
				flush(i+1, b+size)
			}
		case isStop(r) && !inWord(text, prevRune(text, b), r, b+size):
			if depth == 0 || !closesSoon(text, b+size) {
				flush(i+1, b+size)
			}
		case i-start >= MaxSentenceRunes && (unicode.IsSpace(r) || i-start >= 2*MaxSentenceRunes):
			flush(i, b) // at a space past the limit, or anywhere at twice the limit
		}
		b += size
	}
	flush(i, len(text))
	if len(out) == 0 {
		return nil, true
	}
	return slices.Clone(out), true
}

// plainRun skips the runes from byte b (rune i) of text that end nothing
// and need no decoding, two-byte Arabic script but ؟ ؛ and ASCII but
// asciiEnd, up to rune lim or the last byte of text; it returns the byte
// and the rune where it stopped. Apart from sentences, whose closure keeps
// its variables in memory, the loop runs in registers. Its steps come
// from branches, not from a table: the next rune's bytes are then read
// before this one's test is done.
func plainRun(text string, b, i, lim int) (int, int) {
	for ; i < lim && b+1 < len(text); i++ {
		if d := (uint32(text[b])<<8 | uint32(text[b+1])) - 0xD880; d < uint32(len(plainPair)) && plainPair[d] {
			b += 2
		} else if c := text[b]; c < utf8.RuneSelf && asciiEnd[c] != 'e' {
			b++
		} else {
			break
		}
	}
	return b, i
}

// plainPair marks, by the two bytes less D8 80, the runes U+0600..U+067F
// (D8 80..D9 BF) but ؟ and ؛ (D8 9F, D8 9B): Arabic script that ends
// nothing.
var plainPair = func() (p [0xD9BF - 0xD880 + 1]bool) {
	for d := range p {
		v := 0xD880 + d
		p[d] = v&0xFF >= 0x80 && v&0xFF <= 0xBF && v != 0xD89F && v != 0xD89B
	}
	return p
}()

// asciiEnd marks with e the ASCII bytes mayEnd says yes to.
const asciiEnd = "..........e..e...................e............e............e...e" +
	"................................................................"

// mayEnd reports a rune at byte b of text that may end a line or a
// sentence, or open or close a quote: the ASCII ones, ؟ ؛ (U+061F, U+061B:
// D8 9F, D8 9B), « » (U+00AB, U+00BB: C2 AB, C2 BB), “ ” (U+201C, U+201D:
// E2 80 9C, E2 80 9D), … and the paragraph separator (U+2026, U+2029:
// E2 80 A6, E2 80 A9). It may say yes to other runes (a cut sequence),
// never no to these.
func mayEnd(text string, b int) bool {
	switch text[b] {
	case '\n', '\r', '.', '!', '?', ';':
		return true
	case 0xD8:
		return b+1 >= len(text) || text[b+1] == 0x9F || text[b+1] == 0x9B
	case 0xC2:
		return b+1 >= len(text) || text[b+1] == 0xAB || text[b+1] == 0xBB
	case 0xE2:
		if b+2 >= len(text) {
			return true
		}
		switch text[b+2] {
		case 0x9C, 0x9D, 0xA6, 0xA9:
			return text[b+1] == 0x80
		}
	}
	return false
}

// closesSoon reports a closing quote mark in text from byte b on, before
// any opening mark or line break and within QuoteWindow runes.
func closesSoon(text string, b int) bool {
	for n := 0; b < len(text) && n < QuoteWindow; n++ {
		r, size := decodeRune(text, b)
		switch r {
		case '»', '”':
			return true
		case '«', '“', '\n', '\r', '\u2029':
			return false
		}
		b += size
	}
	return false
}

// lastNonSpace is the last rune before byte b of text that is not a space,
// or -1.
func lastNonSpace(text string, b int) rune {
	for b > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:b])
		if !unicode.IsSpace(r) {
			return r
		}
		b -= size
	}
	return -1
}

// commaOrStopNext reports that the first rune from byte b of text that is
// not a blank is a comma or a stop: the sentence goes on past a quote.
func commaOrStopNext(text string, b int) bool {
	for b < len(text) {
		r, size := decodeRune(text, b)
		switch {
		case r == ' ' || r == '\t' || r == '\u00a0':
			b += size
			continue
		case r == '،' || r == ',':
			return true
		}
		return isStop(r)
	}
	return false
}

// prevRune is the rune before byte b of text, or -1 at its start.
func prevRune(text string, b int) rune {
	if b == 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(text[:b])
	return r
}

func isStop(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', ';', '؛', '…':
		return true
	}
	return false
}

// inWord reports a dot glued between two letters or digits: r is the rune
// before the dot, the text after it starts at byte next.
func inWord(text string, prev, r rune, next int) bool {
	if r != '.' || prev < 0 || next >= len(text) {
		return false
	}
	b, _ := decodeRune(text, next)
	return (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && (unicode.IsLetter(b) || unicode.IsDigit(b))
}

// appendSpan trims spaces from the span [start, end) (runes; startB, endB
// in bytes) of text and appends it when it has any letter or digit.
func appendSpan(out []Sentence, text string, start, end, startB, endB, para int) []Sentence {
	for startB < endB {
		r, size := utf8.DecodeRuneInString(text[startB:endB])
		if !isSpace(r) {
			break
		}
		start, startB = start+1, startB+size
	}
	for endB > startB {
		r, size := utf8.DecodeLastRuneInString(text[startB:endB])
		if !isSpace(r) {
			break
		}
		end, endB = end-1, endB-size
	}
	has := false
	for _, r := range text[startB:endB] {
		if letterOrDigit(r) {
			has = true
			break
		}
	}
	if !has {
		return out
	}
	// A copy, so that evidence kept from one sentence does not hold the
	// whole article.
	return append(out, Sentence{Start: start, End: end, Para: para, Text: strings.Clone(text[startB:endB])})
}

// isSpace is unicode.IsSpace, with ASCII and the Arabic block (which has
// no space) answered without the tables.
func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r >= 0x0600 && r <= 0x06FF:
		return false
	}
	return unicode.IsSpace(r)
}

// letterOrDigit is unicode.IsLetter(r) || unicode.IsDigit(r), with ASCII
// and the Arabic letters U+0621..U+064A answered without the tables.
func letterOrDigit(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return asciiWord[r] == 'w'
	case r >= 0x0621 && r <= 0x064A:
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// RuneLen is the number of runes of s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }
