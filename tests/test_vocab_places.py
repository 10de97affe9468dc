"""The shipped list of Vietnam's district and commune names (extract/data/places_vn.json): it loads with
nothing but the repository (the package it is built from is a build tool, never needed at run time), and
the build script gives the same file from the pinned package when that is at hand."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_LOAD_WITHOUT_PACKAGE = r"""
import sys
sys.modules["vietnam_provinces"] = None  # any import of the package now fails
sys.path.insert(0, sys.argv[1])
from extract import placenames
forms = placenames._forms()
print(len(forms["district"]), len(forms["commune"]))
print(placenames.known_under("huyện", "Ba Vì"), placenames.known_under("Công an quận", "Hai Bà Trưng"),
      placenames.known_under("phường", "Trần Thành Ngọ"), placenames.known_under("huyện", "Trần Thành Ngọ"))
"""


def test_the_shipped_names_load_without_the_package():
    out = subprocess.run([sys.executable, "-c", _LOAD_WITHOUT_PACKAGE, str(ROOT)], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    districts, communes = map(int, out[0].split())
    assert districts > 600 and communes > 6000
    assert out[1] == "True True True False"  # a ward's name is no district's


def test_the_data_says_where_it_comes_from():
    data = json.loads((ROOT / "extract" / "data" / "places_vn.json").read_text("utf-8"))
    assert data["source"] == "vietnam-provinces==0.6.0"
    names = data["district"] + data["commune"]
    assert all(" " in n and not any(c.isdigit() for c in n) for n in names)  # numbered and one-word ones left out


def test_the_build_script_reproduces_the_shipped_file(tmp_path):
    pytest.importorskip("vietnam_provinces")
    out = tmp_path / "places_vn.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_places.py"), "--out", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == (ROOT / "extract" / "data" / "places_vn.json").read_bytes()
