# Two commands do everything on a fresh machine:
#   make demo   set up, then digest the bundled sample report (Markdown on stdout, HTML/PNG/JSON in build/demo/)
#   make test   set up with test extras (and Debian's chromium for browser tests), then run the suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/national-2025-gov-work-report.txt

.PHONY: demo test setup setup-dev browser bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install -q -e .

setup-dev: $(BIN)/python
	$(BIN)/pip install -q -e ".[dev,web,dask]"

browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
	      || echo "warning: could not install chromium/fonts-noto-cjk; browser tests will be skipped"; \
	  else echo "warning: chromium or CJK fonts missing; browser tests may be skipped"; fi; fi

demo: setup
	mkdir -p build/demo
	$(BIN)/hzd digest $(SAMPLE) --lens science
	$(BIN)/hzd digest $(SAMPLE) --lens science --format json -o build/demo/digest.json
	$(BIN)/hzd digest $(SAMPLE) --lens science --format html -o build/demo/digest.html
	$(BIN)/hzd digest $(SAMPLE) --lens science --format png -o build/demo/poster.png
	@echo "wrote build/demo/digest.json, digest.html, poster.png"

test: setup-dev browser
	$(BIN)/python -m pytest

bench: setup-dev
	$(BIN)/pip install -q -e ".[bench]"
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build .pytest_cache
