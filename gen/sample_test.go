package gen

import (
	"os"
	"testing"

	"github.com/nisba/nisba/extract/lexicon"
)

func TestSampleTmp(t *testing.T) {
	if os.Getenv("GEN_SAMPLE") == "" {
		t.Skip()
	}
	lex, _ := lexicon.Load()
	st, err := Generate(Options{N: 40, Seed: 1, Dir: os.Getenv("GEN_SAMPLE"), Lexicon: lex})
	t.Logf("%+v %v", st, err)
}
