package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"github.com/nisba/nisba/corpus"
	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/gen"
	"github.com/nisba/nisba/model"
)

// synthetic writes a generated corpus in which attacks are reported by
// several articles, so chunks must update what earlier chunks sent.
func synthetic(t *testing.T, lex *lexicon.Lexicon, n int) ([]string, corpus.Meta) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "synth")
	if _, err := gen.Generate(gen.Options{N: n, Seed: 3, Dir: dir, Lexicon: lex}); err != nil {
		t.Fatal(err)
	}
	files, probs := corpus.Walk([]string{dir}, corpus.Options{})
	meta, mprobs := corpus.LoadMeta([]string{dir}, files, nil)
	if len(probs)+len(mprobs) != 0 || len(files) != n {
		t.Fatalf("walk: %d files, problems %v %v", len(files), probs, mprobs)
	}
	return files, meta
}

func TestStreamAddsUpToExtract(t *testing.T) {
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	files, meta := synthetic(t, lex, 60)
	ctx := context.Background()
	full, _, err := Extract(ctx, files, meta, extract.New(lex), extract.NewResolver(lex), Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	merged := map[string]string{}
	sends := 0
	_, err = Stream(ctx, files, meta, extract.New(lex), extract.NewResolver(lex), Options{Workers: 3}, StreamOptions{
		Chunk: 7,
		Send: func(_ context.Context, d *model.Document) error {
			sends++
			if err := d.Validate(); err != nil {
				t.Errorf("send %d does not stand alone: %v", sends, err)
			}
			for k, v := range items(d) {
				merged[k] = v
			}
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if sends < 60/7 {
		t.Errorf("%d sends for 60 articles in chunks of 7", sends)
	}
	want := items(full)
	for k, v := range want {
		if merged[k] != v {
			t.Errorf("%s: streamed version differs from the one-shot document", k)
		}
	}
	t.Logf("%d items, %d sends, %d streamed items the final graph folded away", len(want), sends, len(merged)-len(want))
}

func TestStreamSendErrorStops(t *testing.T) {
	files := corpusDir(t, 50)
	boom := errors.New("dgraph went away")
	o := &order{ents: map[string]bool{}}
	_, err := Stream(context.Background(), files, nil, &words{}, o, Options{Workers: 2}, StreamOptions{
		Chunk: 5,
		Send:  func(context.Context, *model.Document) error { return boom },
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the send error", err)
	}
	if len(o.seen) >= 45 {
		t.Errorf("extraction went on after the send failed: %d articles", len(o.seen))
	}
}

// items flattens a document to id → JSON of each item.
func items(d *model.Document) map[string]string {
	out := map[string]string{}
	put := func(k string, v any) {
		b, _ := json.Marshal(v)
		out[k] = string(b)
	}
	for _, a := range d.Articles {
		put("article/"+a.ID, a)
	}
	for _, e := range d.Entities {
		put("entity/"+e.ID, e)
	}
	for _, a := range d.Attacks {
		put("attack/"+a.ID, a)
	}
	for _, r := range d.Retaliations {
		put("retaliation/"+r.ID, r)
	}
	for _, r := range d.Relations {
		put("relation/"+r.From+"/"+r.Type+"/"+r.To, r)
	}
	return out
}
