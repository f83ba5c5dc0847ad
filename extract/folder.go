package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
)

// Folder extracts every *.txt article of dir (metadata from *.meta.jsonl
// lines {"id","published","outlet","title"}; the id is the file's base name)
// and resolves them into one document. It is a helper for tests and
// development; the corpus package is the reader for real inputs.
func Folder(x *Extractor, lex *lexicon.Lexicon, dir string) (*model.Document, error) {
	meta, err := readMeta(dir)
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	sort.Strings(files)
	r := NewResolver(lex)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read article %s: %w", f, err)
		}
		id := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		m, ok := meta[id]
		if !ok {
			m = model.Article{ID: id}
		}
		r.Add(x.Extract(m, string(b)))
	}
	return r.Document(), nil
}

func readMeta(dir string) (map[string]model.Article, error) {
	out := map[string]model.Article{}
	files, _ := filepath.Glob(filepath.Join(dir, "*.meta.jsonl"))
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("read metadata %s: %w", f, err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" {
				continue
			}
			var a model.Article
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				fh.Close()
				return nil, fmt.Errorf("read metadata %s: %w", f, err)
			}
			out[a.ID] = a
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read metadata %s: %w", f, err)
		}
	}
	return out, nil
}
