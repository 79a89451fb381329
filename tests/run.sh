#!/usr/bin/env bash
# Install everything the test suite needs on a fresh machine, then run the whole suite.
#   - Python packages into .venv (the generator with its test extras, and the generated SDK)
#   - Prism, the OpenAPI mock server, and swagger2openapi (Swagger 2.0 → OpenAPI 3.0) into
#     tests/prism/node_modules (npm)
# The tests run on every core (pytest-xdist); extra arguments go to pytest, e.g.
# `bash tests/run.sh -m "not slow"` (the quick subset) or `bash tests/run.sh -n 0 -k spec`.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]' -e ./generated
[ -x tests/prism/node_modules/.bin/prism ] && [ -x tests/prism/node_modules/.bin/swagger2openapi ] || \
  npm install --prefix tests/prism --no-package-lock --no-audit --no-fund --loglevel=error

exec .venv/bin/python -m pytest -n auto "$@"
