package eval

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/nisba/nisba/model"
)

// Gold is a hand (or generator) annotation in the gold format of GRAPH.md §4.
type Gold struct {
	Articles     []model.Article   `json:"articles"`
	Entities     []GoldEntity      `json:"entities"`
	Attacks      []GoldAttack      `json:"attacks"`
	Retaliations []GoldRetaliation `json:"retaliations"`
	Relations    []GoldRelation    `json:"relations"`
}

// GoldEntity lists every acceptable surface form of one real entity.
type GoldEntity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Names    []string `json:"names"`
	NameEn   string   `json:"nameEn,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// GoldAttack is one real attack; a nil Date means it is not knowable.
type GoldAttack struct {
	ID           string            `json:"id"`
	Target       string            `json:"target"`
	Date         *string           `json:"date"`
	DateText     string            `json:"dateText,omitempty"`
	Weapons      []string          `json:"weapons"`
	Munitions    int               `json:"munitions,omitempty"`
	Attackers    []string          `json:"attackers"`
	LaunchedFrom []string          `json:"launchedFrom,omitempty"`
	Status       string            `json:"status,omitempty"`
	Articles     []string          `json:"articles"`
	Attributions []GoldAttribution `json:"attributions"`
	Optional     bool              `json:"optional,omitempty"`
}

// GoldAttribution is one claim about who carried out an attack.
type GoldAttribution struct {
	Accused  string `json:"accused"`
	Claimant string `json:"claimant,omitempty"`
	Stance   string `json:"stance"`
	Optional bool   `json:"optional,omitempty"`
}

// GoldRetaliation is one retaliation; any of Actors is an acceptable actor.
type GoldRetaliation struct {
	ID              string   `json:"id"`
	Actors          []string `json:"actors"`
	Targets         []Target `json:"targets"`
	OptionalTargets []string `json:"optionalTargets,omitempty"`
	Date            *string  `json:"date"`
	Weapons         []string `json:"weapons,omitempty"`
	RespondsTo      *string  `json:"respondsTo"`
	Articles        []string `json:"articles"`
	Optional        bool     `json:"optional,omitempty"`
}

// Target is one retaliation target: a single entity id, or a list of
// alternatives of which any one is a hit. It encodes as a JSON string or list.
type Target struct {
	Alts []string // the acceptable entity ids
	list bool     // written as a JSON list (even of one id)
}

// One is a target with exactly one acceptable entity.
func One(id string) Target { return Target{Alts: []string{id}} }

// AnyOf is a target that any of ids satisfies.
func AnyOf(ids ...string) Target { return Target{Alts: ids, list: true} }

// MarshalJSON writes a single target as a string, alternatives as a list.
func (t Target) MarshalJSON() ([]byte, error) {
	if !t.list && len(t.Alts) == 1 {
		return json.Marshal(t.Alts[0])
	}
	return json.Marshal(t.Alts)
}

// UnmarshalJSON accepts a string or a list of strings.
func (t *Target) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = One(s)
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("retaliation target: want a string or a list of strings: %w", err)
	}
	*t = AnyOf(l...)
	return nil
}

// String is how score.py prints the target: the id, or a Python list.
func (t Target) String() string {
	if !t.list && len(t.Alts) == 1 {
		return t.Alts[0]
	}
	out := "["
	for i, a := range t.Alts {
		if i > 0 {
			out += ", "
		}
		out += pyRepr(a)
	}
	return out + "]"
}

// GoldRelation is a directed edge between two gold entities.
type GoldRelation struct {
	From     string `json:"from"`
	Type     string `json:"type"`
	To       string `json:"to"`
	Optional bool   `json:"optional,omitempty"`
}

// ReadGold decodes a gold file and checks that its references name entities.
func ReadGold(r io.Reader) (*Gold, error) {
	var g Gold
	if err := json.NewDecoder(r).Decode(&g); err != nil {
		return nil, fmt.Errorf("decode gold: %w", err)
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}

// Write encodes the gold file as indented JSON.
func (g *Gold) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(g); err != nil {
		return fmt.Errorf("encode gold: %w", err)
	}
	return nil
}

// Validate checks that ids are unique, every entity has a name and every
// reference names a gold entity.
func (g *Gold) Validate() error {
	ents := map[string]bool{}
	for _, e := range g.Entities {
		if e.ID == "" || len(e.Names) == 0 {
			return fmt.Errorf("gold entity %q: needs an id and at least one name", e.ID)
		}
		if ents[e.ID] {
			return fmt.Errorf("gold: duplicate entity id %q", e.ID)
		}
		ents[e.ID] = true
	}
	for _, a := range g.Attacks {
		if err := a.check(ents); err != nil {
			return err
		}
	}
	for _, r := range g.Retaliations {
		if err := r.check(ents); err != nil {
			return err
		}
	}
	for _, r := range g.Relations {
		if !ents[r.From] || !ents[r.To] {
			return fmt.Errorf("gold relation %s %s %s names an unknown entity", r.From, r.Type, r.To)
		}
	}
	return nil
}

func (a GoldAttack) check(ents map[string]bool) error {
	if !ents[a.Target] {
		return fmt.Errorf("gold attack %q: target %q is not an entity", a.ID, a.Target)
	}
	for _, x := range a.Attackers {
		if !ents[x] {
			return fmt.Errorf("gold attack %q: attacker %q is not an entity", a.ID, x)
		}
	}
	for _, at := range a.Attributions {
		if !ents[at.Accused] || (at.Claimant != "" && !ents[at.Claimant]) {
			return fmt.Errorf("gold attack %q: attribution names an unknown entity", a.ID)
		}
	}
	return nil
}

func (r GoldRetaliation) check(ents map[string]bool) error {
	ids := append([]string{}, r.Actors...)
	ids = append(ids, r.OptionalTargets...)
	for _, t := range r.Targets {
		ids = append(ids, t.Alts...)
	}
	for _, x := range ids {
		if !ents[x] {
			return fmt.Errorf("gold retaliation %q: %q is not an entity", r.ID, x)
		}
	}
	return nil
}
