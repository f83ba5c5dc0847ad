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

// plainWordRef is plainWord as it was first written, a decoded rune at a
// time.
func plainWordRef(word string) (kept int, fold, article, ok bool) {
	var first [2]rune
	for i := 0; i < len(word); {
		r, size := decodeRune(word, i)
		i += size
		switch {
		case r >= '0' && r <= '9':
		case r >= 0x0621 && r <= 0x065F && (r < 0x0653 || r > 0x0655), r >= 0x0660 && r <= 0x0669, r == 0x0670:
			if IsDiacritic(r) {
				fold = true
				continue
			}
			f := foldRune(r)
			fold = fold || f != r
			r = f
		default:
			return 0, false, false, false
		}
		if kept < len(first) {
			first[kept] = r
		}
		kept++
	}
	return kept, fold, kept >= 4 && first == [2]rune{'ا', 'ل'}, true
}

// TestPlainWordAgrees checks plainWord and Key against their references
// with every rune of the first three UTF-8 lengths, alone and in words.
func TestPlainWordAgrees(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		for _, w := range []string{string(r), "ال" + string(r) + "ب", string(r) + "الم", "\xd8" + string(r), string(r) + "\xd9"} {
			k, f, a, ok := plainWord(w)
			k2, f2, a2, ok2 := plainWordRef(w)
			if k != k2 || f != f2 || a != a2 || ok != ok2 {
				t.Fatalf("plainWord(%q) = %d %v %v %v, reference %d %v %v %v", w, k, f, a, ok, k2, f2, a2, ok2)
			}
			if got, want := Key(w+" "+w), refKey(w+" "+w); got != want {
				t.Fatalf("Key(%q) = %q, reference %q", w+" "+w, got, want)
			}
		}
	}
}
