// Package nisba turns Arabic news reporting on attacks against military bases
// in Syria, Iraq and Jordan into a knowledge graph in Dgraph.
//
// Data flows one way: corpus reads articles and their metadata; extract finds
// entities, attacks, attributions, retaliations and relations in each article
// and resolves them across articles into one model.Document (the JSON exchange
// format); graph loads that document into Dgraph over gRPC with idempotent
// upserts, or writes it as RDF for dgraph live and dgraph bulk; schema holds the
// GraphQL schema that is the public API. See docs/ARCHITECTURE.md.
package nisba
