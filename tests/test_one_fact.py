"""Each fact of the kiosk is written down once; where two parts must agree
on it, a test here says so."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest
from content_helpers import make_bundle

import kiosk
from kiosk.cli import main
from kiosk.config import SLIP_LAYOUTS, read_config
from kiosk.content import load_bundle
from kiosk.content.confined import resolves_inside
from kiosk.content.suggest import did_you_mean
from kiosk.printing import LAYOUTS, Slip

PACKAGE = Path(kiosk.__file__).resolve().parent


def _definitions() -> Counter[str]:
    """Module-level names each module of the kiosk defines itself (functions,
    classes, assignments; imports do not count)."""
    found: Counter[str] = Counter()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                found[node.name] += 1
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found.update(t.id for t in targets if isinstance(t, ast.Name))
    return found


DEFINED = _definitions()


@pytest.mark.parametrize(
    ("name", "copies_that_were"),
    [
        ("SLIP_LAYOUTS", ["LAYOUT_NAMES"]),
        ("MAX_SLIP_ITEMS", []),
        ("did_you_mean", ["_did_you_mean", "_close"]),
        ("resolves_inside", ["_inside"]),
    ],
)
def test_a_fact_is_defined_once(name, copies_that_were):
    assert DEFINED[name] == 1
    assert {copy: DEFINED[copy] for copy in copies_that_were} == dict.fromkeys(copies_that_were, 0)


# --- slip layouts: the config file, the printer and `kiosk slip` -------------


def test_every_layout_the_config_accepts_is_one_printing_can_lay_out():
    assert tuple(LAYOUTS) == SLIP_LAYOUTS


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_the_config_file_takes_each_layout(tmp_path, layout):
    path = tmp_path / "kiosk.yaml"
    path.write_text(f"slip_layout: {layout}\n")
    config, findings = read_config(path)
    assert findings == []
    assert config is not None and config.slip_layout == layout


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("cards-a5", "; did you mean 'cards-a4'?"),
        ("58m", "; did you mean '58mm'?"),
        ("a5", ""),
    ],
)
def test_a_layout_neither_knows_is_refused_by_both_alike(tmp_path, written, hint):
    path = tmp_path / "kiosk.yaml"
    path.write_text(f"slip_layout: {written}\n")
    _, findings = read_config(path)
    names = ", ".join(SLIP_LAYOUTS)
    assert [str(f) for f in findings] == [
        f"{path}:1:14: error: '{written}' is not one of: {names}{hint} [bad-choice]"
    ]
    bundle = load_bundle(make_bundle(tmp_path).path).bundle
    assert bundle is not None
    slip = Slip(bundle, (next(iter(bundle.resources)),), bundle.default_language, layout=written)
    assert slip.problems() == [f"unknown layout '{written}'; use one of {names}{hint}"]


def test_kiosk_slip_offers_exactly_the_config_layouts(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["slip", "--bundle", "b", "--resource", "r", "--layout", "a5", "--pdf", "o.pdf"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "argument --layout: invalid choice: 'a5'" in err
    assert [name for name in SLIP_LAYOUTS if f"'{name}'" in err] == list(SLIP_LAYOUTS)


# --- the shared helpers --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "options", "expected"),
    [
        ("resourse", ["resources", "topics"], "; did you mean 'resources'?"),
        ("en", ["en", "es"], "; did you mean 'en'?"),
        ("zz", ["en", "es"], ""),
        ("anything", [], ""),
        ("cards", {"cards-a4": 1, "80mm": 2}, "; did you mean 'cards-a4'?"),
    ],
)
def test_did_you_mean(value, options, expected):
    assert did_you_mean(value, options) == expected


def test_resolves_inside(tmp_path):
    root = tmp_path / "bundle"
    (root / "topics").mkdir(parents=True)
    (root / "topics" / "a.yaml").write_text("x")
    (tmp_path / "outside.yaml").write_text("x")
    (root / "topics" / "in.yaml").symlink_to(root / "topics" / "a.yaml")
    (root / "topics" / "out.yaml").symlink_to(tmp_path / "outside.yaml")
    (root / "topics" / "dangling.yaml").symlink_to(root / "nothing.yaml")
    (root / "topics" / "loop.yaml").symlink_to(root / "topics" / "loop.yaml")
    real = root.resolve()
    assert {p.name: resolves_inside(p, real) for p in sorted((root / "topics").iterdir())} == {
        "a.yaml": True,
        "dangling.yaml": False,
        "in.yaml": True,
        "loop.yaml": False,
        "out.yaml": False,
    }
