#!/bin/sh
# blind.sh prints the headline F1 of every never-read set in eval/blind
# (see eval/blind/README.md) with the nisba binary given, bin/nisba by
# default. It prints scores only: nothing of the sets' text or errors.
set -eu
bin=${1:-bin/nisba}
dir=$(dirname "$0")/../eval/blind
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for set in "$dir"/heldout*/; do
	name=$(basename "$set")
	score=$("$bin" extract "$set" -o "$out/$name.json" --gold "$set/gold.json" 2>&1 >/dev/null | sed -n 's/^headline F1: //p')
	printf '%s %s\n' "$name" "${score:-error}"
done
