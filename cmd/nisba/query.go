package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/graph"
)

func (a *app) queryCmd() *cobra.Command {
	var vars []string
	var list bool
	cmd := &cobra.Command{
		Use:   "query NAME|FILE",
		Short: "Run a built-in named query or a .graphql/.dql file; print JSON",
		Long: joinLines(
			"Runs one of the built-in named queries (see --list) or a query file: *.graphql",
			"and *.gql go to Dgraph's GraphQL endpoint, *.dql to DQL over gRPC. Variables",
			"are given as --var name=value (JSON values such as numbers are decoded)."),
		Example: `  nisba query --list
  nisba query attribution-chains
  nisba query attacks-on-base --var base=base:ain-al-asad
  nisba query my-query.graphql --var first=10`,
		Args: func(cmd *cobra.Command, args []string) error {
			if list {
				return nArgs(0, 0)(cmd, args)
			}
			return nArgs(1, 1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if list {
				return a.listQueries()
			}
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			q, err := resolveQuery(args[0])
			if err != nil {
				return usage(err)
			}
			cl, err := a.dial(cmd, c)
			if err != nil {
				return err
			}
			defer cl.Close()
			var raw json.RawMessage
			if q.dql {
				raw, err = cl.DQL(cmd.Context(), q.text, dqlVars(vars))
			} else {
				var gv map[string]any
				if gv, err = graphQLVars(vars); err != nil {
					return usage(err)
				}
				raw, err = cl.GraphQL(cmd.Context(), q.text, gv)
			}
			if err != nil {
				return fmt.Errorf("query %s: %w", args[0], err)
			}
			return a.printJSON(raw)
		},
	}
	cmd.Flags().StringArrayVar(&vars, "var", nil, "query variable name=value (repeatable)")
	cmd.Flags().BoolVar(&list, "list", false, "list the built-in named queries")
	return cmd
}

type query struct {
	text string
	dql  bool
}

// resolveQuery reads a query file, or looks up a built-in query by name.
func resolveQuery(arg string) (query, error) {
	ext := strings.ToLower(filepath.Ext(arg))
	if ext == ".graphql" || ext == ".gql" || ext == ".dql" {
		b, err := os.ReadFile(arg)
		if err != nil {
			return query{}, fmt.Errorf("query file: %w", err)
		}
		return query{text: string(b), dql: ext == ".dql"}, nil
	}
	text, isDQL, ok := graph.NamedQuery(arg)
	if !ok {
		return query{}, fmt.Errorf("no query file or built-in query %q (see `nisba query --list`)", arg)
	}
	return query{text: text, dql: isDQL}, nil
}

func (a *app) listQueries() error {
	for _, n := range graph.QueryNames() {
		fmt.Fprintln(a.stdout, n)
	}
	return nil
}

func graphQLVars(kvs []string) (map[string]any, error) {
	out := map[string]any{}
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--var %q: want name=value", kv)
		}
		var j any
		if err := json.Unmarshal([]byte(v), &j); err == nil {
			out[k] = j
		} else {
			out[k] = v
		}
	}
	return out, nil
}

func dqlVars(kvs []string) map[string]string {
	out := map[string]string{}
	for _, kv := range kvs {
		k, v, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(k, "$") {
			k = "$" + k
		}
		out[k] = v
	}
	return out
}

func (a *app) printJSON(raw []byte) error {
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		buf.Reset()
		buf.Write(raw)
	}
	buf.WriteByte('\n')
	_, err := a.stdout.Write(buf.Bytes())
	return err
}
