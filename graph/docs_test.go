package graph

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readDoc returns a file of docs/.
func readDoc(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "docs", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDocsShowTheTestedQueries keeps docs/graphql.md and docs/ratel.md in
// step with the named queries that the integration tests run.
func TestDocsShowTheTestedQueries(t *testing.T) {
	gql, ratel := readDoc(t, "graphql.md"), readDoc(t, "ratel.md")
	for _, name := range QueryNames() {
		text, _, _ := NamedQuery(name)
		text = strings.TrimRight(text, "\n")
		var docs []string
		if !strings.HasPrefix(name, "ratel-") {
			docs = append(docs, gql)
		}
		if strings.HasPrefix(name, "ratel-") || name == "attribution-chain-recurse" {
			docs = append(docs, ratel)
		}
		for _, doc := range docs {
			if !strings.Contains(doc, text) {
				t.Errorf("the docs do not show the current text of %q", name)
			}
		}
	}
}

// docExamples are the one-line GraphQL queries under "Examples by hand" in
// docs/graphql.md.
func docExamples(t *testing.T) []string {
	t.Helper()
	doc := readDoc(t, "graphql.md")
	_, section, ok := strings.Cut(doc, "## Examples by hand")
	if !ok {
		t.Fatal("docs/graphql.md has no examples section")
	}
	var out []string
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "query {") {
			out = append(out, line)
		}
	}
	if len(out) == 0 {
		t.Fatal("no examples found")
	}
	return out
}
