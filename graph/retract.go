package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dgraph-io/dgo/v230/protos/api"
)

// inversePreds maps each edge predicate the loader writes in both directions
// to its inverse (see plan.go and schema.graphql), in both directions.
func inversePreds() map[string]string {
	pairs := [][2]string{
		{"Attack.target", "Base.attacks"},
		{"Attack.attackers", "Entity.attackedIn"},
		{"Attack.launchedFrom", "Entity.launchSiteOf"},
		{"Attack.articles", "Article.attacks"},
		{"Attack.attributions", "Attribution.attack"},
		{"Attribution.accused", "Entity.accusedIn"},
		{"Attribution.claimant", "Entity.claims"},
		{"Retaliation.actor", "Entity.retaliationsBy"},
		{"Retaliation.targets", "Entity.retaliatedBy"},
		{"Retaliation.respondsTo", "Attack.retaliations"},
		{"Retaliation.articles", "Article.retaliations"},
		{"Mention.article", "Article.mentions"},
	}
	m := make(map[string]string, 2*len(pairs))
	for _, p := range pairs {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	return m
}

// evidencePreds are the edges from a fact or entity to its Mention nodes
// (no inverse).
func evidencePreds() []string {
	return []string{"Entity.mentions", "Attack.evidence", "Attribution.evidence", "Retaliation.evidence", "Relation.evidence"}
}

// RetractSummary describes what Retract removed.
type RetractSummary struct {
	Articles int // articles found and removed
	Deleted  int // nodes deleted, the articles included
	Touched  int // nodes kept that lost edges (their load hash is cleared)
}

// Retract removes the given articles from the graph with everything only
// they said, so that loading a changed article replaces its old facts
// instead of adding to them (Load calls it for articles whose stored hash
// differs from the new one).
//
// Removed: the articles and their evidence (Mention) nodes; attacks and
// retaliations no other article reports, with their attributions;
// attributions and relations whose evidence all came from these articles;
// and every edge to a removed node, inverses included. Kept: entities (they
// lose only the mentions), and attacks and retaliations another article
// also reports (they lose these articles; list values such as weapons, merged
// from several articles, cannot be told apart and stay). Nodes that lost
// edges have their load hash cleared and all document markers are deleted,
// so the next load writes again whatever it names. Articles not in the graph
// are ignored. Everything happens in one transaction, retried when aborted.
func (c *Client) Retract(ctx context.Context, articles []string, opts LoadOptions) (RetractSummary, error) {
	opts = opts.withDefaults()
	if len(articles) == 0 {
		return RetractSummary{}, nil
	}
	var sum RetractSummary
	_, err := withRetry(ctx, opts, func() error {
		var err error
		sum, err = c.retractOnce(ctx, articles)
		return err
	})
	if err != nil {
		return RetractSummary{}, fmt.Errorf("retract %d articles: %w", len(articles), err)
	}
	return sum, nil
}

// retractQuery finds the articles, their mentions, the attacks and
// retaliations they report, the owners of their mentions and the document
// markers; uid lists come back as {"uid": …} objects.
func retractQuery(articles []string) (string, map[string]string) {
	vars := make(map[string]string, len(articles))
	decl := make([]string, len(articles))
	list := make([]string, len(articles))
	for i, a := range articles {
		v := "$a" + strconv.Itoa(i)
		vars[v], decl[i], list[i] = a, v+": string", v
	}
	var q strings.Builder
	q.WriteString("query q(" + strings.Join(decl, ", ") + ") {\n")
	q.WriteString(" arts as var(func: eq(xid, [" + strings.Join(list, ", ") + "])) @filter(type(Article))\n")
	q.WriteString(" var(func: uid(arts)) { mm as Article.mentions  atk as Article.attacks  rt as Article.retaliations }\n")
	q.WriteString(" articles(func: uid(arts)) { uid }\n mentions(func: uid(mm)) { uid }\n")
	q.WriteString(" attacks(func: uid(atk)) { uid reporters: Attack.articles { uid } attributions: Attack.attributions { uid } }\n")
	q.WriteString(" retaliations(func: uid(rt)) { uid reporters: Retaliation.articles { uid } }\n")
	for i, p := range evidencePreds() {
		fmt.Fprintf(&q, " own%d(func: has(<%s>)) @cascade { uid mine: <%s> @filter(uid(mm)) { uid } all: count(<%s>) }\n", i, p, p, p)
	}
	q.WriteString(" markers(func: has(<" + DocHashPred + ">)) { uid }\n}")
	return q.String(), vars
}

type uidRef struct {
	UID string `json:"uid"`
}

type owner struct {
	UID  string   `json:"uid"`
	Mine []uidRef `json:"mine"`
	All  int      `json:"all"`
}

type retractFound struct {
	Articles []uidRef `json:"articles"`
	Mentions []uidRef `json:"mentions"`
	Attacks  []struct {
		UID          string   `json:"uid"`
		Reporters    []uidRef `json:"reporters"`
		Attributions []uidRef `json:"attributions"`
	} `json:"attacks"`
	Retaliations []struct {
		UID       string   `json:"uid"`
		Reporters []uidRef `json:"reporters"`
	} `json:"retaliations"`
	Markers []uidRef `json:"markers"`
	owners  [][]owner
}

func (f *retractFound) decode(raw []byte) error {
	if err := json.Unmarshal(raw, f); err != nil {
		return fmt.Errorf("decode retract query: %w", err)
	}
	var byKey map[string]json.RawMessage
	if err := json.Unmarshal(raw, &byKey); err != nil {
		return fmt.Errorf("decode retract query: %w", err)
	}
	f.owners = make([][]owner, len(evidencePreds()))
	for i := range f.owners {
		if r, ok := byKey["own"+strconv.Itoa(i)]; ok {
			if err := json.Unmarshal(r, &f.owners[i]); err != nil {
				return fmt.Errorf("decode evidence owners: %w", err)
			}
		}
	}
	return nil
}

// retraction is the set of nodes to delete and of kept nodes that lose edges.
type retraction struct {
	del     map[string]bool
	touched map[string]bool
	dels    []string // N-Quad deletions
}

// plan decides which nodes go, by the rules of Retract.
func (f *retractFound) plan() *retraction {
	r := &retraction{del: map[string]bool{}, touched: map[string]bool{}}
	for _, a := range f.Articles {
		r.del[a.UID] = true
	}
	for _, m := range f.Mentions {
		r.del[m.UID] = true
	}
	allGone := func(refs []uidRef) bool {
		for _, x := range refs {
			if !r.del[x.UID] {
				return false
			}
		}
		return true
	}
	for _, a := range f.Attacks {
		if allGone(a.Reporters) {
			r.del[a.UID] = true
			for _, at := range a.Attributions {
				r.del[at.UID] = true
			}
		}
	}
	for _, rt := range f.Retaliations {
		if allGone(rt.Reporters) {
			r.del[rt.UID] = true
		}
	}
	for i, p := range evidencePreds() {
		for _, o := range f.owners[i] {
			if len(o.Mine) == 0 {
				continue
			}
			if (p == "Attribution.evidence" || p == "Relation.evidence") && len(o.Mine) == o.All {
				r.del[o.UID] = true
			}
			for _, m := range o.Mine {
				r.dels = append(r.dels, "<"+o.UID+"> <"+p+"> <"+m.UID+"> .")
			}
			r.keep(o.UID)
		}
	}
	for _, m := range f.Markers {
		r.dels = append(r.dels, "<"+m.UID+"> <"+DocHashPred+"> * .") // markers have no type for * *
	}
	return r
}

// outEdgesQuery asks every node to delete for its edges (and a relation
// for its ends and type).
func outEdgesQuery(uids []string) string {
	inv := inversePreds()
	preds := make([]string, 0, len(inv))
	for p := range inv {
		preds = append(preds, p)
	}
	sort.Strings(preds)
	var q strings.Builder
	q.WriteString("{\n n(func: uid(" + strings.Join(uids, ", ") + ")) { uid")
	for _, p := range preds {
		q.WriteString(" <" + p + "> { uid }")
	}
	q.WriteString(" from: Relation.from { uid } to: Relation.to { uid } relType: Relation.relType }\n}")
	return q.String()
}

// isUID reports a uid as Dgraph writes it (0x and lowercase hex), the only
// thing spliced into query text.
func isUID(s string) bool {
	if len(s) < 3 || s[:2] != "0x" {
		return false
	}
	for _, c := range s[2:] {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// deleteNodes adds the deletions of every node in r.del: its edges with
// their inverses, a relation's direct entity edge pair, and its predicates.
func (r *retraction) deleteNodes(raw []byte) error {
	var res struct{ N []map[string]json.RawMessage }
	if err := json.Unmarshal(raw, &res); err != nil {
		return fmt.Errorf("decode node edges: %w", err)
	}
	one := func(v json.RawMessage) []string {
		var refs []uidRef
		if json.Unmarshal(v, &refs) != nil {
			var ref uidRef
			if json.Unmarshal(v, &ref) != nil {
				return nil
			}
			refs = []uidRef{ref}
		}
		out := make([]string, 0, len(refs))
		for _, x := range refs {
			out = append(out, x.UID)
		}
		return out
	}
	inverse := inversePreds()
	for _, n := range res.N {
		var self string
		_ = json.Unmarshal(n["uid"], &self)
		for p, v := range n {
			inv, ok := inverse[p]
			if !ok {
				continue
			}
			for _, o := range one(v) {
				r.dels = append(r.dels, "<"+self+"> <"+p+"> <"+o+"> .", "<"+o+"> <"+inv+"> <"+self+"> .")
				r.keep(o)
			}
		}
		if rt, ok := n["relType"]; ok {
			var typ string
			_ = json.Unmarshal(rt, &typ)
			from, to := one(n["from"]), one(n["to"])
			if pred, inv, ok := relationPreds(typ); ok && len(from) == 1 && len(to) == 1 {
				r.dels = append(r.dels, "<"+from[0]+"> <"+pred+"> <"+to[0]+"> .", "<"+to[0]+"> <"+inv+"> <"+from[0]+"> .")
				r.keep(from[0])
				r.keep(to[0])
			}
		}
		r.dels = append(r.dels, "<"+self+"> * * .", "<"+self+"> <xid> * .", "<"+self+"> <dgraph.type> * .",
			"<"+self+"> <"+HashPred+"> * .")
	}
	return nil
}

// keep marks a node that loses an edge; deleted nodes need no mark. It is
// called only once r.del holds every node that the mark could concern, so
// touched never holds a deleted node.
func (r *retraction) keep(uid string) {
	if !r.del[uid] {
		r.touched[uid] = true
	}
}

func (c *Client) retractOnce(ctx context.Context, articles []string) (RetractSummary, error) {
	txn := c.dg.NewTxn()
	defer txn.Discard(ctx)
	q, vars := retractQuery(articles)
	resp, err := txn.QueryWithVars(ctx, q, vars)
	if err != nil {
		return RetractSummary{}, err
	}
	var found retractFound
	if err := found.decode(resp.Json); err != nil {
		return RetractSummary{}, err
	}
	if len(found.Articles) == 0 {
		return RetractSummary{}, nil
	}
	r := found.plan()
	uids := make([]string, 0, len(r.del))
	for u := range r.del {
		if !isUID(u) {
			return RetractSummary{}, fmt.Errorf("dgraph returned uid %q", u)
		}
		uids = append(uids, u)
	}
	sort.Strings(uids)
	resp, err = txn.Query(ctx, outEdgesQuery(uids))
	if err != nil {
		return RetractSummary{}, err
	}
	if err := r.deleteNodes(resp.Json); err != nil {
		return RetractSummary{}, err
	}
	for u := range r.touched {
		r.dels = append(r.dels, "<"+u+"> <"+HashPred+"> * .")
	}
	sort.Strings(r.dels)
	if _, err := txn.Mutate(ctx, &api.Mutation{DelNquads: []byte(strings.Join(r.dels, "\n")), CommitNow: true}); err != nil {
		return RetractSummary{}, err
	}
	return RetractSummary{Articles: len(found.Articles), Deleted: len(r.del), Touched: len(r.touched)}, nil
}
