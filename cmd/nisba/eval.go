package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/eval"
)

func (a *app) evalCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "eval GOLD SYSTEM",
		Short: "Score an extracted graph against a gold annotation",
		Long: joinLines(
			"Compares SYSTEM (a graph JSON from `nisba extract` or `nisba export`) with GOLD",
			"(GRAPH.md §4) and prints precision, recall and F1 per kind, exactly as",
			"shared/eval/score.py does, ending with the headline F1."),
		Example: `  nisba extract ../shared/corpus/seeds -o sys.json
  nisba eval ../shared/eval/seeds.gold.json sys.json
  nisba eval -v gold.json sys.json         # with what matched, as score.py --verbose
  nisba eval gold.json sys.json --json`,
		Args: nArgs(2, 2),
		RunE: func(_ *cobra.Command, args []string) error {
			g, err := readGold(args[0])
			if err != nil {
				return err
			}
			f, err := os.Open(args[1])
			if err != nil {
				return usage(fmt.Errorf("system: %w", err))
			}
			defer f.Close()
			sys, err := eval.ReadSystem(f)
			if err != nil {
				return usage(fmt.Errorf("system %s: %w", args[1], err))
			}
			res := eval.Score(g, sys)
			if asJSON {
				return res.WriteJSON(a.stdout)
			}
			if a.verbose {
				if err := res.WriteNotes(a.stdout); err != nil {
					return err
				}
			}
			return res.WriteTable(a.stdout)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON (as score.py --json)")
	return cmd
}

func readGold(path string) (*eval.Gold, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usage(fmt.Errorf("gold: %w", err))
	}
	defer f.Close()
	g, err := eval.ReadGold(f)
	if err != nil {
		return nil, usage(fmt.Errorf("gold %s: %w", path, err))
	}
	return g, nil
}
