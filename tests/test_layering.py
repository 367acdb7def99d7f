"""The layers of DESIGN.md, as import-linter contracts (pyproject.toml):
`lint-imports` keeps them on the real package, catches each kind of wrong
import planted in a copy, and the contracts' module lists name every module
they are meant to."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import kiosk

ROOT = Path(kiosk.__file__).resolve().parents[1]
CONTRACTS = {
    c["id"]: c
    for c in tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
}
# The modules content may use: itself, and the leaf that shows file names.
BELOW_CONTENT = {"kiosk.content", "kiosk.shown"}


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.skip("lint-imports is not installed (pip install '.[test]')")
    return subprocess.run(
        [tool, "--no-cache", "--no-logo"],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_kiosk_keeps_every_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout


def _children(package: Path, prefix: str) -> set[str]:
    names = {p.stem for p in package.glob("*.py")} | {
        p.parent.name for p in package.glob("*/__init__.py")
    }
    return {f"{prefix}.{name}" for name in names - {"__init__"}}


def test_content_is_forbidden_every_module_above_it():
    forbidden = set(CONTRACTS["content-below"]["forbidden_modules"])
    assert forbidden == _children(ROOT / "kiosk", "kiosk") - BELOW_CONTENT


def test_every_screen_is_independent_of_the_others():
    screens = set(CONTRACTS["screens-independent"]["modules"])
    base = "kiosk.ui.screens.base"
    assert screens == _children(ROOT / "kiosk" / "ui" / "screens", "kiosk.ui.screens") - {base}


# (file, import appended to it, contract it breaks, the import as reported)
PLANTED = [
    (
        "kiosk/ui/screens/topic.py",
        "from kiosk.ui.screens.resource import phone_line",
        "one screen never imports another",
        "kiosk.ui.screens.topic -> kiosk.ui.screens.resource",
    ),
    (
        "kiosk/session.py",
        "from PySide6.QtCore import QTimer",
        "content, session and the staff tools' logic hold no Qt",
        "kiosk.session -> PySide6",
    ),
    (
        "kiosk/hsds/values.py",
        "import shiboken6",
        "content, session and the staff tools' logic hold no Qt",
        "kiosk.hsds.values -> shiboken6",
    ),
    (
        "kiosk/content/model.py",
        "from kiosk.config import KioskConfig",
        "content knows nothing of the kiosk above it, nor where it is installed",
        "kiosk.content.model -> kiosk.config",
    ),
    (
        "kiosk/content/rules.py",
        "from kiosk.paths import sample_bundle",
        "content knows nothing of the kiosk above it, nor where it is installed",
        "kiosk.content.rules -> kiosk.paths",
    ),
    (
        "kiosk/shown.py",
        "from kiosk.content.findings import Pos",
        "kiosk.shown is a leaf",
        "kiosk.shown -> kiosk.content.findings",
    ),
    (
        "kiosk/session.py",
        "from kiosk.ui import theme",
        "the session knows no screens, printing or wiring",
        "kiosk.session -> kiosk.ui.theme",
    ),
    (
        "kiosk/ui/widgets.py",
        "from kiosk import cli",
        "screens and widgets do not reach the wiring",
        "kiosk.ui.widgets -> kiosk.cli",
    ),
    (
        "kiosk/printing/layout.py",
        "from kiosk.ui.theme import NORMAL",
        "printing does not know the screens",
        "kiosk.printing.layout -> kiosk.ui.theme",
    ),
]


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "kiosk", tmp_path / "kiosk", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_each_kind_of_wrong_import_is_caught(tmp_path):
    """All planted in one copy (one run of the tool): each contract reports
    its own wrong import, at its line, and nothing else breaks."""
    root = _copy(tmp_path)
    expected: dict[str, list[str]] = {}
    for rel, line, contract, arrow in PLANTED:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        path.write_text(f"{text}{line}\n", encoding="utf-8")
        number = len(text.splitlines()) + 1
        expected.setdefault(contract, []).append(f"{arrow} (l.{number})")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout + result.stderr
    broken = len(expected)
    assert f"Contracts: {len(CONTRACTS) - broken} kept, {broken} broken." in result.stdout
    report = result.stdout.split("Broken contracts", 1)[1]
    for contract, arrows in expected.items():
        section = report.split(f"\n{contract}\n", 1)[1]
        section = re.split(r"\n\n(?=\S[^\n]*\n-{5,})", section, maxsplit=1)[0]
        found = re.findall(r"^-\s+(.+)$", section, flags=re.MULTILINE)
        assert set(found) == set(arrows), section  # a chain repeats its first link


def test_every_load_outside_the_content_layer_checks_glyphs_against_the_shipped_fonts() -> None:
    """`load_bundle` cannot know where the kiosk's fonts are installed, so a
    caller that forgets `shipped_fonts` would skip the check that no text is
    drawn as boxes: every caller in the kiosk passes it."""
    import ast

    calls = []
    for module in (ROOT / "kiosk").rglob("*.py"):
        if module.is_relative_to(ROOT / "kiosk" / "content"):
            continue
        for node in ast.walk(ast.parse(module.read_text(), str(module))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "load_bundle":
                keywords = {k.arg for k in node.keywords}
                calls.append((f"{module.relative_to(ROOT)}:{node.lineno}", keywords))
    assert len(calls) >= 4, calls  # the walk found the kiosk's loads
    assert [where for where, keywords in calls if "shipped_fonts" not in keywords] == []
