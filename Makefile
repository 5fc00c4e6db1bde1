# Django Interview Lab: one entry point for people and CI. `make help` lists the targets.
VENV      := .venv
BIN       := $(CURDIR)/$(VENV)/bin
STAMP     := $(VENV)/.installed
WORKSPACE := workspace
RUN       := PATH="$(BIN):$$PATH"
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
ASSIGNMENTS := $(notdir $(wildcard source/[0-9]*))
FIXTURE   := tests/fixtures/course
NBVAL     := --nbval --nbval-current-env --nbval-sanitize-with tests/sanitize.cfg
PYTEST    := $(RUN) python -m pytest -n 2 --dist loadscope
# `make test` grades wrong answers to two different exercises per submission (half the cost; see
# tests/test_grading.py); `make check MODULE=...` grades each one alone.
PAIRED    := --wrong-answers-per-student 2

.DEFAULT_GOAL := help
.PHONY: help lab teach test check release outputs module readme clean

help:  ## List the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@py="$$(PYTHON='$(PYTHON)' sh tools/find-python)" && echo "Using $$py" && \
	  "$$py" -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

# nbgrader's wheel enables all its server extensions and lab plugins; lab/student/ and lab/teacher/ (on
# JUPYTER_CONFIG_PATH) choose per lab, so one venv serves both. The student's lab runs in the workspace with
# the Validate button only, and its kernels load helpers._lab (IPython profile in the workspace).
lab: $(STAMP)  ## Set up (first time) and open the course in JupyterLab (the student's lab)
	$(BIN)/python tools/workspace.py release notebooks $(WORKSPACE)
	cd $(WORKSPACE) && JUPYTER_CONFIG_PATH="$(CURDIR)/lab/student" IPYTHONDIR="$(CURDIR)/$(WORKSPACE)/.ipython" \
	  $(RUN) jupyter lab $(ALLOW_ROOT) --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=. \
	  --LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

# The formgrader needs the course root: nbgrader_config.py, gradebook.db and the exchange (exchange/, made here)
# are there. jupyter_server would print default_url + "?token=", a broken link when default_url has a query
# (/lab?formgrader=true), so the lab opens /lab, with a token made here, and the first link it prints (its
# custom_display_url) is the formgrader's.
TEACH_PORT ?= 8888
teach: $(STAMP)  ## Open the course root in JupyterLab with nbgrader's formgrader (the teacher's lab)
	@mkdir -p exchange
	@token="$$($(BIN)/python -c 'import secrets; print(secrets.token_hex(24))')" && \
	  JUPYTER_CONFIG_PATH="$(CURDIR)/lab/teacher" $(RUN) jupyter lab $(ALLOW_ROOT) --ServerApp.ip=127.0.0.1 \
	  --ServerApp.port=$(TEACH_PORT) --ServerApp.port_retries=0 --IdentityProvider.token="$$token" \
	  --ServerApp.root_dir=. --LabApp.default_url=/lab \
	  --ServerApp.custom_display_url="http://127.0.0.1:$(TEACH_PORT)/lab?formgrader=true&token=$$token"

test: $(STAMP)  ## Set up (first time) and run the whole test suite
	$(PYTEST) $(PAIRED) tests source notebooks $(NBVAL)

check: $(STAMP)  ## Quick tests for authors; MODULE=NN_x adds that module's notebook, release and grading
	$(PYTEST) $(if $(MODULE),--module $(MODULE) tests source/$(MODULE) $(NBVAL),-m "not slow" tests)

release: $(STAMP)  ## Regenerate release/ (and the grader's fixture) with nbgrader, and the README's table
	@for a in $(ASSIGNMENTS); do $(RUN) nbgrader generate_assignment --force --log-level=WARN $$a || exit 1; done
	@db="$$(mktemp -d)" && $(RUN) nbgrader generate_assignment --force --log-level=WARN 00_fixture \
	  --CourseDirectory.root="$(CURDIR)/$(FIXTURE)" --db="sqlite:///$$db/gradebook.db"; \
	  status=$$?; rm -rf "$$db"; exit $$status
	$(RUN) python tools/readme_table.py

module: $(STAMP)  ## Start a module from the template: make module NAME=05_views [TITLE="Views"]
	@test -n "$(NAME)" || { echo 'usage: make module NAME=NN_topic [TITLE="Title"]' >&2; exit 2; }
	$(RUN) python tools/new_module.py $(NAME) $(if $(TITLE),--title "$(TITLE)")
	$(RUN) python tools/execute.py source/$(NAME)/$(NAME).ipynb
	$(RUN) nbgrader generate_assignment --force --log-level=WARN $(NAME)
	$(RUN) python tools/readme_table.py

readme: $(STAMP)  ## Rewrite the README's module table from the question banks
	$(RUN) python tools/readme_table.py

outputs: $(STAMP)  ## Re-execute source/ and notebooks/ and store their outputs (nbval compares them)
	$(RUN) python tools/execute.py source/*/*.ipynb notebooks/*.ipynb

clean:  ## Remove the virtual environment and caches (keeps the workspace: it holds students' work)
	rm -rf $(VENV) .pytest_cache
