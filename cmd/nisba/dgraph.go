package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/config"
	"github.com/nisba/nisba/localdgraph"
)

func (a *app) dgraphCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dgraph",
		Short: "Install, start, stop and inspect a local Dgraph (zero + alpha on loopback)",
		Long: joinLines(
			"Manages a local Dgraph "+localdgraph.Version+" for development and the demo. `install` builds",
			"the binary once from the Go module proxy (about 5 minutes; cached afterwards),",
			"`start` runs zero and alpha in the background with data under <state_dir>/dgraph,",
			"`stop` stops them, `status` says what runs where."),
		Args: nArgs(0, 0),
	}
	var force bool
	install := &cobra.Command{
		Use:     "install",
		Short:   "Build the Dgraph binary once (about 5 minutes; cached)",
		Example: "  nisba dgraph install\n  nisba dgraph install --force   # rebuild",
		Args:    nArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			if !force {
				if p, err := localdgraph.BinaryPath(cmd.Context(), c.Local.Bin); err == nil {
					fmt.Fprintf(a.stderr, "nisba: dgraph binary ready (cached): %s\n", p)
					return nil
				}
			}
			fmt.Fprintf(a.stderr, "nisba: building Dgraph %s from the Go module proxy; this takes about 5 minutes, once\n", localdgraph.Version)
			p, err := localdgraph.Install(cmd.Context(), localdgraph.InstallOptions{Out: a.installLog(), Force: force})
			if err != nil {
				return fmt.Errorf("install dgraph: %w", err)
			}
			fmt.Fprintf(a.stderr, "nisba: dgraph binary ready: %s\n", p)
			return nil
		},
	}
	install.Flags().BoolVar(&force, "force", false, "rebuild even if a binary is cached")
	cmd.AddCommand(install, a.dgraphStartCmd(), a.dgraphStopCmd(), a.dgraphStatusCmd())
	cmd.PersistentFlags().Int("port-offset", 0, "added to every Dgraph port: 5080, 6080, 7080, 8080, 9080 (local.port_offset)")
	cmd.PersistentFlags().String("dgraph-bin", "", "dgraph binary (local.bin; env NISBA_DGRAPH_BIN also works)")
	return cmd
}

func localOptions(c *config.Config) localdgraph.Options {
	return localdgraph.Options{StateDir: c.StateDir, Bin: c.Local.Bin, PortOffset: c.Local.PortOffset}
}

func (a *app) dgraphStartCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "start",
		Short:   "Start a local Dgraph in the background",
		Example: "  nisba dgraph start\n  nisba dgraph start --port-offset 100   # alpha on 8180/9180",
		Args:    nArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			t0 := time.Now()
			st, err := localdgraph.Start(cmd.Context(), localOptions(c))
			if err != nil {
				return fmt.Errorf("start dgraph: %w", err)
			}
			how := fmt.Sprintf("started in %s", time.Since(t0).Round(time.Second))
			if st.AlreadyRunning {
				how = "already running"
			}
			fmt.Fprintf(a.stderr, "nisba: dgraph %s: gRPC %s, GraphQL %s/graphql, data in %s\n",
				how, st.Alpha.GRPC, st.Alpha.HTTP, st.StateDir)
			return nil
		},
	}
}

func (a *app) dgraphStopCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stop",
		Short: "Stop the local Dgraph",
		Args:  nArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			if err := localdgraph.Stop(cmd.Context(), localOptions(c)); err != nil {
				return fmt.Errorf("stop dgraph: %w", err)
			}
			fmt.Fprintln(a.stderr, "nisba: dgraph stopped")
			return nil
		},
	}
}

func (a *app) dgraphStatusCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "status",
		Short: "Show whether the local Dgraph runs, where, and its health",
		Args:  nArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			st, err := localdgraph.Status(cmd.Context(), localOptions(c))
			if err != nil {
				return usage(err)
			}
			fmt.Fprintf(a.stdout, "binary: %s %s\nstate:  %s\n", orNone(st.Bin), st.BinVersion, st.StateDir)
			for _, n := range []localdgraph.NodeStatus{st.Zero, st.Alpha} {
				fmt.Fprintf(a.stdout, "%-5s   pid %d, running %v, healthy %v, gRPC %s, HTTP %s %s\n",
					n.Node, n.PID, n.Running, n.Healthy, n.GRPC, n.HTTP, n.Problem)
			}
			if !st.Healthy() {
				return fmt.Errorf("dgraph is not running healthy in %s: %w", st.StateDir, errNotRunning)
			}
			return nil
		},
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none; run `nisba dgraph install`)"
	}
	return s
}

// installLog shows go build's progress only with -v: it is long.
func (a *app) installLog() io.Writer {
	if a.verbose {
		return a.stderr
	}
	return nil
}
