package dates

import "unicode/utf8"

// Bits of triggerForms: what a folded word may be once its proclitics are
// removed.
const (
	formTrigger uint8 = 1 << iota // a word that anchors a date expression
	formAgo                       // قبل, منذ
	formYawm                      // يوم, يوما: a trigger after قبل/منذ
)

// triggerStems returns the folded words behind formTrigger, formAgo and
// formYawm: every word for which isTrigger(classify(w).cls) holds, and the
// words of classes cAgo and cYawm. TestTriggerStems keeps it in step with
// classify.
func triggerStems() map[uint8][]string {
	return map[uint8][]string{
		formTrigger: {
			"الاحد", "الاثنين", "الاتنين", "الثلاثاء", "الثلثاء", "الاربعاء", "الخميس", "الجمعه", "السبت",
			"كانون", "تشرين", "اب", "مارس", "ماي", "جوان",
			"يناير", "جانفي", "جانفييه", "فبراير", "فيفري", "شباط", "اذار", "ابريل", "افريل", "نيسان",
			"مايو", "ايار", "يونيو", "يونيه", "حزيران", "يوليو", "يوليه", "تموز", "جويليه", "يوليوز",
			"اغسطس", "اوت", "غشت", "سبتمبر", "ايلول", "شتنبر", "اكتوبر", "نوفمبر", "نونبر", "ديسمبر", "دجنبر",
			"امس", "الامس", "البارحه", "اليوم", "الليله", "الشهر", "الاسبوع", "العام", "السنه", "عام", "سنه",
			"يومين", "ايام", "اسبوع", "اسبوعا", "اسبوعين", "اسابيع",
		},
		formAgo:  {"قبل", "منذ"},
		formYawm: {"يوم", "يوما"},
	}
}

// triggerForms maps every spelling a word of triggerStems can take with up
// to two proclitics (و ف ب ل ك, and ل+ال written لل) to its form bits. It
// is built once and only read; a word that strip would not reduce (too
// short, say) may still be listed, which only makes the pre-scan less
// selective, never wrong.
var triggerForms = buildTriggerForms()

// buildTriggerForms expands triggerStems with their proclitics.
func buildTriggerForms() map[string]uint8 {
	const clitics = "وفبلك"
	m := make(map[string]uint8, 4096)
	for bit, stems := range triggerStems() {
		for _, s := range stems {
			bases := []string{s}
			if rest, ok := cutPrefix(s, "ال"); ok {
				bases = append(bases, "لل"+rest) // ل + ال
			}
			for _, b := range bases {
				m[b] |= bit
				for _, c1 := range clitics {
					m[string(c1)+b] |= bit
					for _, c2 := range clitics {
						m[string(c1)+string(c2)+b] |= bit
					}
				}
			}
		}
	}
	return m
}

// cutPrefix is strings.CutPrefix.
func cutPrefix(s, p string) (string, bool) {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):], true
	}
	return s, false
}

// wordScan folds one word at a time for mayHoldDate without allocating.
type wordScan struct {
	buf     [maxKey]byte
	n       int  // folded bytes so far (may exceed maxKey; then buf is not written)
	raw     int  // raw bytes so far
	in      bool // inside a word
	prevAgo bool // the previous token was a word that may be قبل/منذ
}

// add appends one folded rune of the current word.
func (w *wordScan) add(r rune, raw int) {
	w.in = true
	w.raw += raw
	var tmp [utf8.UTFMax]byte
	enc := utf8.AppendRune(tmp[:0], r)
	if w.n+len(enc) <= maxKey {
		copy(w.buf[w.n:], enc)
	}
	w.n += len(enc)
}

// end closes the current word, if any, and reports whether the words so
// far may hold a date.
func (w *wordScan) end() bool {
	if !w.in {
		return false
	}
	var bits uint8
	if w.raw <= 2*maxKey && w.n <= maxKey {
		bits = triggerForms[string(w.buf[:w.n])]
	}
	hit := bits&formTrigger != 0 || (w.prevAgo && bits&formYawm != 0)
	w.prevAgo = bits&formAgo != 0
	w.n, w.raw, w.in = 0, 0, false
	return hit
}

// punct closes the current word and then stands between words.
func (w *wordScan) punct() bool {
	hit := w.end()
	w.prevAgo = false
	return hit
}

// mayHoldDate is the allocation-free pre-scan: it reports whether text may
// have a digit or a word that can anchor a date expression. It never
// reports false for a text in which holdsTrigger finds something, and it
// decides ASCII and the Arabic letters byte by byte, without tokens.
func mayHoldDate(text string) bool {
	var w wordScan
	for i := 0; i < len(text); {
		b := text[i]
		switch {
		case b >= '0' && b <= '9':
			return true
		case b >= 'a' && b <= 'z':
			w.add(rune(b), 1)
			i++
			continue
		case b >= 'A' && b <= 'Z':
			w.add(rune(b-'A'+'a'), 1)
			i++
			continue
		case b == ' ' || (b >= '\t' && b <= '\r'):
			if w.end() {
				return true
			}
			i++
			continue
		case b < utf8.RuneSelf:
			if w.punct() {
				return true
			}
			i++
			continue
		}
		r, n := decode(text, i)
		i += n
		if hit, digit := w.rune(r, n); hit || digit {
			return true
		}
	}
	return w.end()
}

// rune handles one non-ASCII rune the way next and foldWord do; digit
// reports a digit, which always may start a date.
func (w *wordScan) rune(r rune, n int) (hit, digit bool) {
	switch {
	case r >= 0x0621 && r <= 0x063F, r >= 0x0641 && r <= 0x064A:
		w.add(foldRune(r), n) // letters: no marks, no digits
		return false, false
	case isSpace(r):
		return w.end(), false
	}
	if _, ok := digitValue(r); ok {
		return false, true
	}
	if !isWordRune(r) {
		return w.punct(), false
	}
	if isMark(r) {
		w.in = true
		w.raw += n
		return false, false
	}
	w.add(foldRune(r), n)
	return false, false
}

// holdsTrigger is the exact test that the pre-scan approximates: a number,
// or a word whose stem anchors a date (or يوم right after قبل/منذ), among
// the words of at most maxKey folded bytes.
func holdsTrigger(ts []token) bool {
	prev := cNone
	for i := range ts {
		t := &ts[i]
		if t.kind == kNum {
			return true
		}
		if t.kind != kWord || t.bend-t.bstart > 2*maxKey || t.kb-t.ka > maxKey {
			prev = cNone
			continue
		}
		c := t.lx.cls
		if isTrigger(c) || (prev == cAgo && c == cYawm) {
			return true
		}
		prev = c
	}
	return false
}
