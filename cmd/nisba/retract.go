package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/graph"
)

func (a *app) retractCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "retract ARTICLE-ID...",
		Short: "Remove articles and everything only they said from the graph",
		Long: joinLines(
			"Removes the articles from Dgraph with their evidence, the attacks and retaliations",
			"no other article reports, and the attributions and relations only they stated",
			"(see docs/graphql.md). Entities stay. The articles are also forgotten in the state",
			"directory, so a later `nisba load --changed` loads them again if their files are",
			"still there. A changed article needs no retract: loading it replaces its old facts."),
		Example: `  nisba retract asad-2024-03-11
  nisba retract a1 a2 a3`,
		Args: nArgs(1, -1),
		RunE: func(cmd *cobra.Command, ids []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			st, cl, done, err := a.lockedClient(cmd, c)
			if err != nil {
				return err
			}
			defer done()
			sum, err := cl.Retract(cmd.Context(), ids, graph.LoadOptions{MaxAttempts: c.Load.Retries + 1, MaxBackoff: c.Load.MaxBackoff})
			if err != nil {
				return err
			}
			if err := st.Forget(ids); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "nisba: retracted %d of %d articles: %d nodes removed, %d kept nodes lost edges\n",
				sum.Articles, len(ids), sum.Deleted, sum.Touched)
			return nil
		},
	}
}
