# Two commands set up everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
RASA_VENV := .venv-rasa
RASA := $(RASA_VENV)/bin/rasa
HOTLINE := $(VENV)/bin/hotline
MODEL := models/hotline.tar.gz
SCREENING_MODEL := data/screening/detector.npz
# nlu_components/: Rasa's fingerprint does not see a component's code, so make retrains (with --force) when it changes.
RASA_SOURCES := config.yml domain.yml $(wildcard data/*.yml data/nlu/*.yml nlu_components/*.py)

.PHONY: help setup train screening-model run run-cluster test bench clean

help:
	@echo "make run    install what is missing, train if needed, start Rasa + actions + gateway"
	@echo "make run-cluster  the same with PostgreSQL, Redis, nginx, 2 Rasa replicas, 2 action servers, 2 gateways"
	@echo "make test   install what is missing, train if needed, run the whole test suite"
	@echo "make setup  create/update .venv (Python 3.11) and .venv-rasa (Python 3.10)"
	@echo "make train  train the Rasa model into models/ (skipped when nothing changed)"
	@echo "make screening-model  retrain $(SCREENING_MODEL) if its training data or script changed"
	@echo "make bench  run the benchmarks in bench/"

setup: $(VENV)/.installed $(RASA_VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	@touch $@

$(RASA_VENV)/.installed: requirements-rasa.txt
	@py310=$$(scripts/find-python310.sh) || exit 1; \
	  test -x $(RASA_VENV)/bin/python || "$$py310" -m venv $(RASA_VENV)
	$(RASA_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(RASA_VENV)/bin/python -m pip install --quiet -r requirements-rasa.txt
	@touch $@

# Rasa's own fingerprinting skips training when nothing changed.
train: setup
	@mkdir -p models
	$(RASA) train --out models --fixed-model-name hotline --quiet $(TRAIN_FLAGS)
	@touch $(MODEL)

# A source newer than the model: train everything (the fingerprint misses component code).
$(MODEL): $(RASA_SOURCES) | setup
	@$(MAKE) --no-print-directory train TRAIN_FLAGS=--force

# The screening detector is committed; it is retrained (about a minute) only when the
# fingerprint it records no longer matches data/screening/training/ and the script.
screening-model: setup
	OMP_NUM_THREADS=1 $(VENV)/bin/python scripts/train_screening.py --if-stale

run: setup $(MODEL) screening-model
	$(HOTLINE) run

run-cluster: setup $(MODEL) screening-model
	$(HOTLINE) run-cluster

test: setup $(MODEL) screening-model
	$(VENV)/bin/python -m pytest -p no:cacheprovider $(PYTEST_ARGS)

bench: setup $(MODEL) screening-model
	$(VENV)/bin/python bench/latency.py

clean:
	rm -rf $(VENV) $(RASA_VENV) models .rasa
