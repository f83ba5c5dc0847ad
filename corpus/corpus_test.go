package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

const sample = "قال مسؤول عسكري إن طائرة مسيّرة استهدفت قاعدة التنف فجر الثلاثاء.\n"

func TestWalk(t *testing.T) {
	files, probs := Walk([]string{"testdata/articles", "testdata/articles/tanf.txt", "testdata/page.html",
		"testdata/nothing-here", "testdata/*.none"}, Options{})
	want := []string{"testdata/articles/sub/harir.txt", "testdata/articles/tanf.txt", "testdata/page.html"}
	if strings.Join(files, " ") != strings.Join(want, " ") {
		t.Errorf("files = %q, want %q", files, want)
	}
	if len(probs) != 2 || !errors.Is(probs[0].Err, ErrMissing) || !errors.Is(probs[1].Err, ErrNoMatch) {
		t.Errorf("problems = %v, want missing + no match", probs)
	}
	if probs[0].Path != "testdata/nothing-here" {
		t.Errorf("problem path = %q", probs[0].Path)
	}
}

func TestWalkGlobs(t *testing.T) {
	files, probs := Walk([]string{"testdata/articles"}, Options{Globs: []string{"*.md"}})
	if len(probs) != 0 || len(files) != 1 || filepath.Base(files[0]) != "notes.md" {
		t.Errorf("files = %q, problems = %v", files, probs)
	}
	files, probs = Walk([]string{"testdata/articles"}, Options{Globs: []string{"*.none"}, AllowEmpty: true})
	if len(files) != 0 || len(probs) != 0 {
		t.Errorf("AllowEmpty: files %q, problems %v", files, probs)
	}
	files, _ = Walk([]string{"testdata/articles/*.txt"}, Options{})
	if len(files) != 1 || filepath.Base(files[0]) != "tanf.txt" {
		t.Errorf("glob path gave %q", files)
	}
}

func TestWalkFollowsFileSymlinks(t *testing.T) {
	dir := t.TempDir()
	target, err := filepath.Abs("testdata/articles/tanf.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	files, probs := Walk([]string{dir}, Options{})
	if len(probs) != 0 || len(files) != 1 || filepath.Base(files[0]) != "link.txt" {
		t.Errorf("files = %q, problems = %v", files, probs)
	}
}

func TestLoadMetaAndRead(t *testing.T) {
	paths := []string{"testdata/articles"}
	files, _ := Walk(paths, Options{})
	meta, probs := LoadMeta(paths, files, nil)
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	tests := []struct {
		file, published, outlet, url string
	}{
		{"testdata/articles/tanf.txt", "2024-01-16", "وكالة تجريبية", ""},
		{"testdata/articles/sub/harir.txt", "2024-02-03", "", "https://example.org/harir"},
	}
	for _, tt := range tests {
		a, err := Read(tt.file, meta)
		if err != nil {
			t.Fatalf("Read(%s): %v", tt.file, err)
		}
		m := a.Meta
		if m.ID != ID(tt.file) || m.Published != tt.published || m.Outlet != tt.outlet || m.URL != tt.url || m.Path != tt.file {
			t.Errorf("%s: meta = %+v", tt.file, m)
		}
		if len(m.Hash) != 64 || len(m.Notes) != 0 {
			t.Errorf("%s: hash %q notes %v", tt.file, m.Hash, m.Notes)
		}
	}
}

// A metadata file named just meta.jsonl is found too, and is not taken
// for an article.
func TestPlainMetaName(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a1.txt")
	if err := os.WriteFile(art, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	line := `{"id":"a1","published":"2024-04-08","outlet":"x"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, MetaName), []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	files, probs := Walk([]string{dir}, Options{Globs: []string{"*"}})
	if len(probs) != 0 || len(files) != 1 || files[0] != art {
		t.Fatalf("Walk = %q, %v", files, probs)
	}
	meta, probs := LoadMeta([]string{dir}, files, nil)
	if len(probs) != 0 || meta["a1"].Published != "2024-04-08" {
		t.Fatalf("LoadMeta = %+v, %v", meta, probs)
	}
}

func TestReadWithoutMeta(t *testing.T) {
	p := write(t, "غير-معروف.txt", []byte(sample))
	a, err := Read(p, nil)
	if err != nil || a.Meta.ID != "غير-معروف" || a.Meta.Published != "" || a.Text != sample {
		t.Fatalf("Read = %+v, %v", a, err)
	}
}

func TestDecodeProblems(t *testing.T) {
	latin1 := []byte("caf\xe9 cr\xe8me br\xfbl\xe9e, not arabic at all \xff\xfe\xfd")
	binary := append([]byte("\x7fELF\x02\x01\x01"), bytes.Repeat([]byte{0, 1, 2, 3, 0x90}, 100)...)
	tests := []struct {
		name string
		data []byte
		is   error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte(" \n\t\n"), ErrEmpty},
		{"bom only", []byte("\xEF\xBB\xBF\n"), ErrEmpty},
		{"binary", binary, ErrBinary},
		{"controls", bytes.Repeat([]byte{1, 2, 'a'}, 50), ErrBinary},
		{"latin1", latin1, ErrNotUTF8},
		{"html without text", []byte("<html><body><script>x()</script></body></html>"), ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, "x.txt", tt.data)
			_, err := Read(p, nil)
			var prob Problem
			if !errors.As(err, &prob) || prob.Path != p || !errors.Is(err, tt.is) {
				t.Fatalf("Read = %v, want a Problem for %s that is %v", err, p, tt.is)
			}
			if prob.Hint() == "see the error above" {
				t.Errorf("no hint for %v", err)
			}
		})
	}
}

func TestDecodeEncodings(t *testing.T) {
	cp1256, err := charmap.Windows1256.NewEncoder().String(sample)
	if err != nil {
		t.Fatal(err)
	}
	u16le, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String(sample)
	u16be, _ := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewEncoder().String(sample)
	// NFD input (alef + combining hamza) must come out composed: أ.
	decomposed := strings.ReplaceAll(sample, "إ", "\u0627\u0655")
	tests := []struct {
		name, data, note string
	}{
		{"utf-8", sample, ""},
		{"utf-8 bom", "\uFEFF" + sample, ""},
		{"crlf", strings.ReplaceAll(sample, "\n", "\r\n"), ""},
		{"windows-1256", cp1256, "decoded from windows-1256"},
		{"utf-16le bom", u16le, "decoded from UTF-16LE"},
		{"utf-16be no bom", u16be, "decoded from UTF-16BE"},
		{"nfd", decomposed, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes, err := Decode([]byte(tt.data), false)
			if err != nil {
				t.Fatal(err)
			}
			if got != sample {
				t.Errorf("text = %q, want %q", got, sample)
			}
			if strings.Join(notes, ";") != tt.note {
				t.Errorf("notes = %q, want %q", notes, tt.note)
			}
		})
	}
}

func TestHTML(t *testing.T) {
	a, err := Read("testdata/page.html", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "هجوم صاروخي على قاعدة عين الأسد\n\nأعلنت القوات الأمريكية أن ثلاثة صواريخ سقطت داخل القاعدة.\n\nولم تتبنَّ أي جهة الهجوم حتى الآن."
	if a.Text != want {
		t.Errorf("text = %q\nwant %q", a.Text, want)
	}
	if len(a.Meta.Notes) != 1 || a.Meta.Notes[0] != "HTML markup removed" {
		t.Errorf("notes = %q", a.Meta.Notes)
	}
	// A .txt that is really a saved page is recognised by its content.
	b, _ := os.ReadFile("testdata/page.html")
	a, err = Read(write(t, "saved.txt", b), nil)
	if err != nil || strings.Contains(a.Text, "tracker") || strings.Contains(a.Text, "color") {
		t.Errorf("saved page not stripped: %q, %v", a.Text, err)
	}
}

func TestParseMeta(t *testing.T) {
	f, err := os.Open("testdata/badmeta.meta.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts, errs := ParseMeta(f)
	if len(arts) != 2 || arts[0].ID != "ok1" || arts[1].ID != "ok2" || arts[1].Outlet != "مصدر" {
		t.Errorf("articles = %+v", arts)
	}
	wantLines := []string{"line 2:", "line 3:", "line 4:", "line 5:"}
	if len(errs) != len(wantLines) {
		t.Fatalf("errors = %v", errs)
	}
	for i, e := range errs {
		if !strings.HasPrefix(e.Error(), wantLines[i]) || !errors.Is(e, ErrMeta) {
			t.Errorf("error %d = %v, want %s…", i, e, wantLines[i])
		}
	}
	if !strings.Contains(errs[2].Error(), "18/10/2023") || !strings.Contains(errs[3].Error(), "line 1") {
		t.Errorf("errors do not explain themselves: %v", errs)
	}
}

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func BenchmarkDecode(b *testing.B) {
	text := []byte(strings.Repeat(sample, 200)) // about 25 KB, a long article
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, _, err := Decode(text, false); err != nil {
			b.Fatal(err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	p := write(t, "huge.txt", []byte(sample))
	if err := os.Truncate(p, MaxBytes+1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	_, err := Read(p, nil)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "huge.txt") {
		t.Fatalf("Read = %v, want ErrTooLarge naming the file", err)
	}
}

// TestNewsPage reads a saved news page: only the article and its headline
// are text (no menus, breadcrumbs, share buttons, related headlines,
// comments or footer), and the page's own metadata fills what no metadata
// file gives, the publication day first.
func TestNewsPage(t *testing.T) {
	a, err := Read("testdata/newspage.html", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "مسيرة تستهدف قاعدة حرير شمال أربيل\n\n12 آذار 2024\n\nتعرضت قاعدة حرير شمال أربيل فجر اليوم لهجوم بطائرة مسيرة، من دون وقوع إصابات.\n\nولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن."
	if a.Text != want {
		t.Errorf("text = %q\nwant %q", a.Text, want)
	}
	m := a.Meta
	if m.Published != "2024-03-12" || m.Outlet != "صحيفة المثال" || m.Title != "مسيرة تستهدف قاعدة حرير شمال أربيل" ||
		m.URL != "https://example.org/news/harir-drone" {
		t.Errorf("meta = %+v", m)
	}
	if !slices.Contains(m.Notes, "publication day 2024-03-12 read from the page") {
		t.Errorf("notes = %q", m.Notes)
	}
	// A metadata file wins over the page.
	a, err = Read("testdata/newspage.html", Meta{"newspage": {ID: "newspage", Published: "2024-03-13", Outlet: "وكالة"}})
	if err != nil || a.Meta.Published != "2024-03-13" || a.Meta.Outlet != "وكالة" || slices.ContainsFunc(a.Meta.Notes, func(n string) bool {
		return strings.HasPrefix(n, "publication day")
	}) {
		t.Errorf("meta file lost to the page: %+v, %v", a.Meta, err)
	}
}

func TestISODay(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-12": "2024-03-12", "2024-03-12T08:30:00+03:00": "2024-03-12", "2024-03-12 10:45:00": "2024-03-12",
		"2024-03-12 10:45": "2024-03-12", "2024-03-12T10:45:00": "2024-03-12", "2024-03-12T10:45": "2024-03-12", "": "",
	} {
		if got, err := isoDay(in); got != want || err != nil {
			t.Errorf("isoDay(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"12/03/2024", "2024-13-01", "yesterday", "2024-03-12 25:00"} {
		if got, err := isoDay(in); err == nil {
			t.Errorf("isoDay(%q) = %q, want an error", in, got)
		}
	}
}

func TestPageDay(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-12T08:30:00+03:00": "2024-03-12", "2024-03-12": "2024-03-12", "2024-03-12 10:00": "2024-03-12",
		"2024-03-12T10:00": "2024-03-12", "12/03/2024": "", "": "", "2024-13-40": "",
	} {
		if got := pageDay(in); got != want {
			t.Errorf("pageDay(%q) = %q, want %q", in, got, want)
		}
	}
	if got := jsonLDPublished(`{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-12-25T06:00:00Z"}]}`); got != "2023-12-25T06:00:00Z" {
		t.Errorf("JSON-LD @graph: %q", got)
	}
}
