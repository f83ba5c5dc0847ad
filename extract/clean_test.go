package extract

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/nisba/nisba/extract/arabic"
)

// refCleanText is cleanText as it was before scanText learned to check
// UTF-8: validate, truncate, strip tags, then normalise.
func refCleanText(t *testing.T, text string) (string, []string) {
	t.Helper()
	var notes []string
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		notes = append(notes, "invalid UTF-8 replaced")
	}
	if len(text) > maxInput {
		text = strings.ToValidUTF8(text[:maxInput], "")
		notes = append(notes, fmt.Sprintf("text longer than %d bytes truncated", maxInput))
	}
	if strings.ContainsRune(text, '<') && strings.ContainsRune(text, '>') {
		if s, ok := stripTags(text); ok {
			text = s
			notes = append(notes, "markup removed")
		}
	}
	text = norm.NFC.String(text)
	if strings.TrimSpace(text) == "" {
		return "", append(notes, "empty text")
	}
	sc := scanText(text)
	if !sc.arabic {
		notes = append(notes, "no Arabic text")
	}
	if sc.longest > arabic.MaxSentenceRunes {
		notes = append(notes, "very long line split")
	}
	return text, notes
}

// TestCleanText checks cleanText against the plain sequence of steps on
// texts with bad bytes, written U+FFFD, markup, harakat and no Arabic.
func TestCleanText(t *testing.T) {
	tests := []struct{ name, text string }{
		{"plain", "قصفت طائرات مسيّرة قاعدة عسكرية."},
		{"bad bytes", "هجوم \xff على \xd8 القاعدة"},
		{"written replacement", "هجوم \uFFFD على القاعدة"},
		{"both", "\uFFFD\xc0هجوم"},
		{"markup", "<p>هجوم</p><br/>على \xfe القاعدة"},
		{"harakat", "مَدِينَةُ ا\u0653 بِّ"},
		{"latin", "no arabic here \xff"},
		{"empty", " \n\t"},
		{"long line", strings.Repeat("ب", 1600)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, gotNotes := cleanText(tt.text)
			want, wantNotes := refCleanText(t, tt.text)
			if got != want || !reflect.DeepEqual(gotNotes, wantNotes) {
				t.Errorf("cleanText(%q) = %q, %q; want %q, %q", tt.text, got, gotNotes, want, wantNotes)
			}
		})
	}
}
