package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/localdgraph"
)

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the versions of nisba, the Dgraph it targets and Go",
		Args:  nArgs(0, 0),
		RunE: func(_ *cobra.Command, _ []string) error {
			v := "(devel)"
			if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
				v = bi.Main.Version
			}
			_, err := fmt.Fprintf(a.stdout, "nisba %s (Dgraph %s, %s %s/%s)\n", v, localdgraph.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}

func (a *app) genCmd() *cobra.Command {
	var n int
	var seed int64
	var out string
	cmd := &cobra.Command{
		Use:   "gen -n N -seed S -o DIR",
		Short: "Write a synthetic corpus with its gold file (for benchmarks)",
		Long: joinLines(
			"Writes N synthetic Arabic articles, their metadata (gen.meta.jsonl) and a gold",
			"file into DIR. The same seed always gives the same corpus."),
		Example: "  nisba gen -n 1000 --seed 1 -o /tmp/synth\n  nisba load /tmp/synth",
		Args:    nArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if n < 1 || out == "" {
				return usagef("gen: want -n N (at least 1) and -o DIR")
			}
			return generate(cmd, n, seed, out, a.stderr)
		},
	}
	cmd.Flags().IntVarP(&n, "n", "n", 100, "number of articles")
	cmd.Flags().Int64Var(&seed, "seed", 1, "random seed")
	cmd.Flags().StringVarP(&out, "output", "o", "", "output folder")
	return cmd
}
