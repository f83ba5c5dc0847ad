package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/nisba/nisba/internal/dgraphtest"
	"github.com/nisba/nisba/localdgraph"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/schema"
)

// perfDoc builds a corpus-shaped document of n attacks: about one article
// per attack (every fifth attack reported twice), bases, militias,
// officials, towns and countries shared across attacks, two attributions per
// attack, a retaliation every tenth attack, and backing and location
// relations, each fact with evidence.
func perfDoc(n int) *model.Document {
	doc := &model.Document{}
	nb, nm, no, nc := max(1, n/40), max(1, n/200), max(1, n/100), max(1, n/50)
	id := func(prefix string, i int) string { return prefix + strconv.Itoa(i) }
	for i := range nb {
		doc.Entities = append(doc.Entities, model.Entity{ID: id("base:perf-", i), Type: model.TypeBase,
			Name: "قاعدة الاختبار " + strconv.Itoa(i), Aliases: []string{"موقع " + strconv.Itoa(i)},
			Location: &model.Point{Lat: 33 + float64(i%100)/50, Lon: 40 + float64(i%70)/40}})
		doc.Relations = append(doc.Relations, model.Relation{From: id("base:perf-", i), Type: model.RelLocatedIn, To: "country:perf"})
	}
	for i := range nm {
		doc.Entities = append(doc.Entities, model.Entity{ID: id("militia:perf-", i), Type: model.TypeMilitia, Name: "فصيل " + strconv.Itoa(i)})
		doc.Relations = append(doc.Relations, model.Relation{From: id("militia:perf-", i), Type: model.RelBackedBy, To: "country:perf"})
	}
	for i := range no {
		doc.Entities = append(doc.Entities, model.Entity{ID: id("official:perf-", i), Type: model.TypeOfficial, Name: "المسؤول " + strconv.Itoa(i)})
	}
	for i := range nc {
		doc.Entities = append(doc.Entities, model.Entity{ID: id("city:perf-", i), Type: model.TypeCity, Name: "بلدة " + strconv.Itoa(i)})
	}
	doc.Entities = append(doc.Entities, model.Entity{ID: "country:perf", Type: model.TypeCountry, Name: "بلد الاختبار"})
	for i := range n {
		perfAttack(doc, i, id("base:perf-", i%nb), id("militia:perf-", i%nm), id("official:perf-", i%no), id("city:perf-", i%nc))
	}
	return doc
}

func perfAttack(doc *model.Document, i int, base, mil, official, city string) {
	art := fmt.Sprintf("perf-%07d", i)
	day := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
	doc.Articles = append(doc.Articles, model.Article{ID: art, Published: day, Outlet: "وكالة الاختبار", Title: "هجوم رقم " + strconv.Itoa(i)})
	arts := []string{art}
	if i%5 == 0 {
		second := art + "-b"
		doc.Articles = append(doc.Articles, model.Article{ID: second, Published: day, Outlet: "صحيفة الاختبار"})
		arts = append(arts, second)
	}
	s1 := ev(art, 0, 50, "استهدف هجوم بطائرات مسيّرة القاعدة رقم "+strconv.Itoa(i))
	s2 := ev(art, 51, 110, "وقال المسؤول إن الفصيل يقف وراء الهجوم "+strconv.Itoa(i))
	atk := fmt.Sprintf("attack:%s:%s:%d", base, day, i)
	doc.Attacks = append(doc.Attacks, model.Attack{ID: atk, Target: base, Date: model.Day(day), DateText: "فجر اليوم",
		Weapons: []string{"drone", "rocket"}, Munitions: 1 + i%4, Attackers: []string{mil}, LaunchedFrom: []string{city},
		Status: model.StatusCarriedOut, Damage: "أضرار طفيفة", Articles: arts, Evidence: []model.Evidence{s1},
		Attributions: []model.Attribution{
			{Accused: mil, Stance: model.StanceClaimed, Evidence: []model.Evidence{s1}},
			{Accused: mil, Claimant: official, Stance: model.StanceAsserted, Evidence: []model.Evidence{s2}},
		}})
	if i%10 == 0 {
		doc.Retaliations = append(doc.Retaliations, model.Retaliation{ID: "retaliation:force:perf:" + art, Actor: "country:perf",
			Targets: []string{mil}, Date: model.Day(day), Weapons: []string{"airstrike"}, RespondsTo: model.Day(atk),
			Articles: []string{art}, Evidence: []model.Evidence{s2}})
	}
}

// grownDoc is doc plus one new article that reports its first attack: a
// reload that the document marker cannot skip.
func grownDoc(doc *model.Document) *model.Document {
	out := *doc
	art := model.Article{ID: "perf-extra", Published: "2024-12-31", Outlet: "مصدر إضافي"}
	out.Articles = append(slices.Clone(doc.Articles), art)
	out.Attacks = slices.Clone(doc.Attacks)
	a := &out.Attacks[0]
	a.Articles = append(slices.Clone(a.Articles), art.ID)
	return &out
}

// perfAttacks is the size of the benchmark document: NISBA_PERF_ATTACKS or 20000.
func perfAttacks(tb testing.TB) int {
	tb.Helper()
	if s := os.Getenv("NISBA_PERF_ATTACKS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			tb.Fatalf("NISBA_PERF_ATTACKS=%q: want a positive number", s)
		}
		return n
	}
	return 20000
}

// writeLoaderFiles writes WriteRDF output and the DQL schema into dir and
// returns their paths and the number of N-Quads.
func writeLoaderFiles(tb testing.TB, dir string, doc *model.Document) (rdfPath, dqlPath string, quads int) {
	tb.Helper()
	var rdf bytes.Buffer
	if err := WriteRDF(&rdf, doc); err != nil {
		tb.Fatal(err)
	}
	dql, err := schema.DQL()
	if err != nil {
		tb.Fatal(err)
	}
	rdfPath, dqlPath = filepath.Join(dir, "g.rdf"), filepath.Join(dir, "g.schema")
	if err := os.WriteFile(rdfPath, rdf.Bytes(), 0o644); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(dqlPath, []byte(dql), 0o644); err != nil {
		tb.Fatal(err)
	}
	return rdfPath, dqlPath, bytes.Count(rdf.Bytes(), []byte("\n"))
}

// runDgraph runs the dgraph binary with args in dir and fails tb on error.
func runDgraph(tb testing.TB, dir string, timeout time.Duration, args ...string) []byte {
	tb.Helper()
	bin, err := localdgraph.BinaryPath(context.Background(), "")
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		tb.Fatalf("dgraph %v: %v\n%s", args, err, out)
	}
	return out
}

// dialTB is dial for benchmarks.
func dialTB(tb testing.TB, c *dgraphtest.Cluster) *Client {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cl, err := Dial(ctx, Options{GRPC: c.GRPC, HTTP: c.HTTP})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { cl.Close() })
	if err := cl.ApplySchema(ctx); err != nil {
		tb.Fatal(err)
	}
	return cl
}

// BenchmarkLoadVsLive loads the same NISBA_PERF_ATTACKS-attack document with
// Load into one fresh cluster and with `dgraph live -U xid` into another,
// then reloads it with Load (unchanged, then with one more article), runs
// `dgraph bulk` on it against a third zero, and reports N-Quads/s and
// articles/s of Load and live and the seconds of each step. Run it once:
//
//	go test ./graph -run '^$' -bench LoadVsLive -benchtime 1x
func BenchmarkLoadVsLive(b *testing.B) {
	n := perfAttacks(b)
	doc := perfDoc(n)
	rdfPath, dqlPath, quads := writeLoaderFiles(b, b.TempDir(), doc)
	arts := float64(len(doc.Articles))
	for range b.N {
		b.StopTimer()
		var clusters [2]*dgraphtest.Cluster
		var wg sync.WaitGroup
		for i := range clusters {
			wg.Go(func() { clusters[i] = dgraphtest.Start(b) })
		}
		wg.Wait()
		cl := dialTB(b, clusters[0])
		b.StartTimer()

		t0 := time.Now()
		sum, err := cl.Load(context.Background(), doc, LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		first := time.Since(t0)
		t0 = time.Now()
		again, err := cl.Load(context.Background(), doc, LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		reload := time.Since(t0)
		t0 = time.Now()
		grew, err := cl.Load(context.Background(), grownDoc(doc), LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		grow := time.Since(t0)

		dir := b.TempDir()
		t0 = time.Now()
		out := runDgraph(b, dir, 30*time.Minute, "live", "-f", rdfPath, "-s", dqlPath, "-a", clusters[1].GRPC,
			"-z", clusters[1].Zero, "-U", "xid", "--tmp", filepath.Join(dir, "tmp"))
		live := time.Since(t0)
		b.StopTimer()
		bulk := bulkLoad(b, rdfPath, dqlPath)

		if again.NodesNew != 0 || again.Quads != 0 {
			b.Errorf("reload wrote: %+v", again)
		}
		if grew.NodesNew == 0 || grew.NodesSkipped < sum.NodesNew*9/10 {
			b.Errorf("load of one more article rewrote too much: %+v", grew)
		}
		b.Logf("%d attacks, %d articles, %d N-Quads; Load %v (%+v); reload %v (%+v); one more article %v (%+v); live %v; bulk %v\n%s",
			n, len(doc.Articles), quads, first, sum, reload, again, grow, grew, live, bulk, tail(out, 6))
		b.ReportMetric(float64(quads)/first.Seconds(), "load-quads/s")
		b.ReportMetric(float64(quads)/live.Seconds(), "live-quads/s")
		b.ReportMetric(arts/first.Seconds(), "load-articles/s")
		b.ReportMetric(arts/live.Seconds(), "live-articles/s")
		b.ReportMetric(first.Seconds(), "load-s")
		b.ReportMetric(reload.Seconds(), "reload-s")
		b.ReportMetric(grow.Seconds(), "grow-s")
		b.ReportMetric(live.Seconds(), "live-s")
		b.ReportMetric(bulk.Seconds(), "bulk-s")
		b.StartTimer()
	}
}

// bulkLoad runs `dgraph bulk` against a fresh zero and returns how long bulk
// took (not counting the alpha start on its output).
func bulkLoad(tb testing.TB, rdfPath, dqlPath string) time.Duration {
	tb.Helper()
	c := dgraphtest.StartZero(tb)
	dir := tb.TempDir()
	t0 := time.Now()
	runDgraph(tb, dir, 30*time.Minute, "bulk", "-f", rdfPath, "-s", dqlPath, "--map_shards=1", "--reduce_shards=1",
		"--zero="+c.Zero, "--out", filepath.Join(dir, "out"), "--tmp", filepath.Join(dir, "tmp"))
	return time.Since(t0)
}

// tail returns the last n lines of out.
func tail(out []byte, n int) string {
	lines := bytes.Split(bytes.TrimRight(out, "\n"), []byte("\n"))
	return string(bytes.Join(lines[max(0, len(lines)-n):], []byte("\n")))
}

// BenchmarkPlanAndHash is the client-side cost of a reload: plan and hash
// every node of the benchmark document.
func BenchmarkPlanAndHash(b *testing.B) {
	doc := perfDoc(perfAttacks(b))
	for b.Loop() {
		nodes := plan(doc)
		for i := range nodes {
			nodeHash(&nodes[i])
		}
	}
}

// TestDocumentMarkers checks the reload shortcut: a completely loaded
// document leaves one marker and is then recognised without writing; a new
// document gets its own marker; a stream marks each document it loads.
func TestDocumentMarkers(t *testing.T) {
	c := dgraphtest.Start(t)
	cl := dial(t, c)
	markers := func() int {
		t.Helper()
		raw, err := cl.DQL(context.Background(), `{ q(func: has(`+DocHashPred+`)) { n: count(uid) } }`, nil)
		if err != nil {
			t.Fatal(err)
		}
		var res struct{ Q []struct{ N int } }
		if err := json.Unmarshal(raw, &res); err != nil || len(res.Q) != 1 {
			t.Fatalf("decode %s: %v", raw, err)
		}
		return res.Q[0].N
	}
	first := load(t, cl, fixtureDoc(), LoadOptions{})
	again := load(t, cl, fixtureDoc(), LoadOptions{})
	if n := markers(); n != 1 {
		t.Errorf("%d markers after loading one document twice, want 1", n)
	}
	if again.Batches != 0 || again.Quads != 0 || again.NodesExisting != first.NodesNew || again.NodesSkipped == 0 {
		t.Errorf("reload %+v, first load %+v", again, first)
	}
	load(t, cl, overlapDoc(), LoadOptions{})
	if n := markers(); n != 2 {
		t.Errorf("%d markers after a second document, want 2", n)
	}
	before := counts(t, cl)

	docs := make(chan *model.Document, 3)
	docs <- fixtureDoc()
	docs <- syntheticDoc(3)
	docs <- overlapDoc()
	close(docs)
	sum, err := cl.LoadStream(context.Background(), docs, LoadOptions{BatchSize: 100000}, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if n := markers(); n != 3 {
		t.Errorf("%d markers after streaming two known documents and a new one, want 3", n)
	}
	after := counts(t, cl)
	if after["Attack"] != before["Attack"]+3 || after["total"] <= before["total"] {
		t.Errorf("stream of a new document: counts %v, before %v (summary %+v)", after, before, sum)
	}
}

// TestConcurrentLoadsCreateEachNodeOnce runs two loads of the same document
// at once, through two clients: xid is @upsert, so Dgraph aborts one of two
// transactions creating the same xid, and the retry finds the node.
func TestConcurrentLoadsCreateEachNodeOnce(t *testing.T) {
	c := dgraphtest.Start(t)
	doc := syntheticDoc(400)
	clients := []*Client{dial(t, c), dial(t, c)}
	sums := make([]Summary, len(clients))
	errs := make([]error, len(clients))
	var wg sync.WaitGroup
	for i, cl := range clients {
		wg.Go(func() {
			sums[i], errs[i] = cl.Load(context.Background(), doc, LoadOptions{BatchSize: 40, MaxAttempts: 20,
				BaseBackoff: 10 * time.Millisecond, MaxBackoff: 200 * time.Millisecond})
		})
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("load %d: %v", i, err)
		}
	}
	t.Logf("concurrent loads: %+v / %+v", sums[0], sums[1])
	if got, want := counts(t, clients[0]), expectedCounts(doc); !mapsEqual(got, want) {
		t.Errorf("counts %v, want %v (a node created twice?)", got, want)
	}
	if total := sums[0].NodesNew + sums[1].NodesNew; total != expectedCounts(doc)["total"] {
		t.Errorf("the loads created %d nodes together, want %d", total, expectedCounts(doc)["total"])
	}
	sameDoc(t, export(t, clients[1]), doc)
}

// BenchmarkReplaceChangedArticles measures a load of 10 changed articles
// (retraction of their old facts, then the new ones) on a graph of the
// NISBA_PERF_ATTACKS-attack document: the cost a watch round pays for
// edited articles. The retraction scans every node with evidence.
func BenchmarkReplaceChangedArticles(b *testing.B) {
	c := dgraphtest.Start(b)
	cl := dialTB(b, c)
	n := perfAttacks(b)
	doc := perfDoc(n)
	if _, err := cl.Load(context.Background(), doc, LoadOptions{BatchSize: 5000}); err != nil {
		b.Fatal(err)
	}
	// A document of the first 10 attacks' articles under a new hash each round.
	changed := &model.Document{Entities: doc.Entities}
	for i := range 10 {
		changed.Attacks = append(changed.Attacks, doc.Attacks[i])
	}
	for _, a := range changed.Attacks {
		for _, id := range a.Articles {
			changed.Articles = append(changed.Articles, model.Article{ID: id, Published: "2024-01-01"})
		}
	}
	round := 0
	b.ResetTimer()
	for b.Loop() {
		round++
		for i := range changed.Articles {
			changed.Articles[i].Hash = "edit-" + strconv.Itoa(round)
		}
		sum, err := cl.Load(context.Background(), changed, LoadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if round > 1 && sum.Replaced != len(changed.Articles) {
			b.Fatalf("round %d replaced %d articles, want %d", round, sum.Replaced, len(changed.Articles))
		}
	}
	b.ReportMetric(float64(n), "attacks-in-graph")
}
