package bench

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/nisba/nisba/graph"
	"github.com/nisba/nisba/model"
)

// Latency is the distribution of one query's response times.
type Latency struct {
	Query         string
	N             int
	P50, P95, P99 time.Duration
}

// percentile is the nearest-rank percentile of sorted durations.
func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	i := int(p/100*float64(len(d))+0.999999) - 1
	return d[min(max(i, 0), len(d)-1)]
}

func summarize(name string, d []time.Duration) Latency {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return Latency{Query: name, N: len(d), P50: percentile(d, 50), P95: percentile(d, 95), P99: percentile(d, 99)}
}

// attackIDs picks up to k attacks with attributions, spread over the document.
func attackIDs(doc *model.Document, k int) []string {
	var ids []string
	for _, a := range doc.Attacks {
		if len(a.Attributions) > 0 {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) == 0 {
		for _, a := range doc.Attacks {
			ids = append(ids, a.ID)
		}
	}
	if len(ids) <= k {
		return ids
	}
	step := len(ids) / k
	out := make([]string, 0, k)
	for i := 0; i < k; i++ {
		out = append(out, ids[i*step])
	}
	return out
}

// ChainLatency runs the named query (GraphQL or DQL, by graph.NamedQuery)
// n times over attacks of doc, after a warm-up pass, and returns the
// distribution.
func ChainLatency(ctx context.Context, cl *graph.Client, doc *model.Document, name string, n int) (Latency, error) {
	text, isDQL, ok := graph.NamedQuery(name)
	if !ok {
		return Latency{}, fmt.Errorf("bench: no built-in query %q", name)
	}
	ids := attackIDs(doc, 100)
	if len(ids) == 0 {
		return Latency{}, fmt.Errorf("bench: no attacks to query")
	}
	run := func(id string) error {
		var err error
		if isDQL {
			_, err = cl.DQL(ctx, text, map[string]string{"$attack": id})
		} else {
			_, err = cl.GraphQL(ctx, text, map[string]any{"attack": id})
		}
		return err
	}
	for _, id := range ids {
		if err := run(id); err != nil {
			return Latency{}, fmt.Errorf("bench: query %s: %w", name, err)
		}
	}
	d := make([]time.Duration, 0, n)
	for i := 0; i < n; i++ {
		start := time.Now()
		if err := run(ids[i%len(ids)]); err != nil {
			return Latency{}, fmt.Errorf("bench: query %s: %w", name, err)
		}
		d = append(d, time.Since(start))
	}
	return summarize(name, d), nil
}
