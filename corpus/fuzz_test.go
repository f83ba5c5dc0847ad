package corpus

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzParseMeta(f *testing.F) {
	f.Add(`{"id": "a", "published": "2024-01-02", "outlet": "وكالة"}` + "\n")
	f.Add(`{"id": "b", "published": "2024-01-02T10:00:00+03:00"}` + "\n\n# comment\n")
	f.Add("{\"id\": 5}\nnot json\n")
	f.Add(`{"id": "a"}` + "\n" + `{"id": "a"}`)
	f.Fuzz(func(t *testing.T, in string) {
		arts, errs := ParseMeta(strings.NewReader(in))
		seen := map[string]bool{}
		for _, a := range arts {
			if a.ID == "" || seen[a.ID] || strings.ContainsAny(a.ID, "/\\") {
				t.Fatalf("bad or duplicate id %q accepted", a.ID)
			}
			seen[a.ID] = true
			if a.Published != "" {
				if _, err := time.Parse(time.DateOnly, a.Published); err != nil {
					t.Fatalf("published %q is not an ISO day", a.Published)
				}
			}
		}
		for _, e := range errs {
			if !strings.HasPrefix(e.Error(), "line ") && !strings.Contains(e.Error(), "cannot read") {
				t.Fatalf("error without a line number: %v", e)
			}
		}
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(sample), false)
	f.Add([]byte("<p>نص</p>"), true)
	f.Add([]byte{0xFF, 0xFE, 0x27, 0x06}, false)
	f.Fuzz(func(t *testing.T, b []byte, html bool) {
		text, _, err := Decode(b, html)
		if err != nil {
			return
		}
		if !utf8.ValidString(text) || strings.TrimSpace(text) == "" || strings.ContainsRune(text, '\r') {
			t.Fatalf("Decode gave unclean text %q", text)
		}
	})
}
