package graph

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nisba/nisba/model"
)

// WriteRDF writes the document as N-Quads for `dgraph live -U xid` or
// `dgraph bulk`, with the DQL schema of schema.DQL() as the -s file. Nodes
// are named by IRIs made from their xids (NodeIRI) and every node carries
// its <xid> triple, so the loaders build the same graph as (*Client).Load.
func WriteRDF(w io.Writer, doc *model.Document) error {
	bw := bufio.NewWriter(w)
	iris := map[string]string{} // xid -> NodeIRI, computed once per node
	iri := func(xid string) string {
		s, ok := iris[xid]
		if !ok {
			s = NodeIRI(xid)
			iris[xid] = s
		}
		return s
	}
	for _, n := range plan(doc) {
		subj := iri(n.XID)
		writeQuad(bw, subj, quad{Pred: "xid", Value: n.XID}, "")
		for _, q := range n.Scalars {
			writeQuad(bw, subj, q, "")
		}
		for _, q := range n.Edges {
			writeQuad(bw, subj, q, iri(q.Object))
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write rdf: %w", err)
	}
	return nil
}

// writeQuad renders one quad of subject subj; obj is the object's IRI for
// edges. Write errors surface at Flush.
func writeQuad(w *bufio.Writer, subj string, q quad, obj string) {
	w.WriteString(subj)
	w.WriteString(" <")
	w.WriteString(q.Pred)
	w.WriteString("> ")
	if q.Edge {
		w.WriteString(obj)
	} else {
		w.WriteString(quoteLiteral(q.Value))
		w.WriteString(typeIRI(q.Kind))
	}
	w.WriteString(" .\n")
}

// typeIRI is the RDF datatype suffix Dgraph reads for a literal kind.
func typeIRI(kind string) string {
	switch kind {
	case kindInt:
		return "^^<xs:int>"
	case kindDateTime:
		return "^^<xs:dateTime>"
	case kindGeo:
		return "^^<geo:geojson>"
	}
	return ""
}

// quoteLiteral quotes s as an N-Quads string literal that Dgraph's parser
// (strconv.Unquote) reads back to the same string: quotes, backslashes and
// line breaks are escaped, other control and invisible format characters
// (bidi marks such as U+200F) become \uXXXX, everything else stays UTF-8.
// Invalid UTF-8 becomes U+FFFD.
func quoteLiteral(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
				if r > 0xFFFF {
					fmt.Fprintf(&b, `\U%08X`, r)
				} else {
					fmt.Fprintf(&b, `\u%04X`, r)
				}
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// NodeIRI is the RDF name of the node with this xid in WriteRDF output: the
// IRI <xid> when the xid is a valid IRI that Dgraph would not read as a uid,
// otherwise <x_…> built from the xid's safe characters and a hash of the xid.
//
// IRIs rather than blank nodes, because `dgraph live -U xid` stores a blank
// node's label with its "_:" prefix as the xid, so a second load (or a load
// on top of (*Client).Load) would not find the nodes again; with IRIs it
// stores exactly the xid. The explicit <xid> triple sets the real xid in the
// fallback case too.
func NodeIRI(xid string) string {
	if validIRI(xid) {
		return "<" + xid + ">"
	}
	var b strings.Builder
	for _, r := range xid {
		if isSafeRune(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	sum := sha256.Sum256([]byte(xid))
	return "<x_" + b.String() + "_" + hex.EncodeToString(sum[:6]) + ">"
}

// validIRI follows Dgraph's IRIREF lexer (no controls, spaces, <>"{}|^` or
// backslash), refuses invalid UTF-8 and anything strconv.ParseUint(s, 0, 64)
// accepts ("0x1f", "001"), which Dgraph's loaders take for a uid.
func validIRI(s string) bool {
	if s == "" || !utf8.ValidString(s) {
		return false
	}
	if _, err := strconv.ParseUint(s, 0, 64); err == nil {
		return false
	}
	for _, r := range s {
		if !isSafeRune(r) {
			return false
		}
	}
	return true
}

func isSafeRune(r rune) bool {
	switch {
	case r <= 0x20, r == utf8.RuneError:
		return false
	case r < utf8.RuneSelf:
		switch r {
		case '<', '>', '"', '{', '}', '|', '^', '`', '\\', 0x7f:
			return false
		}
		return true
	}
	return !unicode.Is(unicode.Cf, r) && !unicode.IsControl(r)
}
