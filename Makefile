# Two entry points: `make demo` runs pressnlp on the bundled samples, `make test` runs the tests.
# Each creates .venv/ and installs the project into it when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/pressnlp analyze data/samples -o out/samples/ --overwrite
	$(BIN)/pressnlp report out/samples

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_parse.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_classify.py

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info
