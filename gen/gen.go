// Package gen writes a deterministic synthetic corpus of Arabic news articles
// about attacks on bases, with its gold annotation, for benchmarks at scale.
package gen

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/nisba/nisba/extract/lexicon"
)

// Options says what to generate.
type Options struct {
	N       int    // articles
	Seed    int64  // same seed, same bytes
	Dir     string // output directory (created)
	Lexicon *lexicon.Lexicon
}

// Stats describes what was written.
type Stats struct {
	Articles     int
	Bytes        int64 // article text bytes
	Attacks      int   // distinct gold attacks
	Reports      int   // articles that report an attack
	NoAttack     int   // articles without an attack
	Retaliations int
	Entities     int
}

// MetaFile and GoldFile are the names written beside the articles.
const (
	MetaFile = "corpus.meta.jsonl"
	GoldFile = "gold.json"
)

// Sentinel errors.
var (
	// ErrOptions marks unusable options.
	ErrOptions = errors.New("gen: bad options")
)

// epoch is the first day events may fall on.
var epoch = time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)

// Generate writes opts.N articles (<id>.txt), corpus.meta.jsonl and gold.json
// into opts.Dir. Articles are written as they are made; only the gold's
// distinct facts are kept in memory.
func Generate(opts Options) (Stats, error) {
	if opts.Dir == "" {
		return Stats{}, fmt.Errorf("%w: empty Dir", ErrOptions)
	}
	if opts.N < 0 {
		return Stats{}, fmt.Errorf("%w: negative N %d", ErrOptions, opts.N)
	}
	p := newPool(opts.Lexicon)
	if len(p.bases) == 0 || len(p.groups) == 0 || len(p.forces) == 0 {
		return Stats{}, fmt.Errorf("%w: no bases, armed groups or forces to write about", ErrOptions)
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return Stats{}, fmt.Errorf("gen: %w", err)
	}
	meta, err := os.Create(filepath.Join(opts.Dir, MetaFile))
	if err != nil {
		return Stats{}, fmt.Errorf("gen: %w", err)
	}
	defer meta.Close()
	g := &generator{
		opts: opts, p: p, gold: newGoldSet(), meta: bufio.NewWriter(meta),
		r:    rand.New(rand.NewPCG(uint64(opts.Seed), 0x6e69736261)),
		used: map[string]bool{}, span: spanDays(opts.N),
	}
	if err := g.run(); err != nil {
		return g.stats, err
	}
	if err := g.meta.Flush(); err != nil {
		return g.stats, fmt.Errorf("gen: write meta: %w", err)
	}
	if err := meta.Close(); err != nil {
		return g.stats, fmt.Errorf("gen: write meta: %w", err)
	}
	g.stats.Entities = len(g.gold.ents)
	return g.stats, g.writeGold()
}

// spanDays spreads events so that (base, day) pairs rarely repeat.
func spanDays(n int) int { return max(730, min(4000, n/3)) }

type generator struct {
	opts  Options
	p     *pool
	gold  *goldSet
	meta  *bufio.Writer
	r     *rand.Rand
	used  map[string]bool // base id + day of every attack
	span  int
	next  int // next article number
	stats Stats
}

func (g *generator) run() error {
	for g.next < g.opts.N {
		var err error
		if g.r.IntN(100) < 12 {
			err = g.quietArticle()
		} else {
			err = g.attackStory()
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (g *generator) articleID() string {
	id := ArticleID(g.next)
	g.next++
	return id
}

// ArticleID is the id (and file base name) of the i-th generated article.
func ArticleID(i int) string { return fmt.Sprintf("gen%07d", i) }

// metaLine is one line of corpus.meta.jsonl.
type metaLine struct {
	ID        string `json:"id"`
	Published string `json:"published,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Title     string `json:"title,omitempty"`
}

var outlets = []string{"الشرق الأوسط", "العربي الجديد", "عنب بلدي", "السومرية نيوز", "روداو عربية",
	"الحرة", "المدن", "نورث برس", "شفق نيوز", "الغد"}

// emit writes one article and its metadata line.
func (g *generator) emit(id string, pub time.Time, hasPub bool, title, text string) error {
	if err := os.WriteFile(filepath.Join(g.opts.Dir, id+".txt"), []byte(text), 0o644); err != nil {
		return fmt.Errorf("gen: write article %q: %w", id, err)
	}
	m := metaLine{ID: id, Outlet: outlets[g.r.IntN(len(outlets))], Title: title}
	if hasPub {
		m.Published = pub.Format(isoDay)
	}
	b, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("gen: meta %q: %w", id, err)
	}
	g.meta.Write(append(b, '\n'))
	g.stats.Articles++
	g.stats.Bytes += int64(len(text))
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
