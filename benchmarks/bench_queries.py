"""How fast do the canned queries and views answer on a database far larger than the site?

    .venv/bin/python benchmarks/bench_queries.py [--articles 20000] [--runs 30] [--db data/bench_queries.db]
                                                 [--rebuild] [--http]

Builds (once, then reuses) a synthetic database of N articles made from the real ones in
snapshot/articles.jsonl: each synthetic article is a real body plus sentences naming a cluster, its chair,
vice-chair and members, a ranking and awards, with clusters, units (the gazetteer's plus generated ones,
some under several spellings) and years varied, and a few planted conflicts. It is stored through the
same API the pipeline uses (store_article, store_facts, sync_units, reindex).

Then it runs every canned query of datasette_meta.json and every view (the first page Datasette asks
for, and the filtered form people use) `--runs` times on a connection opened the way Datasette opens it
(read-only, the project's SQL functions), and prints p50 / p95 in milliseconds. `--http` also times the
JSON endpoints through Datasette's own client (page + count + facets). Target: p95 <= 50 ms for SQL.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.normalize import fold  # noqa: E402

TARGET_MS = 50.0
PREFIXES = ["Phòng Giáo dục và Đào tạo", "Công an", "Trung tâm Y tế", "Kho bạc Nhà nước", "Chi cục Thuế",
            "Bảo hiểm xã hội", "Viện Kiểm sát nhân dân", "Tòa án nhân dân", "Chi cục Thi hành án dân sự",
            "Phòng Tài chính - Kế hoạch", "Hội Nông dân", "Huyện đoàn", "Hội Liên hiệp Phụ nữ",
            "Hội Cựu chiến binh", "Ủy ban MTTQ Việt Nam", "Trung tâm Văn hóa", "Phòng Nội vụ", "Phòng Tư pháp",
            "Ngân hàng Chính sách xã hội", "Điện lực", "Bưu điện", "Đội Quản lý thị trường", "Hạt Kiểm lâm",
            "Ban Chỉ huy Quân sự", "Liên đoàn Lao động", "Phòng Văn hóa và Thông tin", "Trường THPT",
            "Trường Trung học cơ sở", "Phòng Nông nghiệp và Phát triển nông thôn", "Hội Chữ thập đỏ"]
COMPANIES = ["Xăng dầu", "Lương thực", "Bảo Minh", "Cấp thoát nước", "Môi trường đô thị", "Xây dựng số 1",
             "Vận tải", "Du lịch", "Dược - Vật tư y tế", "Sách và Thiết bị trường học", "In", "Thương mại",
             "Khoáng sản", "Xi măng", "Chè", "Lâm nghiệp", "Thủy lợi", "Giống cây trồng", "Cơ khí", "Gạch"]
AWARDS = [("Cờ thi đua", "UBND tỉnh"), ("Cờ thi đua của Chính phủ", None), ("Bằng khen", "UBND tỉnh"),
          ("Bằng khen", "Thủ tướng Chính phủ"), ("Bằng khen", "Chủ tịch UBND tỉnh"),
          ("Huân chương Lao động hạng Ba", "Chủ tịch nước"), ("Tập thể lao động xuất sắc", "UBND tỉnh"),
          ("Giấy khen", "Giám đốc Sở")]
ORD = ["Nhất", "Nhì", "Ba"]


def real_articles() -> list[dict]:
    out = []
    for line in (ROOT / "snapshot" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        paras = [b[1] for b in r["blocks"] if b[0] == "p" and b[1].strip()]
        if paras:
            out.append({"title": r["title"], "paragraphs": paras, "published": r.get("published")})
    return out


def make_units(rng: random.Random, gazetteer: list[dict]) -> list[dict]:
    """The gazetteer's units plus district bodies and companies, some with a second spelling."""
    districts = [e["name"].split(" ", 1)[1] for e in gazetteer if e.get("kind") == "district" and " " in e["name"]]
    units = [{"key": e["key"], "name": e["name"], "alias": None} for e in gazetteer]
    for d in districts:
        for p in PREFIXES:
            units.append({"name": f"{p} huyện {d}", "alias": f"{p} {d}" if rng.random() < 0.3 else None})
    for i, c in enumerate(COMPANIES * 5):
        units.append({"name": f"Công ty cổ phần {c} Lạng Sơn {i // len(COMPANIES) + 1}",
                      "alias": f"Công ty CP {c} Lạng Sơn {i // len(COMPANIES) + 1}" if rng.random() < 0.5 else None})
    from storage.units import make_key

    for u in units:
        u.setdefault("key", make_key(u["name"]))
    return units


def make_clusters(rng: random.Random, units: list[dict]) -> list[dict]:
    clusters = [{"key": f"cum-{i}", "name": f"Cụm thi đua số {i}"} for i in range(1, 26)]
    clusters += [{"key": f"khoi-{i}", "name": f"Khối thi đua số {i}"} for i in range(1, 26)]
    for c in clusters:
        c["members"] = rng.sample(units, rng.randint(6, 14))
        # a third elsewhere, so that the province filters (Lạng Sơn by default) select
        province = "Lạng Sơn" if rng.random() < 0.67 else "Đồng Tháp"
        c["identity"] = {"designator": c["key"], "province": province, "organiser": f"UBND tỉnh {province}",
                         "level": "tỉnh", "resolved": True, "basis": "tên cụm"}
    return clusters


def synth_article(i: int, rng: random.Random, base: dict, cluster: dict, year: int) -> tuple[dict, list[dict]]:
    """A real body plus sentences stating this article's facts; evidence offsets into the final body."""
    members = cluster["members"]
    chair, vice = members[(year + i % 3) % len(members)], members[(year + 1) % len(members)]
    if rng.random() < 0.02:
        chair = rng.choice(members)  # a source that disagrees: a planted conflict
    paras = list(base["paragraphs"])
    cname = cluster["name"]

    def written(u):
        return u["alias"] if u.get("alias") and rng.random() < 0.5 else u["name"]

    listed = [chair, vice] + ([m for m in members if m not in (chair, vice)] if rng.random() < 0.4 else [])
    comp = (f"{cname} năm {year} gồm {len(listed)} đơn vị: {written(chair)} là Trưởng cụm; "
            f"{written(vice)} là Phó trưởng cụm" + "".join(f"; {written(m)}" for m in listed[2:]) + ".")
    facts = [("membership", comp, {"unit": u, "role": r}) for u, r in
             zip(listed, ["chair", "vice_chair"] + ["member"] * (len(listed) - 2))]
    extra = [comp]
    if rng.random() < 0.3:
        ranked = rng.sample(members, 3)
        sent = "Hội nghị suy tôn " + ", ".join(f"{written(u)} xếp thứ {ORD[k]}" for k, u in enumerate(ranked)) + "."
        extra.append(sent)
        facts += [("ranking", sent, {"unit": u, "rank": k + 1}) for k, u in enumerate(ranked)]
    for _ in range(rng.randint(1, 3)):
        award, grantor = rng.choice(AWARDS)
        who = rng.choice(members)
        status = rng.choice(["proposed", "conferred"])
        verb = "đề nghị tặng" if status == "proposed" else "được tặng"
        sent = f"{written(who)} {verb} {award}" + (f" của {grantor}" if grantor else "") + f" năm {year}."
        extra.append(sent)
        facts.append(("award", sent, {"unit": who, "award": award, "grantor": grantor, "status": status}))
    paras += extra
    body = "\n\n".join(paras)
    out = []
    for kind, sent, f in facts:
        start = body.rindex(sent)
        common = {"kind": kind, "year": year, "evidence": sent, "start": start, "end": start + len(sent)}
        u = f["unit"]
        if kind == "award":
            out.append({**common, "recipient": u["name"], "recipient_key": u["key"], "award": f["award"],
                        "grantor": f["grantor"], "status": f["status"]})
        else:
            out.append({**common, "cluster": cname, "cluster_key": cluster["key"], "unit": u["name"],
                        "unit_key": u["key"], "cluster_identity": cluster["identity"],
                        **({"role": f["role"]} if kind == "membership" else {"rank": f["rank"]})})
    slug = f"bench-{i:06d}-{cluster['key']}-{year}"
    article = {"url": f"http://127.0.0.1/vi/tintucsukien/{slug}", "nid": 100000 + i, "section": "tintucsukien",
               "slug": slug, "title": f"{cname} tổng kết năm {year} — {base['title']}",
               "published": f"{year + 1}-01-{1 + i % 28:02d}T09:00:00+07:00", "author": None,
               "paragraphs": paras, "captions": [], "body": body, "html": "<html></html>", "parser": "drupal7"}
    return article, out


def build(path: Path, n: int, seed: int) -> None:
    import storage
    from storage import facts, search, units as units_mod
    from storage.articles import store_article

    rng = random.Random(seed)
    gazetteer = json.loads((ROOT / "extract" / "data" / "gazetteer.json").read_text(encoding="utf-8"))
    units = make_units(rng, gazetteer)
    clusters = make_clusters(rng, units)
    bases = real_articles()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = storage.connect(path)
    t0 = time.perf_counter()
    now = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc).isoformat()
    with db.atomic():
        units_mod.load_gazetteer(db, gazetteer)
        for c in clusters:
            units_mod.ensure_cluster(db, c["key"], c["name"])
        units_mod.sync_units(db, [(u["alias"], {"key": u["key"], "canonical": u["name"]}) for u in units if u["alias"]])
        for i in range(n):
            article, fs = synth_article(i, rng, bases[i % len(bases)], rng.choice(clusters), rng.randint(2008, 2025))
            store_article(db, article, now)
            facts.store_facts(db, article["url"], fs, "bench", now)
            if i % 2000 == 1999:
                print(f"  {i + 1} articles stored ({time.perf_counter() - t0:.0f} s)", flush=True)
    t1 = time.perf_counter()
    search.reindex(db)
    db.execute("ANALYZE")
    print(f"built {path}: {n} articles stored in {t1 - t0:.0f} s, reindexed in {time.perf_counter() - t1:.0f} s")
    db.close()


def datasette_connection(path: Path) -> sqlite3.Connection:
    """Read-only, with the project's SQL functions: what Datasette's plugin gives its connections."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("tdkt_plugin", ROOT / "datasette_plugins" / "tdkt_langson.py")
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    plugin.prepare_connection(conn, "tdkt", None)
    return conn


def workload(conn: sqlite3.Connection) -> list[tuple[str, str, dict]]:
    """(label, sql, params): every canned query with realistic parameters, every view as Datasette pages it."""
    meta = json.loads((ROOT / "datasette_meta.json").read_text(encoding="utf-8"))
    queries = meta["databases"]["tdkt"]["queries"]
    busy_unit = conn.execute("SELECT u.name FROM awards a JOIN units u ON u.key = a.recipient_key "
                             "GROUP BY a.recipient_key ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    unit_key = conn.execute("SELECT key FROM units WHERE name = ?", [busy_unit]).fetchone()[0]
    params = {
        "lanh_dao_cum": [{"cluster": "", "province": "", "year": ""},
                         {"cluster": "Cụm thi đua số 3", "province": "tất cả", "year": ""},
                         {"cluster": "", "province": "dong thap", "year": "2020"}],
        "lich_su_khen_thuong": [{"unit": fold(busy_unit)}, {"unit": "dien luc"}],
        "thanh_vien_cum": [{"cluster": "cum thi dua so 3", "year": "2020", "province": ""}],
        "co_thi_dua_theo_nam": [{"year": "2020", "province": ""}],
        "tim_don_vi": [{"q": "dien luc"}, {"q": "hoi"}],
        "lich_su_don_vi": [{"unit": fold(busy_unit)}],
        "tim_bai_viet": [{"q": "bang khen"}, {"q": "truong cum"}],
    }
    work = []
    for name, q in queries.items():
        for p in params.get(name, [{}]):
            label = f"query {name} " + " ".join(f"{k}={v!r}" for k, v in p.items())
            work.append((label, q["sql"], p))
    for view, filt, fp in [("cluster_leadership", "cluster_key = :k", {"k": "cum-3"}),
                           ("unit_history", "unit_key = :k", {"k": unit_key}),
                           ("award_history", "recipient_key = :k", {"k": unit_key}),
                           ("conflicts", "cluster_key = :k", {"k": "cum-3"}),
                           ("unmatched_names", "unit_key = :k", {"k": unit_key})]:
        work.append((f"view {view} first page", f"select * from {view} limit 51", {}))
        work.append((f"view {view} where {filt.split(' ')[0]}", f"select * from {view} where {filt} limit 51", fp))
    work.append(("view award_history by year desc", "select * from award_history order by year desc limit 51", {}))
    return work


def time_it(fn, runs: int) -> tuple[float, float, int]:
    times, n = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        n = fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))], n


def table(title: str, results: list[tuple[str, float, float, int]]) -> bool:
    width = max(len(r[0]) for r in results)
    print(f"\n{title}\n{'':-<{width + 30}}\n{'what':<{width}}  {'rows':>6}  {'p50 ms':>8}  {'p95 ms':>8}")
    ok = True
    for label, p50, p95, n in results:
        flag = "" if p95 <= TARGET_MS else "  > target"
        ok &= not flag
        print(f"{label:<{width}}  {n:>6}  {p50:>8.2f}  {p95:>8.2f}{flag}")
    return ok


def bench_http(path: Path, runs: int, unit_key: str) -> list[tuple[str, float, float, int]]:
    from storage.serve import datasette_app

    ds = datasette_app(path)
    meta = json.loads((ROOT / "datasette_meta.json").read_text(encoding="utf-8"))
    paths = [f"/{path.stem}/{name}.json?_shape=array&" + p for name, p in [
        ("lanh_dao_cum", "cluster="), ("lich_su_khen_thuong", "unit=dien+luc"),
        ("thanh_vien_cum", "cluster=cum-3&year=2020"), ("co_thi_dua_theo_nam", "year=2020"),
        ("tim_don_vi", "q=dien+luc"), ("lich_su_don_vi", f"unit={unit_key}"), ("tim_bai_viet", "q=bang+khen")]]
    assert len(paths) == len(meta["databases"]["tdkt"]["queries"])
    paths += [f"/{path.stem}/{v}.json" for v in ("cluster_leadership", "unit_history", "award_history",
                                                  "conflicts", "unmatched_names")]
    paths += [f"/{path.stem}/unit_history.json?unit_key={unit_key}", f"/{path.stem}/awards.json"]

    async def run():
        out = []
        for p in paths:
            await ds.client.get(p)  # warm
            times, n = [], 0
            for _ in range(runs):
                t = time.perf_counter()
                r = await ds.client.get(p)
                times.append((time.perf_counter() - t) * 1000)
                body = r.json()
                n = len(body) if isinstance(body, list) else len(body.get("rows", []))
            times.sort()
            out.append((p.split("?")[0] + ("?" + p.split("?")[1] if "?" in p else ""), statistics.median(times),
                        times[int(round(0.95 * (len(times) - 1)))], n))
        return out

    return asyncio.run(run())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--db", type=Path, default=ROOT / "data" / "bench_queries.db")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--http", action="store_true", help="also time Datasette's JSON endpoints")
    args = ap.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not args.db.exists():
        build(args.db, args.articles, args.seed)
    conn = datasette_connection(args.db)
    counts = conn.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM memberships), "
                          "(SELECT count(*) FROM rankings), (SELECT count(*) FROM awards), "
                          "(SELECT count(*) FROM units)").fetchone()
    print("database: {} articles, {} memberships, {} rankings, {} awards, {} units".format(*counts))
    results = []
    for label, sql, params in workload(conn):
        conn.execute(sql, params).fetchall()  # warm the page cache
        # as Datasette does: fetch at most max_returned_rows + 1
        p50, p95, n = time_it(lambda: len(conn.execute(sql, params).fetchmany(2001)), args.runs)
        results.append((label, p50, p95, n))
    ok = table(f"SQL as Datasette runs it ({args.runs} runs each)", results)
    if args.http:
        unit_key = conn.execute("SELECT recipient_key FROM awards GROUP BY recipient_key "
                                "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        table(f"Datasette JSON endpoints, page + count + facets ({args.runs} runs each)",
              bench_http(args.db, args.runs, unit_key))
    print(f"\nSQL target p95 <= {TARGET_MS:.0f} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
