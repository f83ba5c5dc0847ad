package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"القوات الأمريكية", "قوات امريكيه"},
		{"القوات الأميركية", "قوات امريكيه"},
		{"الـقـوّاتُ", "قوات"},
		{"«حزب الله»", "حزب له"}, // الله is four letters: the rule applies
		{"إيران،  سورية.", "ايران سوريه"},
		{"الى", "الي"},
		{"ميليشيات", "ميليشيات"},
		{"Ain al-Asad", "latin:ain al asad"},
		{"  U.S. Forces ", "latin:u s forces"},
		{"CENTCOM سنتكوم", "CENTCOM سنتكوم"},
		{"١٢٣", "١٢٣"},
		{"ﻗﺎﻋﺪﺓ", "قاعده"}, // presentation forms: NFKC first
		{"بالأمس", "بالامس"},
	}
	for _, tc := range tests {
		if got := Norm(tc.in); got != tc.want {
			t.Errorf("Norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNormAgreesWithScorePy runs score.py's own norm on every gold name and
// the table above.
func TestNormAgreesWithScorePy(t *testing.T) {
	needPython(t)
	g := readGold(t)
	names := []string{"", "Ain al-Asad", "CENTCOM سنتكوم", "١٢٣", "ﻗﺎﻋﺪﺓ", "ـــال", "a\u001cb", "أميركا"}
	for _, e := range g.Entities {
		names = append(names, e.Names...)
		names = append(names, e.NameEn)
	}
	in, _ := json.Marshal(names)
	script := "import json,sys; sys.path.insert(0, sys.argv[1]); import score; " +
		"print(json.dumps([score.norm(n) for n in json.load(sys.stdin)], ensure_ascii=False))"
	cmd := exec.Command("python3", "-c", script, sharedEval)
	cmd.Stdin = strings.NewReader(string(in))
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python norm: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, n := range names {
		if got := Norm(n); got != want[i] {
			t.Errorf("Norm(%q) = %q, score.py %q", n, got, want[i])
		}
	}
}

func TestReadGoldRejects(t *testing.T) {
	tests := []struct{ name, in string }{
		{"not json", "{"},
		{"no names", `{"entities":[{"id":"x","type":"Base"}]}`},
		{"duplicate id", `{"entities":[{"id":"x","type":"Base","names":["a"]},{"id":"x","type":"Base","names":["b"]}]}`},
		{"unknown target", `{"entities":[],"attacks":[{"id":"a","target":"nope","date":null}]}`},
		{"unknown alternative", `{"entities":[{"id":"x","type":"Force","names":["a"]}],"retaliations":[{"id":"r","actors":["x"],"targets":[["x","y"]]}]}`},
		{"bad target", `{"entities":[{"id":"x","type":"Force","names":["a"]}],"retaliations":[{"id":"r","actors":["x"],"targets":[3]}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ReadGold(strings.NewReader(tc.in)); err == nil {
				t.Errorf("ReadGold accepted %s", tc.in)
			}
		})
	}
}

func TestTargetRoundTrip(t *testing.T) {
	for _, in := range []string{`"a"`, `["a","b"]`, `["a"]`} {
		var x Target
		if err := json.Unmarshal([]byte(in), &x); err != nil {
			t.Fatal(err)
		}
		out, _ := json.Marshal(x)
		if string(out) != in {
			t.Errorf("target %s came back as %s", in, out)
		}
	}
}
