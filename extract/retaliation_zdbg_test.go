package extract_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/nisba/nisba/extract"
)

func TestZDbgRet3(t *testing.T) {
	text := os.Getenv("RET3_TEXT")
	if text == "" {
		t.Skip()
	}
	x := extract.New(loadLexicon(t))
	doc := run(t, x, os.Getenv("RET3_PUB"), text)
	b, _ := json.MarshalIndent(map[string]any{"ret": doc.Retaliations, "att": doc.Attacks}, "", " ")
	t.Log(string(b))
}
