package lexicon

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/model"
)

// load loads the built-in lexicon plus extra paths or fails the test.
func load(t *testing.T, extra ...string) *Lexicon {
	t.Helper()
	l, err := Load(extra...)
	if err != nil {
		t.Fatalf("Load(%v): %v", extra, err)
	}
	return l
}

// builtinFiles decodes every embedded data file.
func builtinFiles(t *testing.T) map[string]File {
	t.Helper()
	names, err := fs.Glob(builtin, "data/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no built-in data files: %v", err)
	}
	files := map[string]File{}
	for _, n := range names {
		b, err := builtin.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		var f File
		dec := yaml.NewDecoder(bytes.NewReader(b))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		files[n] = f
	}
	return files
}

func TestBuiltinCoverage(t *testing.T) {
	l := load(t)
	count := map[string]int{}
	for _, e := range l.Entries() {
		count[e.Type]++
	}
	tests := []struct {
		types []string
		min   int
	}{
		{[]string{model.TypeBase}, 60},
		{[]string{model.TypeMilitia, model.TypeForce}, 80},
		{[]string{model.TypeOfficial}, 120},
		{[]string{model.TypeCity}, 250},
		{[]string{model.TypeCountry}, 25},
		{[]string{model.TypeOrganization}, 100},
	}
	for _, tt := range tests {
		n := 0
		for _, typ := range tt.types {
			n += count[typ]
		}
		if n < tt.min {
			t.Errorf("%v: %d entries, want at least %d", tt.types, n, tt.min)
		}
	}
}

func TestBuiltinFilesWellFormed(t *testing.T) {
	for name, f := range builtinFiles(t) {
		if f.Version != CurrentVersion {
			t.Errorf("%s: version %d, want %d", name, f.Version, CurrentVersion)
		}
		b, _ := builtin.ReadFile(name)
		if !bytes.HasPrefix(b, []byte("#")) {
			t.Errorf("%s: no header comment", name)
		}
		if len(f.Entries) == 0 {
			t.Errorf("%s: no entries", name)
		}
	}
}

func TestBuiltinNoDuplicateIDs(t *testing.T) {
	seen := map[string]string{}
	for name, f := range builtinFiles(t) {
		for _, e := range f.Entries {
			if prev, ok := seen[e.ID]; ok {
				t.Errorf("%s: id %s already defined in %s", name, e.ID, prev)
			}
			seen[e.ID] = name
		}
	}
}

// kinds maps an id's kind prefix to the entity type it must have.
var kinds = map[string]string{
	"base": model.TypeBase, "militia": model.TypeMilitia, "force": model.TypeForce,
	"official": model.TypeOfficial, "city": model.TypeCity, "country": model.TypeCountry,
	"org": model.TypeOrganization,
}

func TestBuiltinEntries(t *testing.T) {
	idRE := regexp.MustCompile(`^([a-z]+):[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, e := range load(t).Entries() {
		m := idRE.FindStringSubmatch(e.ID)
		if m == nil {
			t.Errorf("%s: id is not <kind>:<lowercase-ascii-slug>", e.ID)
		} else if kinds[m[1]] != e.Type {
			t.Errorf("%s: kind %q does not fit type %s", e.ID, m[1], e.Type)
		}
		if strings.TrimSpace(e.NameEn) == "" {
			t.Errorf("%s: no nameEn", e.ID)
		}
		for _, n := range append(e.Names(), e.WeakAliases...) {
			if arabic.Key(n) == "" {
				t.Errorf("%s: name %q has an empty key", e.ID, n)
			}
		}
		if len(e.Adjectives) > 0 && e.Type != model.TypeCountry {
			t.Errorf("%s: adjectives on a %s", e.ID, e.Type)
		}
	}
}

func TestBuiltinRelationsResolve(t *testing.T) {
	l := load(t)
	known := map[string]bool{}
	for _, r := range model.RelationTypes {
		known[r] = true
	}
	for _, e := range l.Entries() {
		for _, r := range e.Relations {
			if !known[r.Type] {
				t.Errorf("%s: unknown relation type %q", e.ID, r.Type)
			}
			if l.ByID(r.To) == nil {
				t.Errorf("%s %s -> %s: no such entry", e.ID, r.Type, r.To)
			}
			if r.To == e.ID {
				t.Errorf("%s: relation %s to itself", e.ID, r.Type)
			}
		}
	}
}

func TestBuiltinCoordinatesInRegion(t *testing.T) {
	// The Middle East from Egypt to Afghanistan, Yemen to the Caucasus.
	const minLat, maxLat, minLon, maxLon = 10.0, 45.0, 25.0, 75.0
	for _, e := range load(t).Entries() {
		p := e.Location
		if p == nil {
			continue
		}
		if p.Lat < minLat || p.Lat > maxLat || p.Lon < minLon || p.Lon > maxLon {
			t.Errorf("%s: location %v,%v outside the region", e.ID, p.Lat, p.Lon)
		}
	}
	for _, e := range load(t).Entries() {
		if (e.Type == model.TypeCity || e.Type == model.TypeBase) && e.Location == nil {
			t.Errorf("%s: %s without location", e.ID, e.Type)
		}
	}
}

// allowedCollisions lists Keys that deliberately name several entries, each
// with the reason.
var allowedCollisions = map[string]string{}

func TestBuiltinKeyCollisions(t *testing.T) {
	l := load(t)
	c := l.Collisions()
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if allowedCollisions[k] != "" || allAmbiguous(l, c[k]) {
			continue
		}
		t.Errorf("key %q names %v; mark them ambiguous, make the name a weakAlias, or allow it", k, c[k])
	}
}

func TestCollisionsReportsUserAlias(t *testing.T) {
	// An alias that reuses a place's name makes the key name two entries.
	p := writeFile(t, t.TempDir(), "clash.yaml", "version: 1\nentries:\n  - id: base:omar-oil-field\n    aliases: [الميادين]\n")
	got := load(t, p).Collisions()[arabic.Key("الميادين")]
	sort.Strings(got)
	if want := []string{"base:omar-oil-field", "city:mayadin"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Collisions()[Key(الميادين)] = %v, want %v", got, want)
	}
}

func allAmbiguous(l *Lexicon, ids []string) bool {
	for _, id := range ids {
		if !l.ByID(id).Ambiguous {
			return false
		}
	}
	return true
}

func TestLookup(t *testing.T) {
	l := load(t)
	tests := []struct {
		phrase string
		want   string
	}{
		{"قاعدة عين الأسد الجوية", "base:ain-al-asad"},
		{"عين الاسد", "base:ain-al-asad"},
		{"قاعدة التنف", "base:al-tanf"},
		{"حقل العمر النفطي", "base:omar-oil-field"},
		{"القرية الخضراء", "base:omar-oil-field"},
		{"حقل كونوكو", "base:conoco-gas-field"},
		{"مطار بغداد الدولي", "base:victory-baghdad-airport"},
		{"البرج 22", "base:tower-22"},
		{"البرج ٢٢", "base:tower-22"},
		{"مطار التيفور", "base:t4"},
		{"الميليشيات الموالية لإيران", "militia:iran-backed-militias"},
		{"المليشيات المدعومة من إيران", "militia:iran-backed-militias"},
		{"فصائل مدعومة من إيران", "militia:iran-backed-militias"},
		{"الحرس الثوري الإيراني", "militia:irgc"},
		{"كتائب حزب الله", "militia:kataib-hezbollah"},
		{"قسد", "militia:sdf"},
		{"تنظيم الدولة الإسلامية", "militia:isis"},
		{"القوات الأميركية", "force:us-forces"},
		{"القوات الأمريكية", "force:us-forces"},
		{"التحالف الدولي", "force:international-coalition"},
		{"قوات النظام السوري", "force:syrian-regime-forces"},
		{"جون كيربي", "official:john-kirby"},
		{"كيربي", "official:john-kirby"},
		{"أبو مهدي المهندس", "official:abu-mahdi-al-muhandis"},
		{"دير الزور", "city:deir-ez-zor"},
		{"ريف دير الزور الشرقي", "city:deir-ez-zor"},
		{"البوكمال", "city:albukamal"},
		{"شمال شرقي سورية", "city:northeast-syria"},
		{"سورية", "country:syria"},
		{"سوريا", "country:syria"},
		{"الولايات المتحدة الأميركية", "country:united-states"},
		{"أمريكا", "country:united-states"},
		{"البنتاغون", "org:pentagon"},
		{"القيادة المركزية الأمريكية", "org:centcom"},
		{"المرصد السوري لحقوق الإنسان", "org:sohr"},
		{"رويترز", "org:reuters"},
		{"وكالة فرانس برس", "org:afp"},
		{"منصة إكس", "org:twitter"},
		{"البنتاجون", "org:pentagon"},
		{"قوات سوريا الديموقراطية", "militia:sdf"},
		{"عصائب أهل الحق", "militia:asaib-ahl-al-haq"},
		{"لواء فاطميون", "militia:fatemiyoun"},
		{"الجيش العربي السوري", "force:syrian-regime-forces"},
		{"مطار حميميم", "base:hmeimim"},
		{"السفارة الأميركية في بغداد", "base:us-embassy-baghdad"},
		{"قاعدة حرير الجوية", "base:harir"},
		{"قاعدة الإمام علي الجوية", "base:tallil"},
		{"معبر البوكمال القائم", "city:qaim-crossing"},
		{"محافظة الأنبار", "city:anbar"},
		{"مدينة القائم", "city:al-qaim"},
		{"إسماعيل قاآني", "official:esmail-qaani"},
		{"نتانياهو", "official:benjamin-netanyahu"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			got := l.Lookup(arabic.Key(tt.phrase))
			if !hasID(got, tt.want) {
				t.Errorf("Lookup(Key(%q)) = %v, want %s", tt.phrase, ids(got), tt.want)
			}
		})
	}
}

// TestCommonWordsAreNotNames guards against strong names that are everyday
// words: each of these needs context, so Lookup must not return anything.
func TestCommonWordsAreNotNames(t *testing.T) {
	l := load(t)
	words := []string{
		"القائم", "الطبقة", "الباب", "تدمر", "المرصد", "الحشد", "التحالف", "القاعدة",
		"الجزيرة", "العربية", "الوطن", "الأسد", "المهندس", "العسكري", "الصدر", "بلد",
		"حرير", "الكرامة", "المقاومة الإسلامية", "القوات الأمنية", "الحكومة",
		"البادية", "السفارة الأمريكية", "الشرق الأوسط", "مجلس النواب",
	}
	for _, w := range words {
		if got := l.Lookup(arabic.Key(w)); len(got) > 0 && !allAmbiguous(l, ids(got)) {
			t.Errorf("Lookup(Key(%q)) = %v, want nothing (a weak alias at most)", w, ids(got))
		}
	}
}

func TestLookupWeakAndAdjective(t *testing.T) {
	l := load(t)
	tests := []struct {
		name   string
		lookup func(string) []*Entry
		phrase string
		want   string
		strong bool // whether Lookup finds it too
	}{
		{"weak surname", l.LookupWeak, "المهندس", "official:abu-mahdi-al-muhandis", false},
		{"weak monitor", l.LookupWeak, "المرصد", "org:sohr", false},
		{"weak capital", l.LookupWeak, "طهران", "country:iran", false},
		{"weak town", l.LookupWeak, "الطبقة", "city:tabqa", false},
		{"adjective", l.LookupAdjective, "الإيرانية", "country:iran", false},
		{"adjective ya", l.LookupAdjective, "الأميركي", "country:united-states", false},
		{"adjective plural", l.LookupAdjective, "العراقيين", "country:iraq", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := arabic.Key(tt.phrase)
			if got := tt.lookup(k); !hasID(got, tt.want) {
				t.Errorf("lookup(Key(%q)) = %v, want %s", tt.phrase, ids(got), tt.want)
			}
			if got := l.Lookup(k); hasID(got, tt.want) != tt.strong {
				t.Errorf("Lookup(Key(%q)) = %v; strong match of %s should be %v", tt.phrase, ids(got), tt.want, tt.strong)
			}
		})
	}
}

func TestMaxWords(t *testing.T) {
	l := load(t)
	max := 0
	for _, e := range l.Entries() {
		for _, n := range e.Names() {
			if w := len(strings.Fields(arabic.Key(n))); w > max {
				max = w
			}
		}
	}
	if l.MaxWords() < max || max < 3 {
		t.Errorf("MaxWords() = %d, longest name has %d words", l.MaxWords(), max)
	}
}

func hasID(es []*Entry, id string) bool {
	for _, e := range es {
		if e.ID == id {
			return true
		}
	}
	return false
}

func ids(es []*Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// writeFile writes content to dir/name and returns the path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUserExtension(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "local.yaml", `# our additions
version: 1
entries:
  - id: base:ain-al-asad
    aliases: [قاعدة عين الأسد العسكرية]
  - id: base:test-hill
    type: Base
    name: قاعدة تلة الاختبار
    nameEn: Test Hill base
    aliases: [تلة الاختبار]
    location: {lat: 34.1, lon: 41.2}
    relations:
      - {type: located_in, to: city:anbar}
`)
	writeFile(t, dir, "notes.txt", "not a data file")
	l := load(t, dir)
	tests := []struct{ phrase, want string }{
		{"قاعدة عين الأسد العسكرية", "base:ain-al-asad"},
		{"قاعدة عين الأسد الجوية", "base:ain-al-asad"},
		{"تلة الاختبار", "base:test-hill"},
	}
	for _, tt := range tests {
		if got := l.Lookup(arabic.Key(tt.phrase)); !hasID(got, tt.want) {
			t.Errorf("Lookup(Key(%q)) = %v, want %s", tt.phrase, ids(got), tt.want)
		}
	}
	e := l.ByID("base:ain-al-asad")
	if e == nil || e.Type != model.TypeBase || e.NameEn == "" {
		t.Fatalf("extended entry lost its fields: %+v", e)
	}
	if n := len(l.Entries()); n != len(load(t).Entries())+1 {
		t.Errorf("%d entries, want the built-in ones plus 1", n)
	}
}

func TestBadFiles(t *testing.T) {
	tests := []struct {
		name    string
		content string
		want    string // part of the error
	}{
		{"unknown-field.yaml", "version: 1\nentries:\n  - id: base:x\n    type: Base\n    name: س\n    colour: red\n", "colour"},
		{"unknown-type.yaml", "version: 1\nentries:\n  - id: base:x\n    type: Fortress\n    name: س\n", "Fortress"},
		{"missing-name.yaml", "version: 1\nentries:\n  - id: base:x\n    type: Base\n", "no name"},
		{"missing-id.yaml", "version: 1\nentries:\n  - type: Base\n    name: س\n", "no id"},
		{"dangling.yaml", "version: 1\nentries:\n  - id: base:x\n    type: Base\n    name: س\n    relations:\n      - {type: located_in, to: city:nowhere}\n", "city:nowhere"},
		{"led-by-nowhere.yaml", "version: 1\nentries:\n  - id: force:x\n    type: Force\n    name: س\n    ledBy: country:nowhere\n", "country:nowhere"},
		{"led-by-a-base.yaml", "version: 1\nentries:\n  - id: force:x\n    type: Force\n    name: س\n    ledBy: base:al-tanf\n", "base:al-tanf"},
		{"not-yaml.yaml", "version: 1\nentries: [ {id: \n\t::", "lexicon"},
		{"future.yaml", "version: 9\nentries: []\n", "version 9"},
		{"type-change.yaml", "version: 1\nentries:\n  - id: base:al-tanf\n    type: City\n", "not a City"},
		{"bad-location.yaml", "version: 1\nentries:\n  - id: base:x\n    type: Base\n    name: س\n    location: {lat: 134, lon: 41}\n", "out of range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), tt.name, tt.content)
			_, err := Load(p)
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			if !strings.Contains(err.Error(), p) {
				t.Errorf("error %q does not name the file %s", err, p)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not mention %q", err, tt.want)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %q is not ErrInvalid", err)
			}
		})
	}
}

func TestGoodUserFiles(t *testing.T) {
	tests := []struct {
		name, content string
		added         int    // entries beyond the built-in ones
		weak, weakID  string // a weak alias the file adds, and its entry
	}{
		{"empty.yaml", "", 0, "", ""},
		{"comments.yaml", "# nothing yet\n", 0, "", ""},
		{"no-version.yml", "entries:\n  - {id: city:test-village, type: City, name: قرية الاختبار, nameEn: Test village}\n", 1, "", ""},
		{"weak.yaml", "version: 1\nentries:\n  - {id: org:sohr, weakAliases: [مرصد حقوق الإنسان]}\n", 0, "مرصد حقوق الانسان", "org:sohr"},
	}
	base := len(load(t).Entries())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, tt.name, tt.content)
			l := load(t, dir)
			if n := len(l.Entries()) - base; n != tt.added {
				t.Errorf("%d entries added, want %d", n, tt.added)
			}
			if tt.weak != "" && !hasID(l.LookupWeak(arabic.Key(tt.weak)), tt.weakID) {
				t.Errorf("LookupWeak(Key(%q)) misses %s", tt.weak, tt.weakID)
			}
		})
	}
}

func TestMissingPath(t *testing.T) {
	p := filepath.Join(t.TempDir(), "absent.yaml")
	if _, err := Load(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("Load(%s) = %v, want an error naming it", p, err)
	}
}

func FuzzAddFile(f *testing.F) {
	f.Add([]byte("version: 1\nentries:\n  - id: city:x\n    type: City\n    name: بلدة\n    relations: [{type: located_in, to: city:x}]\n"))
	f.Add([]byte("entries: [{id: base:y}]"))
	f.Add([]byte("version: -1"))
	f.Add([]byte("\x00\xff: ["))
	f.Fuzz(func(t *testing.T, b []byte) {
		l := newLexicon()
		if err := l.add("fuzz.yaml", b); err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v is not ErrInvalid", err)
			}
			return
		}
		_ = l.check()
		l.index()
		for _, e := range l.Entries() {
			if e.ID == "" || e.Name == "" || l.ByID(e.ID) != e {
				t.Fatalf("bad entry %+v", e)
			}
		}
	})
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	l, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	k := arabic.Key("الميليشيات الموالية لإيران")
	for b.Loop() {
		if len(l.Lookup(k)) == 0 {
			b.Fatal("no match")
		}
	}
}

// TestNameKeys checks the keys Load keeps against arabic.Key of each name,
// and that an entry made by hand gets them too.
func TestNameKeys(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	hand := &Entry{ID: "base:x", Name: "قاعدة عين الأسد", Aliases: []string{"عين الاسد", "ـ"}}
	for _, e := range append(l.Entries(), hand) {
		names, keys := e.Names(), e.NameKeys()
		if len(keys) != len(names) {
			t.Fatalf("%s: %d keys for %d names", e.ID, len(keys), len(names))
		}
		for i, n := range names {
			if want := arabic.Key(n); keys[i] != want {
				t.Errorf("%s: NameKeys()[%d] = %q, want Key(%q) = %q", e.ID, i, keys[i], n, want)
			}
		}
	}
}
