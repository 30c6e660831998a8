# One command to start the proxy, one to run the tests; each sets up what it needs first.
#   make run              set up .venv and start the proxy on 127.0.0.1:8080 with the bundled rules
#   make test             set up .venv (and Debian's chromium and certutil for the browser and trust
#                         tests), lint the extension and run its node tests, then run the tests
#   make lint             the extension's lint (eslint, pinned in extension/package-lock.json)
#   make jstest           the extension's unit tests (node --test tests/extension/*.test.js)
#   make test PYTHON=python3.12 VENV=.venv-3.12    the same on another Python
#   make check            lint the rule files (newsclean check) and run their test cases (newsclean test)
#   make bench            the benchmarks in bench/ (speed against the parse+serialise floor)
PYTHON ?= python3
VENV ?= .venv
PIP_FLAGS ?= -q
ARGS ?=
NPM ?= npm
NODE ?= node

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install $(PIP_FLAGS) --upgrade pip
	$(VENV)/bin/pip install $(PIP_FLAGS) -e '.[test,bench]'
	touch $@

.PHONY: setup run test chromium certutil bench check lint jstest node
setup: $(VENV)/.installed

run: $(VENV)/.installed
	$(VENV)/bin/newsclean run $(ARGS)

check: $(VENV)/.installed
	$(VENV)/bin/newsclean check
	$(VENV)/bin/newsclean test

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

# The extension's lint and unit tests need node (20.19 or later: eslint's own floor) and npm.
node:
	@command -v $(NODE) >/dev/null 2>&1 && command -v $(NPM) >/dev/null 2>&1 || { \
	  echo "the extension's lint and unit tests need node 20.19+ and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }

extension/node_modules/.installed: extension/package.json extension/package-lock.json | node
	cd extension && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

lint: extension/node_modules/.installed
	cd extension && ./node_modules/.bin/eslint . ../tests/extension/

jstest: node
	$(NODE) --test --test-reporter=spec tests/extension/*.test.js

test: $(VENV)/.installed chromium certutil lint jstest
	$(VENV)/bin/python -m pytest $(ARGS)

bench: $(VENV)/.installed
	$(VENV)/bin/python -m bench $(ARGS)
