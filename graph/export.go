package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/nisba/nisba/model"
)

// exportPage is how many nodes one export query reads.
const exportPage = 1000

const evidenceFields = `xid sentence: Mention.sentence start: Mention.start end: Mention.end article: Mention.article { xid }`

// exportQueries are the DQL selections of each kind of node.
func exportFields(kind string) string {
	switch kind {
	case "Article":
		return `xid published: Article.published outlet: Article.outlet url: Article.url title: Article.title
			path: Article.path hash: Article.hash notes: Article.notes`
	case "Entity":
		return `xid types: dgraph.type name nameEn: Entity.nameEn aliases: Entity.aliases location: Entity.location
			evidence: Entity.mentions { ` + evidenceFields + ` }`
	case "Attack":
		return `xid target: Attack.target { xid } date: Attack.date dateText: Attack.dateText weapons: Attack.weapons
			munitions: Attack.munitions attackers: Attack.attackers { xid } launchedFrom: Attack.launchedFrom { xid }
			status: Attack.status damage: Attack.damage casualties: Attack.casualties articles: Attack.articles { xid }
			evidence: Attack.evidence { ` + evidenceFields + ` }
			attributions: Attack.attributions { xid accused: Attribution.accused { xid } claimant: Attribution.claimant { xid }
				stance: Attribution.stance evidence: Attribution.evidence { ` + evidenceFields + ` } }`
	case "Retaliation":
		return `xid actor: Retaliation.actor { xid } targets: Retaliation.targets { xid } date: Retaliation.date
			dateText: Retaliation.dateText weapons: Retaliation.weapons respondsTo: Retaliation.respondsTo { xid }
			articles: Retaliation.articles { xid } evidence: Retaliation.evidence { ` + evidenceFields + ` }`
	case "Relation":
		return `xid from: Relation.from { xid } relType: Relation.relType to: Relation.to { xid }
			evidence: Relation.evidence { ` + evidenceFields + ` }`
	}
	return "xid"
}

// ref is a node reached by an edge.
type ref struct {
	XID string `json:"xid"`
}

type refs []ref

func (rs refs) xids() []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		out = append(out, r.XID)
	}
	sort.Strings(out)
	return out
}

func (r *ref) xid() string {
	if r == nil {
		return ""
	}
	return r.XID
}

type evidenceJSON struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Article  *ref   `json:"article"`
}

type evidenceList []evidenceJSON

func (es evidenceList) model() []model.Evidence {
	if len(es) == 0 {
		return nil
	}
	out := make([]model.Evidence, 0, len(es))
	for _, e := range es {
		out = append(out, model.Evidence{Article: e.Article.xid(), Start: e.Start, End: e.End, Sentence: e.Sentence})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	return out
}

// Export reads the whole graph back into a document: ids are xids, lists are
// sorted, evidence is included. Loading a document and exporting it gives the
// same document (up to list order and Attribution ids, which come back as
// their xids).
func (c *Client) Export(ctx context.Context) (*model.Document, error) {
	doc := &model.Document{}
	steps := []struct {
		kind string
		add  func(json.RawMessage) error
	}{
		{"Article", func(r json.RawMessage) error { return addArticles(doc, r) }},
		{"Entity", func(r json.RawMessage) error { return addEntities(doc, r) }},
		{"Attack", func(r json.RawMessage) error { return addAttacks(doc, r) }},
		{"Retaliation", func(r json.RawMessage) error { return addRetaliations(doc, r) }},
		{"Relation", func(r json.RawMessage) error { return addRelations(doc, r) }},
	}
	for _, s := range steps {
		if err := c.exportKind(ctx, s.kind, s.add); err != nil {
			return nil, fmt.Errorf("export %s: %w", s.kind, err)
		}
	}
	doc.Sort()
	return doc, nil
}

// exportKind pages through the nodes of one type in uid order.
func (c *Client) exportKind(ctx context.Context, kind string, add func(json.RawMessage) error) error {
	after := ""
	for {
		page := fmt.Sprintf("first: %d", exportPage)
		if after != "" {
			page += ", after: " + after
		}
		q := fmt.Sprintf("{ q(func: type(%s), %s) { uid %s } }", kind, page, exportFields(kind))
		raw, err := c.DQL(ctx, q, nil)
		if err != nil {
			return err
		}
		var res struct {
			Q []json.RawMessage `json:"q"`
		}
		if err := json.Unmarshal(raw, &res); err != nil {
			return fmt.Errorf("decode page: %w", err)
		}
		for _, item := range res.Q {
			if err := add(item); err != nil {
				return err
			}
		}
		if len(res.Q) < exportPage {
			return nil
		}
		var last struct {
			UID string `json:"uid"`
		}
		if err := json.Unmarshal(res.Q[len(res.Q)-1], &last); err != nil {
			return fmt.Errorf("decode page: %w", err)
		}
		if !strings.HasPrefix(last.UID, "0x") {
			return fmt.Errorf("unexpected uid %q", last.UID)
		}
		after = last.UID
	}
}

// day cuts a Dgraph datetime to its ISO day.
func day(s string) *string {
	if len(s) >= 10 {
		s = s[:10]
	}
	return model.Day(s)
}

func sorted(s []string) []string {
	sort.Strings(s)
	return s
}

func addArticles(doc *model.Document, raw json.RawMessage) error {
	var a struct {
		XID, Published, Outlet, URL, Title, Path, Hash string
		Notes                                          []string
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return fmt.Errorf("decode article: %w", err)
	}
	doc.Articles = append(doc.Articles, model.Article{ID: a.XID, Published: deref(day(a.Published)), Outlet: a.Outlet,
		URL: a.URL, Title: a.Title, Path: a.Path, Hash: a.Hash, Notes: sorted(a.Notes)})
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func addEntities(doc *model.Document, raw json.RawMessage) error {
	var e struct {
		XID, Name, NameEn string
		Types, Aliases    []string
		Location          *struct{ Coordinates []float64 }
		Evidence          evidenceList
	}
	if err := json.Unmarshal(raw, &e); err != nil {
		return fmt.Errorf("decode entity: %w", err)
	}
	ent := model.Entity{ID: e.XID, Name: e.Name, NameEn: e.NameEn, Aliases: sorted(e.Aliases), Evidence: e.Evidence.model()}
	for _, t := range e.Types {
		if t != "Entity" {
			ent.Type = t
		}
	}
	if e.Location != nil && len(e.Location.Coordinates) == 2 {
		ent.Location = &model.Point{Lon: e.Location.Coordinates[0], Lat: e.Location.Coordinates[1]}
	}
	doc.Entities = append(doc.Entities, ent)
	return nil
}

func addAttacks(doc *model.Document, raw json.RawMessage) error {
	var a struct {
		XID, Date, DateText, Status, Damage, Casualties string
		Weapons                                         []string
		Munitions                                       int
		Target                                          *ref
		Attackers, LaunchedFrom, Articles               refs
		Evidence                                        evidenceList
		Attributions                                    []struct {
			XID               string
			Accused, Claimant *ref
			Stance            string
			Evidence          evidenceList
		}
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return fmt.Errorf("decode attack: %w", err)
	}
	at := model.Attack{ID: a.XID, Target: a.Target.xid(), Date: day(a.Date), DateText: a.DateText,
		Weapons: sorted(nonNil(a.Weapons)), Munitions: a.Munitions, Attackers: a.Attackers.xids(),
		LaunchedFrom: a.LaunchedFrom.xids(), Status: a.Status, Damage: a.Damage, Casualties: a.Casualties,
		Articles: a.Articles.xids(), Attributions: []model.Attribution{}, Evidence: a.Evidence.model()}
	if len(at.LaunchedFrom) == 0 {
		at.LaunchedFrom = nil
	}
	for _, x := range a.Attributions {
		at.Attributions = append(at.Attributions, model.Attribution{ID: x.XID, Accused: x.Accused.xid(),
			Claimant: x.Claimant.xid(), Stance: x.Stance, Evidence: x.Evidence.model()})
	}
	sort.Slice(at.Attributions, func(i, j int) bool { return at.Attributions[i].ID < at.Attributions[j].ID })
	doc.Attacks = append(doc.Attacks, at)
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func addRetaliations(doc *model.Document, raw json.RawMessage) error {
	var r struct {
		XID, Date, DateText string
		Weapons             []string
		Actor, RespondsTo   *ref
		Targets, Articles   refs
		Evidence            evidenceList
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("decode retaliation: %w", err)
	}
	ret := model.Retaliation{ID: r.XID, Actor: r.Actor.xid(), Targets: r.Targets.xids(), Date: day(r.Date),
		DateText: r.DateText, Weapons: sorted(r.Weapons), Articles: r.Articles.xids(), Evidence: r.Evidence.model()}
	if r.RespondsTo != nil {
		ret.RespondsTo = model.Day(r.RespondsTo.XID)
	}
	doc.Retaliations = append(doc.Retaliations, ret)
	return nil
}

func addRelations(doc *model.Document, raw json.RawMessage) error {
	var r struct {
		RelType  string
		From, To *ref
		Evidence evidenceList
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("decode relation: %w", err)
	}
	doc.Relations = append(doc.Relations, model.Relation{From: r.From.xid(), Type: r.RelType, To: r.To.xid(), Evidence: r.Evidence.model()})
	return nil
}

// countTypes are the node types Counts reports, besides "total".
func countTypes() []string {
	return []string{"Entity", model.TypeBase, model.TypeMilitia, model.TypeForce, model.TypeOfficial,
		model.TypeCity, model.TypeCountry, model.TypeOrganization, "Attack", "Attribution", "Retaliation",
		"Relation", "Article", "Mention"}
}

// Counts returns the number of nodes per type, and under "total" the number
// of nodes with an xid (every node nisba writes).
func (c *Client) Counts(ctx context.Context) (map[string]int, error) {
	var b strings.Builder
	b.WriteString("{\n total(func: has(xid)) { n: count(uid) }\n")
	types := countTypes()
	for i, t := range types {
		fmt.Fprintf(&b, " t%d(func: type(%s)) { n: count(uid) }\n", i, t)
	}
	b.WriteString("}")
	raw, err := c.DQL(ctx, b.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("count nodes: %w", err)
	}
	var res map[string][]struct{ N int }
	if err := json.Unmarshal(raw, &res); err != nil {
		return nil, fmt.Errorf("decode counts: %w", err)
	}
	first := func(k string) int {
		if v := res[k]; len(v) > 0 {
			return v[0].N
		}
		return 0
	}
	out := map[string]int{"total": first("total")}
	for i, t := range types {
		out[t] = first(fmt.Sprintf("t%d", i))
	}
	return out, nil
}
