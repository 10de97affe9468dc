#!/usr/bin/env bash
# Install the project and its pinned dependencies into ./.venv (idempotent: skipped when up to date).
# --test also installs the test extras and, when missing, Debian's chromium for the browser test.
# --check only answers: exit 0 when .venv is up to date for that install, 1 when it would install.
#
# One stamp, .venv/.installed, says what .venv holds: the sha256 of the pyproject.toml it was
# installed from and the extras ("test" or nothing). An install is up to date when the hash matches
# and the stamp holds the extras asked for; the test extras include the plain install, so
# ./run.sh after ./test.sh installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="" check=""
for arg in "$@"; do
  case "$arg" in
    --test) extras="test" ;;
    --check) check=1 ;;
    *) echo "install.sh: unknown option $arg (use --test, --check)" >&2; exit 2 ;;
  esac
done
stamp=".venv/.installed"
want_hash="$(sha256sum pyproject.toml | cut -d' ' -f1)"

up_to_date() {
  [ -x .venv/bin/python ] && [ -f "$stamp" ] || return 1
  read -r have_hash have_extras < "$stamp" || true
  [ "$have_hash" = "$want_hash" ] || return 1
  [ -z "$extras" ] || [ "${have_extras:-}" = "$extras" ]
}

if [ -n "$check" ]; then
  up_to_date && exit 0 || exit 1
fi
if ! up_to_date; then
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras:+[$extras]}"
  rm -f .venv/.installed\[test\]   # the stamp of earlier versions of this script
  echo "$want_hash $extras" > "$stamp"
fi
if [ -n "$extras" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "install.sh: could not install chromium; the browser test will fail under CI" >&2
  fi
fi
