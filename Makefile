# umassist — the two commands are `make demo` and `make test`.
SHELL := /bin/bash
GO ?= go
BIN := bin/umassist
# Short fuzz runs in CI; longer ones by hand: make fuzz FUZZTIME=5m
FUZZTIME ?= 10s
export GOFLAGS ?= -mod=mod

.PHONY: demo test setup build lint vet staticcheck fmt fuzz bench clean db-stop

## demo: install what is missing, start the private PostgreSQL, load the demo and serve the reviewer UI (DEMO_EXIT=1 exits after the summary)
demo: setup build
	./scripts/demo.sh

## test: install what is missing, start a private PostgreSQL, run lint and every test with the race detector
test: setup lint
	$(GO) test -race -count=1 -timeout 30m ./...
	$(MAKE) --no-print-directory fuzz

## setup: install PostgreSQL, its dev headers and pgvector if missing (idempotent)
setup:
	@./scripts/setup.sh

build:
	$(GO) build -o $(BIN) ./cmd/umassist

lint: fmt vet staticcheck

fmt:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) tool staticcheck ./...

## fuzz: run every fuzz target briefly (FUZZTIME)
fuzz:
	@./scripts/fuzz.sh $(FUZZTIME)

## bench: run the benchmarks and write bench/results.txt
bench: setup
	@mkdir -p bench
	$(GO) test -run '^$$' -bench . -benchmem -timeout 60m ./... | tee bench/results.txt

db-stop:
	$(GO) run ./cmd/umassist db stop

clean: db-stop
	rm -rf bin .umassist
