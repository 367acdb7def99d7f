"""Issue 14's shape rule, kept: no class over ~250 lines and no module over
~400 unless its module docstring says why, in a sentence that starts with the
marker below (for a module) or "Why `ClassName` is" (for a class). Lines count
docstrings and comments, as a reader meets them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kiosk

ROOT = Path(kiosk.__file__).resolve().parents[1]
MAX_CLASS_LINES = 260
MAX_MODULE_LINES = 420
MODULE_REASON = "Why one module of this size"


def too_big(source: str) -> list[str]:
    """What in one module's source is over the limits without a written reason."""
    tree = ast.parse(source)
    doc = ast.get_docstring(tree) or ""
    found = []
    lines = len(source.splitlines())
    if lines > MAX_MODULE_LINES and MODULE_REASON not in doc:
        found.append(f"module: {lines} lines, and no '{MODULE_REASON}' in its docstring")
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
            size = node.end_lineno - node.lineno + 1
            if size > MAX_CLASS_LINES and f"Why `{node.name}` is" not in doc:
                found.append(f"class {node.name}: {size} lines, and no reason in the docstring")
    return found


def _modules() -> list[object]:
    cases: list[object] = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        cases.append(pytest.param(name, id=name))
    return cases


@pytest.mark.parametrize("name", _modules())
def test_module_and_class_sizes(name):
    assert too_big((ROOT / name).read_text(encoding="utf-8")) == []


def _lines(n: int) -> str:
    return "".join(f"x{i} = {i}\n" for i in range(n))


def _class(name: str, n: int) -> str:
    return f"class {name}:\n" + "".join(f"    a{i} = {i}\n" for i in range(n - 1))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (_lines(420), []),
        (_lines(421), [f"module: 421 lines, and no '{MODULE_REASON}' in its docstring"]),
        (f'"""{MODULE_REASON}: a table."""\n' + _lines(500), []),
        # The marker must be in the module docstring, not a comment.
        (f"# {MODULE_REASON}: a table.\n" + _lines(500), [
            f"module: 501 lines, and no '{MODULE_REASON}' in its docstring"
        ]),
        (_class("Window", 260), []),
        (_class("Window", 261), ["class Window: 261 lines, and no reason in the docstring"]),
        ('"""Why `Window` is long: one sequence."""\n' + _class("Window", 300), []),
        # A reason for one class excuses no other.
        ('"""Why `Window` is long."""\n' + _class("Pages", 261), [
            "class Pages: 261 lines, and no reason in the docstring"
        ]),
        # A class nested in a function is a class too.
        ("def f():\n" + "\n".join("    " + line for line in _class("Inner", 270).splitlines()), [
            "class Inner: 270 lines, and no reason in the docstring"
        ]),
    ],
    ids=[
        "module-at-limit", "module-over", "module-with-reason", "reason-in-comment-only",
        "class-at-limit", "class-over", "class-with-reason", "reason-for-another-class",
        "nested-class",
    ],
)  # fmt: skip
def test_the_rule_itself(source, expected):
    assert too_big(source) == expected
