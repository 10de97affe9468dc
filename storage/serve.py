"""Serving the database read-only in Datasette, configured by `datasette_meta.json`.

Read-only, and live: the file is opened `mode=ro` (Datasette's default for a file database) and the
project's plugin sets `PRAGMA query_only` on every connection, so nothing can write — not the SQL box,
not a canned query, not a plugin — while the nightly refresh can still write in WAL mode beside it and
Datasette sees each committed refresh. `immutable=True` (`-i`) is offered for a copy that never changes;
it must not be used on a file a refresh writes to (immutable readers ignore locks and the WAL).

The metadata names the database `tdkt`; both entry points rename it to the served file's stem, so any
`--db` path works.

The editor role (`editor=True`, `pipeline.py serve --editor`) is off by default. When on, the project's
`tdkt_editor` plugin lets a person who knows the password (its PBKDF2 hash in $TDKT_EDITOR_PASSWORD_HASH,
made by `pipeline.py hash-password`; the metadata only names the variable) record corrections from a
fact's page. Datasette's own connections stay read-only either way: the plugin writes through its own.

    datasette_app(db_path) -> datasette.app.Datasette     (tests, in-process serving)
    serve_args(db_path, port) -> [argv...]                  (pipeline.py serve: subprocess.run(argv))
    running(db_path, log_path) -> base URL                  (a `datasette serve` process for as long as
                                                             the with-block lasts: browser test, screenshots)
"""
from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
META_PATH = ROOT / "datasette_meta.json"
PLUGINS_DIR = ROOT / "datasette_plugins"
META_DB_NAME = "tdkt"
EDITOR_ENV = "TDKT_EDITOR_PASSWORD_HASH"

SETTINGS = {
    "sql_time_limit_ms": 1500,
    "facet_time_limit_ms": 400,
    "max_returned_rows": 2000,
    "default_page_size": 50,
    "truncate_cells_html": 400,
    "allow_download": False,
    "suggest_facets": False,  # suggestions try a facet on every column: seconds on a large view
}


def hash_password(password: str, iterations: int = 480_000) -> str:
    """'pbkdf2_sha256$<iterations>$<salt>$<hash>' (the format datasette-auth-passwords uses)."""
    salt = base64.b64encode(os.urandom(12)).decode("ascii").rstrip("=")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(digest).decode('ascii').strip()}"


def verify_password(password: str, encoded: str | None) -> bool:
    try:
        algorithm, iterations, salt, expected = (encoded or "").split("$", 3)
    except ValueError:
        return False
    if algorithm != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"), int(iterations))
    return hmac.compare_digest(base64.b64encode(digest).decode("ascii").strip(), expected)


def metadata_for(db_path: str | Path, editor: bool = False) -> dict:
    """`datasette_meta.json` with its database (and the dashboards' charts) renamed to the file's stem,
    and with `editor=True` the editor plugin's configuration (the password hash read from $EDITOR_ENV)."""
    meta = json.loads(META_PATH.read_text(encoding="utf-8"))
    if editor:
        meta.setdefault("plugins", {})["tdkt-editor"] = {"password_hash": {"$env": EDITOR_ENV}}
    name = Path(db_path).stem
    if name == META_DB_NAME:
        return meta
    meta = copy.deepcopy(meta)
    if meta.get("description_html"):
        meta["description_html"] = meta["description_html"].replace(f'"/{META_DB_NAME}/', f'"/{name}/')
    dbs = meta.get("databases", {})
    if META_DB_NAME in dbs:
        dbs[name] = dbs.pop(META_DB_NAME)
    for dashboard in (meta.get("plugins", {}).get("datasette-dashboards") or {}).values():
        for part in list((dashboard.get("charts") or {}).values()) + list((dashboard.get("filters") or {}).values()):
            if part.get("db") == META_DB_NAME:
                part["db"] = name
    return meta


def datasette_app(db_path: str | Path, immutable: bool = False, settings: dict | None = None, editor: bool = False):
    """A configured, read-only `datasette.app.Datasette` for `db_path` (call `.client` or `.app()`)."""
    from datasette.app import Datasette

    path = str(Path(db_path).resolve())
    return Datasette(
        files=[] if immutable else [path],
        immutables=[path] if immutable else [],
        metadata=metadata_for(db_path, editor),
        plugins_dir=str(PLUGINS_DIR),
        settings={**SETTINGS, **(settings or {})},
    )


def serve_args(db_path: str | Path, port: int = 8001, host: str = "127.0.0.1", immutable: bool = False,
               editor: bool = False) -> list[str]:
    """The `datasette serve` command line for `db_path`; writes `<db>.datasette.json` beside the database
    when the metadata needs renaming for it (or the editor's configuration)."""
    db_path = Path(db_path).resolve()
    meta_file = META_PATH
    if db_path.stem != META_DB_NAME or editor:
        meta_file = db_path.with_name(db_path.stem + ".datasette.json")
        meta_file.write_text(json.dumps(metadata_for(db_path, editor), ensure_ascii=False, indent=1),
                             encoding="utf-8")
    args = [sys.executable, "-m", "datasette", "serve", *(["-i"] if immutable else []), str(db_path),
            "--metadata", str(meta_file), "--plugins-dir", str(PLUGINS_DIR), "--host", host, "--port", str(port)]
    for k, v in SETTINGS.items():
        args += ["--setting", k, str(v).lower() if isinstance(v, bool) else str(v)]
    return args


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running(db_path: str | Path, log_path: str | Path, timeout: float = 60, editor: bool = False,
            env: dict | None = None) -> Iterator[str]:
    """`datasette serve` of `db_path` as `pipeline.py serve [--editor]` starts it (with `env` added to the
    environment), on a free loopback port; yields its base URL once it answers, stops it afterwards.
    RuntimeError (with the log's end) if it never answers."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(serve_args(db_path, port, editor=editor), cwd=Path(log_path).parent, stdout=log,
                                stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(base + "/-/versions.json", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    raise RuntimeError("datasette did not start:\n" + Path(log_path).read_text()[-3000:])
                time.sleep(0.2)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
