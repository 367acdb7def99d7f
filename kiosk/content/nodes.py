"""YAML node trees with positions, composed by PyYAML's public API.

`compose` is `yaml.compose` with `BundleLoader`: libyaml parses and composes
in C (`yaml.CSafeLoader`), and every node keeps its `start_mark` and
`end_mark` (line, column and character offset). A mapping keeps duplicate
keys as separate pairs, and an alias is the very node object its anchor
names, so the specs can report a duplicate key and count how often an anchor
is expanded. Nothing is ever constructed from a tag: `!!python/...` stays
inert text for the schema to refuse.

Plain scalars get the YAML 1.1 types every generic YAML loader gives them
(PyYAML's own `Resolver`), so the specs can refuse `no`, `10:30` or `01234`
where text is expected instead of reading them as an editor did not mean.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

import yaml
from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = [
    "BundleLoader",
    "ComposeError",
    "ImplicitTag",
    "Mapping",
    "Node",
    "Scalar",
    "Sequence",
    "compose",
]

Scalar = ScalarNode
Sequence = SequenceNode
Mapping = MappingNode


class ImplicitTag(str):
    """A tag YAML 1.1 gives a plain scalar that is no data type: merge (`<<`)
    and value (`=`). Values with it are refused like any foreign tag, but a
    field name is taken literally, so `<<:` is an unknown field, not a tag."""

    __slots__ = ()


_IMPLICIT_ONLY: Final = {
    tag: ImplicitTag(tag) for tag in ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")
}


class BundleResolver(yaml.resolver.Resolver):
    """PyYAML's YAML 1.1 resolver, marking the merge and value tags it gives
    a plain `<<` or `=` as implicit (an explicit `!!merge` stays a plain
    string and is refused). PyYAML asks it only for nodes written without a
    tag, so whatever it returns was implicit.

    It runs for every node of a bundle: a quoted scalar is text and a
    collection a map or a list at once (what `Resolver.resolve` answers when
    no path resolvers are added, and none are), and plain scalars (`on`,
    `order`, dates, numbers) recur, hence a memo, emptied when full so a
    long-running kiosk cannot grow it."""

    _plain_tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type[Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        if self.yaml_path_resolvers:  # never added here; PyYAML's own way if they were
            return self._resolved(kind, value, implicit)
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR_TAG
            assert value is not None
            tag = self._plain_tags.get(value)
            if tag is None:
                tag = self._resolved(kind, value, implicit)
                if len(value) <= _MEMO_LENGTH:
                    if len(self._plain_tags) >= _MEMO_SIZE:
                        self._plain_tags.clear()
                    self._plain_tags[value] = tag
            return tag
        # What Resolver.resolve answers for a collection without path resolvers.
        return _MAP_TAG if kind is MappingNode else _SEQ_TAG

    def _resolved(self, kind: type[Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        # types-PyYAML leaves Resolver.resolve unannotated; it returns a tag.
        tag: str = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
        return _IMPLICIT_ONLY.get(tag, tag)


_STR_TAG: Final = str(yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG)
_MAP_TAG: Final = str(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG)
_SEQ_TAG: Final = str(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG)
_MEMO_SIZE: Final = 4096
_MEMO_LENGTH: Final = 40


class BundleLoader(BundleResolver, yaml.CSafeLoader):
    """libyaml's safe loader with `BundleResolver`; used for composing only."""


class ComposeError(Exception):
    """A file whose YAML is well formed but that this format refuses: an
    alias to no anchor, an anchor defined twice, several documents."""

    def __init__(self, message: str, mark: Mark) -> None:
        super().__init__(message)
        self.mark = mark


# An alias (*name), or an anchor (&name) after the node's tag if it has one.
_NAME: Final = r"([^\s,\[\]{}]+)"
_NAMED: Final = {"*": re.compile(rf"\*{_NAME}"), "&": re.compile(rf"(?:!\S*\s+)?&{_NAME}")}


def compose(text: str) -> Node | None:
    """The single document in `text` as a node tree; None for an empty stream.

    Raises yaml.YAMLError for syntax errors and ComposeError for structure
    this format refuses.
    """
    try:
        node: Node | None = yaml.compose(text, Loader=BundleLoader)
    except yaml.composer.ComposerError as exc:
        raise _compose_error(exc, text) from None
    return node


def _compose_error(exc: yaml.composer.ComposerError, text: str) -> ComposeError | yaml.YAMLError:
    """The composer's refusals in an editor's words, at the place PyYAML marks."""
    mark = exc.problem_mark
    if mark is None:
        return exc
    problem = exc.problem or ""
    if problem.startswith("found undefined alias"):
        return ComposeError(f"alias {_named(text, mark, '*')} names no anchor", mark)
    if (exc.context or "").startswith("expected a single document"):
        return ComposeError(
            "the file holds more than one YAML document ('---'); keep one per file", mark
        )
    if (exc.context or "").startswith("found duplicate anchor") and exc.context_mark is not None:
        return ComposeError(
            f"anchor {_named(text, mark, '&')} is already defined on line "
            f"{exc.context_mark.line + 1}; give each anchor its own name",
            mark,
        )
    return exc


def _named(text: str, mark: Mark, sign: str) -> str:
    """`*name` or `&name` as written at `mark`; libyaml's message omits it."""
    found = _NAMED[sign].match(text, mark.index)
    return f"{sign}{found.group(1)}" if found else f"{sign}..."
