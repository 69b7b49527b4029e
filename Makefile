# CxO Path — `make run` serves the app, `make test` runs every test.

SHELL     := bash
GO        ?= go
ADDR      ?= localhost:8000
BIN       := bin
WASM      := web/gen/app.wasm
# The lessons' bodies, one file per language: the server embeds them, the browser fetches them.
TEXTS     := $(patsubst content/%,web/gen/%,$(wildcard content/text.*.txt))
# The browser build's module file: go-app and go-i18n patched to leave out what the browser never runs
# (tools/wasmmodule/patches, one patch per pinned version).
WASMMOD   := $(BIN)/wasm/go.mod
SERVER    := $(BIN)/cxopath
WASMTEST  := $(BIN)/wasmbrowsertest
CHROMIUM  ?= $(shell command -v chromium || command -v chromium-browser || command -v google-chrome)

GO_SOURCES      := $(shell find . -name '*.go' -not -path './bin/*' -not -path './e2e/*' -not -path './tools/*' -not -name '*_test.go') go.mod go.sum
CONTENT         := $(shell find content locales -type f)
STATIC          := $(shell find web/css web/fonts web/icons web/js -type f -not -name '*.br' -not -name '*.gz') app/server/worker.js
# Text assets get brotli and gzip copies at build time, like app.wasm.
TEXT_ASSETS     := $(filter %.css %.js %.svg,$(STATIC))
PRECOMPRESSED   := $(addsuffix .br,$(filter web/%,$(TEXT_ASSETS)))

export CGO_ENABLED := 0

# install-missing installs what a step needs and the machine lacks: for each
# commands=packages pair whose commands (separated by :) are all missing, the
# Debian packages (separated by +) with apt-get when run as root; otherwise
# it says what to install. $(2) names who needs them.
define install-missing
	@missing=""; \
	for need in $(1); do \
		found=""; \
		for cmd in $$(echo "$${need%%=*}" | tr ':' ' '); do command -v "$$cmd" >/dev/null 2>&1 && found=1; done; \
		[ -n "$$found" ] || missing="$$missing $$(echo "$${need#*=}" | tr '+' ' ')"; \
	done; \
	if [ -z "$$missing" ]; then \
		exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing$$missing with apt-get…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "$(2) need:$$missing. Install them, for example with 'sudo apt-get install$$missing', then run make again."; \
		exit 1; \
	fi
endef

.PHONY: all run build test check unit wasm-test e2e browser bench bench-tools fuzz messages content clean

all: build

## run: build everything and serve the app on http://$(ADDR)
run: build
	@echo "Open http://$(ADDR)/ in your browser (Ctrl-C stops the server)."
	$(SERVER) serve -addr $(ADDR)

build: $(SERVER)

$(WASMMOD): go.mod go.sum $(filter-out %_test.go,$(wildcard tools/wasmmodule/*.go)) $(wildcard tools/wasmmodule/patches/*)
	GO="$(GO)" $(GO) run ./tools/wasmmodule -out $(dir $@)

# The components and go-app itself are compiled without inlining (-l for app/ui and go-app's package):
# go-app's element builders and the message lookups, inlined at every call in every Render, cost app.wasm
# about 30 KB with brotli, and go-app's own inlined helpers about 18 KB more; no render is hot enough to
# miss them. The domain packages (search, scoring) keep theirs.
WASM_GCFLAGS := -gcflags=github.com/cxopath/cxopath/app/ui=-l -gcflags=github.com/maxence-charriere/go-app/v10/pkg/app=-l

# The browser build reads the message files through an overlay without their notes for translators
# (tools/wasmoverlay): goi18n reads the notes from the source, the app never shows them, and they
# weigh about 20 KB of app.wasm with brotli.
OVERLAY := $(BIN)/wasm/overlay

$(WASM): $(GO_SOURCES) $(CONTENT) $(WASMMOD) $(filter-out %_test.go,$(wildcard tools/wasmoverlay/*.go))
	$(GO) run ./tools/wasmoverlay -out $(OVERLAY) app/...
	GOOS=js GOARCH=wasm $(GO) build -modfile=$(WASMMOD) -overlay=$(OVERLAY).json -trimpath -ldflags='-s -w' $(WASM_GCFLAGS) -o $@ .
	$(GO) run ./tools/precompress $@

$(PRECOMPRESSED): %.br: %
	$(GO) run ./tools/precompress $<

web/gen/text.%.txt: content/text.%.txt
	cp $< $@
	$(GO) run ./tools/precompress $@

$(SERVER): $(WASM) $(TEXTS) $(GO_SOURCES) $(CONTENT) $(STATIC) $(PRECOMPRESSED)
	$(GO) build -trimpath -o $@ .

## test: install what the tests need, then run every test layer
test: browser check unit fuzz build wasm-test e2e
	@echo "make test: every layer passed."

## check: formatting, a tidy go.mod and go.sum, and vet, for the server and the WASM build
check: $(WASMMOD)
	@unformatted="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	@$(GO) mod tidy -diff || { echo "go mod tidy would change go.mod or go.sum as above: run go mod tidy"; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet -modfile=$(WASMMOD) ./app/... ./content/... ./locales/... .

## unit: unit, component and pre-render tests (no browser); the server's, which run
# requests, the access log and the page cache concurrently, under the race detector (it needs cgo)
unit:
	$(call install-missing,gcc:cc=gcc,The race detector)
	CGO_ENABLED=1 $(GO) test -count=1 -race ./app/server/
	$(GO) test -count=1 $$($(GO) list ./app/... ./content/... ./locales/... ./tools/... . | grep -vx 'github.com/cxopath/cxopath/app/server')

## fuzz: the request handler, saved progress and share links, each fuzzed with a fixed number of inputs
# (about ten seconds each here). Counts, not durations: with a duration, Go 1.26's fuzzer can end in a
# spurious "context deadline exceeded" (go.dev/issue/75804). FUZZSCALE=10 fuzzes ten times as long.
FUZZSCALE ?= 1
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzRequest$$' -fuzztime $$((150000 * $(FUZZSCALE)))x ./app/server/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeNeverFails$$' -fuzztime $$((600000 * $(FUZZSCALE)))x ./app/progress/
	$(GO) test -run '^$$' -fuzz '^FuzzDecode$$' -fuzztime $$((800000 * $(FUZZSCALE)))x ./app/assess/

## wasm-test: the same packages compiled to WASM and run inside Chromium
wasm-test: browser $(WASMTEST) $(WASMMOD)
	GOOS=js GOARCH=wasm $(GO) test -modfile=$(WASMMOD) -count=1 -exec="$(CURDIR)/$(WASMTEST)" ./app/... ./content/...

$(WASMTEST):
	GOBIN="$(CURDIR)/$(BIN)" $(GO) install github.com/agnivade/wasmbrowsertest@v0.11.0

AXE := e2e/node_modules/axe-core/axe.min.js

$(AXE): e2e/package.json e2e/package-lock.json
	$(call install-missing,npm=npm,The accessibility checks)
	cd e2e && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## e2e: end-to-end tests in headless Chromium against the real server
e2e: browser $(SERVER) $(AXE)
	CXOPATH_SERVER="$(CURDIR)/$(SERVER)" CHROMIUM="$(CHROMIUM)" $(GO) test -count=1 -v -timeout 30m ./e2e/

## browser: make sure Chromium, CJK fonts (for screenshots) and python3 (a plain file server for the static export) are installed
browser:
	$(call install-missing,chromium:chromium-browser:google-chrome=chromium+fonts-noto-cjk python3=python3,The browser tests)

GOI18N := $(GO) run github.com/nicksnyder/go-i18n/v2/goi18n@v2.7.0

## messages: fold finished translations in, refresh English from the code, list what is left to translate
messages:
	$(GOI18N) extract -format toml -outdir locales app
	@if ls locales/translate.*.toml >/dev/null 2>&1; then \
		$(GOI18N) merge -format toml -outdir locales locales/active.*.toml locales/translate.*.toml && rm locales/translate.*.toml; \
	fi
	$(GOI18N) merge -format toml -outdir locales locales/active.*.toml
	$(GO) run ./tools/genmessages
	@if ls locales/translate.*.toml >/dev/null 2>&1; then \
		echo "To translate: $$(echo locales/translate.*.toml). Fill them in, then run make messages again."; \
	else echo "Every language has every message."; fi

LIGHTHOUSE := e2e/lighthouse/node_modules/.bin/lighthouse

$(LIGHTHOUSE): e2e/lighthouse/package.json e2e/lighthouse/package-lock.json
	$(call install-missing,npm=npm,Lighthouse)
	cd e2e/lighthouse && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## bench: sizes, first and repeat visits (fast and slow 4G), language switch, requests per second against nginx and go-app's stock handler, and Lighthouse's mobile audit of every page kind in every language, as one table
bench: build browser bench-tools $(WASMTEST) $(LIGHTHOUSE)
	set -o pipefail; { \
		$(GO) test -run '^$$' -bench . -count 5 ./app/server/ && \
		CXOPATH_SERVER="$(CURDIR)/$(SERVER)" CHROMIUM="$(CHROMIUM)" $(GO) test -run '^$$' -bench 'Visit|LanguageSwitch|Throughput' -benchtime 3x -timeout 20m ./e2e/ && \
		CXOPATH_SERVER="$(CURDIR)/$(SERVER)" CHROMIUM="$(CHROMIUM)" CXOPATH_GO="$(GO)" CXOPATH_WASMMOD="$(CURDIR)/$(WASMMOD)" $(GO) test -run '^$$' -bench Lighthouse -benchtime 1x -timeout 40m ./e2e/ && \
		GOOS=js GOARCH=wasm $(GO) test -modfile=$(WASMMOD) -exec="$(CURDIR)/$(WASMTEST)" -run '^$$' -bench Search -count 5 ./app/ui/; \
	} 2>&1 | grep -v '\[crit\]\|\[warn\]' | tee $(BIN)/bench.txt
	@echo
	@$(GO) run ./tools/benchtable < $(BIN)/bench.txt

## bench-tools: make sure nginx and wrk are installed for the throughput comparison
bench-tools:
	$(call install-missing,nginx=nginx wrk=wrk,The benchmarks)

## content: validate the lessons and glossary and compile them into content/course_gen.go
content:
	$(GO) run ./tools/gencontent

clean:
	rm -rf $(BIN) web/gen/app.wasm* web/gen/bodies.* $(PRECOMPRESSED) $(PRECOMPRESSED:.br=.gz) e2e/node_modules e2e/lighthouse/node_modules
