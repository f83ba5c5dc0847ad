package main

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/nisba/nisba/config"
	"github.com/nisba/nisba/corpus"
	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/graph"
	"github.com/nisba/nisba/model"
	"github.com/nisba/nisba/pipeline"
	"github.com/nisba/nisba/state"
)

func (a *app) extractCmd() *cobra.Command {
	var out, rdf, gold string
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract the graph from articles into JSON (no database)",
		Long: joinLines(
			"Reads article files, folders (recursively, *.txt by default) or patterns, with",
			"metadata from *.meta.jsonl files beside them, and writes the resolved graph as",
			"the JSON exchange format. Files that cannot be read are reported one line each",
			"on stderr and skipped; the exit code is then 1."),
		Example: `  nisba extract examples/articles -o graph.json
  nisba extract article.txt                      # JSON on stdout
  nisba extract corpus/ --rdf graph.rdf -o graph.json
  nisba extract seeds/ -o sys.json --gold seeds.gold.json   # and score it`,
		Args: nArgs(1, -1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := a.config(cmd)
			if err != nil {
				return err
			}
			ex, err := a.extractAll(cmd, c, args, extractOpts{})
			if err != nil {
				return err
			}
			if err := writeDoc(a, out, ex.doc); err != nil {
				return err
			}
			if rdf != "" {
				if err := writeRDF(rdf, ex.doc); err != nil {
					return err
				}
			}
			if gold != "" {
				if err := a.score(gold, ex.doc); err != nil {
					return err
				}
			}
			return ex.err()
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the graph JSON here (default: stdout)")
	cmd.Flags().StringVar(&rdf, "rdf", "", "also write RDF N-Quads here (for dgraph live / bulk)")
	cmd.Flags().StringVar(&gold, "gold", "", "score the result against this gold file (table on stderr)")
	addInputFlags(cmd)
	return cmd
}

// extraction is the outcome of reading and extracting a set of paths.
type extraction struct {
	doc      *model.Document
	problems []corpus.Problem
	files    int
	articles []model.Article // extracted, in file order
	skipped  int
}

func (e *extraction) err() error {
	if len(e.problems) > 0 {
		return fmt.Errorf("%d of %d inputs failed: %w", len(e.problems), e.files, errInputs)
	}
	return nil
}

// chunkSender loads one streamed chunk; arts are the articles extracted
// since the previous chunk.
type chunkSender func(ctx context.Context, delta *model.Document, arts []model.Article) error

// extractOpts vary extractAll between commands.
type extractOpts struct {
	skip       func(model.Article) bool // drop (unchanged) articles before extraction
	send       chunkSender              // stream chunks here instead of returning the document
	allowEmpty bool                     // an empty folder is no problem (watch)
}

// extractAll walks the paths, reads metadata, runs the pipeline and prints
// every problem as one line. With o.send, the graph is streamed to it in
// chunks of load.chunk articles instead of returned whole.
func (a *app) extractAll(cmd *cobra.Command, c *config.Config, paths []string, o extractOpts) (*extraction, error) {
	lex, err := lexicon.Load(c.Lexicon.Paths...)
	if err != nil {
		return nil, usage(fmt.Errorf("lexicon: %w", err))
	}
	files, probs := corpus.Walk(paths, corpus.Options{Globs: c.Input.Globs, AllowEmpty: o.allowEmpty})
	meta, mprobs := corpus.LoadMeta(paths, files, c.Input.MetaFiles)
	probs = append(probs, mprobs...)
	for _, p := range probs {
		a.problem(p)
	}
	ex := &extraction{files: len(files) + len(probs)}
	opts := pipeline.Options{
		Workers:  c.Input.Workers,
		Skip:     o.skip,
		Progress: a.extractProgress(),
		Done: func(m model.Article) {
			a.notes(m)
			ex.articles = append(ex.articles, m)
		},
		Failed: a.problem,
	}
	x, r := extract.New(lex), extract.NewResolver(lex)
	var fprobs []corpus.Problem
	if o.send == nil {
		ex.doc, fprobs, err = pipeline.Extract(cmd.Context(), files, meta, x, r, opts)
	} else {
		sent := 0
		fprobs, err = pipeline.Stream(cmd.Context(), files, meta, x, r, opts, pipeline.StreamOptions{
			Chunk: c.Load.Chunk,
			Send: func(ctx context.Context, d *model.Document) error {
				arts := ex.articles[sent:]
				sent = len(ex.articles)
				return o.send(ctx, d, arts)
			},
		})
	}
	if err != nil {
		return nil, err
	}
	ex.problems = append(probs, fprobs...)
	ex.skipped = len(files) - len(fprobs) - len(ex.articles)
	a.logf("extracted %d articles (%d unchanged, %d failed)", len(ex.articles), ex.skipped, len(ex.problems))
	return ex, nil
}

// notes prints what extraction noted about an article: an internal error
// always (the article's other findings are kept, but some sentence was not
// fully read), the rest (markup removed, text truncated ...) with -v.
func (a *app) notes(m model.Article) {
	for _, n := range m.Notes {
		switch {
		case strings.Contains(n, "internal error"):
			fmt.Fprintf(a.stderr, "nisba: %s: %s — the rest of the article was read; please report this with the file\n", m.Path, n)
		case a.verbose:
			fmt.Fprintf(a.stderr, "nisba: %s: %s\n", m.Path, n)
		}
	}
}

// problem prints one input problem as one line: file, problem, what to do.
func (a *app) problem(p corpus.Problem) {
	fmt.Fprintf(a.stderr, "nisba: %s: %v — %s\n", p.Path, p.Err, p.Hint())
}

func (a *app) extractProgress() func(pipeline.Progress) {
	if !a.verbose {
		return nil
	}
	return func(p pipeline.Progress) {
		if p.Processed%100 == 0 || p.Processed == p.Files {
			fmt.Fprintf(a.stderr, "nisba: read %d/%d files (%d extracted, %d unchanged, %d failed)\n",
				p.Processed, p.Files, p.Extracted, p.Skipped, p.Failed)
		}
	}
}

// writeDoc writes the document as JSON to path, or stdout for "" and "-".
func writeDoc(a *app, path string, doc *model.Document) error {
	if path == "" || path == "-" {
		return doc.Write(a.stdout)
	}
	var buf bytes.Buffer
	if err := doc.Write(&buf); err != nil {
		return fmt.Errorf("encode graph: %w", err)
	}
	return state.WriteFileAtomic(path, buf.Bytes())
}

func writeRDF(path string, doc *model.Document) error {
	var buf bytes.Buffer
	if err := graph.WriteRDF(&buf, doc); err != nil {
		return fmt.Errorf("write RDF: %w", err)
	}
	return state.WriteFileAtomic(path, buf.Bytes())
}

// score compares doc with a gold file and prints the table on stderr.
func (a *app) score(goldPath string, doc *model.Document) error {
	g, err := readGold(goldPath)
	if err != nil {
		return err
	}
	return eval.Score(g, doc).WriteTable(a.stderr)
}
