#!/usr/bin/env bash
# The main job on a fresh machine: install into .venv, then crawl (the real site, or the bundled snapshot
# when the site cannot be reached or with --offline), extract, load, and serve Datasette on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install.sh
exec .venv/bin/python pipeline.py run "$@"
