# One command to start the proxy, one to run the tests; each sets up what it needs first.
#   make run              set up .venv and start the proxy on 127.0.0.1:8080 with the bundled rules
#   make test             set up .venv (and Debian's chromium and certutil for the browser and trust
#                         tests) and run the tests
#   make test PYTHON=python3.12 VENV=.venv-3.12    the same on another Python
#   make bench            the benchmarks in bench/ (speed against the parse+serialise floor)
PYTHON ?= python3
VENV ?= .venv
PIP_FLAGS ?= -q
ARGS ?=

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install $(PIP_FLAGS) --upgrade pip
	$(VENV)/bin/pip install $(PIP_FLAGS) -e '.[test,bench]'
	touch $@

.PHONY: setup run test chromium certutil bench check
setup: $(VENV)/.installed

run: $(VENV)/.installed
	$(VENV)/bin/newsclean run $(ARGS)

check: $(VENV)/.installed
	$(VENV)/bin/newsclean check

# Browser tests drive Debian's chromium (playwright cannot download its own browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# `newsclean trust` and its tests run NSS's certutil (Debian's libnss3-tools).
certutil:
	@command -v certutil >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libnss3-tools >/dev/null; }

test: $(VENV)/.installed chromium certutil
	$(VENV)/bin/python -m pytest $(ARGS)

bench: $(VENV)/.installed
	$(VENV)/bin/python -m bench $(ARGS)
