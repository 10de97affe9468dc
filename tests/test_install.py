"""scripts/install.sh keeps one stamp of what .venv holds: `./run.sh` after `./test.sh` (a plain install
after one with the test extras) installs nothing; a changed pyproject.toml installs again.

`install.sh --check [--test]` answers without installing: 0 up to date, 1 it would install."""
import shutil
import subprocess
import venv
from pathlib import Path

import pytest

from conftest import ROOT

STAMP = ROOT / ".venv" / ".installed"


def check(repo: Path, *args: str) -> int:
    return subprocess.run(["bash", "scripts/install.sh", "--check", *args], cwd=repo, capture_output=True,
                          text=True, timeout=60).returncode


@pytest.fixture
def repo(tmp_path):
    """A copy of this checkout's install state: install.sh, pyproject.toml, a real .venv and the stamp
    this checkout's `./test.sh` left."""
    if not STAMP.exists():
        pytest.skip("this checkout's .venv was not made by scripts/install.sh")
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "install.sh", tmp_path / "scripts" / "install.sh")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    venv.create(tmp_path / ".venv", with_pip=False)
    return tmp_path


def test_run_after_test_installs_nothing(repo):
    shutil.copy(STAMP, repo / ".venv" / ".installed")
    assert check(repo, "--test") == 0
    assert check(repo) == 0                       # ./run.sh after ./test.sh: nothing to install


def test_a_changed_pyproject_or_no_stamp_installs(repo):
    assert check(repo) == 1 and check(repo, "--test") == 1
    shutil.copy(STAMP, repo / ".venv" / ".installed")
    with open(repo / "pyproject.toml", "a") as f:
        f.write("\n# a new pin\n")
    assert check(repo) == 1 and check(repo, "--test") == 1
