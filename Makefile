# The two commands of the README: `make serve` and `make test`. Each does its own set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
VENDOR := src/fmkg/web/static/vendor
SERVE_STAMP := $(VENV)/.installed-serve
# `make serve` listens where fmkg serve's settings say: FMKG_HOST / FMKG_PORT (default 127.0.0.1:8000), or
# PORT (the variable platforms set) when FMKG_PORT is not set, or `make serve HOST=0.0.0.0 PORT=8080`.
# HOST is read from the command line only: some shells export HOST as the machine's name.
SERVE_ARGS := $(if $(filter command line,$(origin HOST)),--host $(HOST)) \
              $(if $(filter command line,$(origin PORT)),--port $(PORT),$(if $(FMKG_PORT),,$(if $(PORT),--port $(PORT))))

.PHONY: install build serve test test-oxigraph test-virtuoso lint bench replicas-bench eval loadtest clean

# What serving needs (the package, its English pipeline for the build, the editor's files); no test tools.
$(SERVE_STAMP): pyproject.toml requirements/nlp.txt $(VENDOR)/.installed
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/nlp.txt
	$(BIN)/python -m pip install --quiet -e .
	touch $(SERVE_STAMP)

# ... and the test tools (pytest, ruff, Playwright, SPARQLWrapper, hypothesis).
$(STAMP): $(SERVE_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The query page's SPARQL editor and result viewer, and the graph view's Cytoscape.js, from npm (versions pinned by package-lock.json), copied
# into the package so that the page needs no network; the source-map comments are dropped (maps not shipped).
$(VENDOR)/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)
	for c in yasqe yasr; do \
	  sed '/^\/\/# sourceMappingURL=/d' node_modules/@zazuko/$$c/build/$$c.min.js > $(VENDOR)/$$c.min.js && \
	  cp node_modules/@zazuko/$$c/build/$$c.min.css $(VENDOR)/ && \
	  cp node_modules/@zazuko/$$c/package.json $(VENDOR)/$$c.package.json || exit 1; \
	done
	sed '/^\/\/# sourceMappingURL=/d' node_modules/cytoscape/dist/cytoscape.min.js > $(VENDOR)/cytoscape.min.js
	cp node_modules/cytoscape/package.json $(VENDOR)/cytoscape.package.json
	touch $@

install: $(STAMP)

# Rebuilt when an input or any stage's code changes (extract, graph, validate, store, the pipeline, settings).
dist/fmkg.ttl: $(SERVE_STAMP) $(wildcard ontology/* data/documents/* data/curated/* src/fmkg/*.py src/fmkg/*/*.py)
	$(BIN)/fmkg build

build: $(SERVE_STAMP)
	$(BIN)/fmkg build

serve: dist/fmkg.ttl
	$(BIN)/fmkg serve $(strip $(SERVE_ARGS))

test: $(STAMP)
	@# The browser tests drive Debian's Chromium (no browser download); CI runs as root on a fresh machine.
	@test -x /usr/bin/chromium || [ "$$(id -u)" != 0 ] || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@# The replicas' reference deployment (tests/test_replicas.py) runs Debian's nginx as an ordinary process.
	@test -x /usr/sbin/nginx || [ "$$(id -u)" != 0 ] || deploy/apt-install.sh nginx
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-oxigraph

# The endpoint and linked-data tests a second time, on `oxigraph serve` (the `test` extra's oxigraph, pinned) as
# a remote store: FMKG_TEST_ENGINE makes tests/serve_helper.py start one engine per store, load it through fmkg's
# own build path and stop it at the end; tests marked `embedded` (the on-disk store itself) are skipped.
REMOTE_TESTS := tests/test_sparql_protocol.py tests/test_sparql_negotiation.py tests/test_sparql_answers.py \
                tests/test_sparql_errors.py tests/test_sparql_service_description.py tests/test_server_conformance.py \
                tests/test_server_sparql.py tests/test_linked_data.py tests/test_linked_data_build.py \
                tests/test_linked_data_server.py
test-oxigraph: $(STAMP)
	FMKG_TEST_ENGINE=oxigraph $(BIN)/python -m pytest $(REMOTE_TESTS)

# The same tests on Virtuoso 7 from Debian's virtuoso-opensource (installed as root when missing; no container, no
# system service: deploy/virtuoso/virtuoso.sh runs private databases on ports 18210-18299), then the shared SPARQL
# protocol checker against fmkg serve on a Virtuoso loaded by `fmkg build`. Everything started is stopped on exit.
test-virtuoso: $(STAMP)
	deploy/virtuoso/test.sh $(BIN)/python $(REMOTE_TESTS) tests/test_virtuoso.py

# The benchmark suite (bench/suite.py): synthetic graphs of BENCH_SIZES quads (default 100k,1M,10M) loaded with
# `fmkg load`, the build phases, then fmkg serve against oxigraph serve and rdflib-endpoint over HTTP with wrk;
# and the real build's store (BENCH_REAL=0 skips it); rewrites bench/RESULTS.md and its plots. BENCH_SECONDS per
# query and connection count (default 5); BENCH_ARGS passes more options (bench/suite.py --help).
# Installs the pinned peers (the `bench` extra) and, as root, wrk from apt. Loopback only. Run it from the checkout
# whose .venv it is: from a second worktree sharing that venv, its `pip install -e` points fmkg at the worktree.
BENCH_SIZES ?= 100k,1M,10M
BENCH_SECONDS ?= 5
BENCH_REAL ?= 1
BENCH_ARGS ?=
BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

bench: dist/fmkg.ttl $(BENCH_STAMP)
	@command -v wrk >/dev/null || [ "$$(id -u)" != 0 ] || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	BENCH_MAKE_COMMAND='make bench BENCH_SIZES=$(BENCH_SIZES) BENCH_SECONDS=$(BENCH_SECONDS) BENCH_REAL=$(BENCH_REAL) BENCH_ARGS="$(BENCH_ARGS)"' \
	  $(BIN)/python bench/suite.py --sizes $(BENCH_SIZES) --seconds $(BENCH_SECONDS) \
	  $(if $(filter 1,$(BENCH_REAL)),--real) $(BENCH_ARGS)

# Two `fmkg serve` replicas behind nginx against one `fmkg serve`, same total workers, with wrk on canned queries
# and a label lookup (bench/replicas.py; figures in the README, "Running at scale"). Installs wrk and nginx as root.
REPLICAS_SECONDS ?= 10
replicas-bench: dist/fmkg.ttl $(STAMP)
	@{ command -v wrk >/dev/null && test -x /usr/sbin/nginx; } || [ "$$(id -u)" != 0 ] || deploy/apt-install.sh wrk nginx
	$(BIN)/python bench/replicas.py --seconds $(REPLICAS_SECONDS)

# Precision and recall of extraction against the hand-written gold of tests/eval (and the two sources).
eval: $(STAMP)
	$(BIN)/python -m fmkg.evaluation tests/eval
	$(BIN)/python -m fmkg.evaluation tests/gold --documents data/documents

# fmkg serve under 32 connections over the canned queries for 60 s, with slow, non-reading, heavy and SERVICE-bypass
# clients at the same time: errors, p50/p99, memory at start and end (bench/loadtest.py; loopback only).
loadtest: dist/fmkg.ttl
	$(BIN)/python bench/loadtest.py --seconds 60 --connections 32

clean:
	rm -rf dist var test-output
