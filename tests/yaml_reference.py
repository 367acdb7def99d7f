"""A reference composer for tests: libyaml's event stream turned into nodes in
plain Python, as the loader did before it used `yaml.compose`.

Tests compare `kiosk.content.nodes.compose` with it, so the node trees the
specs read (tags, marks, shared alias nodes, the implicit merge tag) are
shown to be those an independent composition of the same events gives. It
differs on purpose in one place: YAML lets an anchor be defined again, this
composer allows it, and PyYAML's composer (so the loader) refuses it.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.nodes import ComposeError, ImplicitTag

SEQ = "tag:yaml.org,2002:seq"
MAP = "tag:yaml.org,2002:map"
_RESOLVER = yaml.resolver.Resolver()
_NO_KEY = object()


def _scalar_tag(event: Any) -> str:
    if event.tag not in (None, "!"):
        return str(event.tag)
    tag = str(_RESOLVER.resolve(ScalarNode, event.value, event.implicit))
    if tag in ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"):
        return ImplicitTag(tag)
    return tag


def compose_events(text: str) -> Node | None:
    """The single document of `text`, composed from libyaml's events."""
    root: Node | None = None
    anchors: dict[str, Node] = {}
    stack: list[list[Any]] = []  # open collections; for a mapping, [node, pending key]
    documents = 0
    for event in yaml.parse(text, Loader=yaml.CSafeLoader):
        node: Node
        if isinstance(event, yaml.ScalarEvent):
            node = ScalarNode(
                _scalar_tag(event), event.value, event.start_mark, event.end_mark, event.style
            )
        elif isinstance(event, yaml.MappingStartEvent):
            tag = MAP if event.tag in (None, "!") else event.tag
            node = MappingNode(tag, [], event.start_mark, None, event.flow_style)
        elif isinstance(event, yaml.SequenceStartEvent):
            tag = SEQ if event.tag in (None, "!") else event.tag
            node = SequenceNode(tag, [], event.start_mark, None, event.flow_style)
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in anchors:
                raise ComposeError(f"alias *{event.anchor} names no anchor", event.start_mark)
            node = anchors[event.anchor]
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()[0].end_mark = event.end_mark
            continue
        elif isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise ComposeError(
                    "the file holds more than one YAML document ('---'); keep one per file",
                    event.start_mark,
                )
            continue
        else:
            continue
        if not isinstance(event, yaml.AliasEvent) and event.anchor is not None:
            anchors[event.anchor] = node
        if not stack:
            root = node
        elif stack[-1][1] is _NO_KEY and isinstance(stack[-1][0], MappingNode):
            stack[-1][1] = node
        elif stack[-1][1] is _NO_KEY:
            stack[-1][0].value.append(node)
        else:
            stack[-1][0].value.append((stack[-1][1], node))
            stack[-1][1] = _NO_KEY
        if isinstance(node, (MappingNode, SequenceNode)) and not isinstance(event, yaml.AliasEvent):
            stack.append([node, _NO_KEY])
    return root
