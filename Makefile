# Django Interview Lab: one entry point for people and CI. `make help` lists the targets.
VENV      := .venv
BIN       := $(CURDIR)/$(VENV)/bin
STAMP     := $(VENV)/.installed
WORKSPACE := workspace
RUN       := PATH="$(BIN):$$PATH"
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
ASSIGNMENTS := $(notdir $(wildcard source/[0-9]*))

.DEFAULT_GOAL := help
.PHONY: help lab test release outputs clean

help:  ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@py="$$(PYTHON='$(PYTHON)' sh tools/find-python)" && echo "Using $$py" && \
	  "$$py" -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(RUN) jupyter labextension enable --level=sys_prefix nbgrader >/dev/null
	$(RUN) jupyter server extension enable --sys-prefix nbgrader >/dev/null
	@touch $@

lab: $(STAMP)  ## Set up (first time) and open the course in JupyterLab
	$(BIN)/python -m helpers.workspace release notebooks $(WORKSPACE)
	$(RUN) jupyter lab $(ALLOW_ROOT) --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=$(WORKSPACE) \
	  --LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

test: $(STAMP)  ## Set up (first time) and run the whole test suite
	$(RUN) python -m pytest -n 2 --dist loadscope tests source notebooks \
	  --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg

release: $(STAMP)  ## Regenerate release/ from source/ with nbgrader
	@for a in $(ASSIGNMENTS); do $(RUN) nbgrader generate_assignment --force --log-level=WARN $$a || exit 1; done

outputs: $(STAMP)  ## Re-execute source/ and notebooks/ and store their outputs (nbval compares them)
	$(RUN) python tools/execute.py source/*/*.ipynb notebooks/*.ipynb

clean:  ## Remove the virtual environment and caches (keeps the workspace: it holds students' work)
	rm -rf $(VENV) .pytest_cache
