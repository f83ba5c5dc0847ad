package graph

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// queryFS holds the built-in named queries: *.graphql run on /graphql,
// *.dql over gRPC with (*Client).DQL.
//
//go:embed queries/*.graphql queries/*.dql
var queryFS embed.FS

// NamedQuery returns the text of a built-in query and whether it is DQL.
func NamedQuery(name string) (text string, isDQL bool, ok bool) {
	for _, ext := range []string{".graphql", ".dql"} {
		b, err := fs.ReadFile(queryFS, "queries/"+name+ext)
		if err == nil {
			return string(b), ext == ".dql", true
		}
	}
	return "", false, false
}

// QueryNames lists the built-in queries, sorted.
func QueryNames() []string {
	entries, err := fs.ReadDir(queryFS, "queries")
	if err != nil {
		return nil // cannot happen: the directory is embedded
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
	}
	sort.Strings(names)
	return names
}
