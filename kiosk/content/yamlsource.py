"""Reading one bundle file into a YAML node tree, safely and with positions.

Each file is read once and parsed once: `read_source` returns its bytes, its
text and its node tree together, and every check (the specs, the glyph
check) works from that. Only parsing and composing run here (see `nodes`):
the result keeps every line and column and never constructs Python objects
from tags, so `!!python/...` tags stay inert and are refused later by the
schema. libyaml refuses nesting deeper than 1000 levels, and the size limits
below keep a hostile file from exhausting memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.error import Mark

from kiosk.content import yaml_errors
from kiosk.content.findings import Findings, Pos
from kiosk.content.nodes import ComposeError, Node, compose

MAX_FILE_BYTES = 4 * 1024 * 1024
# C0 and C1 controls but tab, newline, carriage return and NEL (U+0085).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One bundle file as read: `data` as on disk, `text` decoded (without a
    byte order mark, so node marks index into it) and its YAML `node`."""

    rel: str
    data: bytes
    text: str
    node: Node


def read_node(root: Path, rel: str, findings: Findings) -> Node | None:
    """Return the file's single YAML document as a node, or None with a finding."""
    source = read_source(root, rel, findings)
    return source.node if source is not None else None


def read_source(root: Path, rel: str, findings: Findings) -> SourceFile | None:
    """Read, decode and compose the file, or report why not and return None."""
    path = root / rel
    where = Pos(rel)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            findings.error(
                where,
                "file-too-large",
                f"file is {size:,} bytes, more than the limit of {MAX_FILE_BYTES:,}; "
                "split it into several files",
            )
            return None
        data = path.read_bytes()
    except OSError as exc:
        findings.error(where, "unreadable-file", f"cannot read the file: {exc.strerror or exc}")
        return None
    text = _decode(data, rel, findings)
    if text is None:
        return None
    if not text.strip():
        findings.error(
            where, "empty-file", "the file is empty; write the expected fields or delete it"
        )
        return None
    try:
        node = compose(text)
    except ComposeError as exc:
        mark = exc.mark
        findings.error(Pos(rel, mark.line + 1, mark.column + 1), "yaml-structure", str(exc))
        return None
    except yaml.MarkedYAMLError as exc:
        problem = yaml_errors.describe(exc, text)
        findings.error(_mark_pos(rel, problem.mark), "yaml-syntax", problem.message)
        return None
    except yaml.YAMLError as exc:  # anything else without a position
        message = " ".join(str(exc).split())
        findings.error(where, "yaml-syntax", f"not valid YAML: {message}")
        return None
    if node is None:
        findings.error(
            where, "empty-file", "the file holds only comments; write the expected fields"
        )
        return None
    return SourceFile(rel, data, text, node)


def _decode(data: bytes, rel: str, findings: Findings) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        # Columns count characters, as everywhere else, not bytes.
        col = len(data[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        findings.error(
            Pos(rel, line, col),
            "not-utf8",
            f"byte 0x{data[exc.start]:02x} is not UTF-8 text; save the file as UTF-8",
        )
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    # YAML forbids most control characters (exactly these: libyaml's reader
    # refuses nothing else in decoded UTF-8); report them with a place rather
    # than letting the reader fail on them with a byte offset.
    bad = _CONTROL.search(text)
    if bad:
        findings.error(
            _offset_pos(rel, text, bad.start()),
            "control-character",
            f"invisible control character U+{ord(bad.group()):04X}; delete it",
        )
        return None
    return text


def _offset_pos(rel: str, text: str, index: int) -> Pos:
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return Pos(rel, line, col)


def _mark_pos(rel: str, mark: Mark | None) -> Pos:
    if mark is None:
        return Pos(rel)
    return Pos(rel, mark.line + 1, mark.column + 1)
