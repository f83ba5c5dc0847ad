package arabic

import (
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
	rs := []rune(text)
	var out []Sentence
	para, start := 0, 0
	flush := func(end int) {
		out = appendSpan(out, rs, start, end, para)
		start = end
	}
	for i, r := range rs {
		switch {
		case r == '\n' || r == '\r' || r == '\u2029':
			flush(i)
			start = i + 1
			if r == '\n' || r == '\u2029' {
				para++
			}
		case isStop(r) && !inWord(rs, i):
			flush(i + 1)
		case i-start >= MaxSentenceRunes && (unicode.IsSpace(r) || i-start >= 2*MaxSentenceRunes):
			flush(i) // at a space past the limit, or anywhere at twice the limit
		}
	}
	flush(len(rs))
	return out
}

func isStop(r rune) bool {
	switch r {
	case '.', '!', '?', '؟', ';', '؛', '…':
		return true
	}
	return false
}

// inWord reports a dot glued between two letters or digits.
func inWord(rs []rune, i int) bool {
	if rs[i] != '.' || i == 0 || i+1 >= len(rs) {
		return false
	}
	a, b := rs[i-1], rs[i+1]
	return (unicode.IsLetter(a) || unicode.IsDigit(a)) && (unicode.IsLetter(b) || unicode.IsDigit(b))
}

// appendSpan trims spaces from rs[start:end] and appends it when it has any
// letter or digit.
func appendSpan(out []Sentence, rs []rune, start, end, para int) []Sentence {
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

// RuneLen is the number of runes of s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }
