package bench

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/extract/lexicon"
	"github.com/nisba/nisba/gen"
)

const scorePy = "../../shared/eval/score.py"

// TestQualityAgreesWithScorePy scores a real extraction of a generated
// corpus with eval and with score.py: the figures must be byte-identical.
func TestQualityAgreesWithScorePy(t *testing.T) {
	if _, err := os.Stat(scorePy); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip("no ../shared")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	lex, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	c, err := Generated(t.TempDir(), lex, 60, 5)
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := Resolved(context.Background(), extract.New(lex), extract.NewResolver(lex), c, 2)
	if err != nil {
		t.Fatal(err)
	}
	sys := filepath.Join(t.TempDir(), "sys.json")
	var b bytes.Buffer
	if err := doc.Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sys, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command("python3", scorePy, filepath.Join(c.Dir, gen.GoldFile), sys, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	q, err := Quality(c, doc)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	q.WriteJSON(&got)
	if got.String() != string(want) {
		t.Errorf("eval and score.py disagree\n--- eval\n%s\n--- score.py\n%s", got.String(), want)
	}
}
