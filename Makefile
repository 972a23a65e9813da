# Stridewise: `make run` starts the shop, `make test` checks it.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: install run banner test lint format bench clean

$(STAMP): pyproject.toml config/constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) config/requirements.py dev > $(VENV)/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r $(VENV)/requirements.txt -c config/constraints.txt
	@touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --if-empty
	@$(MAKE) --no-print-directory banner
	@PATH="$(CURDIR)/$(VENV)/bin:$$PATH" PYTHONUNBUFFERED=1 \
		$(VENV)/bin/honcho -f config/Procfile.dev -d . start || test $$? -eq 130

# What `make run` serves, the demo login and the Celery broker in use.
URL := http://127.0.0.1:8000
banner:
	@echo ""
	@echo "Stridewise is starting. Open:"
	@echo "  Shop              $(URL)/products/"
	@echo "  Articles          $(URL)/articles/"
	@echo "  What hurts?       $(URL)/check/"
	@echo "  Admin             $(URL)/admin/   (staff / stridewise)"
	@echo "  API docs          $(URL)/api/docs/"
	@echo "  Caught mail       $(URL)/staff/mail/   (SMTP catcher on 127.0.0.1:$${MAILCATCHER_PORT:-1025})"
	@echo "  Health            $(URL)/health/"
	@DJANGO_SETTINGS_MODULE=$${DJANGO_SETTINGS_MODULE:-config.settings.local} $(PY) -c \
		'from config.celery_app import broker_description; print("Celery broker:   ", broker_description())'
	@echo "Ctrl-C stops the web server, worker, beat and mail catcher."
	@echo ""

test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The email and recommendation benches need PostgreSQL; without DATABASE_URL they use the
# local server (each creates and drops a database of its own beside this one).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/stridewise
# BENCH_PYTHON=/usr/bin/python3.11 times the same code under another CPython 3.11 build (an
# optimised one, like the production image's) with the packages installed in the venv.
BENCH_PYTHON ?=
BENCH_RUNNER = $(if $(BENCH_PYTHON),PYTHONPATH=$$($(PY) -c 'import sysconfig; print(sysconfig.get_path("purelib"))') $(BENCH_PYTHON),$(PY))
bench: install
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} $(BENCH_RUNNER) -m tests.bench $(BENCH)

clean:
	rm -rf $(VENV) var db.sqlite3
