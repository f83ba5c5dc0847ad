package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// foldWordRef is foldWord without its fast path for plain letters.
func foldWordRef(dst []byte, raw string) []byte {
	for i := 0; i < len(raw); {
		r, n := decode(raw, i)
		i += n
		if isMark(r) {
			continue
		}
		if d, ok := digitValue(r); ok {
			dst = append(dst, byte('0'+d))
			continue
		}
		dst = utf8.AppendRune(dst, foldRune(r))
	}
	return dst
}

// nextRef is next without its fast path for plain letters.
func nextRef(text string, bi, ri int) (k kind, bs, be, rs, re int, ok bool) {
	for bi < len(text) {
		r, n := decode(text, bi)
		if !isSpace(r) {
			break
		}
		bi += n
		ri++
	}
	if bi >= len(text) {
		return 0, 0, 0, 0, 0, false
	}
	bs, rs = bi, ri
	r, n := decode(text, bi)
	_, isDigit := digitValue(r)
	switch {
	case isDigit:
		k = kNum
	case isWordRune(r):
		k = kWord
	default:
		return kPunct, bs, bi + n, rs, ri + 1, true
	}
	for bi < len(text) {
		r, n = decode(text, bi)
		_, d := digitValue(r)
		if (k == kNum && !d) || (k == kWord && !isWordRune(r)) {
			break
		}
		bi += n
		ri++
	}
	return k, bs, bi, rs, ri, true
}

// mayHoldDateRef is mayHoldDate without its fast path for a plain word
// before a space.
func mayHoldDateRef(text string) bool {
	w := wordScan{text: text}
	for i := 0; i < len(text); {
		b := text[i]
		if i+1 < len(text) && plainLetter(b, text[i+1]) {
			if !w.in {
				w.in, w.start, w.plain = true, i, true
			}
			for i += 2; i+1 < len(text) && plainLetter(text[i], text[i+1]); i += 2 {
			}
			continue
		}
		if b < utf8.RuneSelf {
			if w.ascii(i, b) {
				return true
			}
			i++
			continue
		}
		r, n := decode(text, i)
		if w.rune(i, r) {
			return true
		}
		i += n
	}
	return w.end(len(text))
}

// checkFastPaths compares mayHoldDate, foldWord and next with their
// references over text and every token of it.
func checkFastPaths(t *testing.T, text string) {
	if got, want := mayHoldDate(text), mayHoldDateRef(text); got != want {
		t.Fatalf("mayHoldDate(%q) = %v, reference %v", text, got, want)
	}
	bi, ri := 0, 0
	for {
		k, bs, be, rs, re, ok := next(text, bi, ri)
		k2, bs2, be2, rs2, re2, ok2 := nextRef(text, bi, ri)
		if k != k2 || bs != bs2 || be != be2 || rs != rs2 || re != re2 || ok != ok2 {
			t.Fatalf("next(%q, %d) = %v %d %d %d %d %v, reference %v %d %d %d %d %v", text, bi, k, bs, be, rs, re, ok, k2, bs2, be2, rs2, re2, ok2)
		}
		if !ok {
			return
		}
		raw := text[bs:be]
		if got, want := string(foldWord(nil, raw)), string(foldWordRef(nil, raw)); got != want {
			t.Fatalf("foldWord(%q) = %q, reference %q", raw, got, want)
		}
		bi, ri = be, re
	}
}

func TestFastPathsAgree(t *testing.T) {
	texts := []string{
		"قصفت طائرة مسيّرة القاعدة أمس", "إنّ آلاف الـمقاتلين ٢٩ حزيران ٢٠٢١ و28/6/2021",
		"ٱلشهر ی ة ى أ إ آ ـ ً ٌ ٍ َ ُ ِ ّ ْ", "abc٣٤٥۶۷ x1 مأرب\u200cالعاشر", "\xd8\xa1\xd8", "\xd9\x8a\xd9",
	}
	for _, dir := range []string{"../../examples/articles", "../testdata/heldout"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(string(b), "\n") {
				texts = append(texts, line)
				for _, w := range strings.Fields(line) {
					// every word alone and after قبل, which the pre-scan
					// reads apart from the words around it
					texts = append(texts, w, "قبل "+w+" ", w+" يوم")
				}
			}
		}
	}
	for _, s := range texts {
		checkFastPaths(t, s)
	}
}

func FuzzFastPathsAgree(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkFastPaths(t, text)
	})
}
