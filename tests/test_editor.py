"""The editor role: off by default, a password-protected login, a correction recorded from a fact's page
(real `datasette serve`, real Chromium), exported to the reviewed file; anonymous POSTs answer 403."""
from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from facts_db import build_facts_db
from served import CHROMIUM, CHROMIUM_ARGS, datasette_server, playwright
from storage.serve import EDITOR_ENV, datasette_app, hash_password, verify_password

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "mật khẩu của Ban"
A1 = "http://127.0.0.1/vi/tintucsukien/cum-thi-dua-ii-tong-ket-nam-2020"


def fact_id(db, sql: str) -> str:
    con = sqlite3.connect(db)
    try:
        (fid,) = con.execute(sql).fetchone()
        return fid
    finally:
        con.close()


def test_password_hashes_verify():
    h = hash_password(PASSWORD)
    assert h.startswith("pbkdf2_sha256$") and verify_password(PASSWORD, h)
    assert not verify_password("wrong", h) and not verify_password(PASSWORD, None)


@pytest.mark.parametrize("editor", [False, True])
def test_nothing_is_writable_for_anonymous_users(tmp_path, monkeypatch, editor):
    monkeypatch.setenv(EDITOR_ENV, hash_password(PASSWORD))
    db = build_facts_db(tmp_path / "tdkt.db")
    fid = fact_id(db, "SELECT id FROM awards LIMIT 1")
    ds = datasette_app(db, editor=editor)

    async def run():
        posts = ["/tdkt/awards", "/tdkt", "/tdkt/moi_cap_nhat", f"/-/tdkt-correct/tdkt/awards/{fid}",
                 "/-/password-tool", "/-/permissions"]
        got = {p: (await ds.client.post(p, data={"action": "reject", "why": "x", "sql": "delete from awards"}))
               .status_code for p in posts}
        login = (await ds.client.get("/-/tdkt-login")).status_code
        page = (await ds.client.get(f"/tdkt/awards/{fid}")).text
        return got, login, page

    got, login, page = asyncio.run(run())
    assert set(got.values()) == {403}, got
    assert login == (200 if editor else 403)  # off by default: no login at all
    assert "tdkt-correct" not in page and ("Editor log in" in page) == editor
    assert sqlite3.connect(db).execute("SELECT count(*) FROM awards WHERE current = 1").fetchone()[0] == 5


@pytest.mark.browser
@pytest.mark.slow
def test_an_editor_corrects_a_fact_from_its_page_and_exports_it(tmp_path):
    sync_playwright = playwright()
    db = build_facts_db(tmp_path / "tdkt.db")
    fid = fact_id(db, f"SELECT id FROM memberships WHERE article_url = '{A1}' AND role = 'vice_chair'")
    with datasette_server(db, tmp_path, editor=True, env={EDITOR_ENV: hash_password(PASSWORD)}) as base, \
            sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        anonymous = browser.new_context()
        a = anonymous.new_page()
        a.goto(f"{base}/tdkt/memberships/{fid}")
        assert a.locator("a.tdkt-correct").count() == 0
        assert a.locator(".tdkt-fact-state").inner_text() == "Trạng thái / State: extracted"
        for path in (f"/-/tdkt-correct/tdkt/memberships/{fid}", "/tdkt/memberships", "/tdkt"):
            r = anonymous.request.post(base + path, form={"action": "reject", "why": "x"})
            assert r.status == 403, (path, r.status)
        assert anonymous.request.get(f"{base}/-/tdkt-correct/tdkt/memberships/{fid}").status == 403

        editor = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
        e = editor.new_page()
        e.set_default_timeout(20000)
        e.goto(base + "/-/tdkt-login")
        e.fill("input[name=name]", "Lan")
        e.fill("input[name=password]", "wrong")
        e.click("input[type=submit]")
        assert "Wrong name or password" in e.locator("body").inner_text()
        e.fill("input[name=name]", "Lan")
        e.fill("input[name=password]", PASSWORD)
        e.click("input[type=submit]")
        e.goto(f"{base}/tdkt/memberships/{fid}")
        e.click("a.tdkt-correct")
        assert e.locator(".tdkt-state").inner_text() == "extracted"
        assert "/-/bai-viet?" in e.locator("a.article-page").get_attribute("href")  # the evidence, marked
        e.fill("input[name=year]", "2021")
        e.fill("input[name=why]", "Biên bản ghi năm 2021 / the minutes say 2021")
        e.click("input[type=submit]")
        e.wait_for_url(f"{base}/tdkt/memberships/{fid}")
        row = e.locator("table.rows-and-columns").inner_text()
        assert "corrected" in row and "year: 2020 → 2021" in row and "Lan" in row and "the minutes say 2021" in row
        banner = e.locator(".tdkt-fact-state").inner_text()
        assert banner.startswith("Trạng thái / State: corrected — year: 2020 → 2021 [editor-") and "Lan" in banner
        a.reload()  # an anonymous reader sees it too
        assert a.locator(".tdkt-fact-state").inner_text() == banner
        shot = tmp_path / "fact-corrected.png"  # the README's is from a real run (scripts/screenshots.py)
        e.screenshot(path=str(shot), full_page=True, animations="disabled")
        assert shot.stat().st_size > 10_000
        e.goto(f"{base}/tdkt/unit_history?unit_key=chi-nhanh-ga-dong-dang&year=2021")
        assert "corrected" in e.locator("table.rows-and-columns").inner_text()
        browser.close()

    con = sqlite3.connect(db)
    assert con.execute("SELECT source, who, status FROM corrections").fetchall() == [("editor", "Lan", "applied")]
    con.close()
    target = tmp_path / "corrections" / "editor.yml"
    proc = subprocess.run([sys.executable, "pipeline.py", "corrections", "export", "--db", str(db), "--to",
                           str(target)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    (entry,) = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert entry["action"] == "change" and entry["set"] == {"year": 2021} and entry["who"] == "Lan"
    assert entry["fact"] == {"article": "/vi/tintucsukien/cum-thi-dua-ii-tong-ket-nam-2020", "kind": "membership",
                             "cluster": "Cụm thi đua II - Các doanh nghiệp Trung ương", "unit": "Chi nhánh Ga Đồng Đăng",
                             "year": 2020,
                             "role": "vice_chair"}
    proc = subprocess.run([sys.executable, "pipeline.py", "corrections", "apply", "--db", str(db), "--dir",
                           str(target.parent)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT source, status FROM corrections").fetchall() == [("file", "applied")]
    assert con.execute("SELECT year, state FROM memberships WHERE id = ?", [fid]).fetchall() == [(2021, "corrected")]
    con.close()
