# openfisca_llo: every target installs what it needs into .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: install lint test test-yaml test-python test-fuzz test-grondig run serve bench mutation schermafbeeldingen clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,dask]"
	touch $(STAMP)

install: $(STAMP)

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/yamllint --strict parameters reforms tests

test-yaml: install
	$(BIN)/openfisca test --country-package openfisca_llo tests/regels

test-python: install
	$(BIN)/pytest -q

## Schemathesis against a real `llo serve` on 127.0.0.1 for LLO_FUZZ_SECONDEN (120) seconds:
## zero 5xx, zero schema violations; prints its request count and result.
test-fuzz: install
	$(BIN)/pytest -q -s -m fuzz tests/suites/test_schemathesis.py

## Every test: lint, the YAML tests of the law, the pytest suites and the API fuzzer.
test: lint test-yaml test-python test-fuzz

## Property-based tests with the thorough hypothesis profile (hundreds of examples each).
test-grondig: install
	HYPOTHESIS_PROFILE=grondig $(BIN)/pytest -q tests/suites/test_eigenschappen.py tests/suites/test_eigenschappen_gebieden.py \
		tests/suites/test_uitleg_eigenschappen.py tests/suites/test_kalender.py

## The screenshots of the pages in docs/ (shown in README), made by the browser tests; a plain
## test run writes them to a temporary folder and leaves the tree clean.
schermafbeeldingen: install
	LLO_SCHERMAFBEELDINGEN=1 $(BIN)/pytest -q tests/suites/test_paginas_browser.py

## Mutation check: perturb each parameter value and date, and each operator, enum constant,
## formula start and end in the formulas and helper modules; judged by the tests of make test
## (YAML, boundary cases, the rule suites); progress on stderr, results appended to
## mutatie-resultaten.jsonl (a rerun resumes; delete the file for a fresh run); exits 1 on an
## unexplained survivor.
mutation: install
	$(BIN)/python tests/mutatie.py --resultaten mutatie-resultaten.jsonl

## The main job: every built-in reform against the current law on the built-in population
## (100,000 persons), as a table, and a plot in vergelijking.png.
run: install
	$(BIN)/llo compare reforms/*.yaml --plot vergelijking.png

## The OpenFisca web API on gunicorn, with POST /compare, and the pages (http://127.0.0.1:5000/).
serve: install
	$(BIN)/llo serve --port 5000

## Benchmarks print figures; they are not tests and not part of `make test`. The population
## (10k to 5M persons, each size in its own process, one core) and llo compare, 18 million
## persons from a Parquet file in parts, 5 million persons in one process against 2 processes and
## a warm 2-worker Dask cluster (with a numpy control of what the cores give), then the web API
## under load against the stock openfisca serve (on 127.0.0.1; wrk when installed, else Python).
bench: install
	$(BIN)/llo bench --persons 10000 100000 1000000 5000000
	$(BIN)/llo bench --scale --workers 1
	$(BIN)/llo bench --parallel --workers 2
	$(BIN)/llo bench-api --duration 10

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
