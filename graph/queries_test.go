package graph

import (
	"slices"
	"strings"
	"testing"
)

// namedQueryCase is one named query run against the fixture with the facts
// its answer must contain.
type namedQueryCase struct {
	name    string
	vars    map[string]any    // GraphQL variables
	dqlVars map[string]string // DQL variables
	want    []string
}

func namedQueryCases() []namedQueryCase {
	return []namedQueryCase{
		{name: "attacks-on-base", vars: map[string]any{"base": "قاعدة الوادي الأخضر"},
			want: []string{attackXID, `"2024-01-09T00:00:00Z"`, "drone", "سرايا الفجر", "الحرس الثوري", "إيران", "سامر الخطيب", `"asserted"`}},
		{name: "attacks-on-base", vars: map[string]any{"base": baseXID}, want: []string{attackXID}},
		{name: "attribution-chain", vars: map[string]any{"attack": attackXID},
			want: []string{"سرايا الفجر", "الحرس الثوري", "إيران", `"claimed"`}},
		{name: "attribution-chain-recurse", dqlVars: map[string]string{"$attack": attackXID},
			want: []string{"سرايا الفجر", "الحرس الثوري", "إيران"}},
		{name: "claims-by", vars: map[string]any{"who": "سامر الخطيب"},
			want: []string{"الحرس الثوري", `"asserted"`, attackXID, "قاعدة الوادي الأخضر", art1}},
		{name: "retaliations", want: []string{retalXID, "القوات الأمريكية", "سرايا الفجر", attackXID}},
		{name: "timeline", vars: map[string]any{"from": "2024-01-01", "to": "2024-01-31"},
			want: []string{attackXID, retalXID}},
		{name: "militia", vars: map[string]any{"name": "سرايا الفجر"},
			want: []string{"الحرس الثوري", "إيران", `"claimed"`, "القوات الأمريكية", attackXID}},
		{name: "ratel-attacks", want: []string{attackXID, "قاعدة الوادي الأخضر", "إيران", "القوات الأمريكية", `"uid"`}},
		{name: "ratel-backing", want: []string{"سرايا الفجر", "الحرس الثوري", "إيران"}},
		{name: "ratel-article", want: []string{art1, art2, attackXID, retalXID, "سرايا الفجر"}},
	}
}

func TestQueryNames(t *testing.T) {
	names := QueryNames()
	for _, want := range []string{"attacks-on-base", "attribution-chain", "attribution-chain-recurse", "claims-by",
		"retaliations", "timeline", "militia"} {
		if !slices.Contains(names, want) {
			t.Errorf("QueryNames() = %v lacks %q", names, want)
		}
	}
	tested := map[string]bool{}
	for _, c := range namedQueryCases() {
		tested[c.name] = true
	}
	for _, n := range names {
		text, isDQL, ok := NamedQuery(n)
		if !ok || text == "" {
			t.Errorf("NamedQuery(%q) not found", n)
		}
		if isDQL != strings.HasPrefix(n, "ratel-") && n != "attribution-chain-recurse" {
			t.Errorf("NamedQuery(%q): isDQL = %v", n, isDQL)
		}
		if !tested[n] {
			t.Errorf("named query %q has no integration test case", n)
		}
	}
	if _, _, ok := NamedQuery("no-such-query"); ok {
		t.Error("unknown query found")
	}
}
