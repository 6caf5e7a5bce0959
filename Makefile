# Shortcuts for dev.py, which does all set-up with nothing but Python, pip and git.
PYTHON ?= python3

.PHONY: run test bench clean
run:
	$(PYTHON) dev.py run
test:
	$(PYTHON) dev.py test
bench:
	$(PYTHON) dev.py bench
clean:
	rm -rf .venv build dist *.egg-info
