// Package schema holds nisba's GraphQL schema (the public API served by Dgraph) and the DQL schema derived from it.
package schema

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/dgraph-io/gqlparser/v2/ast"
	"github.com/dgraph-io/gqlparser/v2/formatter"
	"github.com/dgraph-io/gqlparser/v2/parser"
	"github.com/dgraph-io/gqlparser/v2/validator"
)

// GraphQL is the GraphQL SDL that is posted to Dgraph's /admin/schema.
//
//go:embed schema.graphql
var GraphQL string

// dgraphPrelude declares what Dgraph adds to every GraphQL schema, so that
// the SDL can be validated on its own.
const dgraphPrelude = `
scalar DateTime
scalar Int64
type Point { longitude: Float! latitude: Float! }
enum DgraphIndex { int int64 float bool hash exact term fulltext trigram regexp year month day hour geo }
directive @id(interface: Boolean) on FIELD_DEFINITION
directive @search(by: [DgraphIndex!]) on FIELD_DEFINITION
directive @dgraph(type: String, pred: String) on OBJECT | INTERFACE | FIELD_DEFINITION
directive @hasInverse(field: String!) on FIELD_DEFINITION
`

// Validate parses and validates the GraphQL schema against the directives
// Dgraph understands. Like Dgraph, it lets a type inherit the fields of the
// interfaces it implements without repeating them.
func Validate() error {
	_, err := expanded(GraphQL)
	return err
}

// Expanded returns the GraphQL schema as Dgraph reads it: validated, with
// every type listing the fields it inherits from its interfaces.
func Expanded() (string, error) {
	doc, err := expanded(GraphQL)
	if err != nil {
		return "", err
	}
	own := &ast.SchemaDocument{}
	for _, def := range doc.Definitions {
		if def.Position != nil && def.Position.Src.Name == "schema.graphql" {
			own.Definitions = append(own.Definitions, def)
		}
	}
	var b strings.Builder
	formatter.NewFormatter(&b).FormatSchemaDocument(own)
	return b.String(), nil
}

func expanded(sdl string) (*ast.SchemaDocument, error) {
	doc, gerr := parser.ParseSchemas(validator.Prelude,
		&ast.Source{Name: "dgraph.graphql", Input: dgraphPrelude, BuiltIn: true},
		&ast.Source{Name: "schema.graphql", Input: sdl})
	if gerr != nil {
		return nil, fmt.Errorf("parse graphql schema: %w", gerr)
	}
	inheritFields(doc)
	if _, gerr := validator.ValidateSchemaDocument(doc); gerr != nil {
		return nil, fmt.Errorf("validate graphql schema: %w", gerr)
	}
	return doc, nil
}

// inheritFields copies interface fields into the types that implement them
// and do not declare them, as Dgraph does.
func inheritFields(doc *ast.SchemaDocument) {
	defs := map[string]*ast.Definition{}
	for _, def := range doc.Definitions {
		defs[def.Name] = def
	}
	for _, def := range doc.Definitions {
		for _, in := range interfacesOf(def, defs) {
			for _, f := range in.Fields {
				if def.Fields.ForName(f.Name) == nil {
					def.Fields = append(def.Fields, f)
				}
			}
		}
	}
}

// Predicate is one DQL predicate of the derived schema.
type Predicate struct {
	Name    string
	Type    string // DQL scalar type: string, int, float, bool, datetime, geo, uid
	List    bool
	Indexes []string // tokenizers
	Upsert  bool
}

// String renders the predicate as a DQL schema line.
func (p Predicate) String() string {
	t := p.Type
	if p.List {
		t = "[" + t + "]"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s", p.Name, t)
	if len(p.Indexes) > 0 {
		fmt.Fprintf(&b, " @index(%s)", strings.Join(p.Indexes, ", "))
	}
	if p.Upsert {
		b.WriteString(" @upsert")
	}
	b.WriteString(" .")
	return b.String()
}

// Type is one DQL type: its name and the predicates its nodes carry.
type Type struct {
	Name       string
	Predicates []string
}

// Derived is the DQL schema that Dgraph generates from the GraphQL schema.
type Derived struct {
	Predicates []Predicate // sorted by name
	Types      []Type      // sorted by name
}

// DQL returns the DQL schema (predicates and types) equivalent to what Dgraph
// generates from GraphQL, in the text form `dgraph live -s` and
// `dgraph bulk -s` read.
func DQL() (string, error) {
	d, err := Derive(GraphQL)
	if err != nil {
		return "", err
	}
	return d.String(), nil
}

// String renders the schema as DQL text.
func (d *Derived) String() string {
	var b strings.Builder
	for _, p := range d.Predicates {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	for _, t := range d.Types {
		fmt.Fprintf(&b, "\ntype %s {\n", t.Name)
		for _, p := range t.Predicates {
			fmt.Fprintf(&b, "  %s\n", p)
		}
		b.WriteString("}\n")
	}
	return b.String()
}

// Derive maps a Dgraph GraphQL SDL to its DQL schema with Dgraph's rules:
// a field becomes the predicate <Type>.<field> (or its @dgraph(pred)),
// interface fields keep the interface's name, @search becomes @index, @id
// adds @upsert (and a hash index when no other index is asked for).
func Derive(sdl string) (*Derived, error) {
	doc, gerr := parser.ParseSchema(&ast.Source{Name: "schema.graphql", Input: sdl})
	if gerr != nil {
		return nil, fmt.Errorf("parse graphql schema: %w", gerr)
	}
	defs := map[string]*ast.Definition{}
	for _, def := range doc.Definitions {
		defs[def.Name] = def
	}
	preds := map[string]Predicate{}
	var types []Type
	for _, def := range doc.Definitions {
		if def.Kind != ast.Object && def.Kind != ast.Interface {
			continue
		}
		t, err := deriveType(def, defs, preds)
		if err != nil {
			return nil, err
		}
		types = append(types, t)
	}
	d := &Derived{Types: types}
	for _, p := range preds {
		d.Predicates = append(d.Predicates, p)
	}
	sort.Slice(d.Predicates, func(i, j int) bool { return d.Predicates[i].Name < d.Predicates[j].Name })
	sort.Slice(d.Types, func(i, j int) bool { return d.Types[i].Name < d.Types[j].Name })
	return d, nil
}

// deriveType collects the predicates of one object or interface, inherited
// interface fields first.
func deriveType(def *ast.Definition, defs map[string]*ast.Definition, preds map[string]Predicate) (Type, error) {
	t := Type{Name: def.Name}
	seen := map[string]bool{}
	owners := append([]*ast.Definition{}, interfacesOf(def, defs)...)
	owners = append(owners, def)
	for _, owner := range owners {
		for _, f := range owner.Fields {
			if seen[f.Name] || f.Type.Name() == "ID" {
				continue
			}
			seen[f.Name] = true
			p, err := derivePredicate(owner.Name, f, defs)
			if err != nil {
				return Type{}, fmt.Errorf("type %s: %w", def.Name, err)
			}
			if old, ok := preds[p.Name]; ok && old.String() != p.String() {
				return Type{}, fmt.Errorf("type %s: predicate %s is declared both as %q and %q", def.Name, p.Name, old, p)
			}
			preds[p.Name] = p
			t.Predicates = append(t.Predicates, p.Name)
		}
	}
	return t, nil
}

func interfacesOf(def *ast.Definition, defs map[string]*ast.Definition) []*ast.Definition {
	var out []*ast.Definition
	for _, name := range def.Interfaces {
		if i, ok := defs[name]; ok {
			out = append(out, i)
		}
	}
	return out
}

// scalarTypes maps GraphQL scalars to DQL types.
func scalarType(name string) (string, bool) {
	switch name {
	case "String":
		return "string", true
	case "Int", "Int64":
		return "int", true
	case "Float":
		return "float", true
	case "Boolean":
		return "bool", true
	case "DateTime":
		return "datetime", true
	case "Point", "Polygon", "MultiPolygon":
		return "geo", true
	}
	return "", false
}

func derivePredicate(owner string, f *ast.FieldDefinition, defs map[string]*ast.Definition) (Predicate, error) {
	p := Predicate{Name: owner + "." + f.Name, List: f.Type.Elem != nil}
	if d := f.Directives.ForName("dgraph"); d != nil {
		if a := d.Arguments.ForName("pred"); a != nil {
			p.Name = a.Value.Raw
		}
	}
	typ, ok := scalarType(f.Type.Name())
	if !ok {
		def, known := defs[f.Type.Name()]
		if !known || (def.Kind != ast.Object && def.Kind != ast.Interface) {
			return p, fmt.Errorf("field %s: unsupported type %s", f.Name, f.Type.Name())
		}
		typ = "uid"
	}
	p.Type = typ
	if d := f.Directives.ForName("search"); d != nil {
		if a := d.Arguments.ForName("by"); a != nil {
			for _, c := range a.Value.Children {
				if !knownTokenizer(c.Value.Raw) {
					return p, fmt.Errorf("field %s: unknown search tokenizer %q", f.Name, c.Value.Raw)
				}
				p.Indexes = append(p.Indexes, c.Value.Raw)
			}
		}
	}
	if f.Directives.ForName("id") != nil {
		p.Upsert = true
		if len(p.Indexes) == 0 {
			p.Indexes = []string{"hash"}
		}
	}
	return p, nil
}

// knownTokenizer lists the @search arguments Dgraph's GraphQL accepts.
func knownTokenizer(name string) bool {
	switch name {
	case "int", "int64", "float", "bool", "hash", "exact", "term", "fulltext", "trigram", "regexp",
		"year", "month", "day", "hour", "point", "polygon", "multiPolygon":
		return true
	}
	return false
}
