package arabic

import (
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

// Sentences splits text on . ! ? ؟ ; ؛ and line breaks, keeping rune
// offsets. A dot between two letters or digits ("السورية.نت", "3.5") does
// not end a sentence. Empty spans are dropped.
func Sentences(text string) []Sentence {
	if !utf8.ValidString(text) {
		text = string([]rune(text)) // each bad byte becomes U+FFFD, as rune slices do
	}
	var out []Sentence
	para := 0
	start, startB := 0, 0 // the open span, in runes and bytes
	flush := func(end, endB int) {
		out = appendSpan(out, text, start, end, startB, endB, para)
		start, startB = end, endB
	}
	prev := rune(-1)
	for b, i := 0, 0; b < len(text); i++ {
		r, size := decodeRune(text, b)
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			flush(i, b)
			start, startB = i+1, b+size
			if r == '\n' || r == '\u2029' {
				para++
			}
		case isStop(r) && !inWord(text, prev, r, b+size):
			flush(i+1, b+size)
		case i-start >= MaxSentenceRunes && (unicode.IsSpace(r) || i-start >= 2*MaxSentenceRunes):
			flush(i, b) // at a space past the limit, or anywhere at twice the limit
		}
		prev = r
		b += size
	}
	flush(utf8.RuneCountInString(text), len(text))
	return out
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
		if !unicode.IsSpace(r) {
			break
		}
		start, startB = start+1, startB+size
	}
	for endB > startB {
		r, size := utf8.DecodeLastRuneInString(text[startB:endB])
		if !unicode.IsSpace(r) {
			break
		}
		end, endB = end-1, endB-size
	}
	has := false
	for _, r := range text[startB:endB] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
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

// RuneLen is the number of runes of s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }
