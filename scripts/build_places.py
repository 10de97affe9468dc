"""Build extract/data/places_vn.json: the names of Vietnam's districts and communes, for the extractor.

Why: a place's name after "huyện", "xã", "phường" … is often made of words the extractor also knows as
vocabulary ("Ba Vì": "Ba" a number, "Hai Bà Trưng": "Bà" a title, "Thống Nhất" a verb), which cut the
name. A list of the real names (extract/gazetteer_vn.py) says where such a name ends.

The names come from the pinned package vietnam-provinces (the General Statistics Office's list, the
structure before the 2025 merger), read from its data file; the package is a build tool only. The output
is shipped in the repository, so extraction needs neither the package nor the network. Reproducible:

    pip download --no-deps vietnam-provinces==0.6.0 -d /tmp/vp
    python scripts/build_places.py --wheel /tmp/vp/vietnam_provinces-0.6.0-py3-none-any.whl

(or, with the package installed, no --wheel). Same input, same bytes out.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extract.normalize import tone  # noqa: E402

PACKAGE = "vietnam-provinces==0.6.0"
MEMBER = "vietnam_provinces/data/nested-divisions.json"
OUT = ROOT / "extract" / "data" / "places_vn.json"
# the kind a unit's name starts with -> the level it is listed under (extract/data/vocab/places.yml; the
# package's own division_type is only "huyện" / "xã" for every district / commune)
_LEVEL = {str(k).lower(): v for k, v in yaml.safe_load(
    (ROOT / "extract" / "data" / "vocab" / "places.yml").read_text("utf-8"))["gazetteer_kinds"].items()}
_KIND = re.compile(r"(" + "|".join(sorted(map(re.escape, _LEVEL), key=len, reverse=True)) + r")\s+(.+)", re.IGNORECASE)


def _divisions(wheel: str | None) -> list[dict]:
    if wheel:
        with zipfile.ZipFile(wheel) as z:
            return json.loads(z.read(MEMBER).decode("utf-8"))
    from importlib import resources

    return json.loads(resources.files("vietnam_provinces").joinpath("data", "nested-divisions.json").read_text("utf-8"))


def _name(full: str) -> tuple[str, str] | None:
    """("district" | "commune", the proper name as it is written in text) or None for a numbered unit
    ("Phường 12": numbers are read elsewhere),
    an abbreviated one ("Thị trấn N.T Phong Hải") or a one-word one ("Phường Vinh")."""
    m = _KIND.fullmatch(" ".join(tone(unicodedata.normalize("NFC", full)).split()))
    if not m:
        return None
    name = re.sub(r"'\s+", "'", m.group(2))  # "Ia H' Drai" is written "Ia H'Drai"
    name = re.sub(r"\s*-\s*", " - ", name)  # "Phan Rang-Tháp Chàm": the dash is a token of its own
    if any(c.isdigit() or c == "." for c in name) or " " not in name:
        return None  # a one-word name needs no list to stay whole
    name = " ".join(w[:1].upper() + w[1:] for w in name.split())  # "Xã Đại áng" is "Đại Áng" in print
    return _LEVEL[m.group(1).lower()], name


def build(divisions: list[dict]) -> dict:
    names: dict[str, set[str]] = {"district": set(), "commune": set()}
    for province in divisions:
        for district in province["districts"]:
            for unit in [district, *district["wards"]]:
                got = _name(unit["name"])
                if got:
                    names[got[0]].add(got[1])
    return {"about": "Names of Vietnam's district-level (huyện, quận, thị xã, thành phố) and commune-level (xã, "
                     "phường, thị trấn) units, without their kind; numbered ones left out. Built by "
                     f"scripts/build_places.py from {PACKAGE} (pre-2025 structure).",
            "source": PACKAGE,
            **{level: sorted(found) for level, found in names.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheel", help=f"the downloaded wheel of {PACKAGE} (default: the installed package)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    data = build(_divisions(args.wheel))
    text = "{\n" + ",\n".join(f" {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                              for k, v in data.items()) + "\n}\n"
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(data['district'])} district names, {len(data['commune'])} commune names")


if __name__ == "__main__":
    main()
