package corpus

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// looksHTML recognises an HTML page by how it starts.
func looksHTML(s string) bool {
	head := strings.TrimLeftFunc(s, unicode.IsSpace)
	if len(head) > 1024 {
		head = head[:1024]
	}
	head = strings.ToLower(head)
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return true
	}
	return strings.HasPrefix(head, "<") && (strings.Contains(head, "<body") ||
		strings.Contains(head, "</p>") || strings.Contains(head, "</div>"))
}

// visit writes the visible text under n: scripts, styles, the head and
// page furniture (boilerplate) are dropped and block elements become line
// breaks.
func visit(b *strings.Builder, n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		b.WriteString(n.Data)
		return
	case n.Type == html.ElementNode && (skipped(n.DataAtom) || boilerplate(n)):
		return
	}
	block := n.Type == html.ElementNode && isBlock(n.DataAtom)
	if block {
		b.WriteByte('\n')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visit(b, c)
	}
	if block {
		b.WriteByte('\n')
	}
}

func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Svg, atom.Iframe:
		return true
	}
	return false
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Li, atom.Tr, atom.Section, atom.Article, atom.Blockquote, atom.Header,
		atom.Footer, atom.Title, atom.Figcaption, atom.Pre, atom.Table, atom.Ul, atom.Ol:
		return true
	}
	return false
}

// tidyLines collapses runs of blanks inside lines and of empty lines.
func tidyLines(s string) string {
	var out []string
	blank := false
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}
