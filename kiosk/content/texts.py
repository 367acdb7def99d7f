"""Every visible text of a bundle's files, with where it is and a stable key,
for translators: `kiosk validate --missing` lists the ones a language lacks,
`kiosk translate` exports them to a spreadsheet and writes them back.

The texts are found by the same specs that read the bundle (kiosk.content.
format): a language map (`LangMap`) anywhere in a topic, a resource or
bundle.yaml is a text, so a field added to the format later is found too.
`sensitive_words` is a map by language but holds word lists, not texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.findings import Findings, Pos
from kiosk.content.format import BUNDLE, RESOURCE, RESOURCE_LIST, TOPIC
from kiosk.content.loader import CONTENT_FOLDERS
from kiosk.content.nodes import Mapping, Node, Scalar, Sequence
from kiosk.content.schema import LangMap, ListOf, Record, Spec
from kiosk.content.yamlsource import read_source

PathPart = str | int


@dataclass(frozen=True, slots=True)
class TextSlot:
    """One visible text: the file it is in, its place in the file's YAML
    (`("questions", 2, "answer")`), where its default-language text starts,
    and its texts by language as the validator reads them (stripped)."""

    file: str
    path: tuple[PathPart, ...]
    pos: Pos
    default: str
    texts: dict[str, str] = field(hash=False)
    max_length: int
    description: str

    @property
    def key(self) -> str:
        """A stable name for the text: `topics/housing.yaml#questions[2].answer`."""
        return f"{self.file}#{path_text(self.path)}"


def path_text(path: tuple[PathPart, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def file_texts(rel: str, node: Node, default_language: str) -> list[TextSlot]:
    """The texts of one file's YAML, in file order."""
    if rel == "bundle.yaml":
        spec: Spec = BUNDLE
    elif rel.startswith("topics/"):
        spec = TOPIC
    else:
        spec = RESOURCE_LIST if isinstance(node, Sequence) else RESOURCE
    seen: set[int] = set()
    return list(_walk(spec, node, (), rel, default_language, seen))


def bundle_texts(root: Path, files: list[str], default_language: str) -> list[TextSlot]:
    """The texts of the bundle at `root`: bundle.yaml, then `files` (the
    topic and resource files the loader read, in its order)."""
    found: list[TextSlot] = []
    for rel in ["bundle.yaml", *files]:
        source = read_source(root, rel, Findings())
        if source is not None:
            found.extend(file_texts(rel, source.node, default_language))
    return found


def content_files(root: Path) -> list[str]:
    """The topic and resource files, in the loader's order (for a bundle the
    loader has already accepted: nothing here is checked again)."""
    return [
        f"{folder}/{p.name}"
        for folder in CONTENT_FOLDERS
        if (root / folder).is_dir()
        for p in sorted((root / folder).iterdir(), key=lambda p: p.name)
        if p.suffix in (".yaml", ".yml") and not p.name.startswith(".") and p.is_file()
    ]


def _walk(
    spec: Spec,
    node: Node,
    path: tuple[PathPart, ...],
    rel: str,
    default_language: str,
    seen: set[int],
) -> Iterator[TextSlot]:
    if type(spec) is LangMap:  # not its subclass for sensitive_words' word lists
        # An alias (*name) is the very node its anchor names: one text, at
        # the place it is written.
        if id(node) not in seen:
            seen.add(id(node))
            slot = _slot(spec, node, path, rel, default_language)
            if slot is not None:
                yield slot
        return
    if isinstance(spec, Record) and isinstance(node, Mapping):
        for key, value in node.value:
            child = spec.fields.get(key.value) if isinstance(key, Scalar) else None
            if child is not None:
                yield from _walk(child.spec, value, (*path, key.value), rel, default_language, seen)
    elif isinstance(spec, ListOf) and isinstance(node, Sequence):
        for index, item in enumerate(node.value):
            yield from _walk(spec.item, item, (*path, index), rel, default_language, seen)


def _slot(
    spec: LangMap, node: Node, path: tuple[PathPart, ...], rel: str, default_language: str
) -> TextSlot | None:
    texts: dict[str, str] = {}
    at = node
    if isinstance(node, Scalar):
        texts[default_language] = node.value.strip()
    elif isinstance(node, Mapping):
        for key, value in node.value:
            if isinstance(key, Scalar) and isinstance(value, Scalar) and key.value not in texts:
                texts[key.value] = value.value.strip()
                if key.value == default_language:
                    at = value
    if default_language not in texts:
        return None
    mark = at.start_mark
    return TextSlot(
        file=rel,
        path=path,
        pos=Pos(rel, mark.line + 1, mark.column + 1),
        default=texts[default_language],
        texts=texts,
        max_length=spec.text.max_length,
        description=spec.description,
    )
