# nisba — see README.md. `make demo` first, then `make test`.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

GO      ?= go
NISBA   := bin/nisba
# The development seeds are loaded too when ../shared sits beside the clone.
SEEDS   := $(wildcard ../shared/corpus/seeds)
FUZZTIME ?= 30s
TEST_TIMEOUT ?= 30m
GRAPHQL := http://127.0.0.1:8080/graphql

# Every attack with its attributions and the accused's backers, two levels up.
DEMO_QUERY := query { queryAttack(order: {asc: date}) { xid date target { name } attributions { stance claimant { name } accused { name backedBy { name backedBy { name } } } } } }

.PHONY: help build demo test dgraph bench fuzz lint clean demo-stop blind

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

build: ## build bin/nisba
	$(GO) build -o $(NISBA) ./cmd/nisba

$(NISBA): $(shell find . -name '*.go' -not -path './.git/*' 2>/dev/null) go.mod go.sum
	$(GO) build -o $(NISBA) ./cmd/nisba

dgraph: $(NISBA) ## build the Dgraph binary once (~5 min the first time; cached)
	@echo "==> Dgraph binary: built once from the Go module proxy (takes ~5 minutes the first time, cached after)"
	$(NISBA) dgraph install

demo: dgraph ## build, start a local Dgraph, load the example articles, show attribution chains
	$(NISBA) dgraph start
	$(NISBA) schema apply
	$(NISBA) load examples/articles $(SEEDS)
	@echo "==> Attribution chains (attack → accused → backers):"
	@printf '%s\n' '$(DEMO_QUERY)' > bin/attribution-chains.graphql
	$(NISBA) query bin/attribution-chains.graphql
	@echo
	@echo "GraphQL endpoint : $(GRAPHQL)   (try: $(NISBA) query --list)"
	@echo "Ratel (browse)   : http://127.0.0.1:8000 after 'docker compose up -d ratel' — set its server URL to http://127.0.0.1:8080 (docs/ratel.md)"
	@echo "Stop Dgraph      : $(NISBA) dgraph stop"

demo-stop: ## stop the demo's Dgraph
	$(NISBA) dgraph stop

test: dgraph ## vet and run every test, including integration tests against a real Dgraph
	$(GO) vet ./...
	$(GO) test -p 2 -timeout $(TEST_TIMEOUT) ./...

blind: build ## headline F1 of the never-read sets in eval/blind (scores only)
	scripts/blind.sh $(NISBA)

bench: ## run the benchmarks and write BENCH.md
	$(GO) run ./cmd/nisbabench -o BENCH.md

fuzz: ## run every fuzz target for $(FUZZTIME)
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz' || true); do \
	    echo "==> $$pkg $$f"; \
	    $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
	  done; \
	done

lint: ## gofmt check and go vet
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.git/*')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean: ## remove build output (not the cached Dgraph binary nor .nisba data)
	rm -rf bin
