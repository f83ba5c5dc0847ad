package graph

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nisba/nisba/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestQuoteLiteral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"قاعدة عين الأسد", `"قاعدة عين الأسد"`},
		{`قال "المتحدث"`, `"قال \"المتحدث\""`},
		{`a\b`, `"a\\b"`},
		{"سطر\nسطر\r\n", `"سطر\nسطر\r\n"`},
		{"عمود\tعمود", `"عمود\tعمود"`},
		{"<ليس IRI>", `"<ليس IRI>"`},
		{"\u200fنص\u200e", `"\u200Fنص\u200E"`},
		{"\u202bمضمّن\u202c", `"\u202Bمضمّن\u202C"`},
		{"x\x00y\x1bz\x7f", `"x\u0000y\u001Bz\u007F"`},
		{"\u2028", `"\u2028"`},
		{"bad\xffutf8", "\"bad\uFFFDutf8\""},
		{"🚀 ـــ", `"🚀 ـــ"`},
		{"", `""`},
	}
	for _, tc := range tests {
		got := quoteLiteral(tc.in)
		if got != tc.want {
			t.Errorf("quoteLiteral(%q) = %s, want %s", tc.in, got, tc.want)
		}
		// Dgraph's RDF parser reads literals with strconv.Unquote.
		back, err := strconv.Unquote(got)
		if err != nil {
			t.Errorf("Dgraph could not read %s: %v", got, err)
		}
		if utf8.ValidString(tc.in) && back != tc.in {
			t.Errorf("round trip of %q gave %q", tc.in, back)
		}
		if strings.ContainsAny(got[1:len(got)-1], "\n\r") {
			t.Errorf("%s spans lines", got)
		}
	}
}

func FuzzQuoteLiteral(f *testing.F) {
	for _, s := range []string{"", hostile, "\\\"", "\u200f", "a\x00b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := quoteLiteral(s)
		back, err := strconv.Unquote(q)
		if err != nil {
			t.Fatalf("unquote %s: %v", q, err)
		}
		if back != strings.ToValidUTF8(s, "\uFFFD") {
			t.Fatalf("round trip of %q gave %q", s, back)
		}
	})
}

func TestNodeIRI(t *testing.T) {
	tests := []struct {
		xid  string
		same bool // the IRI is <xid>
	}{
		{"base:ain-al-asad", true},
		{"militia:كتائب-حزب-الله", true},
		{"001_be99d09b29af4b73", true},
		{"attack:base:ain-al-asad:2024-01-09/militia:x/self", true},
		{"ev:art-1#0-10", true},
		{"001", false},  // Dgraph would read a uid
		{"0x1f", false}, // likewise
		{"has space", false},
		{`quote"d`, false},
		{"back\\slash", false},
		{"rtl\u200fmark", false},
		{hostileXID, false},
		{"", false},
	}
	seen := map[string]string{}
	for _, tc := range tests {
		got := NodeIRI(tc.xid)
		if (got == "<"+tc.xid+">") != tc.same {
			t.Errorf("NodeIRI(%q) = %q, want same=%v", tc.xid, got, tc.same)
		}
		if inner := got[1 : len(got)-1]; !validIRI(inner) {
			t.Errorf("NodeIRI(%q) = %q is not a valid IRI", tc.xid, got)
		}
		if other, dup := seen[got]; dup {
			t.Errorf("%q and %q share %q", other, tc.xid, got)
		}
		seen[got] = tc.xid
	}
}

func TestWriteRDFGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteRDF(&buf, fixtureDoc()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "fixture.rdf.golden")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("WriteRDF output differs from %s; run `go test ./graph -run TestWriteRDFGolden -update` and review", path)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	for _, l := range lines {
		if !strings.HasPrefix(l, "<") || !strings.HasSuffix(l, " .") {
			t.Errorf("malformed line %q", l)
		}
	}
	for _, want := range []string{
		`<` + attackXID + `> <Attack.target> <` + baseXID + `> .`,
		`<` + baseXID + `> <Base.attacks> <` + attackXID + `> .`,
		`<` + attackXID + `> <Attack.date> "2024-01-09"^^<xs:dateTime> .`,
		`<` + attackXID + `> <Attack.munitions> "3"^^<xs:int> .`,
		`<` + baseXID + `> <dgraph.type> "Entity" .`,
		`<` + baseXID + `> <Entity.location> "{\"type\":\"Point\",\"coordinates\":[40.25,34.5]}"^^<geo:geojson> .`,
		`<` + militiaXID + `> <Entity.backedBy> <` + irgcXID + `> .`,
		NodeIRI(hostileXID) + ` <xid> ` + quoteLiteral(hostileXID) + ` .`,
	} {
		if !strings.Contains(buf.String(), want+"\n") {
			t.Errorf("output lacks %s", want)
		}
	}
}

func TestWriteRDFDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteRDF(&a, fixtureDoc()); err != nil {
		t.Fatal(err)
	}
	doc := fixtureDoc()
	// Same graph, other order.
	doc.Entities[0], doc.Entities[1] = doc.Entities[1], doc.Entities[0]
	doc.Relations[0], doc.Relations[2] = doc.Relations[2], doc.Relations[0]
	if err := WriteRDF(&b, doc); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("WriteRDF depends on input order")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestWriteRDFError(t *testing.T) {
	if err := WriteRDF(failWriter{}, fixtureDoc()); err == nil {
		t.Error("write error not reported")
	}
}

// syntheticDoc is a large generated document: n attacks on n/10 bases, each
// with attackers, an attribution, an article and evidence.
func syntheticDoc(n int) *model.Document {
	doc := &model.Document{}
	nb := max(1, n/10)
	for i := range nb {
		id := "base:synthetic-" + strconv.Itoa(i)
		doc.Entities = append(doc.Entities, model.Entity{ID: id, Type: model.TypeBase, Name: "قاعدة رقم " + strconv.Itoa(i),
			Aliases: []string{"القاعدة " + strconv.Itoa(i)}})
		mid := "militia:synthetic-" + strconv.Itoa(i)
		doc.Entities = append(doc.Entities, model.Entity{ID: mid, Type: model.TypeMilitia, Name: "فصيل رقم " + strconv.Itoa(i)})
	}
	for i := range n {
		art := "synthetic-article-" + strconv.Itoa(i)
		doc.Articles = append(doc.Articles, model.Article{ID: art, Published: "2024-02-01", Outlet: "مولّد"})
		b := i % nb
		base, mil := "base:synthetic-"+strconv.Itoa(b), "militia:synthetic-"+strconv.Itoa(b)
		e := ev(art, 0, 40, "جملة اصطناعية رقم "+strconv.Itoa(i))
		doc.Attacks = append(doc.Attacks, model.Attack{ID: "attack:" + base + ":" + strconv.Itoa(i), Target: base,
			Date: model.Day("2024-01-31"), Weapons: []string{"rocket"}, Attackers: []string{mil}, Status: model.StatusCarriedOut,
			Articles: []string{art}, Evidence: []model.Evidence{e},
			Attributions: []model.Attribution{{Accused: mil, Stance: model.StanceSuspected, Evidence: []model.Evidence{e}}}})
	}
	return doc
}

func BenchmarkWriteRDF(b *testing.B) {
	doc := syntheticDoc(2000)
	var buf bytes.Buffer
	if err := WriteRDF(&buf, doc); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ResetTimer()
	for b.Loop() {
		buf.Reset()
		if err := WriteRDF(&buf, doc); err != nil {
			b.Fatal(err)
		}
	}
}
