package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) exportCmd() *cobra.Command {
	var out, rdf string
	cmd := &cobra.Command{
		Use:   "export -o graph.json [--rdf out.rdf]",
		Short: "Export the graph in Dgraph back to the JSON exchange format",
		Long: joinLines(
			"Reads every article, entity, attack, retaliation and relation back from Dgraph",
			"and writes them in the same JSON format `nisba extract` writes, so a load",
			"followed by an export can be compared with the extracted file."),
		Example: `  nisba export -o graph.json
  nisba export -o graph.json --rdf graph.rdf
  nisba export | jq '.attacks | length'`,
		Args: nArgs(0, 0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			cl, err := a.dial(cmd, c)
			if err != nil {
				return err
			}
			defer cl.Close()
			doc, err := cl.Export(cmd.Context())
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			if err := writeDoc(a, out, doc); err != nil {
				return err
			}
			if rdf != "" {
				return writeRDF(rdf, doc)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the graph JSON here (default: stdout)")
	cmd.Flags().StringVar(&rdf, "rdf", "", "also write RDF N-Quads here")
	return cmd
}
