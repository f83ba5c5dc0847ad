package rules

import (
	"strings"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
)

func TestLoad(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"attack", "foiled", "claimed", "denied", "hinted", "suspected", "likely", "asserted",
		"attribution", "strike", "response", "group_noun", "backing", "w_rocket", "w_drone"} {
		if r.Cues[name].Len() == 0 {
			t.Errorf("cue set %q is empty", name)
		}
	}
	if r.Numbers[arabic.Key("ثمانية")] != 8 {
		t.Errorf("number word ثمانية not read")
	}
	if _, ok := r.Triggers[arabic.Key("قاعدة")]; !ok {
		t.Errorf("trigger قاعدة missing")
	}
}

func TestSetMatch(t *testing.T) {
	set := Compile([]string{"اعلن* مسؤوليت*", "ردا على", "هجوم*", "من قبل"})
	tests := []struct {
		text string
		at   int
		want int
	}{
		{"وأعلنت مسؤوليتها عن الهجوم", 0, 2}, // prefixes and a clitic
		{"ورداً على ذلك", 0, 2},              // tanwin and alef folded
		{"بهجومين متزامنين", 0, 1},           // prefix after a clitic
		{"ردا، على", 0, 0},                   // a comma breaks a phrase
		{"مدعومة من قبل الحرس", 1, 2},        // in the middle
		{"هجمات", 0, 0},                      // هجوم* does not match هجمات
	}
	for _, tc := range tests {
		if got := set.Match(arabic.Tokens(tc.text), tc.at); got != tc.want {
			t.Errorf("Match(%q, %d) = %d, want %d", tc.text, tc.at, got, tc.want)
		}
	}
}

func TestDecodeYAMLRefusesRepeatedKeys(t *testing.T) {
	tests := []struct {
		name, src string
		wantErr   string // "" = no error
	}{
		{"distinct keys", "version: 1\ncues:\n  a: [x]\n  b: [y]\n", ""},
		{"a cue key twice", "version: 1\ncues:\n  a: [x]\n  b: [y]\n  a: [z]\n", `line 5: key "a" given twice`},
		{"a top-level key twice", "version: 1\nversion: 2\n", `key "version" given twice`},
		{"same key in two mappings", "version: 1\ncues:\n  a: [x]\nnumbers:\n  a: 1\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cf cueFile
			err := decodeYAML("test.yaml", []byte(tt.src), &cf)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}
