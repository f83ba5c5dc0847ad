package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nisba/nisba/extract/arabic"
)

// kind is the shape of a token.
type kind uint8

const (
	kWord  kind = iota // letters and diacritics
	kNum               // a run of digits (ASCII, Arabic-Indic or Persian)
	kPunct             // one rune that is neither letter, digit nor space
)

// token is one word, number or punctuation rune of the input.
type token struct {
	kind         kind
	start, end   int    // rune offsets in the input
	bstart, bend int    // byte offsets in the input
	key          string // folded form; digits in ASCII
	stem         string // key without attached clitics
	clitics      int    // letters removed from key to get stem
	lx           lex    // what the stem is
	num, digits  int    // value and digit count of a kNum
	ka, kb       int    // bounds of key in the shared folded string
}

// maxKey bounds the folded words the allocation-free pre-scan looks at; no
// date word is longer.
const maxKey = 32

// digitValue returns the value of an ASCII, Arabic-Indic or Persian digit.
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '٠' && r <= '٩':
		return int(r - '٠'), true
	case r >= '۰' && r <= '۹':
		return int(r - '۰'), true
	}
	return 0, false
}

// isWordRune reports runes that continue a word. The Arabic block and ASCII
// are decided without table lookups, which dominate the scan otherwise.
func isWordRune(r rune) bool {
	switch {
	case r < 0x80:
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
	case r >= 0x0621 && r <= 0x065F, r == 0x0670:
		return true // letters, tatweel, harakat
	}
	if _, ok := digitValue(r); ok {
		return false
	}
	return unicode.IsLetter(r) || isMark(r)
}

// isMark reports diacritics, tatweel and other non-spacing marks, which
// matching ignores.
func isMark(r rune) bool {
	switch {
	case r < 0x0300, r >= 0x0621 && r <= 0x063F, r >= 0x0641 && r <= 0x064A:
		return false
	}
	return arabic.IsDiacritic(r) || unicode.Is(unicode.Mn, r)
}

// foldRune maps the letter variants that spelling does not distinguish.
func foldRune(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى', 'ی':
		return 'ي'
	case 'ة':
		return 'ه'
	}
	if r >= 0x0600 && r <= 0x06FF {
		return r
	}
	return unicode.ToLower(r)
}

// decode is utf8.DecodeRuneInString(s[i:]) with fast paths for ASCII and the
// two-byte sequences of Arabic script, which make up most of the input.
func decode(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace is unicode.IsSpace with an ASCII fast path.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r')
	}
	return unicode.IsSpace(r)
}

// next scans the token that starts at or after byte bi (rune ri). It returns
// the token's kind and its byte and rune bounds; ok is false at the end.
func next(text string, bi, ri int) (k kind, bs, be, rs, re int, ok bool) {
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
		if k == kWord && bi+1 < len(text) && plainLetter(text[bi], text[bi+1]) {
			bi += 2 // a plain letter continues a word: no decoding
			ri++
			continue
		}
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

// foldWord appends the folded form of a raw word or number to dst.
func foldWord(dst []byte, raw string) []byte {
	for i := 0; i < len(raw); {
		if i+1 < len(raw) && plainLetter(raw[i], raw[i+1]) {
			// A plain letter folds by table, to one of two bytes.
			r := 0x0621 + rune(letterTab[letterAt(raw, i)])
			dst = append(dst, byte(0xC0|r>>6), byte(0x80|r&0x3F))
			i += 2
			continue
		}
		r, n := decode(raw, i)
		i += n
		if isMark(r) {
			continue
		}
		if d, ok := digitValue(r); ok {
			dst = append(dst, byte('0'+d))
			continue
		}
		r = foldRune(r)
		if r >= 0x80 && r < 0x800 {
			dst = append(dst, byte(0xC0|r>>6), byte(0x80|r&0x3F))
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// analyze finds what a folded word is, removing the proclitics و ف ب ل ك
// (at most two, e.g. وب, فل) when the whole word is not known. "لل" before a
// definite noun stands for ل+ال (لليوم → اليوم).
func analyze(key string) (stem string, clitics int, l lex) {
	n, ll, l := strip(key)
	if l.cls == cNone {
		return key, 0, l
	}
	stem = key
	for i := 0; i < n; i++ {
		_, size := utf8.DecodeRuneInString(stem)
		stem = stem[size:]
	}
	if ll {
		stem = "ا" + stem
	}
	return stem, n, l
}

// strip classifies key after removing n proclitics; ll reports that the
// last one was the ل of لل, so the stem is "ا" + the rest. It does not
// build the stem, so the pre-scan stays free of allocations.
func strip(key string) (n int, ll bool, l lex) {
	if l = classify(key); l.cls != cNone {
		return 0, false, l
	}
	rest := key
	for n = 1; n <= 2; n++ {
		c, size := utf8.DecodeRuneInString(rest)
		if !isClitic(c) || utf8.RuneCountInString(rest) < 3 {
			return 0, false, lex{}
		}
		if c == 'ل' && strings.HasPrefix(rest, "لل") {
			if l = classify("ا" + rest[size:]); l.cls != cNone {
				return n, true, l
			}
		}
		rest = rest[size:]
		if l = classify(rest); l.cls != cNone {
			return n, false, l
		}
	}
	return 0, false, lex{}
}

// isClitic reports the one-letter proclitics.
func isClitic(r rune) bool {
	switch r {
	case 'و', 'ف', 'ب', 'ل', 'ك':
		return true
	}
	return false
}

// tokenize splits text into tokens with their folded forms and roles. All
// folded keys share one string, so a text costs a few allocations, not one
// per word.
func tokenize(text string) []token {
	return tokenizeWith(text, nil)
}

// tokenizeWith is tokenize of a text whose arabic tokens are toks (or
// none): a word that is one of them takes its folded form and its role
// from the word's Memo (wordOf), worked out once per word, not at every
// sentence.
func tokenizeWith(text string, toks []arabic.Token) []token {
	// The tokens are gathered on the stack and copied out at their count,
	// so the heap holds no room guessed for tokens that never come (a
	// sentence has one per 6 to 11 bytes).
	var local [48]token
	gathered := local[:0]
	var folded strings.Builder // String does not copy: one buffer for all keys
	folded.Grow(len(text))
	var buf [2 * maxKey]byte
	bi, ri := 0, 0
	at := 0 // toks before at end before the current token
	for {
		k, bs, be, rs, re, ok := next(text, bi, ri)
		if !ok {
			break
		}
		bi, ri = be, re
		t := token{kind: k, start: rs, end: re, bstart: bs, bend: be}
		if k == kWord && len(toks) > 0 {
			if w := wordAt(text, toks, &at, t); w != nil {
				t.key, t.stem, t.clitics, t.lx = w.key, w.stem, w.clitics, w.lx
				t.ka, t.kb = 0, len(w.key) // only their difference is read
				gathered = append(gathered, t)
				continue
			}
		}
		if k != kPunct {
			t.ka = folded.Len()
			folded.Write(foldWord(buf[:0], text[bs:be]))
			t.kb = folded.Len()
		}
		gathered = append(gathered, t)
	}
	ts := append([]token(nil), gathered...)
	all := folded.String()
	for i := range ts {
		t := &ts[i]
		switch t.kind {
		case kPunct:
			t.key = text[t.bstart:t.bend]
			t.stem = t.key
		case kNum:
			t.key = all[t.ka:t.kb]
			t.stem, t.digits, t.num = t.key, len(t.key), atoi(t.key)
		default:
			if t.key != "" {
				continue // from the word's Memo
			}
			t.key = all[t.ka:t.kb]
			t.stem, t.clitics, t.lx = analyze(t.key)
		}
	}
	return ts
}

// atoi reads an ASCII digit string; it returns -1 above six digits.
func atoi(s string) int {
	if len(s) > 6 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// stemStart returns the rune and byte offset where t's stem begins in text,
// skipping its attached clitics (and any marks on them).
func stemStart(text string, t token) (rs, bs int) {
	rs, bs = t.start, t.bstart
	for left := t.clitics; left > 0 && bs < t.bend; {
		r, n := utf8.DecodeRuneInString(text[bs:])
		bs += n
		rs++
		if !isMark(r) {
			left--
		}
	}
	for bs < t.bend {
		r, n := utf8.DecodeRuneInString(text[bs:])
		if !isMark(r) {
			break
		}
		bs += n
		rs++
	}
	return rs, bs
}
