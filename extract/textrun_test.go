package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// TestScanTextRuns checks scanText, whose runs textRun reads by table,
// against the rune-at-a-time reference on every two-byte sequence between
// letters, harakat and line breaks, and on the held-out articles.
func TestScanTextRuns(t *testing.T) {
	texts := []string{"", "a", "\n", "ab\ncd", "قال\nنعم", "x\xd8", "\xd8\xa7", "ا«ب»", "abc\xc2\xabد"}
	for v := 0; v < 1<<16; v++ {
		b := string([]byte{byte(v >> 8), byte(v)})
		texts = append(texts, b, "ا"+b+"ب", "a"+b[:1], "َ"+b+"ُ", b+"\nَُ", "ب"+b[1:])
	}
	for _, dir := range []string{"heldout", "heldout33"} {
		files, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	for _, s := range texts {
		if got, want := scanText(s), refScanText(s); got != want {
			t.Fatalf("scanText(%q) = %+v, want %+v", s, got, want)
		}
	}
}
