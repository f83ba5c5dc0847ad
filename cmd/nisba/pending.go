package main

import (
	"errors"
	"github.com/spf13/cobra"
	"io"

	"fmt"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/pipeline"
)

// TODO(cli): replace with extract.NewResolver(lex) when it lands. Until then
// results are merged naively: first entity/event with an id wins.
func newResolver(_ *lexicon.Lexicon) pipeline.Resolver[*extract.Result] {
	return &naiveResolver{seen: map[string]bool{}}
}

type naiveResolver struct {
	doc  model.Document
	seen map[string]bool
}

func (r *naiveResolver) Add(res *extract.Result) {
	r.doc.Articles = append(r.doc.Articles, res.Article)
	for _, e := range res.Entities {
		if !r.seen["e/"+e.ID] {
			r.seen["e/"+e.ID] = true
			r.doc.Entities = append(r.doc.Entities, e)
		}
	}
	for _, x := range res.Attacks {
		if !r.seen["a/"+x.ID] {
			r.seen["a/"+x.ID] = true
			r.doc.Attacks = append(r.doc.Attacks, x)
		}
	}
	for _, x := range res.Retaliations {
		if !r.seen["r/"+x.ID] {
			r.seen["r/"+x.ID] = true
			r.doc.Retaliations = append(r.doc.Retaliations, x)
		}
	}
	r.doc.Relations = append(r.doc.Relations, res.Relations...)
}

func (r *naiveResolver) Document() *model.Document {
	r.doc.Sort()
	return &r.doc
}

// TODO(cli): graph.NamedQuery(name) when it lands.
func namedQuery(name string) (string, error) {
	return "", fmt.Errorf("unknown query %q", name)
}

// TODO(cli): graph.QueryNames() when it lands.
func queryNames() []string { return nil }

// TODO(cli): localdgraph.Install(ctx, localdgraph.InstallOptions{Out, Force}) when it lands.
func installDgraph(cmd *cobra.Command, force bool, out io.Writer) (string, error) {
	return "", errors.New("install is not available in this build; set NISBA_DGRAPH_BIN")
}

// TODO(cli): the gen package's generator when its API lands.
func generate(cmd *cobra.Command, n int, seed int64, dir string, log io.Writer) error {
	return errors.New("gen is not available in this build yet")
}
