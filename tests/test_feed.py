"""The Atom feed of new and changed awards and leadership facts, and tonight's news in the refresh summary:
two real refreshes of the loopback snapshot, the second one finding two new articles, then the feed as
Datasette serves it, parsed and checked against RFC 4287; entries link to the articles' sources."""
from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from conftest import ROOT
from storage.provenance import load_sources
from storage.serve import datasette_app
from test_crawl import NEWEST, drop_listing_row

LONG_AN = ("/vi/tintucsukien/chieu-10-1-tai-tinh-long-an-khoi-thi-dua-cac-chi-cuc-thi-hanh-an-dan-su-long-an-vinh-"
           "long-to-chuc-hoi-nghi-tong-ket")
ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def refresh(db, site, corrections) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "pipeline.py", "refresh", "--db", str(db), "--site", site, "--delay", "0",
                           "--corrections", str(corrections)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def atom_entries(xml: str) -> list[dict]:
    """Parse an Atom document and check what RFC 4287 requires of a feed and its entries."""
    feed = ET.fromstring(xml)
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert len(feed.findall(f"{ATOM}{name}")) == 1, name
    assert RFC3339.match(feed.findtext(f"{ATOM}updated"))
    entries = []
    for e in feed.findall(f"{ATOM}entry"):
        out = {name: e.findtext(f"{ATOM}{name}") for name in ("id", "title", "updated", "content")}
        assert out["id"] and re.match(r"^[a-z][a-z0-9+.-]*:", out["id"]), out  # an IRI
        assert out["title"] and RFC3339.match(out["updated"]), out
        assert e.findtext(f"{ATOM}author/{ATOM}name"), out  # no feed-level author: each entry has one
        out["link"] = e.find(f"{ATOM}link").get("href")
        entries.append(out)
    assert len({e["id"] for e in entries}) == len(entries)
    return entries


def test_the_feed_lists_tonights_new_awards_and_leaders(mirror, tmp_path):
    db = tmp_path / "tdkt.db"
    mirror.faults.removed_paths = {NEWEST, LONG_AN}
    mirror.faults.edits = {"/vi/tintucsukien": lambda html: drop_listing_row(drop_listing_row(html, NEWEST), LONG_AN)}
    refresh(db, mirror.url, tmp_path / "no-corrections")
    mirror.faults.removed_paths, mirror.faults.edits = set(), {}
    proc = refresh(db, mirror.url, tmp_path / "no-corrections")

    assert "articles new 2 /" in proc.stderr
    news = proc.stderr[proc.stderr.index("new tonight:"):].splitlines()
    assert news[0] == "new tonight: 1 awards, 1 leadership facts"
    assert news[1].startswith("  + ") and news[1].endswith(mirror.url + LONG_AN)  # awards first
    assert "TP.Cao Lãnh: Trưởng" in news[2] and news[2].endswith(mirror.url + NEWEST)

    ds = datasette_app(db)
    r = asyncio.run(ds.client.get("/tdkt/moi_cap_nhat.atom"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/xml")
    entries = atom_entries(r.text)
    assert len(entries) > 100
    tonight = [e for e in entries if e["updated"] == max(x["updated"] for x in entries)]
    # each links to where the article was first published (snapshot/sources.jsonl), never to loopback
    sources = load_sources()
    source = {path: sources[path.rsplit("/", 1)[-1]] for path in (LONG_AN, NEWEST)}
    assert {e["link"] for e in tonight} == set(source.values())
    award, = [e for e in tonight if ":award:" in e["id"]]
    leader, = [e for e in tonight if ":membership:" in e["id"]]
    assert "Trưởng / chair" in leader["title"] and leader["title"].startswith("TP.Cao Lãnh")
    evidence = asyncio.run(ds.client.get("/tdkt/award_history.json", params={
        "_shape": "array", "article_url": mirror.url + LONG_AN})).json()[0]["evidence"]
    assert award["content"].startswith(evidence) and source[LONG_AN] in award["content"]
    assert award["link"] == source[LONG_AN] and leader["link"] == source[NEWEST]


def test_a_refresh_that_starts_in_the_second_of_the_last_stored_fact_counts_only_its_own_news(tmp_path):
    """Times are kept to the second: a refresh that starts in the second the previous one stored its last fact
    must begin counting news after that second, or every fact of the previous run looks new tonight (it did,
    once in a while, when two refreshes ran back to back)."""
    import datetime as dt
    import sqlite3

    from storage.news import mark

    stored = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    db = tmp_path / "t.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE awards (first_seen TEXT)")
    con.execute("INSERT INTO awards VALUES (?)", [stored])
    con.commit()
    con.close()
    assert mark(db) > stored
    assert mark(tmp_path / "none.db") <= dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    (tmp_path / "not.db").write_text("not a database")
    assert mark(tmp_path / "not.db")  # the refresh reports a bad file itself, in one line


def test_a_stored_time_ahead_of_the_clock_does_not_hold_the_refresh(tmp_path):
    """A database whose facts were stamped by a clock ahead of this one (copied from another machine, a clock set
    back) holds the refresh at most a second, not until this clock catches up."""
    import sqlite3
    import time

    from storage.news import mark

    db = tmp_path / "t.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE awards (first_seen TEXT)")
    con.execute("INSERT INTO awards VALUES ('2999-01-01T00:00:00+00:00')")
    con.commit()
    con.close()
    t = time.monotonic()
    assert mark(db)
    assert time.monotonic() - t < 3
