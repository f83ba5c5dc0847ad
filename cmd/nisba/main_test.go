package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/nisba/nisba/gen"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/state"
)

// Our own sample articles (not from any outlet).
const (
	articleAsad = "أعلنت القوات الأمريكية أن قاعدة عين الأسد في محافظة الأنبار غربي العراق تعرضت فجر الاثنين لهجوم بثلاث طائرات مسيّرة، من دون وقوع إصابات.\n" +
		"واتهم متحدث باسم البنتاغون كتائب حزب الله بالوقوف وراء الهجوم.\n"
	articleTanf = "قالت مصادر محلية إن صاروخين سقطا قرب قاعدة التنف عند المثلث الحدودي بين سوريا والأردن والعراق مساء أمس.\n" +
		"ولم تعلن أي جهة مسؤوليتها عن القصف حتى الآن.\n"
	sampleMeta = `{"id": "asad", "published": "2024-03-11", "outlet": "وكالة الاختبار"}
{"id": "tanf", "published": "2024-03-12"}
`
)

type result struct {
	code           int
	stdout, stderr string
}

func nisba(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return result{code, out.String(), errb.String()}
}

func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func sampleCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, map[string][]byte{
		"asad.txt":          []byte(articleAsad),
		"sub/tanf.txt":      []byte(articleTanf),
		"sample.meta.jsonl": []byte(sampleMeta),
	})
	return dir
}

func readDoc(t *testing.T, path string) *model.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := model.Read(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc
}

func TestExtract(t *testing.T) {
	dir := sampleCorpus(t)
	out := filepath.Join(t.TempDir(), "graph.json")
	rdf := filepath.Join(t.TempDir(), "graph.rdf")
	r := nisba(t, "extract", dir, "-o", out, "--rdf", rdf, "--state-dir", t.TempDir())
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", r.code, r.stdout, r.stderr)
	}
	doc := readDoc(t, out)
	if len(doc.Articles) != 2 || doc.Articles[0].ID != "asad" || doc.Articles[0].Published != "2024-03-11" ||
		doc.Articles[1].ID != "tanf" || doc.Articles[1].Published != "2024-03-12" {
		t.Errorf("articles = %+v", doc.Articles)
	}
	if len(doc.Entities) == 0 {
		t.Error("no entities extracted")
	}
	if b, err := os.ReadFile(rdf); err != nil || !bytes.Contains(b, []byte("asad")) {
		t.Errorf("rdf: %v, %d bytes", err, len(b))
	}
	// Same input, same bytes, on stdout this time.
	r2 := nisba(t, "extract", dir, "--workers", "1")
	if b, _ := os.ReadFile(out); r2.code != 0 || r2.stdout != string(b) {
		t.Errorf("stdout output differs from -o output (exit %d)", r2.code)
	}
}

func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	cp1256, err := charmap.Windows1256.NewEncoder().String(articleTanf)
	if err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string][]byte{
		"good.txt":          []byte(articleAsad),
		"empty.txt":         nil,
		"binary.txt":        append([]byte("\x7fELF\x02\x01"), bytes.Repeat([]byte{0, 0x90, 3, 0xff}, 64)...),
		"latin1.txt":        []byte("caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise"),
		"arabic-cp1256.txt": []byte(cp1256),
	})
	missing := filepath.Join(dir, "missing.txt")
	r := nisba(t, "extract", dir, missing)
	if r.code != exitFailed {
		t.Fatalf("exit %d, want %d; stderr:\n%s", r.code, exitFailed, r.stderr)
	}
	wants := []struct{ file, problem string }{
		{"empty.txt", "empty file"},
		{"binary.txt", "binary file"},
		{"latin1.txt", "not UTF-8"},
		{"missing.txt", "no such file"},
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	for _, w := range wants {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, "nisba: "+filepath.Join(dir, w.file)+": ") && strings.Contains(l, w.problem) && strings.Contains(l, " — ") {
				found = true
			}
		}
		if !found {
			t.Errorf("no line names %s with %q:\n%s", w.file, w.problem, r.stderr)
		}
	}
	var doc model.Document
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("stdout is not the graph: %v", err)
	}
	ids := []string{}
	for _, a := range doc.Articles {
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, ",") != "arabic-cp1256,good" {
		t.Errorf("processed articles = %v, want the two good ones", ids)
	}
}

func TestUsageErrors(t *testing.T) {
	badCfg := filepath.Join(t.TempDir(), "bad.yaml")
	writeFiles(t, filepath.Dir(badCfg), map[string][]byte{"bad.yaml": []byte("dgraph:\n  grcp: x:1\n")})
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"no paths", []string{"extract"}, "wrong number of arguments"},
		{"unknown flag", []string{"extract", "--nope", "x"}, "unknown flag"},
		{"unknown command", []string{"frobnicate"}, "unknown command"},
		{"unknown config key", []string{"--config", badCfg, "extract", "x"}, "dgraph.grcp"},
		{"bad flag value", []string{"load", "x", "--batch-size", "0"}, "load.batch_size = 0"},
		{"bad since", []string{"load", "x", "--since", "yesterday-ish"}, "--since"},
		{"eval arity", []string{"eval", "only-one"}, "wrong number of arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := nisba(t, append(tt.args, "--state-dir", t.TempDir())...)
			if r.code != exitUsage || !strings.Contains(r.stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", r.code, r.stderr, exitUsage, tt.msg)
			}
		})
	}
}

func TestLoadDgraphDown(t *testing.T) {
	dir := sampleCorpus(t)
	r := nisba(t, "load", dir, "--dgraph-grpc", "127.0.0.1:1", "--dgraph-http", "http://127.0.0.1:1", "--state-dir", t.TempDir())
	if r.code != exitUnavailable || !strings.Contains(r.stderr, "127.0.0.1:1") || !strings.Contains(r.stderr, "nisba dgraph start") {
		t.Fatalf("exit %d, stderr %q; want exit 3 naming the address and what to do", r.code, r.stderr)
	}
}

func TestLoadLockHeld(t *testing.T) {
	sd := t.TempDir()
	st, err := state.Open(sd)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := st.Lock()
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	r := nisba(t, "load", sampleCorpus(t), "--state-dir", sd, "--dgraph-grpc", "127.0.0.1:1")
	if r.code != exitFailed || !strings.Contains(r.stderr, "another nisba run holds the lock (pid") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestSchemaPrintAndVersion(t *testing.T) {
	r := nisba(t, "schema", "print")
	if r.code != 0 || !strings.Contains(r.stdout, "type Attack") {
		t.Errorf("schema print: exit %d, %d bytes", r.code, len(r.stdout))
	}
	r = nisba(t, "schema", "print", "--dql")
	if r.code != 0 || !strings.Contains(r.stdout, "xid") {
		t.Errorf("schema print --dql: exit %d: %s", r.code, r.stderr)
	}
	r = nisba(t, "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "nisba ") {
		t.Errorf("version: %d %q", r.code, r.stdout)
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, verb := range []string{"extract", "load", "watch", "query", "export", "eval", "gen", "schema apply", "dgraph start"} {
		r := nisba(t, append(strings.Fields(verb), "--help")...)
		if r.code != 0 || !strings.Contains(r.stdout, "Examples:") {
			t.Errorf("%s --help: exit %d, no examples:\n%s", verb, r.code, r.stdout)
		}
	}
}

func TestParseSince(t *testing.T) {
	now := mustTime(t, "2024-05-10T12:00:00Z")
	tests := []struct{ in, want string }{
		{"2024-05-01", "2024-05-01T00:00:00Z"},
		{"2024-05-01T08:30:00+03:00", "2024-05-01T05:30:00Z"},
		{"36h", "2024-05-09T00:00:00Z"},
	}
	for _, tt := range tests {
		got, err := parseSince(tt.in, now)
		if err != nil || !got.Equal(mustTime(t, tt.want)) {
			t.Errorf("parseSince(%q) = %v, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "-5h", "last week"} {
		if _, err := parseSince(bad, now); err == nil {
			t.Errorf("parseSince(%q) accepted", bad)
		}
	}
}

func TestQueryList(t *testing.T) {
	r := nisba(t, "query", "--list")
	if r.code != 0 || !strings.Contains(r.stdout, "attribution-chain\n") {
		t.Errorf("query --list: exit %d:\n%s", r.code, r.stdout)
	}
	r = nisba(t, "query", "no-such-query", "--dgraph-grpc", "127.0.0.1:1")
	if r.code != exitUsage || !strings.Contains(r.stderr, "no-such-query") {
		t.Errorf("unknown query: exit %d: %s", r.code, r.stderr)
	}
}

func TestGenExtractEval(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "synth")
	if r := nisba(t, "gen", "-n", "12", "--seed", "7", "-o", dir); r.code != 0 {
		t.Fatalf("gen: exit %d: %s", r.code, r.stderr)
	}
	sys := filepath.Join(t.TempDir(), "sys.json")
	r := nisba(t, "extract", dir, "-o", sys, "--gold", filepath.Join(dir, gen.GoldFile))
	if r.code != 0 || !strings.Contains(r.stderr, "headline F1: ") {
		t.Fatalf("extract --gold: exit %d: %s", r.code, r.stderr)
	}
	if doc := readDoc(t, sys); len(doc.Articles) != 12 {
		t.Errorf("extracted %d articles, want 12", len(doc.Articles))
	}
	r = nisba(t, "eval", filepath.Join(dir, gen.GoldFile), sys)
	if r.code != 0 || !strings.Contains(r.stdout, "headline F1: ") {
		t.Errorf("eval: exit %d:\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestWatchStopsOnCancel(t *testing.T) {
	sd := t.TempDir()
	st, err := state.Open(sd)
	if err != nil {
		t.Fatal(err)
	}
	unlock, err := st.Lock() // every round fails fast: the lock is held
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 2500*time.Millisecond)
	defer cancel()
	var out, errb bytes.Buffer
	start := time.Now()
	code := run(ctx, []string{"watch", sampleCorpus(t), "--interval", "1s", "--state-dir", sd}, &out, &errb)
	if code != 0 || !strings.Contains(errb.String(), "watch: stopped") {
		t.Fatalf("exit %d, stderr:\n%s", code, errb.String())
	}
	if n := strings.Count(errb.String(), "another nisba run holds the lock"); n < 2 {
		t.Errorf("want a failed round per interval, got %d:\n%s", n, errb.String())
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("watch took %s to stop", time.Since(start))
	}
	r := nisba(t, "watch", sampleCorpus(t), "--once", "--state-dir", sd)
	if r.code != exitFailed || !strings.Contains(r.stderr, "holds the lock") {
		t.Errorf("watch --once with the lock held: exit %d: %s", r.code, r.stderr)
	}
}

func TestSkipFunc(t *testing.T) {
	dir := sampleCorpus(t)
	old, fresh := filepath.Join(dir, "asad.txt"), filepath.Join(dir, "sub", "tanf.txt")
	day := mustTime(t, "2024-05-01T00:00:00Z")
	if err := os.Chtimes(old, day.Add(-time.Hour), day.Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	st, err := state.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	since := skipFunc(st, loadFilter{since: day})
	if !since(model.Article{ID: "asad", Path: old}) || since(model.Article{ID: "tanf", Path: fresh}) {
		t.Error("--since: want the old file skipped and the fresh one kept")
	}
	loaded := model.Article{ID: "asad", Path: old, Hash: "h1"}
	if err := st.Record([]model.Article{loaded}, day); err != nil {
		t.Fatal(err)
	}
	changed := skipFunc(st, loadFilter{changed: true})
	if !changed(loaded) || changed(model.Article{ID: "asad", Hash: "h2"}) || changed(model.Article{ID: "new", Hash: "h3"}) {
		t.Error("--changed: want only the unchanged article skipped")
	}
	if skipFunc(st, loadFilter{}) != nil {
		t.Error("no filter must skip nothing")
	}
}
