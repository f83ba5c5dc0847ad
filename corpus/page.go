package corpus

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a saved news page says about itself in its markup: the
// metadata a publisher gives to search engines and social networks.
type pageMeta struct {
	Published string // ISO day
	Title     string
	Outlet    string
	URL       string
}

// readPage keeps the text a reader of the page would call the article, and
// the page's own metadata. When the page has <article> elements, the one
// with the most text is the article (with the page's <h1> before it when
// it lies outside); otherwise the whole body is read. Navigation, asides,
// footers, forms and blocks whose class or id names boilerplate ("related",
// "sidebar", "comments", "share" ...) are dropped either way.
func readPage(s string) (string, pageMeta) {
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s, pageMeta{} // html.Parse only fails on read errors
	}
	pm := pageMeta{}
	var arts []*html.Node
	var h1 *html.Node
	walkPage(doc, &pm, &arts, &h1)
	var b strings.Builder
	if main := largest(arts); main != nil {
		if h1 != nil && !inside(h1, main) {
			visit(&b, h1)
		}
		visit(&b, main)
	} else {
		visit(&b, doc)
	}
	return tidyLines(b.String()), pm
}

// walkPage collects the page's metadata, its <article> elements and its
// first <h1>.
func walkPage(n *html.Node, pm *pageMeta, arts *[]*html.Node, h1 **html.Node) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Meta:
			metaTag(n, pm)
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && pm.URL == "" {
				pm.URL = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Title:
			if pm.Title == "" && n.FirstChild != nil {
				pm.Title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
			}
		case atom.Time:
			if pm.Published == "" {
				pm.Published = pageDay(attr(n, "datetime"))
			}
		case atom.Script:
			if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil && pm.Published == "" {
				pm.Published = pageDay(jsonLDPublished(n.FirstChild.Data))
			}
		case atom.Article:
			if !boilerplate(n) {
				*arts = append(*arts, n)
			}
		case atom.H1:
			if *h1 == nil {
				*h1 = n
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkPage(c, pm, arts, h1)
	}
}

// metaTag reads one <meta>: Open Graph, article:published_time and the
// usual date names.
func metaTag(n *html.Node, pm *pageMeta) {
	key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	switch key {
	case "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
		"dc.date", "dc.date.issued", "date", "sailthru.date", "parsely-pub-date", "og:published_time":
		if pm.Published == "" || key == "article:published_time" {
			if d := pageDay(content); d != "" {
				pm.Published = d
			}
		}
	case "og:title":
		pm.Title = content
	case "og:site_name":
		pm.Outlet = content
	case "og:url":
		pm.URL = content
	}
}

// jsonLDPublished finds datePublished in a JSON-LD block (an object, a
// list of objects, or an @graph of them).
func jsonLDPublished(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	var find func(any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if d, ok := x["datePublished"].(string); ok {
				return d
			}
			return find(x["@graph"])
		case []any:
			for _, e := range x {
				if d := find(e); d != "" {
					return d
				}
			}
		}
		return ""
	}
	return find(v)
}

// pageDay reads the day of a page's date: what isoDay reads, or a day
// followed by a time in another form ("2024-03-12 10:00", "2024-03-12T10:00");
// "" for anything else.
func pageDay(s string) string {
	if d, err := isoDay(s); err == nil {
		return d
	}
	s = strings.TrimSpace(s)
	if len(s) < len("2006-01-02") {
		return ""
	}
	if t, err := time.Parse(time.DateOnly, s[:len("2006-01-02")]); err == nil {
		return t.Format(time.DateOnly)
	}
	return ""
}

// largest is the element of ns with the most text, or nil.
func largest(ns []*html.Node) *html.Node {
	var best *html.Node
	most := 0
	for _, n := range ns {
		if l := textLen(n); l > most {
			best, most = n, l
		}
	}
	return best
}

func textLen(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(strings.TrimSpace(n.Data))
	}
	if n.Type == html.ElementNode && (skipped(n.DataAtom) || boilerplate(n)) {
		return 0
	}
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		l += textLen(c)
	}
	return l
}

func inside(n, root *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// boilerplate reports an element a reader skips: navigation, asides,
// footers, forms, and blocks whose class or id names a page furniture word.
func boilerplate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Menu, atom.Button, atom.Select:
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(attr(n, "class")+" "+attr(n, "id")), func(r rune) bool {
		return r == ' ' || r == '-' || r == '_'
	}) {
		switch w {
		case "related", "sidebar", "comments", "comment", "share", "sharing", "social", "breadcrumb", "breadcrumbs",
			"newsletter", "advert", "advertisement", "ads", "promo", "navbar", "nav", "menu", "footer", "widget",
			"trending", "popular", "recommended", "outbrain", "taboola", "subscribe", "cookie", "cookies":
			return true
		}
	}
	return false
}
