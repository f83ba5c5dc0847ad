// Package bench measures nisba at scale: extraction throughput and memory,
// extraction quality against generated gold, load and reload into Dgraph
// against dgraph live, and latency of the built-in queries.
package bench

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nisba/nisba/corpus"
	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/gen"
)

// genVersion changes whenever gen's output changes, to invalidate caches.
const genVersion = 4

// Corpus is a generated corpus on disk.
type Corpus struct {
	Dir   string
	Files []string // article files, in id order
	Meta  corpus.Meta
	Stats gen.Stats
}

// CorpusCache returns the cache directory for generated corpora:
// $NISBA_BENCH_CACHE, else <user cache>/nisba/bench.
func CorpusCache() (string, error) {
	if d := os.Getenv("NISBA_BENCH_CACHE"); d != "" {
		return d, nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		d = os.TempDir()
	}
	return filepath.Join(d, "nisba", "bench"), nil
}

// Generated returns n generated articles for seed, generating them into
// cacheDir the first time. The cache key includes a hash of the lexicon, so
// a grown lexicon gives a fresh corpus.
func Generated(cacheDir string, lex *lexicon.Lexicon, n int, seed int64) (*Corpus, error) {
	dir := filepath.Join(cacheDir, fmt.Sprintf("gen-v%d-n%d-s%d-%s", genVersion, n, seed, lexiconHash(lex)))
	done := filepath.Join(dir, "DONE")
	var st gen.Stats
	if _, err := os.Stat(done); err != nil {
		if err := os.RemoveAll(dir); err != nil {
			return nil, fmt.Errorf("bench: clear %s: %w", dir, err)
		}
		if st, err = gen.Generate(gen.Options{N: n, Seed: seed, Dir: dir, Lexicon: lex}); err != nil {
			return nil, fmt.Errorf("bench: generate %d articles: %w", n, err)
		}
		if err := os.WriteFile(done, []byte(fmt.Sprintf("%+v\n", st)), 0o644); err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
	}
	return openCorpus(dir, n)
}

func openCorpus(dir string, n int) (*Corpus, error) {
	meta, probs := corpus.LoadMeta(nil, nil, []string{filepath.Join(dir, gen.MetaFile)})
	if len(probs) > 0 {
		return nil, fmt.Errorf("bench: corpus metadata: %v", probs[0])
	}
	c := &Corpus{Dir: dir, Meta: meta}
	for i := 0; i < n; i++ {
		c.Files = append(c.Files, filepath.Join(dir, gen.ArticleID(i)+".txt"))
	}
	for _, f := range c.Files {
		st, err := os.Stat(f)
		if err != nil {
			return nil, fmt.Errorf("bench: corpus incomplete: %w", err)
		}
		c.Stats.Bytes += st.Size()
	}
	c.Stats.Articles = len(c.Files)
	return c, nil
}

// Gold reads the corpus's gold file.
func (c *Corpus) Gold() (*eval.Gold, error) {
	f, err := os.Open(filepath.Join(c.Dir, gen.GoldFile))
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer f.Close()
	return eval.ReadGold(f)
}

func lexiconHash(lex *lexicon.Lexicon) string {
	h := sha256.New()
	if lex != nil {
		for _, e := range lex.Entries() {
			fmt.Fprintln(h, e.ID, e.Type, e.Name, e.Aliases, e.Relations, e.Ambiguous)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
