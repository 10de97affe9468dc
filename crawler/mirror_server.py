"""Serve a mirror of the site on loopback: the bundled snapshot when the real site is unreachable,
and the real HTTP server the crawl tests talk to.

Layout (as `snapshot/mirror`): `pages/<quoted request path, query included>` and `routes.json`
(`{"alias": {path: target}}`; `/vi/node/N` answers 301 to its alias, other aliases such as the
`/en/` twins serve the target's page). Answers carry ETag (md5 of the body) and Last-Modified and
honour If-None-Match / If-Modified-Since with 304, like Drupal behind a cache. Every request is
logged (`server.log`, and JSON Lines to `log_path` if given).

Faults, for tests (keyword arguments of `start`, changeable later through `server.faults`):
  flaky=N            every Nth distinct article first answers 503 (Retry-After: 1), then serves
  flaky_paths=[..]   these answer 503 once each
  broken_paths=[..]  500 always
  hang_paths=[..]    wait `hang_seconds` (default 120) before answering
  truncate_paths=[..] the first half of the page (same ETag, Content-Length of the half)
  removed_paths=[..] 404
  edits={path: (old, new) | fn(html) -> html}   the page as edited on the site
  extra={path: html} pages that are not in the mirror
  charset={path: "wrong" | "missing" | "garbled"}   ISO-8859-1 header on UTF-8 bytes / no charset
                     anywhere / cp1258 bytes labelled UTF-8
  content_types={path: type}   e.g. application/pdf
  redirects={path: location}   301 to `location` (another host, an internal address, a disallowed path)
  generated={path: fn(query) -> html | None}   pages made on request (an endless pager); None is a 404
Paths are request paths with the query (`/vi/tintucsukien?page=1`) or without it.
"""
from __future__ import annotations

import argparse
import email.utils
import hashlib
import json
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote, unquote, urlsplit

FAULT_DEFAULTS = {
    "flaky": 0, "flaky_paths": (), "broken_paths": (), "hang_paths": (), "hang_seconds": 120.0,
    "truncate_paths": (), "removed_paths": (), "edits": {}, "extra": {}, "charset": {},
    "content_types": {}, "redirects": {}, "generated": {},
}


class MirrorServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mirror_dir, port: int = 0, log_path=None, host: str = "127.0.0.1", **faults):
        unknown = set(faults) - set(FAULT_DEFAULTS)
        if unknown:
            raise TypeError(f"unknown faults: {sorted(unknown)}")
        self.mirror = Path(mirror_dir)
        self.routes = json.loads((self.mirror / "routes.json").read_text(encoding="utf-8"))["alias"]
        self.faults = SimpleNamespace(**{**FAULT_DEFAULTS, **faults})
        self.log: list[dict] = []
        self.log_path = log_path
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.started = int(time.time())
        self._seen_flaky: set[str] = set()
        self._flaky_count = 0
        super().__init__((host, port), Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def paths(self) -> list[str]:
        """Logged request paths, in order (query included)."""
        return [e["path"] for e in self.log]

    def record(self, entry: dict) -> None:
        with self.lock:
            self.log.append(entry)
            if self.log_path:
                with open(self.log_path, "a", encoding="utf-8") as f:
                    f.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def flaky_now(self, target: str) -> bool:
        """True when this request should get its one 503."""
        f = self.faults
        with self.lock:
            if target in self._seen_flaky:
                return False
            if target in f.flaky_paths:
                self._seen_flaky.add(target)
                return True
            if f.flaky and re.match(r"^/vi/[^/]+/[^/]+$", target) and not target.startswith("/vi/node/"):
                self._seen_flaky.add(target)
                self._flaky_count += 1
                return self._flaky_count % f.flaky == 0
        return False

    def shutdown(self) -> None:
        self.stopping.set()
        super().shutdown()
        self.server_close()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle's algorithm the body waits for the client's
    # delayed ACK of the headers (40 ms a page on loopback), which is no part of what we serve.
    disable_nagle_algorithm = True
    server: MirrorServer

    def log_message(self, *args) -> None:
        pass

    def do_HEAD(self) -> None:
        self.do_GET()

    def send(self, code: int, body: bytes = b"", ctype="text/html; charset=utf-8", headers=()):
        self._status = code
        self._record()  # before the answer leaves: a client that has its answer finds it in the log
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _record(self) -> None:
        if self._recorded:
            return
        self._recorded = True
        u = urlsplit(self.path)
        self.server.record({
            "t": self._started, "method": self.command,
            "path": unquote(u.path) + ("?" + u.query if u.query else ""),
            "status": self._status, "inm": self.headers.get("If-None-Match"),
            "ims": self.headers.get("If-Modified-Since"), "ua": self.headers.get("User-Agent"),
        })

    def do_GET(self) -> None:
        self._status = None
        self._recorded = False
        self._started = time.time()
        try:
            self._answer()
        finally:
            self._record()  # requests that never got an answer (hang, error) are logged too

    def _answer(self) -> None:
        srv, f = self.server, self.server.faults
        u = urlsplit(self.path)
        path = unquote(u.path)
        key = path + ("?" + u.query if u.query else "")

        def hit(names) -> bool:
            return path in names or key in names

        if hit(f.hang_paths):
            srv.stopping.wait(float(f.hang_seconds))
        if hit(f.broken_paths):
            return self.send(500, b"<h1>Internal Server Error</h1>")
        if hit(f.removed_paths):
            return self.send(404, b"<h1>Page not found</h1>")
        location = f.redirects.get(key) or f.redirects.get(path)
        if location:
            return self.send(301, headers=[("Location", location)])
        if path.startswith("/vi/node/") and path in srv.routes:
            return self.send(301, headers=[("Location", srv.routes[path])])
        target = srv.routes.get(path, path)
        tkey = target + ("?" + u.query if u.query else "")
        file = srv.mirror / "pages" / quote(tkey, safe="")
        made = f.generated[path](u.query) if path in f.generated else None
        if made is not None:
            body, mtime = made.encode("utf-8"), srv.started
        elif path in f.generated:
            return self.send(404, b"<h1>Page not found</h1>")
        elif key in f.extra or tkey in f.extra:
            body = f.extra.get(key, f.extra.get(tkey)).encode("utf-8")
            mtime = srv.started
        elif file.is_file():
            body = file.read_bytes()
            mtime = file.stat().st_mtime
        else:
            return self.send(404, b"<h1>Page not found</h1>")
        if srv.flaky_now(target):
            return self.send(503, b"<h1>Service Unavailable</h1>", headers=[("Retry-After", "1")])
        edit = f.edits.get(key) or f.edits.get(tkey)
        if edit is not None:
            text = body.decode("utf-8")
            text = edit(text) if callable(edit) else text.replace(edit[0], edit[1])
            body = text.encode("utf-8")
        etag = '"' + hashlib.md5(body).hexdigest() + '"'
        lm = email.utils.formatdate(mtime, usegmt=True)
        validators = [("ETag", etag), ("Last-Modified", lm)]
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        if (inm and inm == etag) or (not inm and ims and ims == lm):
            return self.send(304, headers=validators)
        if target.endswith("robots.txt"):
            ctype = "text/plain; charset=utf-8"
        elif target.endswith(".xml"):
            ctype = "application/rss+xml; charset=utf-8"
        else:
            ctype = "text/html; charset=utf-8"
        mode = f.charset.get(key) or f.charset.get(tkey)
        if mode == "wrong":
            ctype = "text/html; charset=iso-8859-1"
        elif mode == "missing":
            ctype = "text/html"
            body = re.sub(rb"<meta[^>]*charset[^>]*>", b"", body, flags=re.IGNORECASE)
        elif mode == "garbled":
            body = body.decode("utf-8").encode("cp1258", errors="replace")
        ctype = f.content_types.get(key) or f.content_types.get(tkey) or ctype
        if hit(f.truncate_paths):
            body = body[: len(body) // 2]
        self.send(200, body, ctype, validators + [("Cache-Control", "public, max-age=0")])


def start(mirror_dir, port: int = 0, log_path=None, host: str = "127.0.0.1", **faults) -> tuple[str, MirrorServer]:
    """Serve `mirror_dir` on `host`:`port` (0: any free port; another loopback address such as
    127.0.0.2 plays "another host") from a daemon thread. Returns (base url, server); stop with
    `server.shutdown()`."""
    server = MirrorServer(mirror_dir, port, log_path=log_path, host=host, **faults)
    threading.Thread(target=server.serve_forever, name="mirror-server", daemon=True).start()
    return server.url, server


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mirror", help="mirror directory (pages/ + routes.json)")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--host", default="127.0.0.1", help="a loopback address (127.0.0.2 plays another host)")
    ap.add_argument("--portfile", help="write the chosen port here once listening")
    ap.add_argument("--log", help="append the request log here as JSON Lines")
    ap.add_argument("--flaky", type=int, default=0)
    ap.add_argument("--broken-path", action="append", default=[])
    ap.add_argument("--hang-path", action="append", default=[])
    ap.add_argument("--hang-seconds", type=float, default=120.0)
    ap.add_argument("--truncate-path", action="append", default=[])
    ap.add_argument("--removed-path", action="append", default=[])
    a = ap.parse_args(argv)
    server = MirrorServer(a.mirror, a.port, log_path=a.log, host=a.host, flaky=a.flaky, broken_paths=a.broken_path,
                          hang_paths=a.hang_path, hang_seconds=a.hang_seconds,
                          truncate_paths=a.truncate_path, removed_paths=a.removed_path)
    if a.portfile:
        tmp = a.portfile + ".tmp"
        Path(tmp).write_text(str(server.server_address[1]))
        os.replace(tmp, a.portfile)
    print(f"serving {a.mirror} on {server.url}", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
