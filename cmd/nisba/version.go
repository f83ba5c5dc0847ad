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
