"""mypy in strict mode over every Qt-free module (the list is in
pyproject.toml's [tool.mypy])."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import kiosk

ROOT = Path(kiosk.__file__).resolve().parents[1]
MYPY = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]


@pytest.mark.slow  # a cold mypy run: about 5 s
def test_the_qt_free_modules_type_check_strictly(tmp_path):
    pytest.importorskip("mypy", reason="mypy is not installed (pip install '.[test]')")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found in ")


def _covered(rel: str) -> bool:
    return any(rel == entry or rel.startswith(entry.rstrip("/") + "/") for entry in MYPY["files"])


def test_every_qt_free_module_is_on_the_strict_list():
    """A new module without Qt is typed strictly from its first commit."""
    qt_free = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "kiosk").rglob("*.py"))
        if "PySide6" not in path.read_text(encoding="utf-8")
    ]
    assert qt_free, "no module found"
    assert [rel for rel in qt_free if not _covered(rel)] == []


def test_the_strict_list_holds_no_qt_module():
    """Qt modules are left out on purpose (their PySide6 types are loose), so
    the list says honestly what is checked."""
    listed = [
        path
        for entry in MYPY["files"]
        for path in ((ROOT / entry).rglob("*.py") if (ROOT / entry).is_dir() else [ROOT / entry])
        if not any(re.search(x, str(path.relative_to(ROOT))) for x in MYPY["exclude"])
    ]
    assert [p.name for p in listed if "PySide6" in p.read_text(encoding="utf-8")] == []
