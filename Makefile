# The two commands of the README: `make serve` and `make test`. Each does its own set-up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install build serve test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

dist/fmkg.ttl: $(STAMP) $(wildcard ontology/* data/documents/* data/curated/* src/fmkg/extract/*.py)
	$(BIN)/fmkg build

build: $(STAMP)
	$(BIN)/fmkg build

serve: dist/fmkg.ttl
	$(BIN)/fmkg serve --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest

bench: dist/fmkg.ttl
	$(BIN)/python bench/run.py

clean:
	rm -rf dist var test-output
