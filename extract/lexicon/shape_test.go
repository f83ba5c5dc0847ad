package lexicon

import (
	"testing"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/model"
)

// TestBasesAndPlacesAreLocated checks that every base and place has
// coordinates and says where it is (located_in), so a new site added for
// real articles lands on the map and in its province.
func TestBasesAndPlacesAreLocated(t *testing.T) {
	for _, e := range load(t).Entries() {
		if e.Type != model.TypeBase && e.Type != model.TypeCity {
			continue
		}
		if e.Location == nil {
			t.Errorf("%s: no location", e.ID)
		}
		if !hasRelation(e, model.RelLocatedIn) && !unlocated[e.ID] {
			t.Errorf("%s: no located_in relation", e.ID)
		}
	}
}

// unlocated are places that lie in no single state of the lexicon: seas,
// straits, and Jerusalem, whose status the lexicon does not settle.
var unlocated = map[string]bool{
	"city:red-sea": true, "city:persian-gulf": true, "city:mediterranean": true,
	"city:bab-al-mandab": true, "city:hormuz": true, "city:jerusalem": true,
}

func hasRelation(e *Entry, typ string) bool {
	for _, r := range e.Relations {
		if r.Type == typ {
			return true
		}
	}
	return false
}

// TestWeakAliasesShadowOnlyPlaces checks that a weak alias of one entry is
// never the full name of another entry, unless that other entry is a place
// the short form also names (طهران for Iran and the city, الميادين for the
// channel and the town): otherwise the weak form would be read as the other
// entity without any context.
func TestWeakAliasesShadowOnlyPlaces(t *testing.T) {
	l := load(t)
	for _, e := range l.Entries() {
		for _, w := range e.WeakAliases {
			for _, o := range l.Lookup(arabic.Key(w)) {
				if o.ID != e.ID && o.Type != model.TypeCity {
					t.Errorf("%s: weak alias %q is a full name of %s (%s)", e.ID, w, o.ID, o.Type)
				}
			}
		}
	}
}
