// Command devrun prints the graph document extracted from a folder of
// articles (*.txt with *.meta.jsonl beside them): a quick loop for rule work.
//
//	go run ./extract/internal/devrun ../shared/corpus/seeds > /tmp/out.json
package main

import (
	"fmt"
	"os"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: devrun FOLDER")
		os.Exit(2)
	}
	lex, err := lexicon.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	doc, err := extract.Folder(extract.New(lex), lex, os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := doc.Write(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
