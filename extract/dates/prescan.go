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
			"امس", "الامس", "البارحه", "اليوم", "الليله", "الشهر", "الاسبوع", "العام", "السنه", "عام", "سنه", "الميلاد", "الفطر", "الاضحي", "عاشوراء", "عاشورا",
			"يومين", "ايام", "اسبوع", "اسبوعا", "اسبوعين", "اسابيع",
			"محرم", "المحرم", "صفر", "ربيع", "جمادي", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي",
		},
		formAgo:  {"قبل", "منذ"},
		formYawm: {"يوم", "يوما"},
	}
}

// letters is the number of Arabic letters U+0621..U+064A, which all date
// words are written with; letter indexes count from U+0621.
const letters = 0x064A - 0x0621 + 1

// Letter indexes that are not letters: noLetter for a rune outside
// U+0621..U+064A, none before the first letter of a word.
const (
	noLetter = 0xFF
	none     = letters
)

// endings is the number of three-letter word endings, none included.
const endings = (letters + 1) * (letters + 1) * (letters + 1)

// prescan holds the tables of mayHoldDate. It is built once and only read.
type prescan struct {
	// forms maps every spelling a word of triggerStems can take with up to
	// two proclitics (و ف ب ل ك, and ل+ال written لل) to its form bits. A
	// word that strip would not reduce (too short, say) may still be listed,
	// which only makes the pre-scan less selective, never wrong.
	forms map[string]uint8
	// endings has a bit set for the last three letters (or none) of every
	// form; a word ending otherwise is not looked up.
	endings [(endings + 63) / 64]uint64
}

// tables is the read-only state of the pre-scan.
var tables = newPrescan()

// newPrescan expands triggerStems with their proclitics.
func newPrescan() *prescan {
	const clitics = "وفبلك"
	p := &prescan{forms: make(map[string]uint8, 4096)}
	for bit, stems := range triggerStems() {
		for _, s := range stems {
			bases := []string{s}
			if rest, ok := cutPrefix(s, "ال"); ok {
				bases = append(bases, "لل"+rest) // ل + ال
			}
			for _, b := range bases {
				p.forms[b] |= bit
				for _, c1 := range clitics {
					p.forms[string(c1)+b] |= bit
					for _, c2 := range clitics {
						p.forms[string(c1)+string(c2)+b] |= bit
					}
				}
			}
		}
	}
	for f := range p.forms {
		i := endingOf(f)
		p.endings[i/64] |= 1 << (i % 64)
	}
	return p
}

// endingOf returns the ending index of a form of Arabic letters.
func endingOf(form string) int {
	e := [3]uint8{none, none, none}
	for _, r := range form {
		e[0], e[1], e[2] = e[1], e[2], letterIndex(r)
	}
	return ending(e[0], e[1], e[2])
}

// ending is the index of the letters a, b, c in endings.
func ending(a, b, c uint8) int {
	return (int(a)*(letters+1)+int(b))*(letters+1) + int(c)
}

// mayEnd reports whether a word ending in letters a, b, c may be a form.
func (p *prescan) mayEnd(a, b, c uint8) bool {
	if a == noLetter || b == noLetter || c == noLetter {
		return false
	}
	i := uint(ending(a, b, c))
	return p.endings[i/64]&(1<<(i%64)) != 0
}

// letterIndex returns the index of an Arabic letter, or noLetter.
func letterIndex(r rune) uint8 {
	if r >= 0x0621 && r <= 0x064A {
		return uint8(r - 0x0621)
	}
	return noLetter
}

// cutPrefix is strings.CutPrefix.
func cutPrefix(s, p string) (string, bool) {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):], true
	}
	return s, false
}

// wordScan follows the words of a text for mayHoldDate without folding
// them: it keeps where the current word starts and whether it is plain,
// and reads a word's last letters back from the text when it ends; it
// folds a word only when those end some date word.
type wordScan struct {
	text    string
	start   int  // byte offset of the current word
	in      bool // inside a word
	plain   bool // the word so far is only two-byte letters (plainLetter)
	prevAgo bool // the previous token was a word that may be قبل/منذ
}

// letter records a rune at byte i that continues or starts a word and is
// not a plain letter.
func (w *wordScan) letter(i int) {
	if !w.in {
		w.in, w.start = true, i
	}
	w.plain = false
}

// end closes the current word, if any, at byte i and reports whether the
// words so far may hold a date.
func (w *wordScan) end(i int) bool {
	if !w.in {
		return false
	}
	w.in = false
	var bits uint8
	if i-w.start <= 2*maxKey {
		bits = w.lookup(w.text[w.start:i])
	}
	hit := bits&formTrigger != 0 || (w.prevAgo && bits&formYawm != 0)
	w.prevAgo = bits&formAgo != 0
	return hit
}

// lookup returns the form bits of word when its last three letters end
// some form, else 0.
func (w *wordScan) lookup(word string) uint8 {
	if !w.plain {
		if !tables.mayEnd(w.ending(word)) {
			return 0
		}
		var buf [2 * maxKey]byte
		if key := foldWord(buf[:0], word); len(key) <= maxKey {
			return tables.forms[string(key)]
		}
		return 0
	}
	return plainBits(word)
}

// plainBits is lookup of a word of plain letters only (plainLetter), each
// of which folds to one letter of two bytes.
func plainBits(word string) uint8 {
	n := len(word)
	a, b, c := uint8(none), uint8(none), letterTab[letterAt(word, n-2)]
	if n >= 4 {
		b = letterTab[letterAt(word, n-4)]
	}
	if n >= 6 {
		a = letterTab[letterAt(word, n-6)]
	}
	if !tables.mayEnd(a, b, c) || n > maxKey {
		return 0
	}
	return plainForm(word)
}

// plainForm returns the form bits of word, of at most maxKey bytes of
// plain letters.
func plainForm(word string) uint8 {
	var buf [maxKey]byte
	for j := 0; j+1 < len(word); j += 2 {
		r := 0x0621 + rune(letterTab[letterAt(word, j)])
		buf[j], buf[j+1] = byte(0xC0|r>>6), byte(0x80|r&0x3F)
	}
	return tables.forms[string(buf[:len(word)])]
}

// letterAt is the index in letterTab of the plain letter at byte j of s.
func letterAt(s string, j int) int {
	return int(s[j]&1)<<6 | int(s[j+1]&0x3F)
}

// letterTab maps letterAt of a plain letter to the letter index of its
// folded form.
var letterTab = func() (t [128]uint8) {
	for r := rune(0x0621); r <= 0x064A; r++ {
		if r == 0x0640 {
			continue
		}
		b0, b1 := byte(0xC0|r>>6), byte(0x80|r&0x3F)
		t[int(b0&1)<<6|int(b1&0x3F)], _ = arabicLetter(b0, b1)
	}
	return t
}()

// ending returns the letter indexes of the last three folded runes of
// word (none before its first), noLetter for a rune that is no letter of
// U+0621..U+064A; marks fold away.
func (w *wordScan) ending(word string) (a, b, c uint8) {
	a, b, c = none, none, none
	for j := 0; j < len(word); {
		if j+1 < len(word) && plainLetter(word[j], word[j+1]) {
			a, b, c = b, c, letterTab[letterAt(word, j)]
			j += 2
			continue
		}
		r, n := decode(word, j)
		j += n
		switch {
		case r < utf8.RuneSelf:
			a, b, c = b, c, noLetter // an ASCII letter
		case !isMark(r):
			a, b, c = b, c, letterIndex(foldRune(r))
		}
	}
	return a, b, c
}

// punct closes the current word at byte i and then stands between words.
func (w *wordScan) punct(i int) bool {
	hit := w.end(i)
	w.prevAgo = false
	return hit
}

// mayHoldDate is the allocation-free pre-scan: it reports whether text may
// have a digit or a word that can anchor a date expression. It never
// reports false for a text in which holdsTrigger finds something. Runs of
// the two-byte Arabic letters and ASCII are decided byte by byte, and a
// word is folded and looked up only when its last three letters end some
// date word.
func mayHoldDate(text string) bool {
	hit, _ := scanFrom(text, false)
	return hit
}

// scanFrom is mayHoldDate of a text read right after a word that may be
// قبل/منذ (ago set) or not; after is whether a word read right after the
// text follows a word that may be قبل/منذ, when hit is false.
func scanFrom(text string, ago bool) (hit, after bool) {
	w := wordScan{text: text, prevAgo: ago}
	for i := 0; i < len(text); {
		b := text[i]
		if i+1 < len(text) && plainLetter(b, text[i+1]) {
			start := i
			for i += 2; i+1 < len(text) && plainLetter(text[i], text[i+1]); i += 2 {
			}
			if !w.in && i < len(text) && text[i] == ' ' {
				// A whole plain word before a space, the common case:
				// what w.ascii(i, ' ') does, without the calls.
				bits := plainBits(text[start:i])
				if bits&formTrigger != 0 || (w.prevAgo && bits&formYawm != 0) {
					return true, false
				}
				w.prevAgo = bits&formAgo != 0
				i++
				continue
			}
			if !w.in {
				w.in, w.start, w.plain = true, start, true
			}
			continue
		}
		if b < utf8.RuneSelf {
			if w.ascii(i, b) {
				return true, false
			}
			i++
			continue
		}
		r, n := decode(text, i)
		if w.rune(i, r) {
			return true, false
		}
		i += n
	}
	hit = w.end(len(text))
	return hit, w.prevAgo
}

// plainLetter reports whether b0 b1 writes one of the letters
// U+0621..U+063F, U+0641..U+064A (no marks, digits or tatweel).
func plainLetter(b0, b1 byte) bool {
	v := uint16(b0)<<8 | uint16(b1)
	return v-0xD8A1 <= 0xD8BF-0xD8A1 || v-0xD981 <= 0xD98A-0xD981
}

// arabicLetter returns the letter index of the folded form of the rune
// U+0600..U+067F written b0 b1 when it is one of the letters U+0621..U+063F,
// U+0641..U+064A (no marks, digits or tatweel).
func arabicLetter(b0, b1 byte) (uint8, bool) {
	r := rune(b0&0x1F)<<6 | rune(b1&0x3F)
	if r < 0x0621 || r > 0x064A || r == 0x0640 {
		return 0, false
	}
	switch r {
	case 'أ', 'إ', 'آ':
		r = 'ا'
	case 'ى':
		r = 'ي'
	case 'ة':
		r = 'ه'
	}
	return uint8(r - 0x0621), true
}

// ascii handles the ASCII byte b at i the way next and foldWord do; it
// reports a digit or a word that may hold a date.
func (w *wordScan) ascii(i int, b byte) bool {
	switch {
	case b >= '0' && b <= '9':
		return true
	case (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'):
		w.letter(i)
		return false
	case b == ' ' || (b >= '\t' && b <= '\r'):
		return w.end(i)
	}
	return w.punct(i)
}

// rune handles any other rune r at byte i the way next and foldWord do; it
// reports a digit or a word that may hold a date.
func (w *wordScan) rune(i int, r rune) bool {
	if isSpace(r) {
		return w.end(i)
	}
	if _, ok := digitValue(r); ok {
		return true
	}
	if !isWordRune(r) {
		return w.punct(i)
	}
	w.letter(i) // a mark folds away, and ending skips it
	return false
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
