// Package lexicon is nisba's curated, versioned gazetteer of the region —
// bases, armed groups, forces, officials, places, countries and organisations
// with Arabic aliases, English names and coordinates — loaded from YAML data
// files that users can extend.
package lexicon

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/model"
)

//go:embed data/*.yaml
var builtin embed.FS

// Entry is one entity of the lexicon.
type Entry struct {
	// ID is the stable id, "<kind>:<slug>" (e.g. "base:ain-al-asad"); it is the
	// entity's xid in the graph, so it never changes once published.
	ID      string   `yaml:"id"`
	Type    string   `yaml:"type"` // a model.Type* name
	Name    string   `yaml:"name"` // canonical Arabic name
	NameEn  string   `yaml:"nameEn"`
	Aliases []string `yaml:"aliases"`
	// Adjectives are the nisba forms of a Country (إيراني، الإيرانية، إيرانياً),
	// used to read "ميليشيات إيرانية" and "الحرس الثوري الإيراني".
	Adjectives []string     `yaml:"adjectives,omitempty"`
	Location   *model.Point `yaml:"location,omitempty"`
	// Relations from this entry to other entries, e.g.
	// {type: located_in, to: city:deir-ez-zor}.
	Relations []Relation `yaml:"relations,omitempty"`
	// Ambiguous marks names that are also common words or other things
	// (المهندس "the engineer", عمر "Omar"); the extractor only takes them with
	// supporting context.
	Ambiguous bool `yaml:"ambiguous,omitempty"`
	// WeakAliases are short forms that name this entry only with supporting
	// context: a surname that is also a word (المهندس), a bare generic noun
	// (المرصد, الحشد), a capital used for its state (طهران for Iran). They are
	// not among Names and Lookup never returns them; LookupWeak does, so the
	// full names of an entry stay unambiguous while its short forms do not.
	WeakAliases []string `yaml:"weakAliases,omitempty"`
	// LedBy is the state that leads a coalition force (the international
	// coalition and the United States): across articles the coalition's
	// strikes of a day and that state's on the same targets are one.
	LedBy string `yaml:"ledBy,omitempty"`
	// nameKeys are the arabic.Key of Names(), in order, set by Load once
	// the entry is complete (nil for an entry made by hand).
	nameKeys []string
}

// Relation is an edge declared in the lexicon.
type Relation struct {
	Type string `yaml:"type"`
	To   string `yaml:"to"`
}

// File is the shape of one data file. Version is the format version
// (CurrentVersion; a file without one is read as the current version).
type File struct {
	Version int     `yaml:"version"`
	Entries []Entry `yaml:"entries"`
}

// Lexicon is the loaded, indexed gazetteer. It is read-only after Load and
// safe for concurrent use.
type Lexicon struct {
	entries []*Entry
	byID    map[string]*Entry
	byKey   map[string][]*Entry // arabic.Key(name or alias) -> entries
	byWeak  map[string][]*Entry // arabic.Key(weak alias) -> entries
	byAdj   map[string][]*Entry // arabic.Key(adjective) -> countries
	maxLen  int                 // longest key in words
	// rels remembers which file declared each relation, so that a dangling
	// target is reported against the file that named it.
	rels []declared
	leds []declared // the ledBy of each entry, checked as rels are
}

// declared is a relation together with the file and entry that declared it.
type declared struct {
	file, from string
	rel        Relation
}

// Sentinel errors.
var (
	// ErrInvalid marks a data file that breaks the lexicon's rules.
	ErrInvalid = errors.New("invalid lexicon")
)

// Load reads the built-in data files, then each extra file or directory of
// *.yaml files in order. A later entry with an existing id extends it (its
// aliases are added; a non-empty field replaces the old value).
func Load(extra ...string) (*Lexicon, error) {
	l := newLexicon()
	names, err := fs.Glob(builtin, "data/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("lexicon: list built-in data: %w", err)
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := builtin.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", n, err)
		}
		if err := l.add(n, b); err != nil {
			return nil, err
		}
	}
	for _, p := range extra {
		if err := l.addPath(p); err != nil {
			return nil, err
		}
	}
	if err := l.check(); err != nil {
		return nil, err
	}
	l.index()
	return l, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{
		byID:   map[string]*Entry{},
		byKey:  map[string][]*Entry{},
		byWeak: map[string][]*Entry{},
		byAdj:  map[string][]*Entry{},
	}
}

func (l *Lexicon) addPath(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", p, err)
	}
	files := []string{p}
	if st.IsDir() {
		files, err = dataFiles(p)
		if err != nil {
			return fmt.Errorf("lexicon %s: %w", p, err)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("lexicon %s: %w", f, err)
		}
		if err := l.add(f, b); err != nil {
			return err
		}
	}
	return nil
}

// dataFiles lists the *.yaml and *.yml files of a directory, sorted.
func dataFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range ents {
		ext := filepath.Ext(e.Name())
		if !e.IsDir() && (ext == ".yaml" || ext == ".yml") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}

// CurrentVersion is the data file format this package reads. A file without
// a version is read as this version.
const CurrentVersion = 1

func (l *Lexicon) add(name string, b []byte) error {
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("lexicon %s: %w: %v", name, ErrInvalid, err)
	}
	if f.Version > CurrentVersion || f.Version < 0 {
		return fmt.Errorf("lexicon %s: %w: unsupported version %d", name, ErrInvalid, f.Version)
	}
	for i := range f.Entries {
		if err := l.addEntry(f.Entries[i], i); err != nil {
			return fmt.Errorf("lexicon %s: %w", name, err)
		}
		for _, r := range f.Entries[i].Relations {
			l.rels = append(l.rels, declared{file: name, from: f.Entries[i].ID, rel: r})
		}
		if to := f.Entries[i].LedBy; to != "" {
			l.leds = append(l.leds, declared{file: name, from: f.Entries[i].ID, rel: Relation{Type: "ledBy", To: to}})
		}
	}
	return nil
}

// addEntry adds a new entry or extends the one with the same id. A new entry
// needs a name and a type; an extension needs only the id.
func (l *Lexicon) addEntry(e Entry, i int) error {
	if e.ID == "" {
		return fmt.Errorf("%w: entry %d has no id", ErrInvalid, i+1)
	}
	old := l.byID[e.ID]
	if old == nil && e.Name == "" {
		return fmt.Errorf("%w: new entry %s has no name", ErrInvalid, e.ID)
	}
	if (old == nil || e.Type != "") && !validType(e.Type) {
		return fmt.Errorf("%w: %s has unknown type %q", ErrInvalid, e.ID, e.Type)
	}
	if old != nil && e.Type != "" && e.Type != old.Type {
		return fmt.Errorf("%w: %s is a %s, not a %s", ErrInvalid, e.ID, old.Type, e.Type)
	}
	if p := e.Location; p != nil && (p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180) {
		return fmt.Errorf("%w: %s has location %v,%v out of range", ErrInvalid, e.ID, p.Lat, p.Lon)
	}
	for _, r := range e.Relations {
		if r.Type == "" || r.To == "" {
			return fmt.Errorf("%w: %s has a relation without type or target", ErrInvalid, e.ID)
		}
	}
	if old != nil {
		merge(old, &e)
		return nil
	}
	ep := &e
	l.entries = append(l.entries, ep)
	l.byID[e.ID] = ep
	return nil
}

func merge(old, e *Entry) {
	if e.Name != "" && e.Name != old.Name {
		old.Aliases = append(old.Aliases, old.Name)
		old.Name = e.Name
	}
	if e.NameEn != "" {
		old.NameEn = e.NameEn
	}
	if e.Location != nil {
		old.Location = e.Location
	}
	old.Aliases = appendNew(old.Aliases, e.Aliases...)
	old.WeakAliases = appendNew(old.WeakAliases, e.WeakAliases...)
	old.Adjectives = appendNew(old.Adjectives, e.Adjectives...)
	for _, r := range e.Relations {
		if !containsRelation(old.Relations, r) {
			old.Relations = append(old.Relations, r)
		}
	}
	old.Ambiguous = old.Ambiguous || e.Ambiguous
	if e.LedBy != "" {
		old.LedBy = e.LedBy
	}
}

// appendNew appends the strings of add that dst does not hold yet.
func appendNew(dst []string, add ...string) []string {
	for _, a := range add {
		seen := false
		for _, d := range dst {
			if d == a {
				seen = true
				break
			}
		}
		if !seen {
			dst = append(dst, a)
		}
	}
	return dst
}

func containsRelation(rs []Relation, r Relation) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func validType(t string) bool {
	for _, x := range model.EntityTypes {
		if x == t {
			return true
		}
	}
	return false
}

// check verifies that every relation points at a known entry, naming the
// file that declared a dangling one.
func (l *Lexicon) check() error {
	for _, d := range l.rels {
		if l.byID[d.rel.To] == nil {
			return fmt.Errorf("lexicon %s: %w: %s %s -> unknown id %q", d.file, ErrInvalid, d.from, d.rel.Type, d.rel.To)
		}
	}
	for _, d := range l.leds {
		if to := l.byID[d.rel.To]; to == nil || to.Type != model.TypeCountry {
			return fmt.Errorf("lexicon %s: %w: %s ledBy %q is no country of the lexicon", d.file, ErrInvalid, d.from, d.rel.To)
		}
	}
	return nil
}

func (l *Lexicon) index() {
	for _, e := range l.entries {
		e.nameKeys = keysOf(e.Names())
		l.indexNames(l.byKey, e, e.Names())
		l.indexNames(l.byWeak, e, e.WeakAliases)
		l.indexNames(l.byAdj, e, e.Adjectives)
	}
}

func (l *Lexicon) indexNames(m map[string][]*Entry, e *Entry, names []string) {
	for _, n := range names {
		k := arabic.Key(n)
		if k == "" {
			continue
		}
		if !containsEntry(m[k], e) {
			m[k] = append(m[k], e)
		}
		if w := len(strings.Fields(k)); w > l.maxLen {
			l.maxLen = w
		}
	}
}

func containsEntry(es []*Entry, e *Entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// Names returns the canonical name, then the aliases: the names Lookup
// indexes. Weak aliases and adjectives are not among them.
func (e *Entry) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// NameKeys returns the arabic.Key of each of Names(), in the same order
// (a name with no key gives ""). The slice is shared: callers must not
// change it.
func (e *Entry) NameKeys() []string {
	if e.nameKeys != nil {
		return e.nameKeys
	}
	return keysOf(e.Names())
}

// keysOf returns the arabic.Key of each name; never nil.
func keysOf(names []string) []string {
	ks := make([]string, len(names))
	for i, n := range names {
		ks[i] = arabic.Key(n)
	}
	return ks
}

// ByID returns the entry with that id, or nil.
func (l *Lexicon) ByID(id string) *Entry { return l.byID[id] }

// Lookup returns the entries whose name or alias has the given arabic.Key.
func (l *Lexicon) Lookup(key string) []*Entry { return l.byKey[key] }

// LookupWeak returns the entries with a weak alias of the given arabic.Key:
// candidates that need supporting context before they count as a mention.
func (l *Lexicon) LookupWeak(key string) []*Entry { return l.byWeak[key] }

// LookupAdjective returns the countries with a nisba adjective of the given
// arabic.Key (Key("الإيرانية") finds country:iran).
func (l *Lexicon) LookupAdjective(key string) []*Entry { return l.byAdj[key] }

// MaxWords is the length in words of the longest key (names, weak aliases
// and adjectives), the widest window a longest-match scan needs.
func (l *Lexicon) MaxWords() int { return l.maxLen }

// Collisions returns the keys that name more than one entry through a name
// or alias (weak aliases and adjectives aside), each with the ids it names
// in load order. A user extending the lexicon checks here that a new alias
// does not make an old name ambiguous.
func (l *Lexicon) Collisions() map[string][]string {
	out := map[string][]string{}
	for k, es := range l.byKey {
		if len(es) < 2 {
			continue
		}
		for _, e := range es {
			out[k] = append(out[k], e.ID)
		}
	}
	return out
}

// Entries returns every entry in load order.
func (l *Lexicon) Entries() []*Entry { return l.entries }
