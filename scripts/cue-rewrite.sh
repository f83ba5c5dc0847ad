#!/bin/sh
# cue-rewrite.sh rewrites the extractor's lookups of a cue set by a constant
# name, a.x.rules.Cues["name"], into a.x.rules.Cue(rules.CueName), and
# (re)writes the constants in extract/rules/cue_ids.go (see scripts/cuegen).
# The output of the extractor does not change: Cue returns the set that
# Cues held after Load. Run it from anywhere in the repository; it may run
# again after new lookups are written.
#
#   scripts/cue-rewrite.sh             the Cues["name"] lookups only
#   scripts/cue-rewrite.sh -freecues   also a.freeCues(s, "name") into
#                                      a.freeCue(s, rules.CueName)
set -eu
cd "$(git rev-parse --show-toplevel)"
go run ./scripts/cuegen -dir extract -out extract/rules/cue_ids.go "$@"
go build ./extract/...
go vet ./extract/rules ./scripts/...
consts=$(grep -c '^	Cue[A-Za-z0-9]*: ' extract/rules/cue_ids.go)
left=$(ls extract/*.go | grep -v '_test.go$' | xargs cat | grep -o '\.Cues\["[A-Za-z0-9_]*"\]' | wc -l)
free=$(ls extract/*.go | grep -v '_test.go$' | xargs cat | grep -o 'freeCues([A-Za-z0-9_.]*, "[A-Za-z0-9_]*")' | wc -l)
echo "cue-rewrite: $consts cue constants; $left Cues lookups and $free freeCues questions by a constant name left"
