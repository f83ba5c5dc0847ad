package lexicon

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
)

func TestZZWords(t *testing.T) {
	l, _ := Load()
	by := map[string][]string{}
	for _, e := range l.Entries() {
		for _, n := range e.Names() {
			k := arabic.Key(n)
			if len(strings.Fields(k)) == 1 {
				by[e.Type] = append(by[e.Type], k)
			}
		}
	}
	for t, ws := range by {
		fmt.Println(t, len(ws), strings.Join(ws, " "))
	}
}
