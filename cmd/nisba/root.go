package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/config"
	"github.com/nisba/nisba/graph"
)

// app is what every command shares: where to write and the global flags.
type app struct {
	stdout, stderr io.Writer
	cfgFile        string
	verbose        bool
	schemaApplied  bool // by this process, before its first load
}

func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:   "nisba",
		Short: "Arabic news on attacks against military bases → a knowledge graph in Dgraph",
		Long: `nisba reads Arabic news articles about attacks on military bases in Syria,
Iraq and Jordan, extracts entities, attacks, attributions and retaliations, and
loads them into Dgraph as a knowledge graph you can query with GraphQL.

Configuration comes from defaults, an optional YAML file (--config or
NISBA_CONFIG), NISBA_* environment variables (key dgraph.grpc is
NISBA_DGRAPH_GRPC) and flags, each overriding the one before.`,
		Example: `  nisba dgraph install && nisba dgraph start
  nisba schema apply
  nisba load examples/articles
  nisba query attribution-chain --var attack=attack:base:ain-al-asad:2024-03-09`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usage(err) })
	d := config.Defaults()
	pf := root.PersistentFlags()
	pf.StringVar(&a.cfgFile, "config", os.Getenv("NISBA_CONFIG"), "YAML config file (env NISBA_CONFIG)")
	pf.String("dgraph-grpc", d["dgraph.grpc"].(string), "Dgraph alpha gRPC address (dgraph.grpc)")
	pf.String("dgraph-http", d["dgraph.http"].(string), "Dgraph alpha HTTP URL for GraphQL (dgraph.http)")
	pf.String("state-dir", d["state_dir"].(string), "state directory: load records, run lock, local Dgraph data (state_dir)")
	pf.BoolVarP(&a.verbose, "verbose", "v", false, "print progress")
	root.AddCommand(a.extractCmd(), a.loadCmd(), a.watchCmd(), a.schemaCmd(), a.queryCmd(),
		a.exportCmd(), a.retractCmd(), a.evalCmd(), a.genCmd(), a.dgraphCmd(), a.versionCmd())
	return root
}

// config builds the typed configuration for the running command.
func (a *app) config(cmd *cobra.Command) (*config.Config, error) {
	c, err := config.Load(config.Sources{File: a.cfgFile, Flags: cmd.Flags()})
	if err != nil {
		return nil, usage(err)
	}
	a.verbose = a.verbose || c.Verbose
	return c, nil
}

func (a *app) logf(format string, args ...any) {
	if a.verbose {
		fmt.Fprintf(a.stderr, "nisba: "+format+"\n", args...)
	}
}

// dial connects to the configured Dgraph.
func (a *app) dial(cmd *cobra.Command, c *config.Config) (*graph.Client, error) {
	if c.Dgraph.TLS.Insecure {
		return nil, usagef("config: dgraph.tls.insecure is not supported yet; give dgraph.tls.ca instead")
	}
	cl, err := graph.Dial(cmd.Context(), graph.Options{
		GRPC: c.Dgraph.GRPC, HTTP: c.Dgraph.HTTP,
		CAFile: c.Dgraph.TLS.CA, CertFile: c.Dgraph.TLS.Cert, KeyFile: c.Dgraph.TLS.Key,
		ServerName: c.Dgraph.TLS.ServerName,
		User:       c.Dgraph.User, Password: c.Dgraph.Password, Namespace: c.Dgraph.Namespace,
	})
	if err != nil {
		return nil, err
	}
	a.logf("connected to Dgraph at %s", c.Dgraph.GRPC)
	return cl, nil
}

// nArgs accepts between min and max arguments (max < 0: no limit) and
// calls a wrong count a usage error.
func nArgs(min, max int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < min || (max >= 0 && len(args) > max) {
			return usagef("%s: wrong number of arguments (%d); usage: %s", cmd.CommandPath(), len(args), cmd.UseLine())
		}
		return nil
	}
}

// addLoadFlags adds the flags of commands that load into Dgraph.
func addLoadFlags(cmd *cobra.Command) {
	d := config.Defaults()
	cmd.Flags().Int("batch-size", d["load.batch_size"].(int), "quads per transaction (load.batch_size)")
	cmd.Flags().Int("concurrency", d["load.concurrency"].(int), "transactions in flight (load.concurrency)")
}

// addPruneFlag adds --prune to the commands that load folders.
func addPruneFlag(cmd *cobra.Command) {
	cmd.Flags().Bool("prune", false, "remove from the graph the recorded articles whose files are gone from PATH (load.prune)")
}

// addInputFlags adds the flags of commands that read articles.
func addInputFlags(cmd *cobra.Command) {
	cmd.Flags().StringSlice("glob", []string{"*.txt"}, "article file patterns inside folders (input.globs)")
	cmd.Flags().StringSlice("meta", nil, "extra metadata .jsonl files (input.meta_files)")
	cmd.Flags().StringSlice("lexicon", nil, "extra gazetteer YAML files or folders (lexicon.paths)")
	cmd.Flags().Int("workers", 0, "articles extracted in parallel; 0 = one per CPU (input.workers)")
}

func joinLines(s ...string) string { return strings.Join(s, "\n") }
