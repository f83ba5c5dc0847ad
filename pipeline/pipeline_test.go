package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/nisba/nisba/corpus"
	"github.com/nisba/nisba/model"
)

// words is a stand-in extractor: one entity per distinct word of the
// article, so the resolver's output depends on every article's text.
type words struct{ calls atomic.Int64 }

func (w *words) Extract(meta model.Article, text string) []string {
	w.calls.Add(1)
	return append([]string{"article:" + meta.ID}, strings.Fields(text)...)
}

// order records the order results arrive in, which must be file order.
type order struct {
	seen []string
	ents map[string]bool
}

func (o *order) Add(ws []string) {
	o.seen = append(o.seen, ws[0])
	for _, w := range ws[1:] {
		o.ents[w] = true
	}
}

func (o *order) Document() *model.Document {
	d := &model.Document{}
	for _, id := range o.seen {
		d.Articles = append(d.Articles, model.Article{ID: id})
	}
	for e := range o.ents {
		d.Entities = append(d.Entities, model.Entity{ID: e, Type: model.TypeCity, Name: e})
	}
	d.Sort()
	return d
}

func corpusDir(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	var files []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		text := fmt.Sprintf("سقطت قذيفة رقم %d قرب القاعدة\n", i%7)
		if i%10 == 3 {
			text = "" // an empty file: a problem, not a stop
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	return files
}

func TestDeterministicForAnyWorkers(t *testing.T) {
	files := corpusDir(t, 60)
	var want string
	for _, workers := range []int{1, 2, 3, 8, 32} {
		o := &order{ents: map[string]bool{}}
		var last Progress
		var done, failed int
		doc, probs, err := Extract(context.Background(), files, nil, &words{}, o, Options{Workers: workers,
			Progress: func(p Progress) { last = p }, Done: func(model.Article) { done++ }, Failed: func(corpus.Problem) { failed++ }})
		if err != nil {
			t.Fatal(err)
		}
		if len(probs) != 6 || !errors.Is(probs[0].Err, corpus.ErrEmpty) || probs[0].Path != files[3] {
			t.Fatalf("workers=%d: problems = %v", workers, probs)
		}
		if last != (Progress{Files: 60, Processed: 60, Extracted: 54, Failed: 6}) || done != 54 || failed != 6 {
			t.Errorf("workers=%d: progress %+v, done %d, failed %d", workers, last, done, failed)
		}
		got := fmt.Sprint(o.seen, doc.Entities)
		if !strings.HasPrefix(o.seen[0], "article:a000") || !strings.HasPrefix(o.seen[53], "article:a059") {
			t.Errorf("workers=%d: not in file order: %v", workers, o.seen)
		}
		if want == "" {
			want = got
		} else if got != want {
			t.Errorf("workers=%d: output differs from workers=1", workers)
		}
	}
}

func TestSkip(t *testing.T) {
	files := corpusDir(t, 10)
	x := &words{}
	o := &order{ents: map[string]bool{}}
	var last Progress
	_, _, err := Extract(context.Background(), files, nil, x, o, Options{
		Skip:     func(a model.Article) bool { return a.ID < "a005" },
		Progress: func(p Progress) { last = p },
	})
	if err != nil {
		t.Fatal(err)
	}
	// a003 is empty and fails before Skip is asked.
	if x.calls.Load() != 5 || last.Skipped != 4 || last.Failed != 1 {
		t.Errorf("calls=%d progress=%+v", x.calls.Load(), last)
	}
}

func TestCancel(t *testing.T) {
	files := corpusDir(t, 200)
	ctx, cancel := context.WithCancel(context.Background())
	o := &order{ents: map[string]bool{}}
	_, _, err := Extract(ctx, files, nil, &words{}, o, Options{Workers: 2, Progress: func(p Progress) {
		if p.Processed == 10 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if len(o.seen) >= 200 {
		t.Errorf("cancel did not stop the run: %d articles", len(o.seen))
	}
}

func BenchmarkPipeline(b *testing.B) {
	dir := b.TempDir()
	var files []string
	for i := range 500 {
		p := filepath.Join(dir, fmt.Sprintf("b%04d.txt", i))
		if err := os.WriteFile(p, []byte(strings.Repeat("استهدف هجوم بطائرة مسيّرة قاعدة عسكرية. ", 50)), 0o644); err != nil {
			b.Fatal(err)
		}
		files = append(files, p)
	}
	b.ResetTimer()
	for b.Loop() {
		o := &order{ents: map[string]bool{}}
		if _, _, err := Extract(context.Background(), files, nil, &words{}, o, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// noted is a result that gives its article back with a note, as
// extract.Result does.
type noted struct{ meta model.Article }

func (n noted) ArticleMeta() model.Article { return n.meta }

type noter struct{}

func (noter) Extract(meta model.Article, text string) noted {
	meta.Notes = append(meta.Notes, "noted "+meta.ID)
	return noted{meta}
}

type keep struct{ n int }

func (k *keep) Add(noted)                 { k.n++ }
func (k *keep) Document() *model.Document { return &model.Document{} }

// TestDoneGetsNotes checks that Done sees each article with what its
// extraction noted, so that the command line can report it.
func TestDoneGetsNotes(t *testing.T) {
	files := corpusDir(t, 4)
	var got []string
	_, _, err := Extract(context.Background(), files, nil, noter{}, &keep{}, Options{
		Done: func(a model.Article) { got = append(got, strings.Join(a.Notes, ",")) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "noted a000,noted a001,noted a002"; strings.Join(got, ",") != want {
		t.Errorf("notes seen by Done: %q, want %q", got, want)
	}
}
