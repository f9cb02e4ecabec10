# hearsay: the commands of shared/spec/cli.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test bench lint clean

# The venv is rebuilt when the project's dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/hearsay analyze hearsay/examples/seed-000.txt

# The store tests run against SQLite and against a throwaway PostgreSQL server that the script
# starts (installing Debian's postgresql when missing); the web tests drive Debian's Chromium
# (installed when missing). Without either, those tests skip and say so.
test: $(STAMP)
	$(BIN)/ruff check hearsay tests scripts
	scripts/ensure-chromium.sh scripts/with-postgres.sh $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/hearsay bench

lint: $(STAMP)
	$(BIN)/ruff check hearsay tests

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

# Train the Dutch NER model shipped in hearsay/models/nl_ner: floret vectors on local unlabelled
# text (the 'train' extra), then tok2vec + ner (CPU, ~30 min on a free core; needs ../shared/data,
# research-only data that is read in place; docs/ner.md).
.PHONY: train-ner
train-ner: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,train]'
	$(BIN)/python scripts/train_ner.py --testb
