package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// PRF is one row of figures. P, R and F1 are rounded to four places as in
// score.py.
type PRF struct {
	TP, FP, FN int
	P, R, F1   float64
}

// ClassPRF is the figures of one entity class ("all" for the total).
type ClassPRF struct {
	Class string
	PRF
}

// Result is a full scoring: what score.py --json prints, plus its notes.
type Result struct {
	Entities           []ClassPRF // sorted by class, "all" last
	Attacks            PRF
	Attributions       PRF
	Retaliations       PRF
	RetaliationTargets PRF
	Relations          PRF
	Headline           float64  // mean F1 of entities(all), attacks, attributions, retaliations
	Notes              []string // what score.py --verbose prints above the table
}

// EntitiesAll returns the overall entity figures.
func (r *Result) EntitiesAll() PRF { return r.Entities[len(r.Entities)-1].PRF }

func prf(tp, fp, fn int) PRF {
	var p, r float64
	switch {
	case tp+fp > 0:
		p = float64(tp) / float64(tp+fp)
	case fn == 0:
		p = 1
	}
	r = 1
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	f := 0.0
	if p+r != 0 {
		num := float64(2 * p)
		num = float64(num * r)
		f = num / float64(p+r)
	}
	return PRF{TP: tp, FP: fp, FN: fn, P: pyRound4(p), R: pyRound4(r), F1: pyRound4(f)}
}

// pyRound4 is Python's round(x, 4): correctly rounded from the exact binary
// value, which strconv also does.
func pyRound4(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return v
}

// pyFloat formats like Python's repr of a float in [0, 1].
func pyFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

// WriteNotes prints the notes as score.py --verbose does.
func (r *Result) WriteNotes(w io.Writer) error {
	for _, n := range r.Notes {
		if _, err := fmt.Fprintf(w, "  %s\n", n); err != nil {
			return err
		}
	}
	return nil
}

// WriteTable prints score.py's table and, last, "headline F1: X.XXX".
func (r *Result) WriteTable(w io.Writer) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%-22s %6s %6s %6s  tp/fp/fn\n", "", "P", "R", "F1")
	for _, c := range r.Entities {
		row(&b, "entities "+c.Class, c.PRF)
	}
	for _, x := range r.rows() {
		row(&b, x.name, x.v)
	}
	fmt.Fprintf(&b, "headline F1: %.3f\n", r.Headline)
	_, err := w.Write(b.Bytes())
	return err
}

func row(b *bytes.Buffer, name string, v PRF) {
	fmt.Fprintf(b, "%-22s %6.3f %6.3f %6.3f  %d/%d/%d\n", name, v.P, v.R, v.F1, v.TP, v.FP, v.FN)
}

type namedPRF struct {
	name string
	v    PRF
}

func (r *Result) rows() []namedPRF {
	return []namedPRF{{"attacks", r.Attacks}, {"attributions", r.Attributions},
		{"retaliations", r.Retaliations}, {"retaliation_targets", r.RetaliationTargets},
		{"relations", r.Relations}}
}

// MarshalJSON writes the same bytes as score.py --json (indent 1, same key
// order), without the trailing newline.
func (r *Result) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("{\n \"entities\": {\n")
	for i, c := range r.Entities {
		k, _ := json.Marshal(c.Class)
		fmt.Fprintf(&b, "  %s: ", k)
		writePRF(&b, c.PRF, "  ")
		b.WriteString(sep(i, len(r.Entities)))
	}
	b.WriteString(" },\n")
	for _, x := range r.rows() {
		fmt.Fprintf(&b, " %q: ", x.name)
		writePRF(&b, x.v, " ")
		b.WriteString(",\n")
	}
	fmt.Fprintf(&b, " \"headline\": %s\n}", pyFloat(r.Headline))
	return b.Bytes(), nil
}

func sep(i, n int) string {
	if i == n-1 {
		return "\n"
	}
	return ",\n"
}

func writePRF(b *bytes.Buffer, v PRF, indent string) {
	in := indent + " "
	fmt.Fprintf(b, "{\n%s\"tp\": %d,\n%s\"fp\": %d,\n%s\"fn\": %d,\n", in, v.TP, in, v.FP, in, v.FN)
	fmt.Fprintf(b, "%s\"p\": %s,\n%s\"r\": %s,\n%s\"f1\": %s\n%s}", in, pyFloat(v.P), in, pyFloat(v.R), in, pyFloat(v.F1), indent)
}

// WriteJSON prints the figures as score.py --json does.
func (r *Result) WriteJSON(w io.Writer) error {
	b, _ := r.MarshalJSON()
	_, err := w.Write(append(b, '\n'))
	return err
}
