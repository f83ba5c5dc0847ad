package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/schema"
)

func (a *app) schemaCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Apply or print the GraphQL schema",
		Args:  nArgs(0, 0),
	}
	apply := &cobra.Command{
		Use:     "apply",
		Short:   "Apply the GraphQL schema to Dgraph (safe to repeat)",
		Example: "  nisba schema apply\n  nisba schema apply --dgraph-http http://db:8080 --dgraph-grpc db:9080",
		Args:    nArgs(0, 0),
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
			if err := cl.ApplySchema(cmd.Context()); err != nil {
				return fmt.Errorf("apply schema: %w", err)
			}
			fmt.Fprintf(a.stderr, "nisba: schema applied; GraphQL at %s/graphql\n", c.Dgraph.HTTP)
			return nil
		},
	}
	var dql bool
	print := &cobra.Command{
		Use:     "print",
		Short:   "Print the GraphQL schema (or the DQL schema derived from it)",
		Example: "  nisba schema print > schema.graphql\n  nisba schema print --dql",
		Args:    nArgs(0, 0),
		RunE: func(_ *cobra.Command, _ []string) error {
			if !dql {
				_, err := io.WriteString(a.stdout, schema.GraphQL)
				return err
			}
			s, err := schema.DQL()
			if err != nil {
				return err
			}
			_, err = io.WriteString(a.stdout, s)
			return err
		},
	}
	print.Flags().BoolVar(&dql, "dql", false, "print the DQL schema instead")
	cmd.AddCommand(apply, print)
	return cmd
}
