"""A lean YAML node tree built from libyaml's event stream.

PyYAML's own composer resolves the type of every scalar as it builds the
tree, keys included, and that costs more than parsing itself. Here a plain
scalar's type is worked out only when a spec asks (`Scalar.tag`): field names
are read literally and never need it. Building is iterative, so no input can
exhaust the Python stack; aliases point at the same node object, which lets
the specs count how often an anchor is expanded.
"""

from __future__ import annotations

from typing import Any, Final

import yaml
from yaml.resolver import Resolver

try:  # libyaml's parser; only its events are used, never its constructor.
    from yaml import CSafeLoader as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

STR: Final = "tag:yaml.org,2002:str"
SEQ: Final = "tag:yaml.org,2002:seq"
MAP: Final = "tag:yaml.org,2002:map"
_IMPLICIT: Final = Resolver.yaml_implicit_resolvers
# The resolvers to try for a plain scalar, by its first character, as
# PyYAML's Resolver.resolve tries them (first-character ones, then wildcards).
_WILDCARD: Final = tuple(_IMPLICIT.get(None, ()))
_BY_FIRST: Final = {
    first: (*resolvers, *_WILDCARD) for first, resolvers in _IMPLICIT.items() if first is not None
}


class Node:
    __slots__ = ("start_mark",)
    start_mark: Any


class Scalar(Node):
    __slots__ = ("_tag", "plain", "value")

    def __init__(self, value: str, tag: str | None, plain: bool, start_mark: Any) -> None:
        self.value = value
        self._tag = tag
        self.plain = plain
        self.start_mark = start_mark

    @property
    def tag(self) -> str:
        """The YAML 1.1 type a generic loader would give this scalar."""
        if self._tag is None:
            self._tag = STR
            if self.plain:
                for tag, regexp in _BY_FIRST.get(self.value[:1], _WILDCARD):
                    if regexp.match(self.value):
                        self._tag = tag
                        break
        return self._tag


class Sequence(Node):
    __slots__ = ("tag", "value")

    def __init__(self, tag: str, start_mark: Any) -> None:
        self.tag = tag
        self.value: list[Node] = []
        self.start_mark = start_mark


class Mapping(Node):
    __slots__ = ("tag", "value")

    def __init__(self, tag: str, start_mark: Any) -> None:
        self.tag = tag
        self.value: list[tuple[Node, Node]] = []
        self.start_mark = start_mark


class ComposeError(Exception):
    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.mark = mark


def compose(text: str) -> Node | None:
    """The single document in `text` as a node tree; None for an empty stream.

    Raises yaml.YAMLError for syntax errors and ComposeError for structure
    this format refuses (several documents, unknown aliases).
    """
    parser = _Parser(text)
    try:
        return _compose(parser)
    finally:
        parser.dispose()


def _compose(parser: Any) -> Node | None:
    root: Node | None = None
    anchors: dict[str, Node] = {}
    stack: list[Any] = []  # open collections; for a mapping, [node, pending_key]
    documents = 0
    while True:
        event = parser.get_event()
        kind = type(event)
        node: Node | None = None
        if kind is yaml.ScalarEvent:
            node = Scalar(event.value, _explicit(event.tag), event.implicit[0], event.start_mark)
        elif kind is yaml.MappingStartEvent:
            node = Mapping(_explicit(event.tag) or MAP, event.start_mark)
        elif kind is yaml.SequenceStartEvent:
            node = Sequence(_explicit(event.tag) or SEQ, event.start_mark)
        elif kind is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise ComposeError(f"alias *{event.anchor} names no anchor", event.start_mark)
            node = anchors[event.anchor]
        elif kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
            stack.pop()
            continue
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise ComposeError(
                    "the file holds more than one YAML document ('---'); keep one per file",
                    event.start_mark,
                )
            continue
        elif kind is yaml.StreamEndEvent:
            return root
        else:
            continue

        anchor = getattr(event, "anchor", None)
        if anchor is not None and kind is not yaml.AliasEvent:
            anchors[anchor] = node
        if not stack:
            root = node
        else:
            parent = stack[-1]
            if parent[1] is _NO_KEY:
                if isinstance(parent[0], Mapping):
                    parent[1] = node
                else:
                    parent[0].value.append(node)
            else:
                parent[0].value.append((parent[1], node))
                parent[1] = _NO_KEY
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            stack.append([node, _NO_KEY])


_NO_KEY: Final = object()


def _explicit(tag: str | None) -> str | None:
    # '!' is YAML's "non-specific" tag: a plain string.
    if tag == "!":
        return STR
    return tag
