package lexicon

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/nisba/nisba/extract/arabic"
)

func TestZZGold(t *testing.T) {
	l, _ := Load()
	b, _ := os.ReadFile(os.Getenv("GOLD"))
	var g struct {
		Entities []struct {
			Type  string
			Names []string
		}
	}
	json.Unmarshal(b, &g)
	for _, e := range g.Entities {
		var miss []string
		types := map[string]bool{}
		for _, n := range e.Names {
			k := arabic.Key(n)
			s := l.Lookup(k)
			for _, x := range s {
				types[x.ID] = true
			}
			if len(s) == 0 {
				w := l.LookupWeak(k)
				if len(w) == 0 {
					miss = append(miss, n)
				} else {
					for _, x := range w {
						types["weak:"+x.ID] = true
					}
				}
			}
		}
		fmt.Println(e.Type, e.Names[0], "->", types, "MISS:", miss)
	}
}
