# Närvarohandboken. `make serve` and `make test` set everything up on a fresh machine.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium

.PHONY: serve build check test lint bench schemas ny ny-handbok clean lock chromium

$(STAMP): requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

check: $(STAMP)
	@$(PY) -m macros check

schemas: $(STAMP)
	$(PY) -m macros schemas

# Validate first; build into a fresh folder and only replace site/ when the build succeeded.
build: $(STAMP)
	@$(PY) -m macros build

serve: check
	$(PY) -m mkdocs serve --livereload --dev-addr 127.0.0.1:8000

chromium: $(STAMP)
	@$(PY) tests/support/ensure_chromium.py $(CHROMIUM)

test: $(STAMP) chromium
	$(PY) -m ruff check macros hooks tests
	$(PY) -m pytest -q tests

lint: $(STAMP)
	$(PY) -m ruff check macros hooks tests

bench: $(STAMP)
	$(PY) -m tests.bench.run

ny: $(STAMP)
	$(PY) -m macros new

# A fresh handbook with the same engine and empty data: make ny-handbok DIR=../var-handbok NAMN="Vår handbok"
ny-handbok: $(STAMP)
	$(PY) -m macros new-handbook "$(DIR)" $(if $(NAMN),--namn "$(NAMN)")

lock:
	rm -rf .lock-venv && python3 -m venv .lock-venv && .lock-venv/bin/pip install --quiet -r requirements.in
	.lock-venv/bin/pip freeze --exclude-editable > requirements.txt && rm -rf .lock-venv

clean:
	rm -rf site .site-new .site-old .pytest_cache
