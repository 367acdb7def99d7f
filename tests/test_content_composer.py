"""The loader composes YAML with PyYAML's public API (`yaml.compose` with
`BundleLoader`, a `yaml.CSafeLoader` with a public `Resolver` subclass): the
trees are those an independent composition of libyaml's events gives
(tests/yaml_reference.py), every file is read once and parsed once, and the
garbage collector is left alone."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from content_helpers import TEMPLATE, make_bundle
from yaml_reference import compose_events

from kiosk.content import nodes
from kiosk.content.nodes import ComposeError, Mapping, Scalar, Sequence, compose

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from synthetic import write_bundle

SNIPPETS = [
    "",
    "# only a comment\n",
    "a: 1\nb: [x, 'y', \"z\"]\nc: {d: ~, e: null, f: 2026-11-20}\n",
    "on: yes\nno: off\n'on': 'no'\n",
    "- 0644\n- 10:30\n- 1_000\n- .inf\n- -.5\n- 0x1F\n- 2026-11-20 10:00:00\n",
    "<<: {a: 1}\nv: <<\nw: =\n=: x\n",
    "a: &x {b: 1}\nc: *x\n",
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
    "list: [a, *b]\n",
    "a: [1, 2\n",
    "a: b: c\n",
    "\ta: 1\n",
    "a: " + "[" * 1001 + "]" * 1001 + "\n",
    "a: " + "[" * 300 + "]" * 300 + "\n",
    "a: b\r\nc:\r\n  - d\r\n",
    "a: b\rc: d\r",
]


def shape(node: Any, seen: dict[int, int] | None = None) -> Any:
    """Everything the specs read from a tree, with shared nodes numbered."""
    seen = {} if seen is None else seen
    if node is None:
        return None
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    marks = (node.start_mark.line, node.start_mark.column, node.start_mark.index)
    if isinstance(node, Scalar):
        end = node.end_mark.index
        return (type(node).__name__, node.tag, type(node.tag).__name__, node.value, marks, end)
    if isinstance(node, Mapping):
        items = [(shape(k, seen), shape(v, seen)) for k, v in node.value]
        return ("map", node.tag, marks, items)
    assert isinstance(node, Sequence)
    return ("seq", node.tag, marks, [shape(item, seen) for item in node.value])


def outcome(composer: Any, text: str) -> Any:
    try:
        return shape(composer(text))
    except ComposeError as exc:
        return ("ComposeError", str(exc), exc.mark.line, exc.mark.column)
    except yaml.YAMLError as exc:
        return (type(exc).__name__, str(exc))


@pytest.mark.parametrize("text", SNIPPETS)
def test_compose_matches_the_event_reference(text: str) -> None:
    assert outcome(compose, text) == outcome(compose_events, text)


def test_compose_matches_on_the_template_and_a_synthetic_bundle(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "synthetic", resources=300, topics=10)
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.yaml"))]
    for text in [*TEMPLATE.values(), *texts]:
        assert outcome(compose, text) == outcome(compose_events, text)


@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        ("a: &x {b: 1}\nc: *x\nd: &x [2]\n", "anchor &x is already defined on line 1", 2, 3),
        ("a: &x 1\nb: !!str &x 2\n", "anchor &x is already defined on line 1", 1, 3),
        ("- &item a\n- b\n- &item c\n", "anchor &item is already defined on line 1", 2, 2),
    ],
)
def test_an_anchor_defined_twice_is_refused_where_it_is_redefined(
    text: str, message: str, line: int, column: int
) -> None:
    # YAML allows it and the reference composer takes it; PyYAML refuses it.
    assert compose_events(text) is not None
    with pytest.raises(ComposeError) as refused:
        compose(text)
    assert str(refused.value) == f"{message}; give each anchor its own name"
    assert (refused.value.mark.line, refused.value.mark.column) == (line, column)


def test_the_loader_is_pyyamls_public_c_loader() -> None:
    assert issubclass(nodes.BundleLoader, yaml.CSafeLoader)
    assert issubclass(nodes.BundleLoader, yaml.resolver.Resolver)
    # The C loader, not PyYAML's pure-Python one.
    assert yaml.__with_libyaml__


def test_implicit_merge_and_value_tags_stay_distinct_from_data_tags() -> None:
    tree = compose("<<: a\nb: <<\nc: =\n")
    assert isinstance(tree, Mapping)
    (key, _), (_, merge), (_, value) = tree.value
    assert key.tag == merge.tag == "tag:yaml.org,2002:merge"
    assert value.tag == "tag:yaml.org,2002:value"
    assert type(key.tag) is type(value.tag) is nodes.ImplicitTag
    explicit = compose("!!merge a: b\n")
    assert isinstance(explicit, Mapping)
    assert type(explicit.value[0][0].tag) is str


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


# --- one read, one parse, the collector left alone ---------------------------


class _Opens:
    """Every file this process opens while `recording`, through Python's audit
    hooks (which cannot be removed: the hook stays, switched off)."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.recording = False
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if self.recording and event == "open" and isinstance(args[0], str):
            self.paths.append(args[0])

    @contextlib.contextmanager
    def during(self) -> Iterator[list[str]]:
        self.paths = []
        self.recording = True
        try:
            yield self.paths
        finally:
            self.recording = False


_OPENS = _Opens()


class _Counting:
    """Wraps a yaml function and counts its calls; the real one does the work."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.real(*args, **kwargs)


def test_each_file_is_read_once_and_parsed_once_with_every_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = make_bundle(tmp_path)
    # A character no shipped font draws: the glyph check reports its exact
    # place, which once meant reading and parsing the file a second time.
    bundle.replace("resources/hotline.yaml", '"Help line"', '"Help line \U0001f6df"')
    bundle.write("resources/notes.yaml", 'id: notes\nname: "Notes \\u0007"\n')
    composed = _Counting(yaml.compose)
    parsed = _Counting(yaml.parse)
    monkeypatch.setattr(yaml, "compose", composed)
    monkeypatch.setattr(yaml, "parse", parsed)

    with _OPENS.during() as paths:
        result = bundle.load()

    assert [(str(f.pos), f.rule) for f in result.errors] == [
        ("resources/hotline.yaml:3:28", "missing-glyph"),
        ("resources/notes.yaml:2:7", "control-character"),
    ]
    yaml_files = [p for p in paths if p.endswith(".yaml")]
    assert Counter(Path(p).relative_to(bundle.path).as_posix() for p in yaml_files) == {
        "bundle.yaml": 1,
        "topics/help.yaml": 1,
        "resources/hotline.yaml": 1,
        "resources/notes.yaml": 1,
    }
    assert (composed.calls, parsed.calls) == (4, 0)


def test_the_garbage_collector_runs_while_a_bundle_loads(tmp_path: Path) -> None:
    root = write_bundle(tmp_path / "synthetic", resources=300, topics=10)
    collections: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    assert gc.isenabled()
    gc.callbacks.append(note)
    try:
        from kiosk.content import load_bundle

        result = load_bundle(root)
    finally:
        gc.callbacks.remove(note)
    assert result.bundle is not None, result.errors[:3]
    assert gc.isenabled()
    assert collections, "the collector never ran: something switched it off"
