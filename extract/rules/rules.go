// Package rules holds the extractor's cue words and discovery triggers as
// embedded YAML data, compiled once into matchers over arabic tokens.
package rules

import (
	"embed"
	"fmt"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/nisba/nisba/extract/arabic"
)

//go:embed *.yaml
var data embed.FS

// Word is one word of a phrase: a key, matched whole or as a prefix.
type Word struct {
	Key    string
	Prefix bool
}

// Phrase is a sequence of words.
type Phrase []Word

// Set is a list of phrases, longest first, indexed by first word.
type Set struct {
	all    []Phrase
	exact  map[string][]Phrase // first word key -> phrases, longest first
	prefix map[string][]Phrase // first two runes of a prefix first word -> phrases
}

// head is the first two runes of a key, the index of prefix phrases.
func head(k string) string {
	n := 0
	for i := range k {
		if n == 2 {
			return k[:i]
		}
		n++
	}
	return k
}

// Len is the number of phrases.
func (s Set) Len() int { return len(s.all) }

// Trigger introduces a discovered entity of Type; Keep keeps the trigger
// word in the name.
type Trigger struct {
	Type string `yaml:"type"`
	Keep bool   `yaml:"keep"`
	// Quoted triggers take only a quoted name (موقع "X" but not موقع خالٍ).
	Quoted bool     `yaml:"quoted"`
	Words  []string `yaml:"words"`
}

// Backer maps a non-country backer to its country id.
type Backer struct {
	Name    string `yaml:"name"`
	Country string `yaml:"country"`
}

// Rules are the compiled cue data.
type Rules struct {
	Cues     map[string]Set
	Triggers map[string]Trigger // trigger key -> trigger
	Titles   Set
	Stop     map[string]bool
	Generic  map[string]bool
	Backers  map[string]string // arabic.Key(name) -> country id
	Domestic map[string]bool   // country ids where the stories happen
	Numbers  map[string]int    // arabic.Key(number word) -> value
}

type cueFile struct {
	Version int                 `yaml:"version"`
	Numbers map[string]int      `yaml:"numbers"`
	Cues    map[string][]string `yaml:"cues"`
}

type entityFile struct {
	Version  int       `yaml:"version"`
	Triggers []Trigger `yaml:"triggers"`
	Titles   []string  `yaml:"titles"`
	Stop     []string  `yaml:"stop"`
	Generic  []string  `yaml:"generic"`
	Backers  []Backer  `yaml:"backers"`
	Domestic []string  `yaml:"domestic"`
}

// Load parses the embedded rule files.
func Load() (*Rules, error) {
	var cf cueFile
	if err := decode("cues.yaml", &cf); err != nil {
		return nil, err
	}
	var ef entityFile
	if err := decode("entities.yaml", &ef); err != nil {
		return nil, err
	}
	r := &Rules{Cues: map[string]Set{}, Triggers: map[string]Trigger{}, Stop: keySet(ef.Stop),
		Generic: keySet(ef.Generic), Backers: map[string]string{}, Domestic: map[string]bool{}}
	for _, d := range ef.Domestic {
		r.Domestic[d] = true
	}
	for name, phrases := range cf.Cues {
		r.Cues[name] = Compile(phrases)
	}
	r.Numbers = map[string]int{}
	for w, n := range cf.Numbers {
		r.Numbers[arabic.Key(w)] = n
	}
	// Every stance cue also says that a sentence is about who did it.
	var all []string
	for _, name := range []string{"attribution", "claimed", "denied", "hinted", "suspected", "likely"} {
		all = append(all, cf.Cues[name]...)
	}
	r.Cues["attribution"] = Compile(all)
	for _, t := range ef.Triggers {
		for _, w := range t.Words {
			r.Triggers[arabic.Key(w)] = t
		}
	}
	r.Titles = Compile(ef.Titles)
	for _, b := range ef.Backers {
		r.Backers[arabic.Key(b.Name)] = b.Country
	}
	return r, nil
}

func decode(name string, v any) error {
	b, err := data.ReadFile(name)
	if err != nil {
		return fmt.Errorf("read rules %s: %w", name, err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("parse rules %s: %w", name, err)
	}
	return nil
}

func keySet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if k := arabic.Key(w); k != "" {
			m[k] = true
		}
	}
	return m
}

// Compile turns phrases ("اعلن* مسؤوليت*") into a Set, longest first.
func Compile(phrases []string) Set {
	var all []Phrase
	for _, p := range phrases {
		var ph Phrase
		for _, w := range strings.Fields(p) {
			prefix := strings.HasSuffix(w, "*")
			k := arabic.Key(strings.TrimSuffix(w, "*"))
			if k == "" {
				continue
			}
			ph = append(ph, Word{Key: k, Prefix: prefix})
		}
		if len(ph) > 0 {
			all = append(all, ph)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
	s := Set{all: all, exact: map[string][]Phrase{}, prefix: map[string][]Phrase{}}
	for _, ph := range all {
		if ph[0].Prefix {
			h := head(ph[0].Key)
			s.prefix[h] = append(s.prefix[h], ph)
		} else {
			s.exact[ph[0].Key] = append(s.exact[ph[0].Key], ph)
		}
	}
	return s
}

// Match returns the length in tokens of the longest phrase of s starting at
// toks[i], or 0.
func (s Set) Match(toks []arabic.Token, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	best := 0
	for _, v := range toks[i].Variants {
		for _, ph := range s.exact[v.Key] {
			if len(ph) > best && ph.matchAt(toks, i) {
				best = len(ph)
			}
		}
		if len(s.prefix) == 0 {
			continue
		}
		for _, ph := range s.prefix[head(v.Key)] {
			if len(ph) > best && ph.matchAt(toks, i) {
				best = len(ph)
			}
		}
	}
	return best
}

func (ph Phrase) matchAt(toks []arabic.Token, i int) bool {
	if i+len(ph) > len(toks) {
		return false
	}
	for j, w := range ph {
		t := &toks[i+j]
		if j > 0 && t.Break {
			return false
		}
		if w.Prefix && !t.HasPrefix(w.Key) || !w.Prefix && !t.Has(w.Key) {
			return false
		}
	}
	return true
}

// Has reports whether a one-word phrase of s matches token t.
func (s Set) Has(t *arabic.Token) bool {
	return s.Match([]arabic.Token{*t}, 0) > 0
}

// Find returns the start of every match of s in toks[from:to].
func (s Set) Find(toks []arabic.Token, from, to int) []int {
	var out []int
	for i := from; i < to && i < len(toks); i++ {
		if s.Match(toks, i) > 0 {
			out = append(out, i)
		}
	}
	return out
}
