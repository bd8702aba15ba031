# Two set-up commands on a fresh machine (Python 3.11 and the package registries only):
#   make run    install kosum with its web extra (Gradio; no torch, Ray, Playwright or test tools)
#               into .venv and start the web UI on http://127.0.0.1:7860
#   make test   add pinned torch and kosum's dev extra (test tools, seq2seq, Ray, Playwright) to
#               .venv and run lint, types and tests
# Each install has its own stamp, so a .venv made by `make run` gets the rest at `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# torch comes first, pinned: the CPU build of 2.13.0 lies on this machine's disk, while an
# unpinned torch pulled in by another package would download a multi-GB CUDA build.
TORCH ?= torch==2.13.0
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_DISABLE_TELEMETRY := 1

.PHONY: run demo browser test lint typecheck pytest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-web: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[web]'
	touch $@

# torch first, pinned, before anything that depends on it (transformers in the dev extra).
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet $(TORCH)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed-web
	$(BIN)/python app.py

demo: $(VENV)/.installed-web
	@for f in examples/*.txt; do echo "=== $$f"; $(BIN)/kosum summarize "$$f" || exit 1; done

# The browser tests drive Debian's Chromium with a Korean font; installed here when missing.
browser:
	scripts/install-browser.sh

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench app.py
	$(BIN)/ruff format --check src tests bench app.py
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy src/kosum

pytest: $(VENV)/.installed-test browser
	$(BIN)/pytest

test: lint typecheck pytest

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
