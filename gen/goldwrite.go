package gen

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/nisba/nisba/model"
)

// writeGold writes gold.json, streaming the article list back from the
// metadata file so memory stays flat in the number of articles.
func (g *generator) writeGold() error {
	f, err := os.Create(filepath.Join(g.opts.Dir, GoldFile))
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	w.WriteString("{\n \"articles\": [")
	if err := g.streamArticles(w); err != nil {
		return err
	}
	w.WriteString("\n ]")
	err = errors.Join(writeList(w, "entities", g.gold.entities()), writeList(w, "attacks", g.gold.attacks),
		writeList(w, "retaliations", g.gold.rets), writeList(w, "relations", g.gold.relations()))
	if err != nil {
		return err
	}
	w.WriteString("\n}\n")
	if err := w.Flush(); err != nil {
		return fmt.Errorf("gen: write gold: %w", err)
	}
	return f.Close()
}

func (g *generator) streamArticles(w *bufio.Writer) error {
	f, err := os.Open(filepath.Join(g.opts.Dir, MetaFile))
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	sep := "\n  "
	for sc.Scan() {
		var m metaLine
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return fmt.Errorf("gen: reread meta: %w", err)
		}
		b, err := marshal(model.Article{ID: m.ID, Published: m.Published, Outlet: m.Outlet})
		if err != nil {
			return err
		}
		w.WriteString(sep)
		w.Write(b)
		sep = ",\n  "
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("gen: reread meta: %w", err)
	}
	return nil
}

// writeList writes `,"key": [...]` with one compact element a line.
func writeList[T any](w *bufio.Writer, key string, l []T) error {
	fmt.Fprintf(w, ",\n %q: [", key)
	for i, x := range l {
		b, err := marshal(x)
		if err != nil {
			return fmt.Errorf("gen: gold %s: %w", key, err)
		}
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteString("\n  ")
		w.Write(b)
	}
	w.WriteString("\n ]")
	return nil
}

// marshal is compact JSON without HTML escaping.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
