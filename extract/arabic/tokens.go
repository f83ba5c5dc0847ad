package arabic

import (
	"hash/maphash"
	"math/bits"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Variant is one reading of a word: the whole word, or the word with its
// proclitics (و ف ب ل ك, and لل read as ل + ال) taken off.
type Variant struct {
	Key     string // arabic.Key of Surface
	Fold    string // arabic.Fold of Surface
	Surface string // the reading as written, e.g. "الميادين" for "والميادين"
	Pre     string // the folded proclitics taken off, e.g. "و" or "ل"
	// hash, head and head3 are KeyHash of Key and of its first two and
	// three runes, computed once so that matchers can rule keys out
	// without hashing strings.
	hash, head, head3 uint64
}

// Hash is KeyHash(v.Key).
func (v Variant) Hash() uint64 {
	if v.hash == 0 {
		return KeyHash(v.Key) // a Variant not made by this package
	}
	return v.hash
}

// Head is the first two runes of key k (all of it when shorter), the index
// of prefix matchers: KeyHash(Head(v.Key)) == v.HeadHash().
func Head(k string) string { return headRunes(k, 2) }

// headRunes is the first n runes of k (all of it when shorter), taking n
// two-byte runes, as most Arabic keys start, without the rune decoder.
func headRunes(k string, n int) string {
	if len(k) >= 2*n {
		i := 0
		for i < 2*n && k[i] >= 0xC2 && k[i] <= 0xDF && k[i+1]&0xC0 == 0x80 {
			i += 2
		}
		if i == 2*n {
			return k[:i]
		}
	}
	c := 0
	for i := range k {
		if c == n {
			return k[:i]
		}
		c++
	}
	return k
}

// HeadHash is KeyHash of Head(v.Key), the index of prefix matchers.
func (v Variant) HeadHash() uint64 {
	if v.hash == 0 {
		return headHash(v.Key)
	}
	return v.head
}

// headHash is KeyHash(Head(k)), out of line so that HeadHash inlines.
func headHash(k string) uint64 {
	_, h, _ := keyHashes(k)
	return h
}

// Head3 is the first three runes of key k (all of it when shorter): a
// longer index of prefix matchers than Head, KeyHash(Head3(v.Key)) ==
// v.Head3Hash().
func Head3(k string) string { return headRunes(k, 3) }

// Head3Hash is KeyHash of Head3(v.Key).
func (v Variant) Head3Hash() uint64 {
	if v.hash == 0 {
		return head3Hash(v.Key)
	}
	return v.head3
}

// head3Hash is KeyHash(Head3(k)), out of line so that Head3Hash inlines.
func head3Hash(k string) uint64 {
	_, _, h := keyHashes(k)
	return h
}

// FNV-1a, 64 bits.
const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
)

// KeyHash is a fixed 64-bit hash (FNV-1a) of a key.
func KeyHash(k string) uint64 {
	h, _, _ := keyHashes(k)
	return h
}

// KeyHashMore continues hash h (of some key k) over s: KeyHashMore(KeyHash(k), s)
// == KeyHash(k+s), without building k+s.
func KeyHashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * hashPrime
	}
	return h
}

// keyHashes hashes k and, on the way, its first two and three runes.
func keyHashes(k string) (full, head, head3 uint64) {
	h := uint64(hashOffset)
	runes := 0
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c < 0x80 || c >= 0xC0 { // a rune starts here
			switch runes {
			case 2:
				head = h
			case 3:
				head3 = h
			}
			runes++
		}
		h = (h ^ uint64(c)) * hashPrime
	}
	if runes <= 2 {
		head = h
	}
	if runes <= 3 {
		head3 = h
	}
	return h, head, head3
}

// newVariant is a reading with its hashes.
func newVariant(key, fold, surface, pre string) Variant {
	h, hd, hd3 := keyHashes(key)
	return Variant{Key: key, Fold: fold, Surface: surface, Pre: pre, hash: h, head: hd, head3: hd3}
}

// Token is one word. Start and End are rune offsets in the tokenized text.
// Variants[0] is always the whole word; more readings follow, longest first.
type Token struct {
	Start, End int
	Surface    string
	Variants   []Variant
	// Pre is a detached proclitic written before the word, as in لـ"قسد" or
	// بـ«اشتعال»: the folded letters of the clitic.
	Pre string
	// Break reports a separator (comma, parenthesis, colon, dash) between this
	// token and the one before; names never span it. Quotes are no break.
	Break bool
	// Arabic reports that the word is written in Arabic script.
	Arabic bool
	// Quote reports an opening quote right before the word: «X», "X", “X”.
	Quote bool
	// memo is the Memo of the word's readings in a Tokenizer's cache, nil
	// for a word not cached.
	memo *Memo
}

// Memo is room for what a reader of tokens computes once per word, such
// as the cue phrases a word may start, instead of once per token: every
// token of one word in a Tokenizer's cache shares it. It holds one value
// per MemoSlot, set once by whoever computes it first; it is safe for
// concurrent use.
type Memo struct {
	first *Variant // the readings the Memo belongs to: &vs[0], len(vs)
	n     int
	v     [memoSlots]atomic.Value
}

// MemoSlot is the value of one reader in a Memo: each package that keeps
// facts per word has its own slot, so that none reads another's.
type MemoSlot int

const (
	MemoCues     MemoSlot = iota // rules: the cue phrases a word may start
	MemoNames                    // extract: what the extractor's name index knows of a word
	MemoDates                    // dates: what the date pre-scan finds in a word
	MemoDateWord                 // dates: the word folded and classified, for a text with a date
	memoSlots
)

// Memo returns the Memo of the token's word, or nil when the word is not
// in a Tokenizer's cache or the token's readings are no longer the word's
// (a copy of the token with fewer readings).
func (t *Token) Memo() *Memo {
	if m := t.memo; m != nil && len(t.Variants) == m.n && &t.Variants[0] == m.first {
		return m
	}
	return nil
}

// Load is the value stored in slot, or nil.
func (m *Memo) Load(slot MemoSlot) any { return m.v[slot].Load() }

// Store sets the value of slot unless one is set already; all values
// stored in one slot of all Memos must be of one type.
func (m *Memo) Store(slot MemoSlot, v any) { m.v[slot].CompareAndSwap(nil, v) }

// newMemo is a Memo for the readings vs.
func newMemo(vs []Variant) *Memo {
	if len(vs) == 0 {
		return nil
	}
	return &Memo{first: &vs[0], n: len(vs)}
}

// Key is the key of the whole word.
func (t *Token) Key() string { return t.Variants[0].Key }

// Has reports whether any reading of the token has the key k.
func (t *Token) Has(k string) bool {
	for i := range t.Variants {
		if t.Variants[i].Key == k {
			return true
		}
	}
	return false
}

// HasAny reports whether any reading of the token has one of the keys.
func (t *Token) HasAny(keys ...string) bool {
	// Readings outside, keys inside: each reading's key is read once,
	// not once per key.
	for i := range t.Variants {
		vk := t.Variants[i].Key
		for _, k := range keys {
			if vk == k {
				return true
			}
		}
	}
	return false
}

// HasPrefix reports whether any reading of the token starts with p.
func (t *Token) HasPrefix(p string) bool {
	for i := range t.Variants {
		if strings.HasPrefix(t.Variants[i].Key, p) {
			return true
		}
	}
	return false
}

// Tokens splits text into words with rune offsets. A word is a run of
// letters, digits and combining marks; a lone clitic with tatweel (لـ, بـ,
// وبـ) is folded into the next word's Pre.
func Tokens(text string) []Token {
	return tokenize(text, nil)
}

// Tokenizer is Tokens with a cache of the readings of words already seen,
// shared by all its callers; it is safe for concurrent use. The cache
// holds at most MaxCachedWords words, so memory stays bounded on any
// corpus.
type Tokenizer struct {
	// words is a read-only snapshot, looked up without a lock; words seen
	// since wait in pending until they are a quarter of it, when a new
	// snapshot takes them in (so copying costs O(1) a word overall).
	words   atomic.Pointer[wordTable]
	mu      sync.Mutex
	pending map[string]cachedWord
	seed    uint64 // of every snapshot, set with the first
}

// wordTable is a snapshot of a Tokenizer's cache: open addressing, at
// most 5/8 full, so that a hit costs one hash and one or two neighbouring
// slots, with no Go map machinery. A slot holds the first and the last 8
// bytes of its word (all of a word of up to 16 bytes, most Arabic words),
// so that a probe compares them in the slot, one cache line, instead of
// reading the word's bytes from elsewhere in memory.
type wordTable struct {
	slots []wordSlot // len(vs) == 0: free
	shift uint
	n     int
	seed  uint64
}

type wordSlot struct {
	lo, hi uint64 // EdgeWords of word
	word   string
	vs     []Variant
	memo   *Memo
}

// cachedWord is a word's readings and their Memo.
type cachedWord struct {
	vs   []Variant
	memo *Memo
}

// newWordTable is an empty table with room for n words.
func newWordTable(n int, seed uint64) *wordTable {
	bits := uint(4)
	for 1<<bits*5/8 < n {
		bits++
	}
	return &wordTable{slots: make([]wordSlot, 1<<bits), shift: 64 - bits, seed: seed}
}

// EdgeWords are the first and the last 8 bytes of s (a word of 16 bytes
// or fewer is all in them); of a shorter word, its first and last 4 bytes
// in lo, or its bytes when it is shorter still. Words of one length with
// the same EdgeWords are the same up to 16 bytes. The word cache and the
// rules' name tables compare words by them.
func EdgeWords(s string) (lo, hi uint64) {
	if n := len(s); n >= 8 {
		return Load64(s, 0), Load64(s, n-8)
	}
	return ShortWords(s), 0
}

// ShortWords is lo of EdgeWords for s shorter than 8 bytes.
func ShortWords(s string) (lo uint64) {
	if n := len(s); n >= 4 {
		return uint64(load32(s, 0)) | uint64(load32(s, n-4))<<32
	}
	for i := len(s) - 1; i >= 0; i-- {
		lo = lo<<8 | uint64(s[i])
	}
	return lo
}

// Load64 is the 8 bytes of s at i, little-endian (one load).
func Load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 is the 4 bytes of s at i, little-endian (one load).
func load32(s string, i int) uint32 {
	s = s[i : i+4]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// slot is the start slot of a word of n bytes with EdgeWords lo, hi.
func (t *wordTable) slot(lo, hi uint64, n int) uint64 {
	return ((lo ^ t.seed ^ bits.RotateLeft64(hi, 29) ^ uint64(n)) * 0x9E3779B97F4A7C15) >> t.shift
}

// get returns the readings of word and their Memo, if cached.
func (t *wordTable) get(word string) ([]Variant, *Memo, bool) {
	lo, hi := EdgeWords(word)
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(lo, hi, len(word)); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if len(s.vs) == 0 {
			return nil, nil, false
		}
		if s.lo == lo && s.hi == hi && len(s.word) == len(word) && (len(word) <= 16 || s.word == word) {
			return s.vs, s.memo, true
		}
	}
}

// put adds word, not in t, with its readings vs and their Memo; t has room.
func (t *wordTable) put(word string, vs []Variant, memo *Memo) {
	lo, hi := EdgeWords(word)
	mask := uint64(len(t.slots) - 1)
	i := t.slot(lo, hi, len(word))
	for len(t.slots[i].vs) != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = wordSlot{lo: lo, hi: hi, word: word, vs: vs, memo: memo}
	t.n++
}

// MaxCachedWords bounds a Tokenizer's cache: a news vocabulary's common
// words fit, a pathological corpus costs a few tens of megabytes.
const MaxCachedWords = 1 << 16

// NewTokenizer returns a Tokenizer with an empty cache.
func NewTokenizer() *Tokenizer { return &Tokenizer{} }

// Tokens is Tokens(text). The tokens' readings may be shared with other
// calls and must not be modified.
func (tz *Tokenizer) Tokens(text string) []Token {
	return tokenize(text, tz)
}

// readings are the readings of word, from the cache when seen before.
func (tz *Tokenizer) readings(word string) []Variant {
	vs, _ := tz.memoReadings(word)
	return vs
}

// memoReadings are readings and their Memo, nil for a word not cached.
func (tz *Tokenizer) memoReadings(word string) ([]Variant, *Memo) {
	if t := tz.words.Load(); t != nil {
		if vs, m, ok := t.get(word); ok {
			return vs, m
		}
	}
	return tz.miss(word)
}

// cached is the number of words in the cache.
func (tz *Tokenizer) cached() int {
	tz.mu.Lock()
	defer tz.mu.Unlock()
	n := len(tz.pending)
	if t := tz.words.Load(); t != nil {
		n += t.n
	}
	return n
}

// miss reads a word not in the snapshot and caches it while there is room.
func (tz *Tokenizer) miss(word string) ([]Variant, *Memo) {
	tz.mu.Lock()
	defer tz.mu.Unlock()
	if c, ok := tz.pending[word]; ok {
		return c.vs, c.memo
	}
	w := strings.Clone(word) // the cache must not hold the whole sentence
	vs := appendVariants(nil, w)
	vs = vs[:len(vs):len(vs)]
	snap := tz.words.Load()
	inSnap := 0
	if snap != nil {
		inSnap = snap.n
	}
	if inSnap+len(tz.pending) >= MaxCachedWords {
		return vs, nil
	}
	if tz.pending == nil {
		tz.pending = map[string]cachedWord{}
	}
	memo := newMemo(vs)
	tz.pending[w] = cachedWord{vs, memo}
	if len(tz.pending) >= max(64, inSnap/4) {
		if snap == nil {
			tz.seed = maphash.Comparable(maphash.MakeSeed(), 0) // a random word
		}
		next := newWordTable(inSnap+len(tz.pending), tz.seed)
		if snap != nil {
			for _, s := range snap.slots {
				if len(s.vs) != 0 {
					next.put(s.word, s.vs, s.memo)
				}
			}
		}
		for k, c := range tz.pending {
			next.put(k, c.vs, c.memo)
		}
		tz.words.Store(next)
		tz.pending = nil
	}
	return vs, memo
}

// AppendTokens appends the tokens of text to dst, as Tokens(text) would
// return them, and returns the extended slice: a caller tokenising many
// sentences can keep them all in one array. The tokens' readings may be
// shared with other calls and must not be modified.
func (tz *Tokenizer) AppendTokens(dst []Token, text string) []Token {
	return appendTokens(dst, text, tz, nil)
}

func tokenize(text string, tz *Tokenizer) []Token {
	// About one word a space and three readings in two words: one
	// allocation each for most sentences.
	out := make([]Token, 0, strings.Count(text, " ")+2)
	var arena []Variant // readings of all tokens without a Tokenizer
	if tz == nil {
		arena = make([]Variant, 0, cap(out)*3/2+2)
	}
	out = appendTokens(out, text, tz, arena)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendTokens appends the tokens of text to out, with readings from tz or,
// without one, in arena. Invalid UTF-8 needs no repair: each bad byte
// decodes as U+FFFD, which is no word rune, so the words, their readings
// and the rune offsets are those of the text with each bad byte replaced.
func appendTokens(out []Token, text string, tz *Tokenizer, arena []Variant) []Token {
	pending, brk, quote := "", false, false
	prev := rune(-1) // the rune before position b
	for b, i := 0, 0; b < len(text); {
		if text[b] == ' ' { // the common separator: no break, no quote
			prev, b, i = ' ', b+1, i+1
			continue
		}
		r, size := decodeRune(text, b)
		if !isWordRune(r) {
			if isBreak(r) && !numberJoint(r, prev, text, b+size) {
				brk = true
			}
			quote = quote || isOpenQuote(r)
			prev = r
			b, i = b+size, i+1
			continue
		}
		eb, j, last, tatweel, arab := b, i, prev, false, false
		for eb < len(text) {
			if e, class := arabicRun(text, eb); e > eb {
				// The common runes: no decoder call, no '.' to weigh.
				arab, tatweel = arab || class&wordLetter != 0, tatweel || class&wordTatweel != 0
				last = rune(text[e-2]&0x1F)<<6 | rune(text[e-1]&0x3F)
				eb, j = e, j+(e-eb)/2
				continue
			}
			c, n := rune(text[eb]), 1
			if c >= utf8.RuneSelf {
				c, n = decodeLong(text, eb)
			}
			if !isWordRune(c) && !(c == '.' && j > 0 && isWordRune(last) && nextIsWord(text, eb+n)) {
				break
			}
			if !arab && c >= utf8.RuneSelf {
				arab = IsArabicLetter(c) // hasArabicString of the word, on the way
			}
			tatweel = tatweel || c == 'ـ' // only such a word may be a detached clitic
			last = c
			eb, j = eb+n, j+1
		}
		word := text[b:eb]
		if c, ok := clitic(word, tatweel); ok && eb < len(text) {
			pending += c
			b, i, prev = eb, j, last
			continue
		}
		var vs []Variant
		var memo *Memo
		if tz != nil {
			vs, memo = tz.memoReadings(word)
		} else {
			n := len(arena)
			arena = appendVariants(arena, word)
			vs = arena[n:len(arena):len(arena)]
		}
		out = append(out, Token{Start: i, End: j, Surface: word, Variants: vs, Pre: pending, Break: brk, Arabic: arab, Quote: quote, memo: memo})
		pending, brk, quote = "", false, false
		b, i, prev = eb, j, last
	}
	return out
}

// arabicRun is the end of the run of Arabic word runes from byte b of
// text, U+0620..U+0669 (Arabic letters, tatweel, harakat, Arabic-Indic
// digits: two bytes each, D8 A0..D8 BF and D9 80..D9 A9), and the union
// of their classes.
func arabicRun(text string, b int) (int, uint8) {
	var class uint8
	for b+1 < len(text) {
		d := pairOffset(text, b)
		if d >= uint32(len(arabicClass)) || arabicClass[d] == 0 {
			break
		}
		class |= arabicClass[d]
		b += 2
	}
	return b, class
}

// pairOffset is the two bytes at b of text, big-endian, less D8 A0 (the
// UTF-8 of U+0620): an index of arabicClass for the runes arabicRun takes.
func pairOffset(text string, b int) uint32 {
	return (uint32(text[b])<<8 | uint32(text[b+1])) - 0xD8A0
}

// The classes of the runes of an arabicRun.
const (
	wordRune    = 1 << iota // every rune of the run
	wordLetter              // U+0620..U+064A but the tatweel: IsArabicLetter
	wordTatweel             // U+0640
)

// arabicClass is the class of each rune of an arabicRun, by pairOffset;
// 0 for the pairs between D8 BF and D9 80, which are none.
var arabicClass = func() (c [0xD9A9 - 0xD8A0 + 1]uint8) {
	for d := range c {
		switch v := 0xD8A0 + d; {
		case v <= 0xD8BF:
			c[d] = wordRune | wordLetter // U+0620..U+063F
		case v == 0xD980:
			c[d] = wordRune | wordTatweel
		case v >= 0xD981 && v <= 0xD98A:
			c[d] = wordRune | wordLetter // U+0641..U+064A
		case v >= 0xD98B:
			c[d] = wordRune // harakat, Arabic-Indic digits
		}
	}
	return c
}()

// decodeRune is utf8.DecodeRuneInString(text[b:]), with ASCII decoded
// inline and the two-byte sequences of Arabic script without the general
// decoder.
func decodeRune(text string, b int) (rune, int) {
	if c := text[b]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return decodeLong(text, b)
}

// decodeLong is decodeRune past ASCII, out of line so that decodeRune
// inlines.
func decodeLong(text string, b int) (rune, int) {
	if c := text[b]; c >= 0xC2 && c <= 0xDF && b+1 < len(text) && text[b+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[b+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(text[b:])
}

// nextIsWord reports a word rune at byte b of text.
// numberJoint reports a colon, slash or dash between two digits, inside a
// time or a date ("٨:٣٠"، "2023/08/07"، "19-10-2023"), or a dash between an
// Arabic letter and a number in a designation ("كي-1"، "إف-16"): no break
// in the clause. Latin designations ("F-15") keep their break.
func numberJoint(r, prev rune, text string, b int) bool {
	if r != ':' && r != '/' && r != '-' || b >= len(text) {
		return false
	}
	if !unicode.IsDigit(prev) && !(r == '-' && uint32(prev)-0x0621 <= 0x064A-0x0621) {
		return false
	}
	next, _ := decodeRune(text, b)
	return unicode.IsDigit(next)
}

func nextIsWord(text string, b int) bool {
	if b >= len(text) {
		return false
	}
	r, _ := decodeRune(text, b)
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	if uint32(r)-0x0620 <= 0x0669-0x0620 {
		return true // Arabic letters, tatweel, harakat, Arabic-Indic digits
	}
	if r < utf8.RuneSelf {
		return asciiWord[r] == 'w'
	}
	return isOtherWordRune(r)
}

// asciiWord marks with w the ASCII word runes: digits and Latin letters.
const asciiWord = "................................................wwwwwwwwww.......wwwwwwwwwwwwwwwwwwwwwwwwww......wwwwwwwwwwwwwwwwwwwwwwwwww....."

// isOtherWordRune is isWordRune past ASCII and Arabic, out of line so that
// isWordRune inlines.
func isOtherWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isBreak reports separators that end a name: everything but spaces,
// quotes and bidi marks.
func isBreak(r rune) bool {
	if unicode.IsSpace(r) {
		return false
	}
	switch r {
	case '"', '\'', '«', '»', '“', '”', '„', '‘', '’', '`', '´', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\ufeff':
		return false
	}
	return true
}

func isOpenQuote(r rune) bool {
	switch r {
	case '"', '«', '“', '„', '\'', '‘':
		return true
	}
	return false
}

// clitic is detachedClitic(word) for a word that has a tatweel, known to
// the caller.
func clitic(word string, tatweel bool) (string, bool) {
	if !tatweel {
		return "", false
	}
	return detachedClitic(word)
}

// detachedClitic recognises a clitic written apart with tatweel: لـ بـ وبـ ولـ.
func detachedClitic(word string) (string, bool) {
	// Tatweel is D9 80 in UTF-8; 0x80 is rare in Arabic words, D9 is not.
	if strings.IndexByte(word, 0x80) < 0 || !strings.ContainsRune(word, 'ـ') {
		return "", false
	}
	f := Fold(word)
	switch f {
	case "ل", "ب", "ك", "و", "ف", "وب", "ول", "فب", "فل", "وك":
		return f, true
	}
	return "", false
}

// Variants returns the readings of a word: the whole word first, then with
// و/ف taken off, then with ب/ل/ك taken off, with لل read as ل + ال.
func Variants(word string) []Variant {
	return appendVariants(nil, word)
}

// appendVariants appends the readings of word to vs; the readings of one
// word are compared only among themselves.
func appendVariants(vs []Variant, word string) []Variant {
	n := len(vs)
	f := Fold(word)
	vs = append(vs, newVariant(wordKey(word, f), f, word, ""))
	vs = cliticReadings(vs, n, word, "")
	if rest, ok := cutLetter(word, "وف"); ok {
		pre := Fold(firstLetter(word))
		vs = addVariant(vs, n, rest, pre)
		vs = cliticReadings(vs, n, rest, pre)
	}
	return vs
}

// cliticReadings adds the readings of base with ل/ب/ك taken off.
func cliticReadings(vs []Variant, n int, base, pre string) []Variant {
	if rest, ok := cutLetter(base, "ل"); ok {
		if rest2, ok2 := cutLetter(rest, "ل"); ok2 {
			vs = addVariant(vs, n, "ال"+rest2, pre+"ل")
		}
	}
	if rest, ok := cutLetter(base, "بلك"); ok {
		vs = addVariant(vs, n, rest, pre+Fold(firstLetter(base)))
	}
	return vs
}

func addVariant(vs []Variant, n int, surface, pre string) []Variant {
	f := Fold(surface)
	k := wordKey(surface, f)
	if k == "" {
		return vs
	}
	for _, v := range vs[n:] {
		if v.Key == k {
			return vs
		}
	}
	return append(vs, newVariant(k, f, surface, pre))
}

// cutLetter removes a first letter from set (with its diacritics) when at
// least two letters remain, or a Latin letter and digits.
func cutLetter(word, set string) (string, bool) {
	r, size := utf8.DecodeRuneInString(word)
	if size == 0 || !strings.ContainsRune(set, r) {
		return "", false
	}
	i := size
	for i < len(word) {
		d, n := utf8.DecodeRuneInString(word[i:])
		if !IsDiacritic(d) {
			break
		}
		i += n
	}
	rest := word[i:]
	latin := rest != "" && (rest[0]|0x20 >= 'a' && rest[0]|0x20 <= 'z')
	letters := 0
	for _, r := range rest {
		// A Latin name may be a letter and digits ("وT4"): its digits count.
		if unicode.IsLetter(r) && r != 'ـ' || latin && r >= '0' && r <= '9' {
			if letters++; letters >= 2 {
				return rest, true
			}
		}
	}
	return "", false
}

// firstLetter is the first rune of word, without a copy.
func firstLetter(word string) string {
	_, size := utf8.DecodeRuneInString(word)
	return word[:size]
}

// wordKey is Key for one word whose fold f is already known: the same
// result, without the work Key needs for punctuation and several words.
func wordKey(word, f string) string {
	for _, r := range f {
		if r >= 0x0621 && r <= 0x064A || r >= '0' && r <= '9' {
			continue // the common case, without table lookups
		}
		if r >= 0x80 && !IsArabicLetter(r) || r < 0x80 {
			return Key(word)
		}
	}
	if strings.Contains(f, "اميرك") || strings.Contains(f, "ميليشي") {
		f = spellingFolds.Replace(f)
	}
	if strings.HasPrefix(f, "ال") && utf8.RuneCountInString(f) >= 4 {
		return f[len("ال"):]
	}
	return f
}
