// Package lexicon is nisba's curated, versioned gazetteer of the region —
// bases, armed groups, forces, officials, places, countries and organisations
// with Arabic aliases, English names and coordinates — loaded from YAML data
// files that users can extend.
package lexicon

import (
	"embed"
	"errors"
	"fmt"
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
}

// Relation is an edge declared in the lexicon.
type Relation struct {
	Type string `yaml:"type"`
	To   string `yaml:"to"`
}

// File is the shape of one data file.
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
	maxLen  int                 // longest key in words
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
	l := &Lexicon{byID: map[string]*Entry{}, byKey: map[string][]*Entry{}}
	names, err := fs.Glob(builtin, "data/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := builtin.ReadFile(n)
		if err != nil {
			return nil, err
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

func (l *Lexicon) addPath(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", p, err)
	}
	files := []string{p}
	if st.IsDir() {
		files, _ = filepath.Glob(filepath.Join(p, "*.yaml"))
		sort.Strings(files)
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

func (l *Lexicon) add(name string, b []byte) error {
	var f File
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return fmt.Errorf("lexicon %s: %w: %v", name, ErrInvalid, err)
	}
	for i := range f.Entries {
		e := f.Entries[i]
		if e.ID == "" || e.Name == "" {
			return fmt.Errorf("lexicon %s: %w: entry %d needs id and name", name, ErrInvalid, i+1)
		}
		if !validType(e.Type) {
			return fmt.Errorf("lexicon %s: %w: %s has unknown type %q", name, ErrInvalid, e.ID, e.Type)
		}
		if old := l.byID[e.ID]; old != nil {
			merge(old, &e)
			continue
		}
		ep := &e
		l.entries = append(l.entries, ep)
		l.byID[e.ID] = ep
	}
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
	old.Aliases = append(old.Aliases, e.Aliases...)
	old.Adjectives = append(old.Adjectives, e.Adjectives...)
	old.Relations = append(old.Relations, e.Relations...)
	old.Ambiguous = old.Ambiguous || e.Ambiguous
}

func validType(t string) bool {
	for _, x := range model.EntityTypes {
		if x == t {
			return true
		}
	}
	return false
}

// check verifies that every relation points at a known entry.
func (l *Lexicon) check() error {
	for _, e := range l.entries {
		for _, r := range e.Relations {
			if l.byID[r.To] == nil {
				return fmt.Errorf("lexicon: %w: %s %s -> unknown id %q", ErrInvalid, e.ID, r.Type, r.To)
			}
		}
	}
	return nil
}

func (l *Lexicon) index() {
	for _, e := range l.entries {
		for _, n := range e.Names() {
			k := arabic.Key(n)
			if k == "" {
				continue
			}
			if !containsEntry(l.byKey[k], e) {
				l.byKey[k] = append(l.byKey[k], e)
			}
			if w := len(strings.Fields(k)); w > l.maxLen {
				l.maxLen = w
			}
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

// Names returns the canonical name, then the aliases.
func (e *Entry) Names() []string {
	return append([]string{e.Name}, e.Aliases...)
}

// ByID returns the entry with that id, or nil.
func (l *Lexicon) ByID(id string) *Entry { return l.byID[id] }

// Lookup returns the entries whose name or alias has the given arabic.Key.
func (l *Lexicon) Lookup(key string) []*Entry { return l.byKey[key] }

// MaxWords is the length in words of the longest key, the widest window a
// longest-match scan needs.
func (l *Lexicon) MaxWords() int { return l.maxLen }

// Entries returns every entry in load order.
func (l *Lexicon) Entries() []*Entry { return l.entries }
