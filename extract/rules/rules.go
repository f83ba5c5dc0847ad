// Package rules holds the extractor's cue words and discovery triggers as
// embedded YAML data, compiled once into matchers over arabic tokens.
package rules

import (
	"cmp"
	"embed"
	"fmt"
	"maps"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/nisba/nisba/extract/arabic"
)

//go:embed *.yaml
var data embed.FS

// Word is one word of a phrase: a key, matched whole or as a prefix.
type Word struct {
	Key    string
	Prefix bool
}

// Phrase is a sequence of words.
type Phrase []Word

// Set is a list of phrases, longest first, indexed by first word. It is
// one pointer, so that the callers that look a set up by name for every
// token copy a word, not the whole index. The zero Set is empty.
type Set struct{ d *setData }

// setData is a Set's phrases and index.
type setData struct {
	all    []Phrase
	exact  map[string][]Phrase // first word key -> phrases, longest first
	prefix map[string][]Phrase // first two runes of a prefix first word -> phrases
	// filter rules out most tokens before any map lookup: it holds the
	// hashes of the exact first words; headFilter and head3Filter those
	// of the keys of prefixByHash and prefix3ByHash.
	filter, headFilter, head3Filter Filter
	// exact keyed by arabic.KeyHash of the key, which every reading
	// carries, so that a lookup hashes no string; the phrases with a
	// prefix first word of three runes or more by the KeyHash of its first
	// three (few words start so), the rest by that of its first two.
	exactByHash, prefixByHash, prefix3ByHash hashTable[Phrase]
	// index is the cueIndex that holds the set as set id, nil for a set
	// made after Load: Has and Match ask the word's wordCues first.
	index *cueIndex
	id    int
}

// Filter is a Bloom filter over arabic.KeyHash values: MayHave is false
// for almost every key never added, and never false for one added. The zero
// Filter may have everything.
type Filter struct {
	bits []uint64
	mask uint64 // bit positions are hash bits & mask
}

// NewFilter returns a filter sized for about n keys.
func NewFilter(n int) Filter {
	m := uint64(1024)
	for m < uint64(n)*16 {
		m <<= 1
	}
	return Filter{bits: make([]uint64, m/64), mask: m - 1}
}

// Add records hash h.
func (f Filter) Add(h uint64) {
	a, b := h&f.mask, (h>>32)&f.mask
	f.bits[a>>6] |= 1 << (a & 63)
	f.bits[b>>6] |= 1 << (b & 63)
}

// MayHave reports whether h may have been added.
func (f Filter) MayHave(h uint64) bool {
	if f.bits == nil {
		return true
	}
	a, b := h&f.mask, (h>>32)&f.mask
	return f.bits[a>>6]&(1<<(a&63)) != 0 && f.bits[b>>6]&(1<<(b&63)) != 0
}

// Len is the number of phrases.
func (s Set) Len() int {
	if s.d == nil {
		return 0
	}
	return len(s.d.all)
}

// Trigger introduces a discovered entity of Type; Keep keeps the trigger
// word in the name.
type Trigger struct {
	Type string `yaml:"type"`
	Keep bool   `yaml:"keep"`
	// Quoted triggers take only a quoted name (موقع "X" but not موقع خالٍ).
	Quoted bool     `yaml:"quoted"`
	Words  []string `yaml:"words"`
}

// Backer maps a non-country backer to its country id.
type Backer struct {
	Name    string `yaml:"name"`
	Country string `yaml:"country"`
}

// Rules are the compiled cue data.
type Rules struct {
	Cues     map[string]Set
	Triggers map[string]Trigger // trigger key -> trigger
	Titles   Set
	Stop     map[string]bool
	Generic  map[string]bool
	Backers  map[string]string // arabic.Key(name) -> country id
	Domestic map[string]bool   // country ids where the stories happen
	// ThirdParty are states whose strikes in the region answer no attack on
	// a base unless a response word says so (Israeli raids in Syria).
	ThirdParty map[string]bool
	Numbers    map[string]int // arabic.Key(number word) -> value
	index      *cueIndex      // all of Cues at once, for Hits
	// cues are the sets of Cues by CueID and cueIndex their ids in index
	// plus one (0 for a name Cues lacks), resolved once by Load.
	cues     [numCueIDs]Set
	cueIndex [numCueIDs]int32
}

// CueID is a cue set name of cueNames resolved once, by Load: r.Cue(id) is
// r.Cues[name] without hashing name on every question. The extractor asks
// for a set by a constant name hundreds of times per sentence; a map
// lookup of a string costs a hash and a compare each time.
type CueID uint16

// Cue is the set Load made for the name of id, as r.Cues[name] was after
// Load (the zero Set for a name the rule files lack). A set put in Cues
// later is not seen here: ask Cues for it.
func (r *Rules) Cue(id CueID) Set { return r.cues[id] }

// resolveCues fills r.cues and r.cueIndex from r.Cues and r.index.
func (r *Rules) resolveCues() {
	for id, name := range cueNames {
		r.cues[id] = r.Cues[name]
		if n, ok := r.index.names.get(name); ok {
			r.cueIndex[id] = int32(n) + 1
		}
	}
}

type cueFile struct {
	Version int                 `yaml:"version"`
	Numbers map[string]int      `yaml:"numbers"`
	Cues    map[string][]string `yaml:"cues"`
}

type entityFile struct {
	Version  int       `yaml:"version"`
	Triggers []Trigger `yaml:"triggers"`
	Titles   []string  `yaml:"titles"`
	Stop     []string  `yaml:"stop"`
	Generic  []string  `yaml:"generic"`
	Backers  []Backer  `yaml:"backers"`
	Domestic []string  `yaml:"domestic"`
	Third    []string  `yaml:"third_party"`
}

// Load parses the embedded rule files.
func Load() (*Rules, error) {
	var cf cueFile
	if err := decode("cues.yaml", &cf); err != nil {
		return nil, err
	}
	var ef entityFile
	if err := decode("entities.yaml", &ef); err != nil {
		return nil, err
	}
	r := &Rules{Cues: map[string]Set{}, Triggers: map[string]Trigger{}, Stop: keySet(ef.Stop),
		Generic: keySet(ef.Generic), Backers: map[string]string{}, Domestic: map[string]bool{}}
	for _, d := range ef.Domestic {
		r.Domestic[d] = true
	}
	r.ThirdParty = map[string]bool{}
	for _, d := range ef.Third {
		r.ThirdParty[d] = true
	}
	for name, phrases := range cf.Cues {
		r.Cues[name] = Compile(phrases)
	}
	r.Numbers = map[string]int{}
	for w, n := range cf.Numbers {
		r.Numbers[arabic.Key(w)] = n
	}
	// Every stance cue also says that a sentence is about who did it.
	var all []string
	for _, name := range []string{"attribution", "claimed", "denied", "hinted", "suspected", "likely"} {
		all = append(all, cf.Cues[name]...)
	}
	r.Cues["attribution"] = Compile(all)
	for _, t := range ef.Triggers {
		for _, w := range t.Words {
			r.Triggers[arabic.Key(w)] = t
		}
	}
	r.Titles = Compile(ef.Titles)
	r.index = newCueIndex(r.Cues)
	r.resolveCues()
	for _, b := range ef.Backers {
		r.Backers[arabic.Key(b.Name)] = b.Country
	}
	return r, nil
}

func decode(name string, v any) error {
	b, err := data.ReadFile(name)
	if err != nil {
		return fmt.Errorf("read rules %s: %w", name, err)
	}
	return decodeYAML(name, b, v)
}

// decodeYAML parses a rule file strictly: unknown fields and a key given
// twice in one mapping (the second would silently replace the first) are
// errors.
func decodeYAML(name string, b []byte, v any) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("parse rules %s: %w", name, err)
	}
	if err := uniqueKeys(&doc); err != nil {
		return fmt.Errorf("parse rules %s: %w", name, err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("parse rules %s: %w", name, err)
	}
	return nil
}

// uniqueKeys fails on the first mapping key that appears twice in its mapping.
func uniqueKeys(n *yaml.Node) error {
	if n.Kind == yaml.MappingNode {
		seen := make(map[string]bool, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i].Value
			if seen[k] {
				return fmt.Errorf("line %d: key %q given twice", n.Content[i].Line, k)
			}
			seen[k] = true
		}
	}
	for _, c := range n.Content {
		if err := uniqueKeys(c); err != nil {
			return err
		}
	}
	return nil
}

func keySet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if k := arabic.Key(w); k != "" {
			m[k] = true
		}
	}
	return m
}

// Compile turns phrases ("اعلن* مسؤوليت*") into a Set, longest first.
func Compile(phrases []string) Set {
	var all []Phrase
	for _, p := range phrases {
		var ph Phrase
		for _, w := range strings.Fields(p) {
			prefix := strings.HasSuffix(w, "*")
			k := arabic.Key(strings.TrimSuffix(w, "*"))
			if k == "" {
				continue
			}
			ph = append(ph, Word{Key: k, Prefix: prefix})
		}
		if len(ph) > 0 {
			all = append(all, ph)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
	s := &setData{all: all, exact: map[string][]Phrase{}, prefix: map[string][]Phrase{}, filter: NewFilter(len(all))}
	prefix2, prefix3 := map[string][]Phrase{}, map[string][]Phrase{}
	for _, ph := range all {
		if k := ph[0].Key; ph[0].Prefix {
			h := arabic.Head(k)
			s.prefix[h] = append(s.prefix[h], ph)
			// A valid prefix of three runes starts a key only where the
			// key's first three runes are its own.
			if h3 := arabic.Head3(k); utf8.ValidString(k) && utf8.RuneCountInString(k) >= 3 {
				prefix3[h3] = append(prefix3[h3], ph)
			} else {
				prefix2[h] = append(prefix2[h], ph)
			}
		} else {
			s.exact[k] = append(s.exact[k], ph)
			s.filter.Add(arabic.KeyHash(k))
		}
	}
	s.exactByHash, s.prefixByHash, s.prefix3ByHash = byHash(s.exact), byHash(prefix2), byHash(prefix3)
	s.headFilter, s.head3Filter = filterOf(&s.prefixByHash), filterOf(&s.prefix3ByHash)
	return Set{s}
}

// AddStarts adds to f the hashes s's own filter tests a reading's Hash and
// HeadHash against: a token none of whose readings f may have starts no
// phrase of s.
func (s Set) AddStarts(f Filter) {
	if s.d == nil {
		return
	}
	for k := range s.d.exact {
		f.Add(arabic.KeyHash(k))
	}
	for h := range s.d.prefix {
		f.Add(arabic.KeyHash(h))
	}
}

// Match returns the length in tokens of the longest phrase of s starting at
// toks[i], or 0.
func (s Set) Match(toks []arabic.Token, i int) int {
	d := s.d
	if d == nil || i < 0 || i >= len(toks) || len(d.all) == 0 {
		return 0
	}
	if d.index != nil {
		if c := d.index.cuesOf(&toks[i]); c != nil && !c.starts(d.id) {
			return 0 // no phrase of s starts with the word
		}
	}
	best := 0
	vs := toks[i].Variants
	for k := range vs {
		v := &vs[k]
		if hv := v.Hash(); d.filter.MayHave(hv) {
			for _, ph := range lookup(&d.exactByHash, hv, v.Key) {
				if len(ph) > best && ph.matchFrom(toks, i, 1) { // word 0 is v.Key
					best = len(ph)
				}
			}
		}
		if len(d.prefix) == 0 {
			continue
		}
		if hv := v.Head3Hash(); d.head3Filter.MayHave(hv) {
			for _, ph := range lookup(&d.prefix3ByHash, hv, arabic.Head3(v.Key)) {
				if len(ph) > best && ph.matchAt(toks, i) {
					best = len(ph)
				}
			}
		}
		if hv := v.HeadHash(); d.headFilter.MayHave(hv) {
			for _, ph := range lookup(&d.prefixByHash, hv, arabic.Head(v.Key)) {
				if len(ph) > best && ph.matchAt(toks, i) {
					best = len(ph)
				}
			}
		}
	}
	return best
}

func (ph Phrase) matchAt(toks []arabic.Token, i int) bool {
	return ph.matchFrom(toks, i, 0)
}

// matchFrom is matchAt for a phrase whose words before word from are
// known to match at toks[i].
func (ph Phrase) matchFrom(toks []arabic.Token, i, from int) bool {
	if i+len(ph) > len(toks) {
		return false
	}
	for j := from; j < len(ph); j++ {
		w := ph[j]
		t := &toks[i+j]
		if j > 0 && t.Break {
			return false
		}
		if w.Prefix && !t.HasPrefix(w.Key) || !w.Prefix && !t.Has(w.Key) {
			return false
		}
	}
	return true
}

// Has reports whether a one-word phrase of s matches token t.
func (s Set) Has(t *arabic.Token) bool {
	d := s.d
	if d == nil || len(d.all) == 0 {
		return false
	}
	if d.index != nil {
		if c := d.index.cuesOf(t); c != nil {
			return c.one(d.id)
		}
	}
	for k := range t.Variants {
		v := &t.Variants[k]
		if hv := v.Hash(); d.filter.MayHave(hv) && oneWord(lookup(&d.exactByHash, hv, v.Key), t) {
			return true
		}
		if len(d.prefix) == 0 {
			continue
		}
		if hv := v.Head3Hash(); d.head3Filter.MayHave(hv) && oneWord(lookup(&d.prefix3ByHash, hv, arabic.Head3(v.Key)), t) {
			return true
		}
		if hv := v.HeadHash(); d.headFilter.MayHave(hv) && oneWord(lookup(&d.prefixByHash, hv, arabic.Head(v.Key)), t) {
			return true
		}
	}
	return false
}

// oneWord reports whether a one-word phrase of phs matches t.
func oneWord(phs []Phrase, t *arabic.Token) bool {
	for _, ph := range phs {
		if len(ph) == 1 && (ph[0].Prefix && t.HasPrefix(ph[0].Key) || !ph[0].Prefix && t.Has(ph[0].Key)) {
			return true
		}
	}
	return false
}

// Find returns the start of every match of s in toks[from:to].
func (s Set) Find(toks []arabic.Token, from, to int) []int {
	var out []int
	for i := from; i < to && i < len(toks); i++ {
		if s.Match(toks, i) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// cueIndex finds, for one token, the phrases of all cue sets that may
// start there, with a few probes per reading instead of one lookup per set.
// Each phrase is in one of three tables, by what its start is known to
// match when a probe finds it: the first word (first), the first two
// words (pairs), or a prefix first word (prefixed).
type cueIndex struct {
	ids   map[string]int
	names nameTable // ids, for Hits.Of
	n     int       // sets
	// first holds the phrases with a whole first word and no whole second
	// word (one word, or a prefix second word), by KeyHash of the first.
	first hashTable[setPhrase]
	// pairs holds the phrases whose first two words are whole words, by
	// pairHash of the two: a phrase starting with a common word (في, من)
	// costs a probe, not a check, where its second word is not next.
	pairs hashTable[setPhrase]
	// prefixed3 holds the phrases whose first word is a prefix of three
	// runes or more, by prefix, under the KeyHash of its first three runes;
	// prefixed those with a prefix of two runes, under its KeyHash. Most
	// words start with the two runes of some prefix, few with three.
	prefixed, prefixed3 hashTable[prefixPhrases]
	// pairFirst holds the ids of the sets of the phrases of pairs by the
	// first word, for wordCues.
	pairFirst hashTable[int]
	words     int // words of a bit set over the sets
	// hits and ints hold the matches of each Hits and the answers of Of.
	hits slab[hit]
	ints slab[int]
	// The filters are over the hashes of each table: most probes end there.
	firstFilter, pairFilter, prefixFilter, prefix3Filter Filter
	// pairStart is over the KeyHash of the first words of pairs: a reading
	// it rules out needs no probe with each reading of the next token.
	// heads is over the KeyHash of the first two runes of every prefix:
	// a reading it rules out starts none, of two runes or more.
	pairStart, heads Filter
}

// nameTable maps the sorted set names to their index, as cueIndex.ids
// does, comparing a name by its length and two 8-byte words instead of
// hashing it and calling the string compare: Hits.Of looks a name up for
// every question about a sentence.
type nameTable struct {
	slots []nameSlot // at most a quarter full; name "" is free
	shift uint
}

type nameSlot struct {
	lo, hi uint64 // arabic.EdgeWords of name
	n      int    // len(name)
	id     int
	name   string
}

// slot is the start slot of a name with arabic.EdgeWords lo, hi and length n.
func (t nameTable) slot(lo, hi uint64, n int) uint64 {
	return ((lo ^ bits.RotateLeft64(hi, 29) ^ uint64(n)) * 0x9E3779B97F4A7C15) >> t.shift
}

func newNameTable(names []string) nameTable {
	lg := uint(3)
	for 1<<lg < 4*len(names) {
		lg++
	}
	t := nameTable{slots: make([]nameSlot, 1<<lg), shift: 64 - lg}
	mask := uint64(len(t.slots) - 1)
	for id, name := range names {
		lo, hi := arabic.EdgeWords(name)
		i := t.slot(lo, hi, len(name))
		for t.slots[i].name != "" {
			i = (i + 1) & mask
		}
		t.slots[i] = nameSlot{lo: lo, hi: hi, n: len(name), id: id, name: name}
	}
	return t
}

// get returns the index of name, if it is a set name.
func (t nameTable) get(name string) (int, bool) {
	if name == "" || len(t.slots) == 0 {
		return -1, false
	}
	var lo, hi uint64 // arabic.EdgeWords(name), inline
	if n := len(name); n >= 8 {
		lo, hi = arabic.Load64(name, 0), arabic.Load64(name, n-8)
	} else {
		lo = arabic.ShortWords(name)
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(lo, hi, len(name)); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.name == "" {
			return -1, false
		}
		if s.lo == lo && s.hi == hi && s.n == len(name) && (len(name) <= 16 || s.name == name) {
			return s.id, true
		}
	}
}

// prefixPhrases are the phrases of all sets whose first word is prefix.
type prefixPhrases struct {
	prefix string
	phs    []setPhrase
}

// setPhrase is a phrase of the set with id set.
type setPhrase struct {
	set int
	ph  Phrase
	hs  []uint64 // arabic.KeyHash of each word's key
}

// newSetPhrase is ph of set id with the hashes of its words.
func newSetPhrase(id int, ph Phrase) setPhrase {
	hs := make([]uint64, len(ph))
	for j, w := range ph {
		hs[j] = arabic.KeyHash(w.Key)
	}
	return setPhrase{set: id, ph: ph, hs: hs}
}

// matchFrom is Phrase.matchFrom, with a whole word compared by hash
// before its key: most readings differ in the hash.
func (sp *setPhrase) matchFrom(toks []arabic.Token, i, from int) bool {
	ph := sp.ph
	if i+len(ph) > len(toks) {
		return false
	}
	for j := from; j < len(ph); j++ {
		w := &ph[j]
		t := &toks[i+j]
		if j > 0 && t.Break {
			return false
		}
		if w.Prefix {
			if !t.HasPrefix(w.Key) {
				return false
			}
		} else if !hasHashed(t, w.Key, sp.hs[j]) {
			return false
		}
	}
	return true
}

// hasHashed is t.Has(k) for a key k whose KeyHash is h.
func hasHashed(t *arabic.Token, k string, h uint64) bool {
	for i := range t.Variants {
		if v := &t.Variants[i]; v.Hash() == h && v.Key == k {
			return true
		}
	}
	return false
}

// keyed are the phrases of one key of a map keyed by the key's hash; key2
// is the second word of a key of pairs.
type keyed[T any] struct {
	key, key2 string
	phs       []T
}

// hashTable maps keys, by their arabic.KeyHash, to phrases: open
// addressing over the precomputed hash, so a lookup costs a multiply and
// one or two probes instead of a Go map access.
type hashTable[T any] struct {
	slots []hashSlot // at most half full; idx 0 is free
	keys  []keyed[T] // by idx-1
	shift uint
}

type hashSlot struct {
	hash uint64
	// lo and hi are arabic.EdgeWords of a one-word key of n <= 16 bytes: a probe
	// compares them instead of reading the key's bytes from elsewhere in
	// memory. n is -1 for a longer key or a pair of words.
	lo, hi uint64
	n      int32
	idx    int32
}

// slot is the start slot of hash h.
func (t *hashTable[T]) slot(h uint64) uint64 {
	return (h * 0x9E3779B97F4A7C15) >> t.shift
}

// lookup returns the phrases of key k, whose KeyHash is h, in t: the
// tables of one-word keys hold no second word.
func lookup[T any](t *hashTable[T], h uint64, k string) []T {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.idx == 0 {
			return nil
		}
		if s.hash != h {
			continue
		}
		if n := len(k); int(s.n) == n && n <= 16 {
			var lo, hi uint64 // arabic.EdgeWords(k), inline
			if n >= 8 {
				lo, hi = arabic.Load64(k, 0), arabic.Load64(k, n-8)
			} else {
				lo = arabic.ShortWords(k)
			}
			if s.lo == lo && s.hi == hi {
				return t.keys[s.idx-1].phs
			}
			continue
		}
		if e := &t.keys[s.idx-1]; e.key == k && e.key2 == "" {
			return e.phs
		}
	}
}

// lookupPair returns the phrases of the words k1 k2, whose pairHash is h,
// in t; k2 is "" in the tables of one-word keys.
func lookupPair[T any](t *hashTable[T], h uint64, k1, k2 string) []T {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.idx == 0 {
			return nil
		}
		if s.hash == h {
			if e := &t.keys[s.idx-1]; e.key == k1 && e.key2 == k2 {
				return e.phs
			}
		}
	}
}

// pairHash is the hash of two words with KeyHash h1 and h2.
func pairHash(h1, h2 uint64) uint64 {
	return bits.RotateLeft64(h1*0x9E3779B97F4A7C15, 31) ^ h2
}

// byHash is m keyed by arabic.KeyHash of its keys.
func byHash[T any](m map[string][]T) hashTable[T] {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the same table on every run
	es := make([]keyed[T], len(keys))
	hs := make([]uint64, len(keys))
	for i, k := range keys {
		es[i], hs[i] = keyed[T]{key: k, phs: m[k]}, arabic.KeyHash(k)
	}
	return newHashTable(es, hs)
}

// newHashTable is a table of the entries es, whose hashes are hs.
func newHashTable[T any](es []keyed[T], hs []uint64) hashTable[T] {
	lg := uint(3)
	for 1<<lg < 2*len(es) {
		lg++
	}
	t := hashTable[T]{slots: make([]hashSlot, 1<<lg), shift: 64 - lg, keys: es}
	mask := uint64(len(t.slots) - 1)
	for j, h := range hs {
		i := t.slot(h)
		for t.slots[i].idx != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = hashSlot{hash: h, n: -1, idx: int32(j + 1)}
		if e := &es[j]; e.key2 == "" && len(e.key) <= 16 {
			t.slots[i].lo, t.slots[i].hi = arabic.EdgeWords(e.key)
			t.slots[i].n = int32(len(e.key))
		}
	}
	return t
}

// filterOf is a filter over the hashes of t.
func filterOf[T any](t *hashTable[T]) Filter {
	f := NewFilter(len(t.keys))
	for _, s := range t.slots {
		if s.idx != 0 {
			f.Add(s.hash)
		}
	}
	return f
}

func newCueIndex(cues map[string]Set) *cueIndex {
	x := &cueIndex{ids: map[string]int{}}
	var names []string
	for name := range cues {
		names = append(names, name)
	}
	sort.Strings(names)
	x.n = len(names)
	x.words = (x.n + 63) / 64
	first, prefixed := map[string][]setPhrase{}, map[string][]setPhrase{}
	pairFirst := map[string][]int{}
	type pair struct{ k1, k2 string }
	pairs := map[pair][]setPhrase{}
	for id, name := range names {
		x.ids[name] = id
		if cues[name].d == nil {
			continue
		}
		for _, ph := range cues[name].d.all {
			sp := newSetPhrase(id, ph)
			switch w := ph[0]; {
			case w.Prefix && utf8.RuneCountInString(w.Key) >= 2:
				prefixed[w.Key] = append(prefixed[w.Key], sp)
			// A prefix of one rune is found, as Set.Match finds it, only
			// where a reading is that rune: as a whole word.
			case len(ph) > 1 && !ph[1].Prefix:
				p := pair{w.Key, ph[1].Key}
				pairs[p] = append(pairs[p], sp)
				if ids := pairFirst[w.Key]; !slices.Contains(ids, id) {
					pairFirst[w.Key] = append(ids, id)
				}
			default:
				first[w.Key] = append(first[w.Key], sp)
			}
		}
	}
	x.names = newNameTable(names)
	x.first = byHash(first)
	x.pairFirst = byHash(pairFirst)
	heads, heads3 := map[string][]prefixPhrases{}, map[string][]prefixPhrases{}
	for _, p := range slices.Sorted(maps.Keys(prefixed)) {
		pp := prefixPhrases{prefix: p, phs: prefixed[p]}
		// A valid prefix of three runes starts a key only where the key's
		// first three runes are its own.
		if h := arabic.Head3(p); utf8.ValidString(p) && utf8.RuneCountInString(p) >= 3 {
			heads3[h] = append(heads3[h], pp)
		} else {
			h = arabic.Head(p)
			heads[h] = append(heads[h], pp)
		}
	}
	x.prefixed, x.prefixed3 = byHash(heads), byHash(heads3)
	x.heads = NewFilter(len(prefixed))
	for p := range prefixed {
		x.heads.Add(arabic.KeyHash(arabic.Head(p)))
	}
	ps := make([]pair, 0, len(pairs))
	for p := range pairs {
		ps = append(ps, p)
	}
	slices.SortFunc(ps, func(a, b pair) int { return cmp.Or(strings.Compare(a.k1, b.k1), strings.Compare(a.k2, b.k2)) })
	es := make([]keyed[setPhrase], len(ps))
	hs := make([]uint64, len(ps))
	for i, p := range ps {
		es[i] = keyed[setPhrase]{key: p.k1, key2: p.k2, phs: pairs[p]}
		hs[i] = pairHash(arabic.KeyHash(p.k1), arabic.KeyHash(p.k2))
	}
	x.pairs = newHashTable(es, hs)
	x.pairStart = NewFilter(len(ps))
	for _, p := range ps {
		x.pairStart.Add(arabic.KeyHash(p.k1))
	}
	x.firstFilter, x.pairFilter = filterOf(&x.first), filterOf(&x.pairs)
	x.prefixFilter, x.prefix3Filter = filterOf(&x.prefixed), filterOf(&x.prefixed3)
	for id, name := range names {
		if d := cues[name].d; d != nil {
			d.index, d.id = x, id
		}
	}
	return x
}

// Hits are the positions where each cue set of a Rules matches in one
// token sequence: Set.Match > 0 for every set, found in one pass.
type Hits struct {
	r    *Rules
	toks []arabic.Token
	hits []hit // by position
	// seen has bit id set when set id matches somewhere, for ids below
	// len(seen)*64: Of answers a set that never matches without a scan.
	seen [4]uint64
}

type hit struct{ set, pos int32 }

// Hits matches every cue set over toks. It reads the sets as Load made
// them.
func (r *Rules) Hits(toks []arabic.Token) Hits {
	h := Hits{r: r, toks: toks}
	x := r.index
	if x == nil {
		return h
	}
	var buf [256]int32
	done := buf[:] // by set, 1 + the last token it was found at
	if x.n > len(buf) {
		done = make([]int32, x.n)
	}
	var hbuf [64]hit
	hits := hbuf[:0] // on the stack; copied out once at the end
	for i := range toks {
		var next []arabic.Variant // the readings a second word may have
		if i+1 < len(toks) && !toks[i+1].Break {
			next = toks[i+1].Variants
		}
		if c := x.cuesOf(&toks[i]); c != nil {
			hits = c.hitsAt(hits, done, toks, i, next)
		} else {
			hits = x.probeAt(hits, done, toks, i, next)
		}
	}
	for _, m := range hits {
		if int(m.set) < len(h.seen)*64 {
			h.seen[m.set>>6] |= 1 << (m.set & 63)
		}
	}
	h.hits = x.hits.clone(hits)
	return h
}

// probeAt is the body of Hits at token i for a word without wordCues:
// the index probed with each reading; next are the readings of the token
// after i when no break comes between.
func (x *cueIndex) probeAt(hits []hit, done []int32, toks []arabic.Token, i int, next []arabic.Variant) []hit {
	vs := toks[i].Variants
	for k := range vs {
		v := &vs[k]
		hv := v.Hash()
		if x.firstFilter.MayHave(hv) {
			hits = x.matchAt(hits, done, lookup(&x.first, hv, v.Key), toks, i, 1) // word 0 is v.Key
		}
		if len(next) > 0 && x.pairStart.MayHave(hv) {
			for j := range next {
				w := &next[j]
				if hp := pairHash(hv, w.Hash()); x.pairFilter.MayHave(hp) {
					hits = x.matchAt(hits, done, lookupPair(&x.pairs, hp, v.Key, w.Key), toks, i, 2)
				}
			}
		}
		if hh := v.HeadHash(); x.heads.MayHave(hh) {
			if h := v.Head3Hash(); x.prefix3Filter.MayHave(h) {
				hits = x.prefixesAt(hits, done, v, lookup(&x.prefixed3, h, arabic.Head3(v.Key)), toks, i)
			}
			if x.prefixFilter.MayHave(hh) {
				hits = x.prefixesAt(hits, done, v, lookup(&x.prefixed, hh, arabic.Head(v.Key)), toks, i)
			}
		}
	}
	return hits
}

// prefixesAt records the sets of the phrases of ps whose prefix first
// word starts the reading v of token i.
func (x *cueIndex) prefixesAt(hits []hit, done []int32, v *arabic.Variant, ps []prefixPhrases, toks []arabic.Token, i int) []hit {
	for _, p := range ps {
		if strings.HasPrefix(v.Key, p.prefix) {
			hits = x.matchAt(hits, done, p.phs, toks, i, 1) // word 0 starts v.Key
		}
	}
	return hits
}

// matchAt records the sets not yet found at token i that one of phs
// matches there; the words of each phrase before word from are known to
// match.
func (x *cueIndex) matchAt(hits []hit, done []int32, phs []setPhrase, toks []arabic.Token, i, from int) []hit {
	for k := range phs {
		sp := &phs[k]
		if done[sp.set] != int32(i+1) && sp.matchFrom(toks, i, from) {
			done[sp.set] = int32(i + 1)
			hits = append(hits, hit{set: int32(sp.set), pos: int32(i)})
		}
	}
	return hits
}

// Len is the number of matches found: 0 means that no set Load made
// matches anywhere in the tokens.
func (h Hits) Len() int { return len(h.hits) }

// Of returns the positions, in order, where the cue set name matches: the
// i with r.Cues[name].Match(toks, i) > 0. Its receiver is a pointer: a
// Hits is 88 bytes, and the extractor asks a sentence's Hits for many sets.
func (h *Hits) Of(name string) []int {
	if h.r == nil {
		return nil
	}
	id, ok := -1, false
	if h.r.index != nil {
		id, ok = h.r.index.names.get(name)
	}
	if !ok {
		return h.scan(h.r.Cues[name]) // a set added after Load: match it directly
	}
	if h.never(id) {
		return nil // most questions: no call past the test
	}
	return h.collect(id)
}

// OfCue is Of for the set that Cue(id) returns.
func (h *Hits) OfCue(id CueID) []int {
	if h.r == nil {
		return nil
	}
	if x := int(h.r.cueIndex[id]) - 1; x >= 0 && h.r.index != nil {
		if h.never(x) {
			return nil
		}
		return h.collect(x)
	}
	return h.scan(h.r.cues[id])
}

// scan is Of for a set the index does not hold: Match at every token.
func (h *Hits) scan(set Set) []int {
	var out []int
	for i := range h.toks {
		if set.Match(h.toks, i) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// never reports that set id matches nowhere, as seen knows.
func (h *Hits) never(id int) bool {
	u := uint(id)
	return u < uint(len(h.seen)*64) && h.seen[u>>6]&(1<<(u&63)) == 0
}

// collect is Of for the set of index id, which may match: its positions,
// by one pass over the matches.
func (h *Hits) collect(id int) []int {
	var buf [32]int // one pass into the stack, then a slice of the size found
	out := buf[:0]
	for _, x := range h.hits {
		if int(x.set) == id {
			out = append(out, int(x.pos))
		}
	}
	return h.r.index.ints.clone(out)
}
