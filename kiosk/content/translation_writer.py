"""Writing translated texts into a bundle's YAML files, keeping the editor's
comments and layout: ruamel.yaml reads the file as a round-trip tree (every
comment, quote style and flow `{ }` kept), the texts are set in it, and it
writes the file back.

A file is written whole or not at all. Before anything is written:
- the file must come back byte for byte from ruamel.yaml unchanged, in one
  of the common indentations; otherwise the writer would change more than
  the translations, and the file is left for the editor;
- the new file must read back, as the kiosk reads YAML, as the old data with
  exactly the new texts added: nothing else may have moved or changed.
Then it replaces the old file in one step (a temporary file beside it,
renamed over it), so a crash leaves the old file or the new one.

Only `kiosk translate import` imports this module (and ruamel.yaml).
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import CommentMark
from ruamel.yaml.error import YAMLError as RuamelError
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.tokens import CommentToken

from kiosk.content.nodes import BundleLoader, BundleResolver, Scalar, compose
from kiosk.content.texts import PathPart, TextSlot, file_texts

BOM: Final = b"\xef\xbb\xbf"
STR: Final = "tag:yaml.org,2002:str"
# (mapping, sequence, offset): `key:\n  - item`, `key:\n- item`, and the
# same with four spaces.
INDENTS: Final = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0))


@dataclass(frozen=True, slots=True)
class NewText:
    slot: TextSlot
    text: str


class NotWritten(Exception):
    """Why a file was left as it was (one line, for the editor)."""


def write_texts(root: Path, rel: str, language: str, default: str, texts: list[NewText]) -> None:
    """Add or replace `language`'s text of each slot in the file `rel`, all
    or none. Raises NotWritten."""
    path = root / rel
    data = path.read_bytes()
    bom = data.startswith(BOM)
    text = data[len(BOM) if bom else 0 :].decode("utf-8")
    crlf = "\r\n" in text
    if crlf:
        text = text.replace("\r\n", "\n")
    writer, indent = _writer_keeping(text)
    new_text = None
    for literal in (True, False):
        # Several lines go in a block (|) scalar; if that cannot carry one
        # exactly, in a double-quoted one with \n.
        tree = writer.load(text)
        for new in texts:
            _set(tree, new.slot.path, language, default, new.text, literal, indent)
        out = io.StringIO()
        writer.dump(tree, out)
        if _reads_as(text, out.getvalue(), rel, language, default, texts):
            new_text = out.getvalue()
            break
    if new_text is None:
        raise NotWritten("writing would change more than the translations; add them by hand")
    if crlf:
        new_text = new_text.replace("\n", "\r\n")
    _replace(path, (BOM if bom else b"") + new_text.encode("utf-8"))


def _writer_keeping(text: str) -> tuple[YAML, int]:
    """A round-trip writer that gives this file back exactly as it is, and
    the file's mapping indent."""
    for mapping, sequence, offset in INDENTS:
        writer = YAML(typ="rt")
        writer.preserve_quotes = True
        writer.width = 1_000_000  # never fold a long line
        writer.allow_unicode = True
        writer.indent(mapping=mapping, sequence=sequence, offset=offset)
        try:
            out = io.StringIO()
            writer.dump(writer.load(text), out)
        except RuamelError:
            continue
        if out.getvalue() == text:
            return writer, mapping
    raise NotWritten(
        "the YAML writer cannot keep this file's layout exactly (its indentation or "
        "line breaks are unusual); add these translations by hand"
    )


def _set(
    tree: Any,
    path: Sequence[PathPart],
    language: str,
    default: str,
    text: str,
    literal: bool,
    indent: int,
) -> None:
    parent = tree
    for part in path[:-1]:
        parent = parent[part]
    key = path[-1]
    current = parent[key]
    if isinstance(current, CommentedMap):
        value = _styled(text, current.get(default), literal)
        if language not in current:
            _move_trailing_comments(current, language)
        current[language] = value
        return
    # A plain text becomes a map by language; the comments written after it
    # stay where they were (see _move_trailing_comments).
    texts = CommentedMap()
    texts[default] = current
    texts[language] = _styled(text, current, literal)
    if getattr(parent, "fa", None) is not None and parent.fa.flow_style():
        texts.fa.set_flow_style()
    comment = parent.ca.items.pop(key, None)
    if comment is not None and comment[2] is not None:
        # `key: text  # note` becomes `  en: text  # note`: the same gap.
        shift = indent + len(default) - len(str(key))
        eol, rest = _split_comment(comment[2], shift)
        if eol is not None:
            texts.ca.items[default] = [None, None, eol, None]
        if rest is not None:
            texts.ca.items[language] = [None, None, rest, None]
    parent[key] = texts


def _move_trailing_comments(texts: CommentedMap, language: str) -> None:
    """Comment lines after a map's last text belong to what follows it: they
    move after the new last text, the end-of-line comment stays put."""
    last = next(reversed(texts), None)
    entry = texts.ca.items.get(last) if last is not None else None
    if entry is None or len(entry) < 3 or entry[2] is None:
        return
    eol, rest = _split_comment(entry[2])
    entry[2] = eol
    if rest is not None:
        texts.ca.items[language] = [None, None, rest, None]


def _split_comment(
    token: CommentToken, shift: int = 0
) -> tuple[CommentToken | None, CommentToken | None]:
    """A comment token after a value: `# eol\\n# next line\\n` into the end of
    line part (`shift` columns to the right) and the lines after it (each
    None when absent)."""
    value = str(token.value)
    end = value.find("\n") + 1 or len(value)
    first, rest = value[:end], value[end:]
    column = max(0, token.start_mark.column + shift)
    eol = CommentToken(first, CommentMark(column), None) if first.strip() else None
    after = CommentToken("\n" + rest, token.start_mark, None) if rest else None
    return eol, after


def _styled(text: str, like: Any, literal: bool) -> Any:
    if "\n" in text:
        return LiteralScalarString(text) if literal else DoubleQuotedScalarString(text)
    if isinstance(like, DoubleQuotedScalarString):
        return DoubleQuotedScalarString(text)
    if isinstance(like, SingleQuotedScalarString):
        return SingleQuotedScalarString(text)
    # ruamel.yaml reads YAML 1.2 and would write `no` or `10:30` plainly;
    # the kiosk reads them as YAML 1.1 does, as false and 630.
    plain = BundleResolver().resolve(Scalar, text, (True, False))
    return text if plain == STR else DoubleQuotedScalarString(text)


def _reads_as(
    old: str, new: str, rel: str, language: str, default: str, texts: list[NewText]
) -> bool:
    """The new file, read as the kiosk reads it, is the old one with exactly
    the new texts added."""
    try:
        # BundleLoader is libyaml's safe loader: it builds no objects from tags.
        old_data = yaml.load(old, Loader=BundleLoader)
        new_data = yaml.load(new, Loader=BundleLoader)
        node = compose(new)
    except yaml.YAMLError:
        return False
    if node is None:
        return False
    for item in texts:
        parent = old_data
        for part in item.slot.path[:-1]:
            parent = parent[part]
        key = item.slot.path[-1]
        current = parent[key]
        if isinstance(current, dict):
            current[language] = item.text
        else:
            parent[key] = {default: current, language: item.text}
    if _strip_texts(old_data) != _strip_texts(new_data):
        return False
    found = {slot.key: slot.texts.get(language) for slot in file_texts(rel, node, default)}
    return all(found.get(item.slot.key) == item.text for item in texts)


def _strip_texts(value: Any) -> Any:
    """Texts compared as the validator reads them: a block scalar's final
    line break is no part of the text."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return {k: _strip_texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_strip_texts(v) for v in value]
    return value


def _replace(path: Path, data: bytes) -> None:
    mode = path.stat().st_mode & 0o7777
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
