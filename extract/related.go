package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
)

// relatedLineRunes bounds a related-link line: a headline, not a paragraph.
const relatedLineRunes = 240

// blankRelated blanks the lines that link to other stories ("اقرأ أيضاً:
// قصف يستهدف قاعدة عين الأسد") so that their headlines are not read as
// this article's news. The runes become spaces, so offsets in the text stay
// those of the article. It returns the text and how many lines it blanked.
func blankRelated(text string) (string, int) {
	var spans [][2]int // byte spans of the lines to blank; the first line, the headline, never is
	for start := strings.IndexByte(text, '\n') + 1; start > 0 && start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if relatedLine(text[start:end]) {
			spans = append(spans, [2]int{start, end})
		}
		start = end + 1
	}
	if len(spans) == 0 {
		return text, 0
	}
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, sp := range spans {
		b.WriteString(text[last:sp[0]])
		b.WriteString(strings.Repeat(" ", utf8.RuneCountInString(text[sp[0]:sp[1]]))) // one space per rune keeps rune offsets
		last = sp[1]
	}
	b.WriteString(text[last:])
	return b.String(), len(spans)
}

// relatedLine reports a short line that opens with a related-link label
// followed by a colon or a dash.
func relatedLine(line string) bool {
	l := strings.TrimLeftFunc(line, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '•' || r == '*' })
	if r, _ := utf8.DecodeRuneInString(l); !strings.ContainsRune("اأإذشطلم", r) {
		return false // most lines: no label starts so
	}
	l = strings.TrimRightFunc(l, unicode.IsSpace)
	if utf8.RuneCountInString(l) > relatedLineRunes {
		return false
	}
	head := l[:min(len(l), 80)] // a label is short
	end := strings.IndexByte(head, ':')
	if dash := strings.Index(head, " - "); dash >= 0 && (end < 0 || dash < end) {
		end = dash
	}
	if end < 0 || utf8.RuneCountInString(head[:end]) > 30 {
		return false
	}
	head = head[:end]
	switch arabic.Key(head) {
	// The keys of the labels news sites put before links to other stories:
	// اقرأ أيضاً، اقرأ كذلك، اقرأ المزيد، طالع أيضاً، شاهد أيضاً، ذات صلة،
	// مواضيع/أخبار/مقالات ذات صلة، للمزيد، المزيد.
	case "اقرا ايضا", "اقرا كذلك", "اقرا مزيد", "طالع ايضا", "شاهد ايضا", "ذات صله",
		"مواضيع ذات صله", "اخبار ذات صله", "مقالات ذات صله", "للمزيد", "مزيد":
		return true
	}
	return false
}
