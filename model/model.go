// Package model is the JSON exchange format of shared/spec/GRAPH.md §3: the one
// document type that extraction writes, the loader reads, export rebuilds and
// the scorer compares.
package model

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Entity types of the ontology (GRAPH.md §1). The names are the contract.
const (
	TypeBase         = "Base"
	TypeMilitia      = "Militia"
	TypeForce        = "Force"
	TypeOfficial     = "Official"
	TypeCity         = "City"
	TypeCountry      = "Country"
	TypeOrganization = "Organization"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []string{TypeBase, TypeMilitia, TypeForce, TypeOfficial, TypeCity, TypeCountry, TypeOrganization}

// Attack statuses.
const (
	StatusCarriedOut = "carried-out"
	StatusFoiled     = "foiled"
)

// Attribution stances, from firmest to weakest, then denial.
const (
	StanceClaimed   = "claimed"
	StanceAsserted  = "asserted"
	StanceLikely    = "likely"
	StanceSuspected = "suspected"
	StanceHinted    = "hinted"
	StanceDenied    = "denied"
)

// Weapons an attack or retaliation can use.
var Weapons = []string{"rocket", "mortar", "drone", "artillery", "airstrike", "gunfire", "ied", "missile", "unknown"}

// Relation types between entities (directed, From -> To).
const (
	RelBackedBy       = "backed_by"
	RelBasedIn        = "based_in"
	RelPartOf         = "part_of"
	RelLeaderOf       = "leader_of"
	RelMemberOf       = "member_of"
	RelSpokespersonOf = "spokesperson_of"
	RelLocatedIn      = "located_in"
)

// RelationTypes lists every relation type in a stable order.
var RelationTypes = []string{RelBackedBy, RelBasedIn, RelPartOf, RelLeaderOf, RelMemberOf, RelSpokespersonOf, RelLocatedIn}

// Document is one extracted (or exported) graph.
type Document struct {
	Articles     []Article     `json:"articles"`
	Entities     []Entity      `json:"entities"`
	Attacks      []Attack      `json:"attacks"`
	Retaliations []Retaliation `json:"retaliations"`
	Relations    []Relation    `json:"relations"`
}

// Article is one input article and its metadata.
type Article struct {
	ID        string `json:"id"`
	Published string `json:"published,omitempty"` // ISO day
	Outlet    string `json:"outlet,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Path      string `json:"path,omitempty"`
	// Hash is the hex SHA-256 of the article's bytes: what periodic loads
	// compare to know whether an article changed.
	Hash string `json:"hash,omitempty"`
	// Notes are problems met while reading or extracting the article.
	Notes []string `json:"notes,omitempty"`
}

// Evidence ties a fact to the sentence it came from. Start and End are
// character (rune) offsets of the sentence in the article text.
type Evidence struct {
	Article  string `json:"article"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
}

// Point is a WGS84 coordinate.
type Point struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Entity is a node with a stable identity. ID doubles as the graph xid, so it
// must be stable across runs and articles (e.g. "base:ain-al-asad").
type Entity struct {
	ID       string     `json:"id"`
	Type     string     `json:"type"`
	Name     string     `json:"name"`
	NameEn   string     `json:"nameEn,omitempty"`
	Aliases  []string   `json:"aliases,omitempty"`
	Location *Point     `json:"location,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Attack is an attack (or foiled attempt) on a base.
type Attack struct {
	ID           string        `json:"id"`
	Target       string        `json:"target"`
	Date         *string       `json:"date"`
	DateText     string        `json:"dateText,omitempty"`
	Weapons      []string      `json:"weapons"`
	Munitions    int           `json:"munitions,omitempty"`
	Attackers    []string      `json:"attackers"`
	LaunchedFrom []string      `json:"launchedFrom,omitempty"`
	Status       string        `json:"status"`
	Damage       string        `json:"damage,omitempty"`
	Casualties   string        `json:"casualties,omitempty"`
	Articles     []string      `json:"articles"`
	Attributions []Attribution `json:"attributions"`
	Evidence     []Evidence    `json:"evidence,omitempty"`
}

// Attribution is a claim that an attack was carried out by Accused.
// An empty Claimant means the article's own voice.
type Attribution struct {
	ID       string     `json:"id,omitempty"`
	Accused  string     `json:"accused"`
	Claimant string     `json:"claimant,omitempty"`
	Stance   string     `json:"stance"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Retaliation is an action by one side against the other.
type Retaliation struct {
	ID         string     `json:"id"`
	Actor      string     `json:"actor"`
	Targets    []string   `json:"targets"`
	Date       *string    `json:"date"`
	DateText   string     `json:"dateText,omitempty"`
	Weapons    []string   `json:"weapons,omitempty"`
	RespondsTo *string    `json:"respondsTo"`
	Articles   []string   `json:"articles"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// Relation is a directed edge between two entities.
type Relation struct {
	From     string     `json:"from"`
	Type     string     `json:"type"`
	To       string     `json:"to"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Day returns a pointer to an ISO day string, or nil for "".
func Day(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Read decodes a document and checks its references.
func Read(r io.Reader) (*Document, error) {
	var d Document
	dec := json.NewDecoder(r)
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("decode graph document: %w", err)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return &d, nil
}

// Write encodes the document as indented JSON, sorted so that the same graph
// always gives the same bytes.
func (d *Document) Write(w io.Writer) error {
	d.Sort()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(d)
}

// Sort puts every list in a canonical order.
func (d *Document) Sort() {
	sort.Slice(d.Articles, func(i, j int) bool { return d.Articles[i].ID < d.Articles[j].ID })
	sort.Slice(d.Entities, func(i, j int) bool { return d.Entities[i].ID < d.Entities[j].ID })
	sort.Slice(d.Attacks, func(i, j int) bool { return IDLess(d.Attacks[i].ID, d.Attacks[j].ID) })
	sort.Slice(d.Retaliations, func(i, j int) bool { return d.Retaliations[i].ID < d.Retaliations[j].ID })
	sort.Slice(d.Relations, func(i, j int) bool {
		a, b := d.Relations[i], d.Relations[j]
		if a.From != b.From {
			return a.From < b.From
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.To < b.To
	})
}

// Validate checks that ids are unique and every reference names an entity,
// attack or article of the document.
func (d *Document) Validate() error {
	ents := map[string]bool{}
	for _, e := range d.Entities {
		if e.ID == "" {
			return fmt.Errorf("entity %q has no id", e.Name)
		}
		if ents[e.ID] {
			return fmt.Errorf("duplicate entity id %q", e.ID)
		}
		ents[e.ID] = true
	}
	attacks := map[string]bool{}
	for _, a := range d.Attacks {
		if attacks[a.ID] {
			return fmt.Errorf("duplicate attack id %q", a.ID)
		}
		attacks[a.ID] = true
		if !ents[a.Target] {
			return fmt.Errorf("attack %q: target %q is not an entity", a.ID, a.Target)
		}
		for _, x := range append(append([]string{}, a.Attackers...), a.LaunchedFrom...) {
			if !ents[x] {
				return fmt.Errorf("attack %q: %q is not an entity", a.ID, x)
			}
		}
		for _, at := range a.Attributions {
			if !ents[at.Accused] || (at.Claimant != "" && !ents[at.Claimant]) {
				return fmt.Errorf("attack %q: attribution names an unknown entity", a.ID)
			}
		}
	}
	for _, r := range d.Retaliations {
		if !ents[r.Actor] {
			return fmt.Errorf("retaliation %q: actor %q is not an entity", r.ID, r.Actor)
		}
		for _, t := range r.Targets {
			if !ents[t] {
				return fmt.Errorf("retaliation %q: target %q is not an entity", r.ID, t)
			}
		}
		if r.RespondsTo != nil && !attacks[*r.RespondsTo] {
			return fmt.Errorf("retaliation %q: respondsTo %q is not an attack", r.ID, *r.RespondsTo)
		}
	}
	for _, r := range d.Relations {
		if !ents[r.From] || !ents[r.To] {
			return fmt.Errorf("relation %s %s %s names an unknown entity", r.From, r.Type, r.To)
		}
	}
	return nil
}

// IDLess orders ids as strings, except that two ids differing only in a
// trailing number (an undated attack's place in its article) go in text
// order: ":3" before ":11".
func IDLess(a, b string) bool {
	i, j := strings.LastIndexByte(a, ':'), strings.LastIndexByte(b, ':')
	if i >= 0 && j >= 0 && a[:i] == b[:j] && allDigits(a[i+1:]) && allDigits(b[j+1:]) {
		x, y := a[i+1:], b[j+1:]
		if len(x) != len(y) {
			return len(x) < len(y)
		}
		return x < y
	}
	return a < b
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
