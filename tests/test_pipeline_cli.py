"""The CLI end to end, with real components only: `pipeline.py` run as a subprocess from the repository
root, crawling the bundled snapshot served on loopback by `crawler.mirror_server`, into a real SQLite
file. One refresh per module (the `refreshed` fixture); later tests that run further commands compare
the database before and after themselves, so their order does not matter.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "gold_cli.jsonl"
SEED = "cum-thi-dua-ii-cac-doanh-nghiep-trung-uong-to-chuc-hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2020"
SECTIONS = ("tintucsukien", "quyetdinhkhen", "gopydthaos")
COMMANDS = ("refresh", "crawl", "extract", "facts", "evaluate", "serve", "stats", "snapshot-serve", "run")

# The keys the issue requires on every line of `pipeline.py facts`, per kind (extra keys such as
# *_key, id, start/end, first_seen are allowed; a key that belongs to another kind is not).
REQUIRED = {
    "membership": {"kind", "article_url", "cluster", "unit", "year", "role", "evidence"},
    "ranking": {"kind", "article_url", "cluster", "unit", "year", "rank", "evidence"},
    "award": {"kind", "article_url", "recipient", "award", "grantor", "year", "status", "evidence"},
}
SUMMARY = re.compile(
    r"^refresh (ok|partial) in [\d.]+s: pages fetched (\d+) \(304: (\d+)\), articles new (\d+) / changed (\d+) / "
    r"unchanged (\d+) / gone (\d+), facts added (\d+), unread phrasings \d+, errors (\d+)$", re.M)


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """`python pipeline.py ARGS` from the repository root, as a user would run it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([sys.executable, "pipeline.py", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env=env)


def parse_facts(stdout: str) -> list[dict]:
    lines = stdout.splitlines()
    assert lines, "pipeline.py facts printed nothing"
    out = []
    for line in lines:
        obj = json.loads(line)  # every line is one JSON object
        assert isinstance(obj, dict), line
        out.append(obj)
    return out


def facts_of(db: Path) -> list[dict]:
    proc = cli("facts", "--db", str(db))
    assert proc.returncode == 0, proc.stderr[-3000:]
    return parse_facts(proc.stdout)


def as_set(facts: list[dict], drop=()) -> set[str]:
    return {json.dumps({k: v for k, v in f.items() if k not in drop}, sort_keys=True, ensure_ascii=False)
            for f in facts}


@pytest.fixture(scope="module")
def site():
    from crawler import mirror_server

    url, server = mirror_server.start(ROOT / "snapshot" / "mirror")
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def refreshed(site, tmp_path_factory):
    """One `refresh --delay 0` of the snapshot into a fresh database, and the facts it left."""
    db = tmp_path_factory.mktemp("cli") / "tdkt.db"
    proc = cli("refresh", "--db", str(db), "--site", site, "--delay", "0")
    facts = facts_of(db) if proc.returncode == 0 else []
    return {"db": db, "site": site, "proc": proc, "facts": facts}


def test_help_works_for_every_command():
    sys.path.insert(0, str(ROOT))
    import pipeline

    assert set(COMMANDS) <= set(pipeline.cli.commands), "a command of the README is missing"
    top = cli("--help")
    assert top.returncode == 0, top.stderr
    for name in pipeline.cli.commands:
        assert name in top.stdout
        proc = cli(name, "--help")
        assert proc.returncode == 0, (name, proc.stderr)
        assert proc.stdout.startswith(f"Usage: pipeline.py {name} "), (name, proc.stdout)
        assert proc.stderr == "", (name, proc.stderr)


def test_version_and_help_on_every_option():
    import click

    import pipeline

    proc = cli("--version")
    assert proc.returncode == 0, proc.stderr
    assert re.fullmatch(r"pipeline\.py \d+\.\d+\.\d+ \(extractor \S+\)\n", proc.stdout), proc.stdout
    for name, command in pipeline.cli.commands.items():
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help and param.help.strip(), (name, param.name)


def test_refresh_of_the_snapshot_exits_0_with_a_summary(refreshed):
    proc = refreshed["proc"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    m = SUMMARY.search(proc.stderr)
    assert m, proc.stderr[-3000:]
    status, fetched, _, new, changed, unchanged, gone, added, errors = m.groups()
    assert status == "ok" and int(errors) == 0
    assert int(new) == 65 and int(changed) == int(gone) == 0
    assert int(fetched) >= 65 and int(added) == len(refreshed["facts"]) > 0
    log = refreshed["db"].with_suffix(".log.jsonl")  # the JSON Lines log beside the database
    last = json.loads(log.read_text(encoding="utf-8").splitlines()[-1])
    assert last["msg"] == m.group(0) and last["counts"]["articles_new"] == 65


def test_facts_are_json_lines_with_the_required_keys_and_canonical_urls(refreshed):
    facts = refreshed["facts"]
    assert facts
    canonical = re.compile(rf"^{re.escape(refreshed['site'])}/vi/({'|'.join(SECTIONS)})/[a-z0-9][a-z0-9-]*$")
    others = set().union(*REQUIRED.values())
    kinds = set()
    for f in facts:
        kind = f.get("kind")
        assert kind in REQUIRED, f
        kinds.add(kind)
        keys = set(f)
        assert REQUIRED[kind] <= keys, (kind, REQUIRED[kind] - keys, f)
        assert not (others - REQUIRED[kind]) & keys, (kind, (others - REQUIRED[kind]) & keys, f)
        assert canonical.match(f["article_url"]), f["article_url"]
        assert "/vi/node/" not in f["article_url"] and "/en/" not in f["article_url"]
        assert isinstance(f["evidence"], str) and f["evidence"].strip(), f
        assert f["year"] is None or isinstance(f["year"], int), f
        assert all(f[k] is None or isinstance(f[k], str) for k in ("cluster", "grantor") if k in f), f
        if kind == "membership":
            assert f["role"] in ("chair", "vice_chair", "member") and f["unit"], f
        elif kind == "ranking":
            assert isinstance(f["rank"], int) and f["rank"] >= 1 and f["unit"], f
        else:
            assert f["status"] in ("proposed", "conferred") and f["recipient"] and f["award"], f
    assert kinds == set(REQUIRED)


def test_the_seed_article_yields_its_issue_facts(refreshed):
    url = f"{refreshed['site']}/vi/tintucsukien/{SEED}"
    mine = [f for f in refreshed["facts"] if f["article_url"] == url]
    cluster = "Cụm thi đua II - Các doanh nghiệp Trung ương"

    def rows(kind, *keys):
        return sorted(tuple(f[k] for k in keys) for f in mine if f["kind"] == kind)

    assert rows("membership", "year", "role", "unit", "cluster") == sorted([
        (2020, "chair", "Công ty Điện lực Lạng Sơn", cluster),
        (2020, "vice_chair", "Chi nhánh Ga Đồng Đăng", cluster),
        (2020, "member", "Chi nhánh Xăng dầu Lạng Sơn", cluster),
        (2020, "member", "Công ty cổ phần Lương thực Cao Lạng", cluster),
        (2020, "member", "Công ty Bảo Minh Lạng Sơn", cluster),
        (2021, "chair", "Chi nhánh Ga Đồng Đăng", cluster),
        (2021, "vice_chair", "Chi nhánh Xăng dầu Lạng Sơn", cluster),
    ])
    assert rows("ranking", "year", "rank", "unit") == [
        (2020, 1, "Chi nhánh Ga Đồng Đăng"), (2020, 2, "Công ty cổ phần Lương thực Cao Lạng")]
    assert rows("award", "year", "award", "recipient", "status", "grantor") == [
        (2020, "Bằng khen", "Công ty cổ phần Lương thực Cao Lạng", "proposed", "UBND tỉnh"),
        (2020, "Cờ thi đua", "Chi nhánh Ga Đồng Đăng", "proposed", "UBND tỉnh"),
    ]
    assert len(mine) == 11


def test_evaluate_prints_precision_and_recall(refreshed, tmp_path):
    facts_file = tmp_path / "facts.jsonl"
    facts_file.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in refreshed["facts"]),
                          encoding="utf-8")
    proc = cli("evaluate", str(GOLD), str(facts_file))
    assert proc.returncode == 0, proc.stderr[-3000:]
    scores = {}
    for line in proc.stdout.splitlines():
        kind, *pairs = line.split()
        scores[kind] = {k: float(v) for k, v in (p.split("=") for p in pairs)}
    assert set(scores) == {"membership", "ranking", "award", "all"}, proc.stdout
    for kind in ("membership", "ranking"):
        assert scores[kind]["precision"] == 1.0 and scores[kind]["recall"] == 1.0, (kind, proc.stdout)
    # the gold file holds one award the article does not state: recall 2/3, precision still 1
    assert scores["award"]["precision"] == 1.0 and scores["award"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert (scores["award"]["tp"], scores["award"]["fp"], scores["award"]["fn"]) == (2, 0, 1)


def test_second_refresh_finds_nothing_new_and_leaves_the_facts_identical(refreshed):
    db, site = refreshed["db"], refreshed["site"]
    before = facts_of(db)
    proc = cli("refresh", "--db", str(db), "--site", site, "--delay", "0")
    assert proc.returncode == 0, proc.stderr[-3000:]
    m = SUMMARY.search(proc.stderr)
    assert m, proc.stderr
    assert m.group(1) == "ok" and m.group(4) == "0" and m.group(5) == "0", m.group(0)  # new, changed
    assert m.group(8) == "0", m.group(0)  # facts added
    after = facts_of(db)
    assert after == before  # same facts, same order, same first_seen/last_seen


def test_stats_lists_the_runs(refreshed):
    db = refreshed["db"]
    proc = cli("stats", "--db", str(db))
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert re.search(r"^articles: 65 \(0 gone\)$", out, re.M), out
    counts = json.loads(re.search(r"^facts: (\{.*\})$", out, re.M).group(1))
    assert set(counts) == set(REQUIRED) and all(n > 0 for n in counts.values())
    con = sqlite3.connect(db)
    try:
        runs = con.execute("SELECT id, command, status, exit_code FROM runs ORDER BY id DESC LIMIT 10").fetchall()
    finally:
        con.close()
    assert runs[-1] == (1, "refresh", "ok", 0), runs  # this module makes fewer than 10 runs
    listed = re.findall(r"^  #(\d+) (\S+) (\S+) exit=(\S+) ", out, re.M)
    assert [(int(i), c, s, int(e)) for i, c, s, e in listed] == runs
    assert "last runs:" in out and "#1 refresh ok exit=0" in out


def test_extract_all_with_two_workers_keeps_the_same_facts(refreshed):
    db = refreshed["db"]
    before = facts_of(db)
    proc = cli("extract", "--db", str(db), "--all", "--workers", "2")
    assert proc.returncode == 0, proc.stderr[-3000:]
    counts = json.loads(proc.stdout.strip().splitlines()[-1])
    assert counts["articles_extracted"] == 65, counts
    assert counts["facts_added"] == 0 and counts["facts_retired"] == 0, counts
    assert counts["facts_kept"] == len(before), counts
    after = facts_of(db)
    assert as_set(after, drop={"last_seen"}) == as_set(before, drop={"last_seen"})
    assert len(after) == len(before)


def test_refresh_while_another_holds_the_lock_exits_75(refreshed):
    from storage.lock import run_lock

    db, site = refreshed["db"], refreshed["site"]
    con = sqlite3.connect(db)
    n_runs = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    con.close()
    with run_lock(db):
        proc = cli("refresh", "--db", str(db), "--site", site, "--delay", "0", timeout=60)
    assert proc.returncode == 75, (proc.returncode, proc.stderr[-3000:])
    assert "another refresh is already running" in proc.stderr, proc.stderr
    assert f"pid {os.getpid()}" in proc.stderr, proc.stderr  # names the holder
    assert "Traceback" not in proc.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == n_runs  # it did not start a run
    con.close()
