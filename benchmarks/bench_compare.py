#!/usr/bin/env python3
"""Extraction speed of this tree against an earlier commit, timed back to back, printed as a table.

On a shared machine the absolute figures of bench_extract.py move by more than one piece of work costs; a
change's cost is what this tree takes more than the commit it started from on the same machine at the same
time. Each round runs both trees, alternately, in fresh processes pinned to one CPU: every article of the
sample (as bench_extract.py builds them) once ("first pass", no name cache warm) and then best of three
passes ("steady"), in CPU time.

  .venv/bin/python benchmarks/bench_compare.py REV [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# run in a fresh process with the tree's directory as its first import path
_TIMER = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from scoring import load_set
from scoring.mirror import parsed
import extract
rows = [parsed(r) for r in load_set("sample")[0]]
extract.warm()
def once():
    c = time.process_time()
    for r in rows:
        extract.extract_article(r["title"], r["body"], r["published"])
    return (time.process_time() - c) * 1000 / len(rows)
first = once()
print(json.dumps({"first": first, "steady": min(once() for _ in range(3))}))
"""


def timed(tree: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _TIMER, str(tree)], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rev", help="the commit to compare with (e.g. the one a piece of work started from)")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = Path(tmp)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", a.rev], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        runs = {"this tree": [], a.rev: []}
        for _ in range(a.rounds):
            runs[a.rev].append(timed(old))
            runs["this tree"].append(timed(ROOT))
    base = min(r["first"] for r in runs[a.rev])
    print(f"{'bench_compare':12}  {'first pass ms/article (min, all)':40}  steady ms/article (min)")
    for name, rs in runs.items():
        firsts = sorted(r["first"] for r in rs)
        print(f"{name[:12]:12}  {firsts[0]:.3f} ({', '.join(f'{x:.3f}' for x in firsts)}){'':8}  "
              f"{min(r['steady'] for r in rs):.3f}")
    print(f"this tree's first pass against {a.rev}: {min(r['first'] for r in runs['this tree']) / base - 1:+.1%} (minimum of each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
