package eval

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/nisba/nisba/model"
)

// ReadSystem decodes a system graph (GRAPH.md §3) as leniently as score.py
// reads it: no reference checks, and a field of the wrong JSON type is taken
// as absent instead of failing the whole file. Only malformed JSON is an error.
func ReadSystem(r io.Reader) (*model.Document, error) {
	var raw map[string]any
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("decode system graph: %w", err)
	}
	d := &model.Document{}
	for _, o := range objects(raw["entities"]) {
		d.Entities = append(d.Entities, model.Entity{
			ID: str(o["id"]), Type: str(o["type"]), Name: str(o["name"]),
			NameEn: str(o["nameEn"]), Aliases: strs(o["aliases"]),
		})
	}
	for _, o := range objects(raw["attacks"]) {
		a := model.Attack{ID: str(o["id"]), Target: str(o["target"]), Date: strPtr(o["date"]),
			Attackers: strs(o["attackers"])}
		for _, at := range objects(o["attributions"]) {
			a.Attributions = append(a.Attributions, model.Attribution{
				Accused: str(at["accused"]), Claimant: str(at["claimant"]), Stance: str(at["stance"]),
			})
		}
		d.Attacks = append(d.Attacks, a)
	}
	for _, o := range objects(raw["retaliations"]) {
		d.Retaliations = append(d.Retaliations, model.Retaliation{
			ID: str(o["id"]), Actor: str(o["actor"]), Targets: strs(o["targets"]), Date: strPtr(o["date"]),
		})
	}
	for _, o := range objects(raw["relations"]) {
		d.Relations = append(d.Relations, model.Relation{From: str(o["from"]), Type: str(o["type"]), To: str(o["to"])})
	}
	return d, nil
}

func objects(v any) []map[string]any {
	l, _ := v.([]any)
	var out []map[string]any
	for _, x := range l {
		if o, ok := x.(map[string]any); ok {
			out = append(out, o)
		}
	}
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func strPtr(v any) *string {
	if s, ok := v.(string); ok {
		return &s
	}
	return nil
}

func strs(v any) []string {
	l, _ := v.([]any)
	var out []string
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
