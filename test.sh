#!/usr/bin/env bash
# The whole test suite on a fresh machine: install into .venv (with the test extras and Debian's
# chromium for the browser test), then pytest.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install.sh --test
exec .venv/bin/python -m pytest "$@"
