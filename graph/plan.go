package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/nisba/nisba/model"
)

// Literal kinds of a quad's object value.
const (
	kindString   = ""
	kindInt      = "int"
	kindDateTime = "dateTime"
	kindGeo      = "geojson"
)

// quad is one triple of the graph, its subject and (for edges) its object
// named by xid. Load and WriteRDF both render the same quads, so the two
// paths into Dgraph load the same graph.
type quad struct {
	Subject string // xid
	Pred    string
	Object  string // xid of the object node when Edge
	Value   string // literal otherwise
	Kind    string
	Edge    bool
}

// node is one graph node: its xid and every quad with it as subject.
// Scalars (including dgraph.type) come in the first load phase, edges in the
// second, so that edges always point at nodes that exist.
type node struct {
	XID     string
	Scalars []quad
	Edges   []quad
	hash    string // nodeHash, once hashNodes ran
}

// relationPreds returns the direct entity edge of a GRAPH.md relation type
// and its inverse (see schema.graphql); ok is false for other types, which
// live only as Relation nodes.
func relationPreds(relType string) (pred, inverse string, ok bool) {
	switch relType {
	case model.RelBackedBy:
		return "Entity.backedBy", "Entity.backs", true
	case model.RelBasedIn:
		return "Entity.basedIn", "Entity.hosts", true
	case model.RelPartOf:
		return "Entity.partOf", "Entity.parts", true
	case model.RelLeaderOf:
		return "Entity.leaderOf", "Entity.leaders", true
	case model.RelMemberOf:
		return "Entity.memberOf", "Entity.members", true
	case model.RelSpokespersonOf:
		return "Entity.spokespersonOf", "Entity.spokespersons", true
	case model.RelLocatedIn:
		return "Entity.locatedIn", "Entity.contains", true
	}
	return "", "", false
}

// AttributionXID is the xid of an attribution without its own id:
// <attack-id>/<accused-id>/<claimant-id or "self">.
func AttributionXID(attack string, at model.Attribution) string {
	if at.ID != "" {
		return at.ID
	}
	claimant := at.Claimant
	if claimant == "" {
		claimant = "self"
	}
	return attack + "/" + at.Accused + "/" + claimant
}

// RelationXID is the xid of a relation node: rel:<from>/<type>/<to>.
func RelationXID(r model.Relation) string {
	return "rel:" + r.From + "/" + r.Type + "/" + r.To
}

// EvidenceXID is the xid of an evidence (Mention) node. Evidence is shared by
// every fact stated in the same sentence: ev:<article>#<start>-<end>.
func EvidenceXID(e model.Evidence) string {
	return fmt.Sprintf("ev:%s#%d-%d", e.Article, e.Start, e.End)
}

// planner accumulates nodes by xid.
type planner struct {
	nodes map[string]*node
}

func (p *planner) node(xid string) *node {
	n, ok := p.nodes[xid]
	if !ok {
		n = &node{XID: xid}
		p.nodes[xid] = n
	}
	return n
}

func (p *planner) scalar(xid, pred, value, kind string) {
	n := p.node(xid)
	n.Scalars = append(n.Scalars, quad{Subject: xid, Pred: pred, Value: value, Kind: kind})
}

func (p *planner) str(xid, pred, value string) {
	if value != "" {
		p.scalar(xid, pred, value, kindString)
	}
}

func (p *planner) date(xid, pred string, day *string) {
	if day != nil && *day != "" {
		p.scalar(xid, pred, *day, kindDateTime)
	}
}

func (p *planner) types(xid string, types ...string) {
	for _, t := range types {
		p.scalar(xid, "dgraph.type", t, kindString)
	}
}

// edge adds from -pred-> to, and to -inverse-> from when inverse is set.
func (p *planner) edge(from, pred, to, inverse string) {
	if from == "" || to == "" {
		return
	}
	n := p.node(from)
	n.Edges = append(n.Edges, quad{Subject: from, Pred: pred, Object: to, Edge: true})
	m := p.node(to) // every object is a node of the first phase, even if only by its xid
	if inverse != "" {
		m.Edges = append(m.Edges, quad{Subject: to, Pred: inverse, Object: from, Edge: true})
	}
}

func (p *planner) evidence(owner, pred string, evs []model.Evidence) {
	for _, e := range evs {
		x := EvidenceXID(e)
		if _, ok := p.nodes[x]; !ok {
			p.types(x, "Mention")
			p.str(x, "Mention.sentence", e.Sentence)
			p.scalar(x, "Mention.start", strconv.Itoa(e.Start), kindInt)
			p.scalar(x, "Mention.end", strconv.Itoa(e.End), kindInt)
			p.edge(x, "Mention.article", e.Article, "Article.mentions")
		}
		p.edge(owner, pred, x, "")
	}
}

// plan turns documents into nodes sorted by xid, each with its quads; nodes
// named in several documents are merged.
func plan(docs ...*model.Document) []node {
	p := &planner{nodes: map[string]*node{}}
	for _, doc := range docs {
		planDoc(p, doc)
	}
	out := make([]node, 0, len(p.nodes))
	for _, n := range p.nodes {
		n.Scalars = dedupQuads(n.Scalars)
		n.Edges = dedupQuads(n.Edges)
		out = append(out, *n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].XID < out[j].XID })
	return out
}

// dedupQuads sorts quads and drops repeats, so that the output does not
// depend on the order of the input document.
func planDoc(p *planner, doc *model.Document) {
	for _, a := range doc.Articles {
		planArticle(p, a)
	}
	for _, e := range doc.Entities {
		planEntity(p, e)
	}
	for _, a := range doc.Attacks {
		planAttack(p, a)
	}
	for _, r := range doc.Retaliations {
		planRetaliation(p, r)
	}
	for _, r := range doc.Relations {
		planRelation(p, r)
	}
}

func dedupQuads(qs []quad) []quad {
	sort.Slice(qs, func(i, j int) bool { return quadLess(qs[i], qs[j]) })
	out := qs[:0]
	for i, q := range qs {
		if i == 0 || q != qs[i-1] {
			out = append(out, q)
		}
	}
	return out
}

// quadLess orders a node's quads totally, so equal quads end up adjacent.
func quadLess(a, b quad) bool {
	switch {
	case a.Pred != b.Pred:
		return a.Pred < b.Pred
	case a.Object != b.Object:
		return a.Object < b.Object
	case a.Value != b.Value:
		return a.Value < b.Value
	case a.Kind != b.Kind:
		return a.Kind < b.Kind
	case a.Edge != b.Edge:
		return !a.Edge
	}
	return a.Subject < b.Subject
}

func planArticle(p *planner, a model.Article) {
	p.types(a.ID, "Article")
	p.date(a.ID, "Article.published", model.Day(a.Published))
	p.str(a.ID, "Article.outlet", a.Outlet)
	p.str(a.ID, "Article.url", a.URL)
	p.str(a.ID, "Article.title", a.Title)
	p.str(a.ID, "Article.path", a.Path)
	p.str(a.ID, "Article.hash", a.Hash)
	for _, n := range a.Notes {
		p.str(a.ID, "Article.notes", n)
	}
}

func planEntity(p *planner, e model.Entity) {
	p.types(e.ID, e.Type, "Entity")
	p.str(e.ID, "name", e.Name)
	p.str(e.ID, "Entity.nameEn", e.NameEn)
	for _, a := range e.Aliases {
		p.str(e.ID, "Entity.aliases", a)
	}
	if e.Location != nil {
		geo := fmt.Sprintf(`{"type":"Point","coordinates":[%s,%s]}`,
			strconv.FormatFloat(e.Location.Lon, 'f', -1, 64), strconv.FormatFloat(e.Location.Lat, 'f', -1, 64))
		p.scalar(e.ID, "Entity.location", geo, kindGeo)
	}
	p.evidence(e.ID, "Entity.mentions", e.Evidence)
}

func planAttack(p *planner, a model.Attack) {
	p.types(a.ID, "Attack")
	p.edge(a.ID, "Attack.target", a.Target, "Base.attacks")
	p.date(a.ID, "Attack.date", a.Date)
	p.str(a.ID, "Attack.dateText", a.DateText)
	for _, w := range a.Weapons {
		p.str(a.ID, "Attack.weapons", w)
	}
	if a.Munitions != 0 {
		p.scalar(a.ID, "Attack.munitions", strconv.Itoa(a.Munitions), kindInt)
	}
	for _, x := range a.Attackers {
		p.edge(a.ID, "Attack.attackers", x, "Entity.attackedIn")
	}
	for _, x := range a.LaunchedFrom {
		p.edge(a.ID, "Attack.launchedFrom", x, "Entity.launchSiteOf")
	}
	p.str(a.ID, "Attack.status", a.Status)
	p.str(a.ID, "Attack.damage", a.Damage)
	p.str(a.ID, "Attack.casualties", a.Casualties)
	for _, x := range a.Articles {
		p.edge(a.ID, "Attack.articles", x, "Article.attacks")
	}
	p.evidence(a.ID, "Attack.evidence", a.Evidence)
	for _, at := range a.Attributions {
		x := AttributionXID(a.ID, at)
		p.types(x, "Attribution")
		p.edge(a.ID, "Attack.attributions", x, "Attribution.attack")
		p.edge(x, "Attribution.accused", at.Accused, "Entity.accusedIn")
		p.edge(x, "Attribution.claimant", at.Claimant, "Entity.claims")
		p.str(x, "Attribution.stance", at.Stance)
		p.evidence(x, "Attribution.evidence", at.Evidence)
	}
}

func planRetaliation(p *planner, r model.Retaliation) {
	p.types(r.ID, "Retaliation")
	p.edge(r.ID, "Retaliation.actor", r.Actor, "Entity.retaliationsBy")
	for _, x := range r.Targets {
		p.edge(r.ID, "Retaliation.targets", x, "Entity.retaliatedBy")
	}
	p.date(r.ID, "Retaliation.date", r.Date)
	p.str(r.ID, "Retaliation.dateText", r.DateText)
	for _, w := range r.Weapons {
		p.str(r.ID, "Retaliation.weapons", w)
	}
	if r.RespondsTo != nil {
		p.edge(r.ID, "Retaliation.respondsTo", *r.RespondsTo, "Attack.retaliations")
	}
	for _, x := range r.Articles {
		p.edge(r.ID, "Retaliation.articles", x, "Article.retaliations")
	}
	p.evidence(r.ID, "Retaliation.evidence", r.Evidence)
}

func planRelation(p *planner, r model.Relation) {
	x := RelationXID(r)
	p.types(x, "Relation")
	p.str(x, "Relation.relType", r.Type)
	p.edge(x, "Relation.from", r.From, "")
	p.edge(x, "Relation.to", r.To, "")
	p.evidence(x, "Relation.evidence", r.Evidence)
	if pred, inverse, ok := relationPreds(r.Type); ok {
		p.edge(r.From, pred, r.To, inverse)
	}
}

// nodeHash is a digest of a node's quads (sorted by plan), the value of
// HashPred: equal hashes mean equal quad sets. The "v1" prefix changes
// whenever what is hashed changes, so old hashes never match.
func nodeHash(n *node) string {
	h := sha256.New()
	h.Write([]byte("v1\x00" + n.XID + "\x00"))
	for _, qs := range [][]quad{n.Scalars, n.Edges} {
		for _, q := range qs {
			edge := "s"
			if q.Edge {
				edge = "e"
			}
			io.WriteString(h, q.Pred+"\x00"+q.Kind+"\x00"+q.Object+"\x00"+q.Value+"\x00"+edge+"\x01")
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// hashNodes fills in every node's hash.
func hashNodes(nodes []node) []node {
	for i := range nodes {
		nodes[i].hash = nodeHash(&nodes[i])
	}
	return nodes
}

// docHash is a digest of a whole planned document (nodes sorted by xid,
// each hashed by hashNodes).
func docHash(nodes []node) string {
	h := sha256.New()
	io.WriteString(h, "doc-v1\x00")
	for _, n := range nodes {
		io.WriteString(h, n.hash+"\x00")
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
