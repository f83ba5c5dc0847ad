package reference

// Match is one date expression found in a text.
type Match struct {
	Start, End int    // RUNE offsets of the expression in the input
	Text       string // the words matched, as in the input
	Day        string // ISO day "YYYY-MM-DD" when resolvable, else ""
	Precision  string // "day", "month", "year" or "week" (for month/year precision Day is the first day; callers treat only "day" as a day)
	Relative   bool   // true when resolution needed the publication day
}

// Find returns the date expressions in text, left to right, non-overlapping,
// longest first. published is the article's ISO publication day or "" (then
// relative expressions get Day "").
func Find(text, published string) []Match {
	if !mayHoldDate(text) {
		return nil
	}
	s := scanner{text: text, ts: tokenize(text)}
	s.pub, s.hasPub = parsePublished(published)
	return s.findAll()
}

// Parse resolves one expression (e.g. a dateText) the same way; ok is false
// when text holds no date. When text holds several, the longest wins.
func Parse(text, published string) (m Match, ok bool) {
	for _, c := range Find(text, published) {
		if !ok || c.End-c.Start > m.End-m.Start {
			m, ok = c, true
		}
	}
	return m, ok
}
