"""YAML node trees with positions, composed in C by libyaml's PyYAML binding.

`compose` returns PyYAML's own node classes (`Scalar`, `Mapping` and
`Sequence` below): every node keeps its `start_mark` (line, column), a
mapping keeps duplicate keys as separate pairs, and an alias is the very node
object its anchor names, so the specs can count how often an anchor is
expanded. Nothing is ever constructed from a tag: `!!python/...` stays inert
text for the schema to refuse.

Speed: composing in C (`yaml._yaml.CParser.get_single_node`) costs about as
much as merely iterating libyaml's events in Python and half of composing
from them (measured on the 10,000-resource benchmark). PyYAML's composer asks
`resolve()` for the type of every scalar, where its Python resolver is the
costliest step; ours is a few dictionary lookups with a memo, and the
resolver's descend/ascend hooks, which it calls twice per node for path
resolvers no one uses here, are C builtins that do nothing.

A file the C composer refuses (any YAML error, several documents, an unknown
or repeated anchor) is composed again from the event stream by
`compose_events`, the reference implementation, so that errors and their
places are exactly those the event composer has always reported, and a
repeated anchor stays legal as YAML says (PyYAML's C composer refuses it).
"""

from __future__ import annotations

import operator
from typing import Any, Final

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

try:  # libyaml's parser, and its composer in C
    from yaml import CSafeLoader as _EventParser
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventParser  # type: ignore[assignment]

    _CParser = None  # type: ignore[assignment, misc]

__all__ = ["ComposeError", "Mapping", "Node", "Scalar", "Sequence", "compose", "compose_events"]

Scalar = ScalarNode
Sequence = SequenceNode
Mapping = MappingNode

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
_NO_WILDCARD: Final = not _WILDCARD


class ImplicitTag(str):
    """A tag YAML 1.1 gives a plain scalar that is no data type: merge (`<<`)
    and value (`=`). Values with it are refused like any foreign tag, but a
    field name is taken literally, so `<<:` is an unknown field, not a tag."""

    __slots__ = ()


_ODD_IMPLICIT: Final = {
    tag: ImplicitTag(tag) for tag in ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")
}
# Most plain scalars start with a letter no resolver claims (`_BY_FIRST` has
# digits, signs and the first letters of booleans and null): those are text
# at once. The rest (`on`, `order`, dates, numbers) recur, hence a memo,
# emptied when full so that unique values cannot crowd out recurring ones
# and a long-running kiosk cannot grow it.
_PLAIN_MEMO: dict[str, str] = {}
_PLAIN_MEMO_MAX: Final = 4096
_PLAIN_MEMO_LENGTH: Final = 40


def plain_tag(value: str) -> str:
    """The YAML 1.1 type a generic loader would give this plain scalar."""
    tag = _PLAIN_MEMO.get(value)
    if tag is not None:
        return tag
    tag = STR
    for candidate, regexp in _BY_FIRST.get(value[:1], _WILDCARD):
        if regexp.match(value):
            tag = _ODD_IMPLICIT.get(candidate, candidate)
            break
    if len(value) <= _PLAIN_MEMO_LENGTH:
        if len(_PLAIN_MEMO) >= _PLAIN_MEMO_MAX:
            _PLAIN_MEMO.clear()
        _PLAIN_MEMO[value] = tag
    return tag


def _resolve(kind: type, value: str | None, implicit: Any) -> str:
    # PyYAML calls this for nodes without a tag and with the non-specific
    # tag '!' (then `implicit` is false: a plain string, or a collection).
    if value is None:
        return SEQ if kind is SequenceNode else MAP
    if implicit[0]:
        # This runs for every plain scalar of a bundle: the common answers inline.
        if _NO_WILDCARD and value[:1] not in _BY_FIRST:
            return STR
        return _PLAIN_MEMO.get(value) or plain_tag(value)
    return STR


class ComposeError(Exception):
    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.mark = mark


if _CParser is not None:

    class _CComposer(_CParser):
        resolve = staticmethod(_resolve)
        # Called as descend_resolver(parent, index) and ascend_resolver():
        # builtins that accept those arguments and do nothing, with no frame.
        descend_resolver = staticmethod(operator.is_)
        ascend_resolver = staticmethod(tuple)


def compose(text: str) -> Node | None:
    """The single document in `text` as a node tree; None for an empty stream.

    Raises yaml.YAMLError for syntax errors and ComposeError for structure
    this format refuses (several documents, unknown aliases).
    """
    if _CParser is not None:
        parser = _CComposer(text)
        try:
            return parser.get_single_node()
        except yaml.YAMLError:
            pass  # rare: the event composer below reports it as it always has
        finally:
            parser.dispose()
    return compose_events(text)


def compose_events(text: str) -> Node | None:
    """`compose` from libyaml's event stream, in Python: the reference."""
    parser = _EventParser(text)
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
            tag = event.tag
            if tag is None or tag == "!":
                tag = _resolve(ScalarNode, event.value, event.implicit)
            node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        elif kind is yaml.MappingStartEvent:
            tag = MAP if event.tag in (None, "!") else event.tag
            node = MappingNode(tag, [], event.start_mark, None, event.flow_style)
        elif kind is yaml.SequenceStartEvent:
            tag = SEQ if event.tag in (None, "!") else event.tag
            node = SequenceNode(tag, [], event.start_mark, None, event.flow_style)
        elif kind is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise ComposeError(f"alias *{event.anchor} names no anchor", event.start_mark)
            node = anchors[event.anchor]
        elif kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
            stack.pop()[0].end_mark = event.end_mark
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
                if type(parent[0]) is MappingNode:
                    parent[1] = node
                else:
                    parent[0].value.append(node)
            else:
                parent[0].value.append((parent[1], node))
                parent[1] = _NO_KEY
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            stack.append([node, _NO_KEY])


_NO_KEY: Final = object()
