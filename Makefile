# Two commands set everything up on a fresh machine:
#   make run    start the dashboard on the shipped data at http://localhost:8501
#   make test   run the whole test suite (unit, AppTest pages, browser tests in Debian's chromium, make serve with HAProxy)
#   make serve  the same dashboard for many users: WORKERS Streamlit processes behind HAProxy on PORT
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
WORKERS ?= $(shell nproc)

.PHONY: run serve test data geo bench bench-load clean

$(BIN)/.stamp: requirements.txt requirements-dev.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# Browser tests drive Debian's chromium; never a browser downloaded by playwright.
/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fonts-dejavu-core >/dev/null

# The reverse proxy of `make serve` is Debian's HAProxy.
/usr/sbin/haproxy:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null

run: $(BIN)/.stamp
	$(BIN)/streamlit run app.py --server.headless true --server.port $(PORT) --browser.gatherUsageStats false

# Ctrl-C or SIGTERM to make stops HAProxy and every worker (serve/__main__.py).
serve: $(BIN)/.stamp /usr/sbin/haproxy
	$(BIN)/python -m serve --port $(PORT) --workers $(WORKERS)

test: $(BIN)/.stamp /usr/bin/chromium /usr/sbin/haproxy
	$(BIN)/python -m pytest -q -p no:cacheprovider tests

data: $(BIN)/.stamp
	$(BIN)/python -m kalteng_gender.build

geo: $(BIN)/.stamp
	$(BIN)/python -m kalteng_gender.geo

bench: $(BIN)/.stamp /usr/bin/chromium
	$(BIN)/python -m benchmarks

bench-load: $(BIN)/.stamp /usr/bin/chromium
	$(BIN)/python -m benchmarks --load

clean:
	rm -rf $(VENV) artifacts
