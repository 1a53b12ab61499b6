# plan-analysis — every target bootstraps .venv from pyproject.toml on first use,
# so a fresh machine with only Python 3.11 needs nothing but `make report` / `make test`.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CONSTRAINTS := requirements/constraints.txt

PLAN    ?= chentao-2025q4
QUARTER ?= 2025Q4
REPORT_LANG   ?= zh
# Extra pytest arguments, e.g. PYTEST_ARGS="-m 'not browser'"; empty = the whole suite.
PYTEST_ARGS ?=
# Jupyter refuses to run as root unless told; containers and CI often are root.
LAB_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: help venv report test lint docs lab data notebooks bench fuzz lock clean

help: ## show this help
	@awk 'BEGIN {FS = ":.*## "; printf "plan-analysis make targets:\n"} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  variables: PLAN=$(PLAN) QUARTER=$(QUARTER) AS_OF=<YYYY-MM-DD> REPORT_LANG=$(REPORT_LANG) PLAN_YEAR=$(PLAN_YEAR)"

$(STAMP): pyproject.toml $(CONSTRAINTS)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,lab,bench,lint,docs]"
	@touch $(STAMP)

venv: $(STAMP) ## create .venv and install the package with its dependencies

report: $(STAMP) ## render the quarterly report of the bundled plan into reports/
	$(BIN)/plan-analysis report --plan $(PLAN) --quarter $(QUARTER) --lang $(REPORT_LANG) $(if $(AS_OF),--as-of $(AS_OF))

test: $(STAMP) ## run the whole test suite (pytest for the library, nbval for the notebooks)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP) ## ruff (lint and format check) and mypy, as pre-commit and CI run them
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

docs: $(STAMP) ## build the documentation site into docs/_build/html (offline; warnings are errors)
	$(BIN)/sphinx-build -W --keep-going -b html docs docs/_build/html

lab: $(STAMP) ## open JupyterLab on notebooks/ with the package installed in the kernel
	$(BIN)/jupyter lab --notebook-dir=notebooks $(LAB_ROOT)

data: $(STAMP) ## rebuild derived data (extracted quantities under data/interim/) from data/raw/
	$(BIN)/plan-analysis extract data/raw/*.txt --year $(PLAN_YEAR) --format csv > data/interim/quantities.csv.tmp
	mv data/interim/quantities.csv.tmp data/interim/quantities.csv

notebooks: $(STAMP) ## re-execute the committed notebooks so nbval compares against fresh outputs
	$(BIN)/python notebooks/refresh_outputs.py

bench: $(STAMP) ## print extraction, draft, track and report benchmarks (figures and ratios; corpus: benchmarks/corpus.py)
	$(BIN)/python benchmarks/extraction.py --density
	$(BIN)/python benchmarks/draft.py
	$(BIN)/python benchmarks/track.py
	$(BIN)/python benchmarks/track.py --scaling
	$(BIN)/python benchmarks/report.py

fuzz: $(STAMP) ## long fuzz of normalize_text and extract_quantities (outside the default test run)
	$(BIN)/python benchmarks/fuzz.py

lock: $(STAMP) ## record the exact versions installed in .venv as the constraints file
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^plan-analysis' > $(CONSTRAINTS)

clean: ## remove the virtual environment and caches (keeps reports/)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build docs/_build docs/jupyter_execute src/*.egg-info
