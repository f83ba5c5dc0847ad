package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"

	"github.com/nisba/nisba/corpus"
	"github.com/nisba/nisba/model"
)

// StreamOptions tune Stream.
type StreamOptions struct {
	// Chunk is the number of extracted articles between two sends
	// (default 1000).
	Chunk int
	// Send receives each chunk's document, from one goroutine, in order.
	// Extraction waits while it runs; an error stops the stream.
	Send func(ctx context.Context, delta *model.Document) error
}

// Stream is Extract for corpora too big to load in one go: every Chunk
// articles it hands Send a self-contained document of what is new or changed
// in the resolved graph since the last send (with the entities and attacks
// those items refer to, so it validates on its own). The resolver keeps its
// state, so an attack reported again in a later chunk is the same attack,
// updated by upsert. Items the resolver later folds into others (a short
// name merged into a full one) may stay behind as extra nodes: Extract +
// one load is exact, Stream is incremental.
func Stream[R any](ctx context.Context, files []string, meta corpus.Meta, x Extractor[R], r Resolver[R], opts Options, so StreamOptions) ([]corpus.Problem, error) {
	if so.Send == nil {
		return nil, fmt.Errorf("stream: no Send function")
	}
	chunk := so.Chunk
	if chunk <= 0 {
		chunk = 1000
	}
	d := &differ{sent: map[string][32]byte{}}
	unsent := 0
	after := func(ctx context.Context, extracted, last bool) error {
		if extracted {
			unsent++
		}
		if unsent == 0 || (unsent < chunk && !last) {
			return nil
		}
		unsent = 0
		delta := d.delta(r.Document())
		if delta == nil {
			return nil
		}
		return so.Send(ctx, delta)
	}
	return run(ctx, files, meta, x, r, opts, after)
}

// differ remembers a digest of every item it has sent.
type differ struct {
	sent map[string][32]byte
}

// changed reports whether the item is new or different, and remembers it.
// An item that cannot be encoded (never the case for model types) counts
// as changed, so it is sent rather than lost.
func (d *differ) changed(key string, v any) bool {
	b, err := json.Marshal(v)
	if err != nil {
		return true
	}
	sum := sha256.Sum256(b)
	if old, ok := d.sent[key]; ok && old == sum {
		return false
	}
	d.sent[key] = sum
	return true
}

// delta returns the new and changed items of doc, closed over references,
// or nil when nothing changed.
func (d *differ) delta(doc *model.Document) *model.Document {
	out := &model.Document{}
	ents := map[string]bool{}
	attacks := map[string]bool{}
	for _, a := range doc.Articles {
		if d.changed("article/"+a.ID, a) {
			out.Articles = append(out.Articles, a)
		}
	}
	for _, e := range doc.Entities {
		if d.changed("entity/"+e.ID, e) {
			ents[e.ID] = true
		}
	}
	for _, a := range doc.Attacks {
		if d.changed("attack/"+a.ID, a) {
			attacks[a.ID] = true
		}
	}
	for _, r := range doc.Retaliations {
		if d.changed("retaliation/"+r.ID, r) {
			out.Retaliations = append(out.Retaliations, r)
			if r.RespondsTo != nil {
				attacks[*r.RespondsTo] = true
			}
			ents[r.Actor] = true
			mark(ents, r.Targets...)
		}
	}
	for _, r := range doc.Relations {
		key := "relation/" + r.From + "/" + r.Type + "/" + r.To
		if d.changed(key, r) {
			out.Relations = append(out.Relations, r)
			mark(ents, r.From, r.To)
		}
	}
	for _, a := range doc.Attacks {
		if attacks[a.ID] {
			out.Attacks = append(out.Attacks, a)
			mark(ents, a.Target)
			mark(ents, a.Attackers...)
			mark(ents, a.LaunchedFrom...)
			for _, at := range a.Attributions {
				mark(ents, at.Accused, at.Claimant)
			}
		}
	}
	for _, e := range doc.Entities {
		if ents[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	if len(out.Articles)+len(out.Entities)+len(out.Attacks)+len(out.Retaliations)+len(out.Relations) == 0 {
		return nil
	}
	return out
}

func mark(set map[string]bool, ids ...string) {
	for _, id := range ids {
		if id != "" {
			set[id] = true
		}
	}
}
