// Package extract turns one Arabic news article into entities, attacks,
// attributions, retaliations and relations, and resolves them across
// articles into one model.Document.
package extract

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/extract/rules"
	"github.com/nisba/nisba/model"
)

// Extractor reads articles with one lexicon and one rule set. It is safe
// for concurrent use; its only mutable state is a bounded cache of word
// readings (arabic.Tokenizer) and a pool of memory for sentences and
// tokens, neither of which changes any result.
type Extractor struct {
	lex   *lexicon.Lexicon
	rules *rules.Rules
	adj   map[string]*lexicon.Entry // country adjective key -> country
	bases map[string][]string       // town id -> bases located in it
	// first maps the first word of a lexicon key to the longest key it
	// starts, in words; firstWeak the same for weak aliases. A token whose
	// readings start no key is skipped without building any window.
	first, firstWeak map[string]int
	idx              keyIndex
	tokens           *arabic.Tokenizer // shared word readings, for newArticle
	scratch          sync.Pool         // *scratch, an article's sentences and tokens
	groupNoun        rules.Set         // Cues["group_noun"], tried at every token
	// nameWords are, by lexicon entry id, the words of the keys of the
	// entry's name and aliases (article.nameWords).
	nameWords map[string]map[string]bool
	// definiteFirst and definiteFirstWeak hold the keys of the names (and
	// of the weak aliases) some of which open with the article: the others
	// open with a construct's head (constructHeadDefinite).
	definiteFirst, definiteFirstWeak map[string]bool
	// officials and baseNames map the first word of an official's or a
	// base's name key to the entries and words of those keys (nearName).
	officials, baseNames map[string][]entryName
	err                  error
	// failStep, set only by tests, makes that step panic in every
	// sentence, to check that the article's other findings survive.
	failStep string
}

// Result is what one article yields. Entity ids are final; attack and
// retaliation ids are provisional until the Resolver merges them.
type Result struct {
	Article      model.Article
	Entities     []model.Entity
	Attacks      []model.Attack
	Retaliations []model.Retaliation
	Relations    []model.Relation
	Notes        []string
	// sameBases are pairs of bases the article names as one ("قاعدة X
	// (Y)"): the resolver reads the first as the second in every article.
	sameBases [][2]string
}

// ArticleMeta is the article as extraction left it, with its notes.
func (r *Result) ArticleMeta() model.Article { return r.Article }

// New builds an extractor over lex. A nil lexicon is treated as empty.
func New(lex *lexicon.Lexicon) *Extractor {
	x := &Extractor{lex: lex, adj: map[string]*lexicon.Entry{}, bases: map[string][]string{},
		first: map[string]int{}, firstWeak: map[string]int{}, tokens: arabic.NewTokenizer(),
		nameWords: map[string]map[string]bool{}, definiteFirst: map[string]bool{}, definiteFirstWeak: map[string]bool{},
		officials: map[string][]entryName{}, baseNames: map[string][]entryName{}}
	r, err := rules.Load()
	if err != nil {
		x.err = err
		r = &rules.Rules{Cues: map[string]rules.Set{}, Triggers: map[string]rules.Trigger{},
			Stop: map[string]bool{}, Generic: map[string]bool{}, Backers: map[string]string{}, Domestic: map[string]bool{}}
	}
	x.rules = r
	x.groupNoun = r.Cue(rules.CueGroupNoun)
	if lex != nil {
		for _, e := range lex.Entries() {
			indexFirst(x.first, e.Names())
			indexFirst(x.firstWeak, e.WeakAliases)
			markDefinite(x.definiteFirst, e.Names())
			markDefinite(x.definiteFirstWeak, e.WeakAliases)
			if le := lex.ByID(e.ID); le != nil { // the entry newEntity copies
				x.nameWords[e.ID] = wordSet(append([]string{le.Name}, le.Aliases...))
			}
			for _, r := range e.Relations {
				if e.Type == model.TypeBase && r.Type == model.RelLocatedIn {
					x.bases[r.To] = append(x.bases[r.To], e.ID)
				}
			}
			var index map[string][]entryName
			switch e.Type {
			case model.TypeOfficial:
				index = x.officials
			case model.TypeBase:
				index = x.baseNames
			}
			if index != nil {
				for _, k := range e.NameKeys() {
					if w := strings.Fields(k); len(w) >= 2 {
						index[w[0]] = append(index[w[0]], entryName{id: e.ID, words: w})
					}
				}
			}
			for _, a := range e.Adjectives {
				if k := arabic.Key(a); k != "" && x.adj[k] == nil {
					x.adj[k] = e
				}
			}
		}
	}
	x.idx = newKeyIndex(x)
	return x
}

// markDefinite notes in m the keys of the names that open with the
// article.
func markDefinite(m map[string]bool, names []string) {
	for _, n := range names {
		if strings.HasPrefix(arabic.Fold(n), "ال") {
			m[arabic.Key(n)] = true
		}
	}
}

// wordSet is the set of the words of the keys of names.
func wordSet(names []string) map[string]bool {
	ws := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.Fields(arabic.Key(n)) {
			ws[w] = true
		}
	}
	return ws
}

// indexFirst records the first word of each name's key with the longest
// length in words.
func indexFirst(m map[string]int, names []string) {
	for _, n := range names {
		w := strings.Fields(arabic.Key(n))
		if len(w) > 0 && len(w) > m[w[0]] {
			m[w[0]] = len(w)
		}
	}
}

// maxInput bounds the text read from one article; the rest is noted and
// skipped.
const maxInput = 4 << 20

// Extract reads one article. It never panics: a problem becomes a note and
// whatever could be read is returned.
func (x *Extractor) Extract(meta model.Article, text string) (res *Result) {
	res = &Result{Article: meta}
	defer func() {
		if p := recover(); p != nil {
			res = &Result{Article: meta, Notes: []string{fmt.Sprintf("extract: internal error: %v", p)}}
			res.Article.Notes = append(res.Article.Notes, res.Notes...)
		}
	}()
	if x.err != nil {
		res.Notes = append(res.Notes, "extract: rules: "+x.err.Error())
	}
	text, notes := cleanText(text)
	res.Notes = append(res.Notes, notes...)
	if meta.Published == "" && x.rules != nil {
		if d, l, ok := x.datelineDay(text); ok {
			meta.Published, res.Article.Published = d, d
			res.Notes = append(res.Notes, "publication day "+d+" read from the date line «"+l+"»")
		}
	}
	if text != "" {
		sc, _ := x.scratch.Get().(*scratch)
		if sc == nil {
			sc = &scratch{}
		}
		a := x.newArticle(meta, text, sc)
		a.run()
		a.fill(res)
		res.Notes = append(res.Notes, a.notes...)
		if sc.release() {
			x.scratch.Put(sc) // not after a panic: the article may be half made
		}
	}
	res.Article.Notes = append(res.Article.Notes, res.Notes...)
	return res
}

// cleanText makes text valid NFC UTF-8 without markup and notes what it met.
func cleanText(text string) (string, []string) {
	var notes []string
	sc := scanText(text) // one pass for the common text, which needs no change
	changed := false
	if !sc.valid {
		text = strings.ToValidUTF8(text, "\uFFFD")
		notes = append(notes, "invalid UTF-8 replaced")
		changed = true
	}
	if len(text) > maxInput {
		text = strings.ToValidUTF8(text[:maxInput], "")
		notes = append(notes, fmt.Sprintf("text longer than %d bytes truncated", maxInput))
		changed = true
	}
	if strings.ContainsRune(text, '<') && strings.ContainsRune(text, '>') {
		if t, ok := stripTags(text); ok {
			text = t
			notes = append(notes, "markup removed")
			changed = true
		}
	}
	if changed {
		sc = scanText(text)
	}
	if !sc.nfc {
		text = norm.NFC.String(text)
		sc = scanText(text)
	}
	if strings.TrimSpace(text) == "" {
		return "", append(notes, "empty text")
	}
	if !sc.arabic {
		notes = append(notes, "no Arabic text")
	}
	if sc.longest > arabic.MaxSentenceRunes {
		notes = append(notes, "very long line split")
	}
	if t, n := blankRelated(text); n > 0 {
		text = t
		notes = append(notes, fmt.Sprintf("%d links to other stories skipped (اقرأ أيضاً …)", n))
	}
	return text, notes
}

// textScan is what one pass over an article finds.
type textScan struct {
	valid   bool // valid UTF-8
	nfc     bool // certainly NFC already: only runes that never compose or reorder
	arabic  bool // has an Arabic letter
	longest int  // runes in the longest line
}

func scanText(s string) textScan {
	sc := textScan{valid: true, nfc: true}
	line, mark := 0, false
	for i := 0; i < len(s); {
		// Runs of ASCII but '\n' and of the letters U+0621..U+064A (D8 A1..
		// D8 BF, D9 80..D9 8A), the bulk of an article, in a tight loop.
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if c == '\n' {
					break
				}
				i++
			} else if i+1 < len(s) && letterPair(c, s[i+1]) {
				sc.arabic = true
				i += 2
			} else {
				break
			}
			line++
		}
		if i > start {
			mark = false
		}
		if i >= len(s) {
			break
		}
		var r rune
		var n int
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			r, n = rune(c), 1
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80: // Arabic script
			r, n = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		default:
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		at := i
		i += n
		switch {
		case r == '\n':
			sc.longest = max(sc.longest, line)
			line, mark = 0, false
			continue
		case r < utf8.RuneSelf:
			mark = false
		case r >= 0x0621 && r <= 0x064A:
			sc.arabic, mark = true, false
		case r >= 0x064B && r <= 0x0652:
			// One haraka composes with nothing; two in a row may need
			// reordering.
			sc.nfc = sc.nfc && !mark
			mark = true
		default:
			if r == utf8.RuneError && !strings.HasPrefix(s[at:], "\uFFFD") {
				sc.valid = false // a bad byte, not a written U+FFFD
			}
			sc.nfc = sc.nfc && arabic.StableNFC(r)
			sc.arabic = sc.arabic || arabic.IsArabicLetter(r)
			mark = false
		}
		line++
	}
	sc.longest = max(sc.longest, line)
	return sc
}

// stripTags removes <...> tags that look like markup (a letter or / after
// <), keeping text; it reports whether any tag was found.
func stripTags(s string) (string, bool) {
	var b strings.Builder
	found := false
	for i := 0; i < len(s); {
		if s[i] == '<' && i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '!' || isASCIILetter(s[i+1])) {
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				b.WriteString(s[i:]) // no tag can close any more
				break
			}
			if j > 0 {
				tag := strings.ToLower(s[i+1 : i+j])
				if isBlockTag(tag) {
					b.WriteByte('\n')
				} else {
					b.WriteByte(' ')
				}
				i += j + 1
				found = true
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	if !found {
		return s, false
	}
	return strings.NewReplacer("&nbsp;", " ", "&amp;", "&", "&quot;", "\"", "&lt;", "<", "&gt;", ">").Replace(b.String()), true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isBlockTag(tag string) bool {
	tag = strings.TrimPrefix(tag, "/")
	name := strings.FieldsFunc(tag, func(r rune) bool { return unicode.IsSpace(r) || r == '/' })
	if len(name) == 0 {
		return false
	}
	switch name[0] {
	case "p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title", "article", "section":
		return true
	}
	return false
}
