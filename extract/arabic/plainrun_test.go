package arabic

import (
	"testing"
	"unicode/utf8"
)

// plainRunRef is plainRun as sentences first wrote it, a test per rune.
func plainRunRef(text string, b, i, lim int) (int, int) {
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

func TestPlainRunAgrees(t *testing.T) {
	texts := []string{"", "a", "قال المتحدث. «نعم» ؟ ؛ x\ny", "\xd8", "\xd8\x9f\xd8\x9b", "abc\xc2\xab\xd9\xbf\xd9\xc0"}
	for v := 0; v < 1<<16; v++ {
		texts = append(texts, string([]byte{byte(v >> 8), byte(v), 'a', 0xD8, 0xA7}))
	}
	for _, s := range texts {
		for b := 0; b <= len(s); b++ {
			for _, lim := range []int{0, 1, 2, 1000} {
				gb, gi := plainRun(s, b, 0, lim)
				wb, wi := plainRunRef(s, b, 0, lim)
				if gb != wb || gi != wi {
					t.Fatalf("plainRun(%q, %d, 0, %d) = %d, %d; reference %d, %d", s, b, lim, gb, gi, wb, wi)
				}
			}
		}
	}
}
