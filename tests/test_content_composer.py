"""The C composer (libyaml's, through PyYAML's CParser) against the reference
composer over libyaml's event stream: the same trees, the same errors, the
same findings on the whole broken-bundle corpus."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from content_helpers import TEMPLATE, make_bundle
from test_broken_bundles import CASES, _case, _params, apply

from kiosk.content import nodes
from kiosk.content.nodes import ComposeError, Mapping, Scalar, Sequence, compose, compose_events

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import write_bundle

SNIPPETS = [
    "",
    "# only a comment\n",
    "a: 1\nb: [x, 'y', \"z\"]\nc: {d: ~, e: null, f: 2026-11-20}\n",
    "on: yes\nno: off\n'on': 'no'\n",
    "- 0644\n- 10:30\n- 1_000\n- .inf\n- -.5\n- 0x1F\n- 2026-11-20 10:00:00\n",
    "<<: {a: 1}\nv: <<\nw: =\n=: x\n",
    "a: &x {b: 1}\nc: *x\nd: &x [2]\ne: *x\n",  # a repeated anchor is legal YAML
    "a: &r [1, *r]\n",
    "k: ! plain\nl: ! {m: 1}\nn: ! [o]\np: !!str 12\nq: !!int '3'\n",
    "!!python/object/apply:os.system [echo]\n",
    "x: !custom value\n!!python/name:os.system : y\n",
    "dup: 1\ndup: 2\n",
    "? [complex, key]\n: value\n? {a: b}\n: c\n",
    "text: |\n  line one\n  line two\nfolded: >-\n  a\n  b\n",
    "x: 'caf\u00e9 \u0645\u0631\u062d\u0628\u0627 \U0001f600'\n",
    "- a\n- - b\n  - - c\n",
    "a: b\n---\nc: d\n",
    "--- a\n...\n",
    "name: *nowhere\n",
    "a: [1, 2\n",
    "a: b: c\n",
    "\ta: 1\n",
    "a: " + "[" * 1001 + "]" * 1001 + "\n",
    "a: &a [x]\nb: &a y\n",
]


def shape(node: Any, seen: dict[int, int] | None = None) -> Any:
    """Everything the specs read from a tree, with shared nodes numbered."""
    seen = {} if seen is None else seen
    if node is None:
        return None
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    mark = (node.start_mark.line, node.start_mark.column)
    if isinstance(node, Scalar):
        return (type(node).__name__, node.tag, type(node.tag).__name__, node.value, mark)
    if isinstance(node, Mapping):
        items = [(shape(k, seen), shape(v, seen)) for k, v in node.value]
        return ("map", node.tag, mark, items)
    assert isinstance(node, Sequence)
    return ("seq", node.tag, mark, [shape(item, seen) for item in node.value])


def outcome(composer: Any, text: str) -> Any:
    try:
        return shape(composer(text))
    except ComposeError as exc:
        return ("ComposeError", str(exc), exc.mark.line, exc.mark.column)
    except yaml.YAMLError as exc:
        return (type(exc).__name__, str(exc))


@pytest.mark.parametrize("text", SNIPPETS)
def test_c_composer_matches_the_event_composer(text: str) -> None:
    assert outcome(compose, text) == outcome(compose_events, text)


def test_c_composer_matches_on_the_template_and_a_synthetic_bundle(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "synthetic", resources=300, topics=10)
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.yaml"))]
    for text in [*TEMPLATE.values(), *texts]:
        assert outcome(compose, text) == outcome(compose_events, text)


def test_the_c_composer_is_the_one_in_use() -> None:
    # Without libyaml the reference composer does everything, correctly but slowly.
    assert nodes._CParser is not None


def test_implicit_merge_and_value_tags_stay_distinct_from_data_tags() -> None:
    tree = compose("<<: a\nb: <<\n")
    (key, _), (_, value) = tree.value
    assert key.tag == value.tag == "tag:yaml.org,2002:merge"
    assert type(key.tag) is nodes.ImplicitTag
    assert type(compose("!!merge a: b\n").value[0][0].tag) is str


def findings_of(bundle: Any) -> list[tuple[Any, ...]]:
    result = bundle.load()
    return [(str(f.pos), f.severity, f.rule, f.message) for f in result.findings]


@pytest.mark.parametrize("case", _params())
def test_corpus_findings_are_those_of_the_event_composer(
    case: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = make_bundle(tmp_path)
    for rel, content in _case(case).changes.items():
        apply(bundle, rel, content)
    with_c = findings_of(bundle)
    monkeypatch.setattr(nodes, "_CParser", None)
    assert findings_of(bundle) == with_c


def test_corpus_is_the_broken_bundle_corpus() -> None:
    assert len(CASES) >= 35


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ('<<: {en: "x"}\n', "unknown-field"),  # a merge key is a field name here
        ("id: <<\n", "yaml-tag"),  # a merge value is refused like a foreign tag
    ],
)
def test_merge_keys_and_values_give_the_same_findings_as_before(
    text: str, rule: str, tmp_path: Path
) -> None:
    bundle = make_bundle(tmp_path)
    bundle.write("resources/extra.yaml", text)
    rules = [f.rule for f in bundle.load().findings if f.pos.file == "resources/extra.yaml"]
    assert rule in rules
