package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/gen"
)

func (a *app) genCmd() *cobra.Command {
	var n int
	var seed int64
	var out string
	cmd := &cobra.Command{
		Use:   "gen -n N --seed S -o DIR",
		Short: "Write a synthetic corpus with its gold file (for benchmarks)",
		Long: joinLines(
			"Writes N synthetic Arabic articles, their metadata (corpus.meta.jsonl) and a gold",
			"file (gold.json) into DIR. The same seed always gives the same corpus."),
		Example: "  nisba gen -n 1000 --seed 1 -o /tmp/synth\n  nisba load /tmp/synth",
		Args:    nArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || out == "" {
				return usagef("gen: want -n N (at least 1) and -o DIR")
			}
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			lex, err := lexicon.Load(c.Lexicon.Paths...)
			if err != nil {
				return usage(fmt.Errorf("lexicon: %w", err))
			}
			st, err := gen.Generate(gen.Options{N: n, Seed: seed, Dir: out, Lexicon: lex})
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "nisba: wrote %d articles (%d bytes; %d attacks in %d reports, %d without attack, %d retaliations, %d entities) to %s, with %s and %s\n",
				st.Articles, st.Bytes, st.Attacks, st.Reports, st.NoAttack, st.Retaliations, st.Entities, out, gen.MetaFile, gen.GoldFile)
			return nil
		},
	}
	cmd.Flags().IntVarP(&n, "n", "n", 100, "number of articles")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().StringVarP(&out, "output", "o", "", "output folder")
	return cmd
}
