#!/usr/bin/env python3
"""Speed of fact extraction, against its targets: ≤ 50 ms per article on one core, and a full
re-extraction of 1,000 articles in ≤ 60 s on 2 cores. Prints a plain-text table.

  .venv/bin/python benchmarks/bench_extract.py [--passes 3] [--ner-articles 65] [--n 1000]

What is measured, all on the 65 real articles of `snapshot/articles.jsonl` (body = the "p" texts and
the image captions joined with "\\n\\n", as the crawler builds it):

* single core — `extract.extract_article(title, body, published)` on every article, `--passes` times,
  with this process pinned to one CPU (sched_setaffinity). The first call (imports, models, patterns,
  gazetteer) is timed apart as start-up. The same 65 through `extract.pool.extract_many(rows, 1)`,
  which adds the resolver's keys, is the per-article cost of the real pipeline.
* `underthesea.ner` — the general NER on the same articles in the same run, for comparison: the body
  split with `underthesea.sent_tokenize`, then `ner()` on each sentence (model load timed apart).
  It is slow (~0.6 s/article), hence `--ner-articles` (0 skips it; default: all 65).
* 1,000 articles — the 65 repeated and perturbed (copy k has its paragraphs rotated by k and its title
  and url suffixed, so no two rows are the same text) through `extract_many(rows, workers=W)` for
  W = 1 and 2, each in a fresh interpreter as `pipeline.py extract --all --workers W` would run it:
  the wall clock is given with and without the interpreter's start-up (imports, model loads).
  Names repeat across copies, so the resolver's name caches hit as they do on the real site.
* CPU time beside wall time (process_time; for the 1,000-article runs, os.times of the interpreter and
  its reaped pool workers), and the load average: on a shared machine the wall clock also measures the
  neighbours, the CPU rows do not.
* peak RSS — `resource.getrusage(...).ru_maxrss`: this process after the extractor alone and after
  NER too; for each 1,000-article run, the interpreter itself and its largest pool worker.

Exit status 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARTICLES = ROOT / "snapshot" / "articles.jsonl"

TARGET_MS = 50.0          # per article, single core
TARGET_1000_S = 60.0      # 1,000 articles on 2 cores


def body_of(rec: dict) -> str:
    """The crawler's body: paragraphs and image captions in page order, sign-offs left out."""
    parts = []
    for b in rec["blocks"]:
        if b[0] == "p":
            parts.append(b[1])
        elif b[0] == "img" and len(b) > 2 and b[2]:
            parts.append(b[2])
    return "\n\n".join(parts)


def load_rows() -> list[dict]:
    rows = []
    for line in ARTICLES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            rows.append({"url": f"http://bench.invalid/vi/tintucsukien/{rec['slug']}", "title": rec["title"],
                         "body": body_of(rec), "published": rec.get("published")})
    return rows


def perturbed(rows: list[dict], n: int) -> list[dict]:
    """`rows` repeated to n; copy k rotates its paragraphs by k and suffixes title and url."""
    out = []
    for i in range(n):
        r, k = rows[i % len(rows)], i // len(rows)
        if k == 0:
            out.append(dict(r))
            continue
        paras = r["body"].split("\n\n")
        j = k % len(paras)
        out.append({**r, "url": f"{r['url']}-{k}", "title": f"{r['title']} ({k})",
                    "body": "\n\n".join(paras[j:] + paras[:j])})
    return out


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: KiB


# Run in a fresh interpreter: one full re-extraction of the rows in argv[1] with argv[2] workers.
_CHILD = r"""
import json, resource, sys, time
import os
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[3])
from extract.pool import extract_many
rows = json.load(open(sys.argv[1], encoding="utf-8"))
t1, c1 = time.perf_counter(), os.times()
n_facts = sum(len(f) for _, f in extract_many(rows, workers=int(sys.argv[2])))
t2, c2 = time.perf_counter(), os.times()
cpu = sum(getattr(c2, k) - getattr(c1, k) for k in ("user", "system", "children_user", "children_system"))
print(json.dumps({"import_s": t1 - t0, "extract_s": t2 - t1, "cpu_s": cpu, "facts": n_facts,
                  "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "rss_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def full_run(rows: list[dict], workers: int, tmp: Path) -> dict:
    path = tmp / "bench_extract_rows.json"
    path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(workers), str(ROOT)],
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"extract_many(workers={workers}) failed:\n{proc.stderr[-3000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["wall_s"] = wall
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--passes", type=int, default=3, help="timed passes over the 65 articles")
    ap.add_argument("--ner-articles", type=int, default=65, help="articles for underthesea.ner (0: skip)")
    ap.add_argument("--n", type=int, default=1000, help="articles in the full re-extraction")
    ap.add_argument("--workers", default="1,2", help="worker counts for the full re-extraction")
    a = ap.parse_args()

    rows = load_rows()
    body_chars = sum(len(r["body"]) for r in rows)
    cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cpus)})  # single core for the in-process measurements

    # --- extractor, single core
    t = time.perf_counter()
    from extract import extract_article
    from extract.pool import extract_many
    r0 = rows[0]
    extract_article(r0["title"], r0["body"], r0["published"])
    startup_s = time.perf_counter() - t
    per_article: list[float] = []
    pass_totals: list[float] = []
    n_facts = 0
    pass_cpu: list[float] = []
    load_before = os.getloadavg()[0]
    for _ in range(a.passes):
        t_pass, c_pass = time.perf_counter(), time.process_time()
        n_facts = 0
        for r in rows:
            t = time.perf_counter()
            n_facts += len(extract_article(r["title"], r["body"], r["published"]))
            per_article.append((time.perf_counter() - t) * 1000)
        pass_totals.append(time.perf_counter() - t_pass)
        pass_cpu.append(time.process_time() - c_pass)
    t = time.perf_counter()
    keyed = list(extract_many(rows, workers=1))
    with_keys_ms = (time.perf_counter() - t) * 1000 / len(rows)
    best_pass = min(pass_totals)
    ms_mean = best_pass * 1000 / len(rows)
    cpu_ms_mean = min(pass_cpu) * 1000 / len(rows)
    rss_extract = rss_mb()

    # --- underthesea.ner on the same articles
    ner_rows = rows[:a.ner_articles]
    ner_ms = ner_load_s = None
    n_sents = 0
    if ner_rows:
        t = time.perf_counter()
        from underthesea import ner, sent_tokenize
        ner("Công ty Điện lực Lạng Sơn là Trưởng cụm.")
        ner_load_s = time.perf_counter() - t
        sents = [sent_tokenize(r["body"]) for r in ner_rows]
        n_sents = sum(len(s) for s in sents)
        t, c = time.perf_counter(), time.process_time()
        for ss in sents:
            for s in ss:
                ner(s)
        ner_ms = (time.perf_counter() - t) * 1000 / len(ner_rows)
        ner_cpu_ms = (time.process_time() - c) * 1000 / len(ner_rows)
    rss_after_ner = rss_mb()

    # --- 1,000 articles, fresh interpreters, all cores allowed again
    os.sched_setaffinity(0, cpus)
    big = perturbed(rows, a.n)

    full = {}
    with tempfile.TemporaryDirectory() as tmp:
        for w in [int(x) for x in a.workers.split(",")]:
            full[w] = full_run(big, w, Path(tmp))

    # --- table
    load_after = os.getloadavg()[0]
    ok_ms = ms_mean <= TARGET_MS
    lines = [
        ("articles (snapshot/articles.jsonl)", f"{len(rows)}  ({body_chars / len(rows):.0f} chars of body on average)", ""),
        ("CPUs available / used single-core", f"{len(cpus)} / 1", ""),
        ("load average (1 min) before / after", f"{load_before:.2f} / {load_after:.2f}",
         "other processes competed: see the CPU rows" if max(load_before, load_after) > len(cpus) else ""),
        ("", "", ""),
        ("extract_article — start-up (first call)", f"{startup_s:.2f} s", ""),
        (f"extract_article — ms/article (best of {a.passes} passes)", f"{ms_mean:.1f} ms",
         f"≤ {TARGET_MS:.0f} ms  {'ok' if ok_ms else 'MISSED'}"),
        ("extract_article — CPU ms/article (process_time)", f"{cpu_ms_mean:.1f} ms", ""),
        ("extract_article — articles/s single core", f"{1000 / ms_mean:.1f} /s", f"≥ {1000 / TARGET_MS:.0f} /s"),
        ("extract_article — per article median / p95 / max",
         f"{statistics.median(per_article):.1f} / {statistics.quantiles(per_article, n=20)[-1]:.1f} / "
         f"{max(per_article):.1f} ms", ""),
        ("extract_many(workers=1), with keys — ms/article", f"{with_keys_ms:.1f} ms", ""),
        ("facts from the 65 articles", f"{n_facts} ({sum(len(f) for _, f in keyed)} keyed)", ""),
    ]
    if ner_ms is not None:
        lines += [
            ("", "", ""),
            ("underthesea.ner — model load + first call", f"{ner_load_s:.2f} s", "(underthesea already imported)"),
            (f"underthesea.ner — ms/article ({len(ner_rows)} articles, {n_sents} sentences)", f"{ner_ms:.0f} ms (CPU {ner_cpu_ms:.0f} ms)",
             f"{ner_ms / ms_mean:.0f}x the extractor"),
            ("underthesea.ner — articles/s single core", f"{1000 / ner_ms:.2f} /s", ""),
        ]
    ok_full = True
    lines.append(("", "", ""))
    for w, res in full.items():
        target = ""
        if w == 2:
            ok_full = res["wall_s"] <= TARGET_1000_S
            target = f"≤ {TARGET_1000_S:.0f} s  {'ok' if ok_full else 'MISSED'}"
        lines += [
            (f"{a.n} articles, extract_many(workers={w}) — wall, fresh process", f"{res['wall_s']:.1f} s", target),
            (f"{a.n} articles, extract_many(workers={w}) — extraction only", f"{res['extract_s']:.1f} s  "
             f"({a.n / res['extract_s']:.0f} articles/s, {res['facts']} facts)", ""),
            (f"{a.n} articles, extract_many(workers={w}) — CPU, all processes", f"{res['cpu_s']:.1f} s", ""),
        ]
    lines += [
        ("", "", ""),
        ("peak RSS — this process, extractor loaded", f"{rss_extract:.0f} MB", ""),
        ("peak RSS — this process, + underthesea.ner", f"{rss_after_ner:.0f} MB", ""),
    ]
    for w, res in full.items():
        child = f", largest worker {res['rss_child_mb']:.0f} MB" if w > 1 else ""
        lines.append((f"peak RSS — {a.n} articles, workers={w}", f"{res['rss_self_mb']:.0f} MB{child}", ""))

    w1 = max(len(x[0]) for x in lines)
    w2 = max(len(x[1]) for x in lines)
    print(f"{'bench_extract':{w1}}  {'value':{w2}}  target")
    print(f"{'-' * w1}  {'-' * w2}  {'-' * 20}")
    for k, v, tgt in lines:
        print(f"{k:{w1}}  {v:{w2}}  {tgt}".rstrip())
    return 0 if ok_ms and ok_full else 1


if __name__ == "__main__":
    sys.exit(main())
