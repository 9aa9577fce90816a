#!/usr/bin/env bash
# Set up everything the tests need (system packages included) and run lint + the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh --test
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
