package graph

import (
	"context"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/nisba/nisba/internal/dgraphtest"
)

func TestExpLookup(t *testing.T) {
	c := dgraphtest.Start(t)
	cl := dial(t, c)
	doc := perfDoc(5000)
	sum := load(t, cl, doc, LoadOptions{})
	t.Logf("load %+v", sum)
	nodes := plan(doc)
	xids := make([]string, len(nodes))
	for i := range nodes {
		xids[i] = nodes[i].XID
	}
	for _, chunk := range []int{250, 1000, 4000} {
		for _, conc := range []int{1, 2, 4} {
			t0 := time.Now()
			g, ctx := errgroup.WithContext(context.Background())
			g.SetLimit(conc)
			for lo := 0; lo < len(xids); lo += chunk {
				ch := xids[lo:min(lo+chunk, len(xids))]
				g.Go(func() error { _, err := cl.lookupXIDs(ctx, ch); return err })
			}
			if err := g.Wait(); err != nil {
				t.Fatal(err)
			}
			t.Logf("chunk %d conc %d: %v for %d xids", chunk, conc, time.Since(t0), len(xids))
		}
	}
	t0 := time.Now()
	again := load(t, cl, doc, LoadOptions{})
	t.Logf("reload %v %+v", time.Since(t0), again)
}
