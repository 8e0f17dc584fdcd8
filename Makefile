# showgraph: `make run` sets everything up and builds the graph of the bundled articles;
# `make test` sets everything up and runs the whole test suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: setup run test lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

run: setup
	$(BIN)/showgraph build data/articles -o out/graph.trig
	$(BIN)/showgraph view out/graph.trig -o out/graph.html
	@echo
	@echo "Example query (queries/cast.rq), first rows:"
	@$(BIN)/showgraph query out/graph.trig -f queries/cast.rq | head -n 15

test: setup browser
	$(BIN)/pytest

# Debian's Chromium for tests/test_browser.py (never a browser download).
browser:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

lint: setup
	$(BIN)/ruff check src tests bench

clean:
	rm -rf out build dist src/*.egg-info .pytest_cache
