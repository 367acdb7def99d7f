"""Which characters the kiosk can draw, and which bundle texts it could not.

A character that no font has is drawn as an empty box, and a visitor cannot
read it. The kiosk draws with nothing but the fonts it ships
(resources/fonts/, loaded at start; its fontconfig has no font folders) and
the fonts a bundle brings in its own `fonts/` folder, so the union of those
fonts' character maps is exactly what it can draw. fontTools reads the maps:
this layer runs in the validator, without Qt.

The check walks each file's YAML tree right after it is read and reports
every value (any text a screen, a slip or the staff panel may show) with a
character outside that union: once per character and file, at its first place.
It works from the loader's reading of the file (`yamlsource.SourceFile`): the
file is not read or parsed again.

Where the shipped fonts are is the caller's knowledge (kiosk.paths): the
content layer does not know how the kiosk is installed, so every function
that needs them takes their folder.

The shipped fonts' maps are also recorded in resources/fonts/coverage.txt
(scripts/font_coverage.py writes it; tests/test_font_coverage.py recomputes it
with fontTools), so a kiosk starting up reads that instead of importing
fontTools and decoding every map: each record is used only while its font's
character map table has the recorded length and CRC-32 (that table alone is
read, a few kilobytes), and a font without a matching record is read with
fontTools as before.

Why one module of this size: the coverage record, the fonts' maps and the
walk over a file's values answer one question (can this text be drawn?) and
change together; which font files a bundle brings is kiosk.content.bundle_fonts.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kiosk.content.bundle_fonts import BUNDLE_FONTS_FOLDER, FONT_SUFFIXES, bundle_font_files
from kiosk.content.findings import Findings, Pos
from kiosk.content.nodes import Mapping, Node, Scalar, Sequence
from kiosk.content.yamlsource import SourceFile

# A packed bundle holds no member over 16 MiB (kiosk.updates.limits); the
# largest real font a bundle needs (a CJK subset) is a few MiB.
MAX_FONT_BYTES: Final = 16 * 2**20
RULE: Final = "missing-glyph"

# Characters no font has to draw: whitespace, C0/C1 controls and Unicode's
# Default_Ignorable_Code_Point set (joiners, direction marks and isolates,
# variation selectors, tags...). Text shaping consumes them or draws nothing.
# U+1680 OGHAM SPACE MARK counts as whitespace but is a visible dash.
_DEFAULT_IGNORABLE_RANGES: Final = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
# What str.isspace() calls whitespace, less U+1680, written out rather than
# found by testing 12,000 characters at every start (tests/test_font_coverage.py
# checks the two agree).
WHITESPACE: Final = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0" + "".join(
    map(chr, (*range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000))
)
NEVER_DRAWN: Final = frozenset(
    [chr(cp) for first, last in _DEFAULT_IGNORABLE_RANGES for cp in range(first, last + 1)]
    + list(WHITESPACE)
    + [chr(cp) for cp in (*range(0x20), *range(0x7F, 0xA0))]
)


_ASCII_BYTES: Final = bytes(range(128))


class FontUnreadable(Exception):
    """A font file the kiosk could not use; the message says why, for an editor."""


# --- fonts and their character maps ------------------------------------------


def shipped_font_files(folder: Path) -> list[Path]:
    """The fonts the kiosk ships (in `folder`), in the order it loads them."""
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES and p.is_file())


def shipped_characters(folder: Path) -> frozenset[str]:
    """Every character the shipped fonts in `folder` draw (read once per process)."""
    return _characters_of_folder(str(folder))


@functools.cache
def _characters_of_folder(folder: str) -> frozenset[str]:
    base = Path(folder)
    recorded = recorded_coverage(base)
    found: set[str] = set()
    added: set[str] = set()  # a bold and a regular face draw the same: add it once
    for path in shipped_font_files(base):
        record = recorded.get(path.name)
        if record is not None and record.cmap == cmap_fingerprint(path):
            if record.ranges not in added:
                added.add(record.ranges)
                record.add_to(found)
        else:
            found |= font_characters(path)
    return frozenset(found)


# --- the recorded coverage of the shipped fonts -------------------------------

COVERAGE_FILE: Final = "coverage.txt"


@dataclass(frozen=True)
class CoverageRecord:
    """One line of the coverage file: a font's character map table (its
    length and CRC-32) and, as hexadecimal ranges, what the font draws."""

    cmap: str  # "<bytes>:<crc32 in hex>", from cmap_fingerprint
    ranges: str  # "20-7E A0 ..." (first-last, or one code point)

    def add_to(self, found: set[str]) -> None:
        # Most ranges of a CJK subset are one character long.
        for token in self.ranges.split():
            first, _, last = token.partition("-")
            if last:
                found.update(map(chr, range(int(first, 16), int(last, 16) + 1)))
            else:
                found.add(chr(int(first, 16)))


def recorded_coverage(folder: Path) -> dict[str, CoverageRecord]:
    """The records of `folder`'s coverage file by font file name; {} when it
    has none or it cannot be read (every font is then read with fontTools).
    A plain text file: the kiosk reads it at every start, and no JSON or
    hashing module needs importing for it."""
    try:
        text = (folder / COVERAGE_FILE).read_text(encoding="utf-8")
    except (OSError, ValueError):
        return {}
    records: dict[str, CoverageRecord] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, _, rest = line.partition(" ")
        cmap, _, ranges = rest.partition(" ")
        records[name] = CoverageRecord(cmap, ranges)
    return records


def cmap_fingerprint(path: Path) -> str | None:
    """The length and CRC-32 of a TrueType/OpenType font's character map
    table, the only table its coverage depends on ("<bytes>:<crc32>"); None
    for anything else (a collection, a damaged or unreadable file), which is
    then read with fontTools. The record and the fonts ship together in the
    package, so this guards against a font changed without the file being
    made again, not against forgery."""
    try:
        with path.open("rb") as stream:
            head = stream.read(12)
            if len(head) < 12 or head[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
                return None
            (count,) = struct.unpack_from(">H", head, 4)
            records = stream.read(16 * count)
            for index in range(len(records) // 16):
                tag, _checksum, offset, length = struct.unpack_from(">4sIII", records, 16 * index)
                if tag == b"cmap":
                    if length > MAX_FONT_BYTES:
                        return None
                    stream.seek(offset)
                    table = stream.read(length)
                    if len(table) != length:
                        return None
                    return f"{length}:{zlib.crc32(table):08x}"
    except OSError:
        return None
    return None


def coverage_ranges(characters: Iterable[str]) -> str:
    """Characters as hexadecimal ranges: "20-7E A0 A2-A5"."""
    flat: list[int] = []
    for cp in sorted(map(ord, characters)):
        if flat and cp == flat[-1] + 1:
            flat[-1] = cp
        else:
            flat += [cp, cp]
    return " ".join(
        f"{first:X}" if first == last else f"{first:X}-{last:X}"
        for first, last in zip(flat[::2], flat[1::2], strict=True)
    )


def coverage_line(path: Path) -> str:
    """The coverage file's line for one font (read with fontTools)."""
    fingerprint = cmap_fingerprint(path)
    if fingerprint is None:
        raise FontUnreadable("no character map table the kiosk can fingerprint")
    return f"{path.name} {fingerprint} {coverage_ranges(font_characters(path))}"


def font_characters(path: Path) -> frozenset[str]:
    """The characters one font file maps to a glyph. Raises FontUnreadable."""
    # Import cost only when fonts are read; fontTools ships no type information.
    from fontTools.ttLib import TTCollection, TTFont

    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FONT_BYTES + 1)
    except OSError as exc:
        raise FontUnreadable(f"cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > MAX_FONT_BYTES:
        raise FontUnreadable(f"the font is larger than {MAX_FONT_BYTES // 2**20} MiB; subset it")
    tag = data[:4]
    if tag in (b"wOFF", b"wOF2"):
        raise FontUnreadable("this is a web font (WOFF); use the .ttf or .otf version")
    if tag not in (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf"):
        raise FontUnreadable("this is not a TrueType or OpenType font")
    try:
        # From memory, so no file stays open; lazy, so only the tables asked
        # for are parsed, and of the character map only the subtable picked.
        if tag == b"ttcf":
            faces = TTCollection(io.BytesIO(data), lazy=True).fonts
        else:
            faces = [TTFont(io.BytesIO(data), lazy=True)]
        found: set[str] = set()
        for face in faces:
            if "cmap" not in face:
                raise FontUnreadable("the font has no character map (cmap table)")
            _refuse_oversized_cmap(face.reader["cmap"])
            # Plain names by glyph number: deriving the real names (from the
            # post table, or from the cmap itself when it has none) costs
            # more than reading the map, and only glyph 0 (.notdef) matters.
            face.setGlyphOrder([f"g{gid}" for gid in range(face["maxp"].numGlyphs)])
            best = face.getBestCmap() or {}
            found.update(chr(cp) for cp, glyph in best.items() if glyph != "g0")
    except FontUnreadable:
        raise
    except Exception as exc:  # fontTools raises many kinds for a damaged file
        problem = type(exc).__name__
        raise FontUnreadable(f"the font is damaged or not supported ({problem})") from exc
    return frozenset(found)


def _refuse_oversized_cmap(data: bytes) -> None:
    """fontTools expands every range of a character map into a list; a crafted
    map of overlapping full ranges would take gigabytes. A sound map covers
    each code point at most once per subtable, so its ranges add up to at
    most the size of Unicode."""
    limit = 0x110000
    (count,) = struct.unpack_from(">H", data, 2)
    for index in range(count):
        (offset,) = struct.unpack_from(">I", data, 4 + index * 8 + 4)
        (fmt,) = struct.unpack_from(">H", data, offset)
        total = 0
        if fmt == 4:
            (seg_x2,) = struct.unpack_from(">H", data, offset + 6)
            ends = struct.unpack_from(f">{seg_x2 // 2}H", data, offset + 14)
            starts = struct.unpack_from(f">{seg_x2 // 2}H", data, offset + 16 + seg_x2)
            total = sum(max(0, end - start + 1) for start, end in zip(starts, ends, strict=True))
        elif fmt in (8, 12, 13):
            header = offset + (8204 if fmt == 8 else 12)
            (groups,) = struct.unpack_from(">I", data, header)
            if groups * 12 > len(data):
                raise FontUnreadable("the font's character map is damaged")
            for group in range(groups):
                start, end = struct.unpack_from(">II", data, header + 4 + group * 12)
                total += max(0, end - start + 1)
        if total > limit:
            raise FontUnreadable("the font's character map is damaged (overlapping ranges)")


# --- characters in text ------------------------------------------------------


def uncovered(text: str, drawable: frozenset[str]) -> list[str]:
    """The characters of `text` that would be drawn as boxes, each once, in
    order of first appearance. `drawable` comes from `drawable_characters`."""
    if drawable.issuperset(text):
        return []
    return list(dict.fromkeys(ch for ch in text if ch not in drawable))


def drawable_characters(
    shipped_fonts: Path, fonts: Iterable[frozenset[str]] = ()
) -> frozenset[str]:
    """What the kiosk can show: the shipped fonts (the folder `shipped_fonts`),
    the given extra fonts, and the characters that are never drawn at all."""
    extra = [chars for chars in fonts if chars]
    base = _shipped_or_never_drawn(str(shipped_fonts))
    return base.union(*extra) if extra else base


@functools.cache
def _shipped_or_never_drawn(folder: str) -> frozenset[str]:
    return _characters_of_folder(folder) | NEVER_DRAWN


def describe(ch: str) -> str:
    """U+1F600 '😀' (GRINNING FACE)"""
    name = unicodedata.name(ch, "") or _unnamed(ch)
    return f"U+{ord(ch):04X} '{ch}' ({name})"


def _unnamed(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Co":
        return "private use"
    if category == "Cs":
        return "lone surrogate"
    return "no name in this Python's Unicode data"


# --- the check on a bundle ---------------------------------------------------

# Values no screen shows and no slip prints, so no font needs to draw them:
# the directory's own id for a service, kept only to match its next export.
NEVER_SHOWN: Final = frozenset({"hsds_id"})


class GlyphCheck:
    """Reports the characters of a bundle's files that no font covers.

    `check` is called by the loader once per file it has read."""

    def __init__(self, findings: Findings, drawable: frozenset[str]) -> None:
        self.findings = findings
        self.drawable = drawable
        # The YAML source spells plain ASCII as is; checking it is the common
        # case and `str.isascii` is much cheaper than a set lookup per character.
        self._ascii_drawable = drawable.issuperset(map(chr, range(128)))

    @classmethod
    def for_bundle(cls, root: Path, findings: Findings, shipped_fonts: Path) -> GlyphCheck:
        """The check for the bundle at `root`, drawn with the fonts in the
        folder `shipped_fonts` and those of the bundle's own fonts/ folder."""
        extra: list[frozenset[str]] = []
        for path in bundle_font_files(root, findings):
            try:
                extra.append(font_characters(path))
            except FontUnreadable as exc:
                findings.error(
                    Pos(f"{BUNDLE_FONTS_FOLDER}/{path.name}"),
                    "bad-font",
                    f"{exc}; the kiosk cannot use this font",
                )
        return cls(findings, drawable_characters(shipped_fonts, extra))

    def check(self, source: SourceFile) -> None:
        """Report each character of this file's values that no font covers."""
        if self._file_is_drawable(source.data):
            return
        offending = self._scalars_to_report(source.node)
        if not offending:
            return
        # The walk is not in file order; report each character where it comes first.
        offending.sort(key=lambda scalar: scalar.start_mark.index)
        reported: set[str] = set()
        for scalar in offending:
            for ch in uncovered(scalar.value, self.drawable):
                if ch not in reported:
                    reported.add(ch)
                    self.findings.error(
                        _place_in_source(source, scalar, ch),
                        RULE,
                        f"no font covers {describe(ch)}; add a font to the bundle's "
                        f"{BUNDLE_FONTS_FOLDER}/ folder or remove the character",
                    )

    def _file_is_drawable(self, data: bytes) -> bool:
        """A quick proof that no value of the file needs looking at. A value's
        characters all appear literally in the file unless written as a
        backslash escape, so in a file with no backslash whose characters are
        all drawable every value is drawable. Dropping the file's ASCII bytes
        in C costs a tenth of walking its tree (measured on the
        10,000-resource benchmark). Comments and field names count here too:
        when they hold an undrawable character, the walk below decides."""
        if not self._ascii_drawable or b"\\" in data:
            return False
        try:
            beyond_ascii = data.translate(None, _ASCII_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            return False
        return self.drawable.issuperset(beyond_ascii)

    def _scalars_to_report(self, node: Node) -> list[Scalar]:
        """The values holding a character no font covers.

        It runs on every file the quick proof cannot clear (any backslash
        will do), so it is written for speed, the fastest of several forms
        measured: mapping keys (field names and language codes, checked
        elsewhere) are skipped, values are tested where they are met, with no
        call per value, and only collections go on the stack; hence the two
        copies of the inner loop."""
        drawable = self.drawable
        skip_ascii = self._ascii_drawable
        found: list[Scalar] = []
        if isinstance(node, Scalar):
            return [node] if uncovered(node.value, drawable) else []
        walked: set[int] = {id(node)}  # an alias repeats a collection; walk it once
        stack: list[Node] = [node]
        while stack:
            current = stack.pop()
            if type(current) is Mapping:
                for key, value in current.value:
                    if type(value) is Scalar:
                        text = value.value
                        if (
                            not ((skip_ascii and text.isascii()) or drawable.issuperset(text))
                            and getattr(key, "value", None) not in NEVER_SHOWN
                        ):
                            found.append(value)
                    elif id(value) not in walked:
                        walked.add(id(value))
                        stack.append(value)
            elif type(current) is Sequence:
                for value in current.value:
                    if type(value) is Scalar:
                        text = value.value
                        if not ((skip_ascii and text.isascii()) or drawable.issuperset(text)):
                            found.append(value)
                    elif id(value) not in walked:
                        walked.add(id(value))
                        stack.append(value)
        return found


# libyaml's line breaks: CR LF counts once, and CR, NEL, LS and PS count too.
_LINE_BREAK: Final = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _place_in_source(source: SourceFile, scalar: Scalar, ch: str) -> Pos:
    """The line and column of `ch` in the scalar as the file spells it: the
    scalar's marks say where it starts and ends in the text, and lines are
    counted on from its start as libyaml counts them. A character written
    as an escape such as "\\U0001F600" is reported at the value."""
    start = scalar.start_mark
    at = source.text.find(ch, start.index, scalar.end_mark.index)
    if at < 0:
        return Pos(source.rel, start.line + 1, start.column + 1)
    before = source.text[start.index : at]
    breaks = list(_LINE_BREAK.finditer(before))
    if not breaks:
        return Pos(source.rel, start.line + 1, start.column + 1 + len(before))
    return Pos(source.rel, start.line + 1 + len(breaks), len(before) - breaks[-1].end() + 1)
