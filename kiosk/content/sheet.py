"""The translators' spreadsheet: a CSV file any spreadsheet opens right.

One row a text: its key (kiosk.content.texts), where it is, the text in the
bundle's default language, its current translation (the cell a translator
fills) and a note. The column names carry the two language codes, so an
import knows which language it brings: `id, file:line, en, es, note`.

Written as UTF-8 with a byte order mark, the sign Excel and LibreOffice
need to read UTF-8 rather than the computer's old code page, with the csv
module's quoting (RFC 4180: cells with commas, quotes or line breaks are
quoted) and CRLF line ends. Read back whatever a spreadsheet saves: with or
without the mark, CRLF or LF, commas, semicolons or tabs; a file saved as
UTF-16 or in an old code page is refused with what to do instead.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from kiosk.content.texts import TextSlot

ID: Final = "id"
WHERE: Final = "file:line"
NOTE: Final = "note"
SAVE_AS: Final = 'save it as "CSV UTF-8" (comma-separated) and import it again'


class SheetError(Exception):
    """The file cannot be read as a translation sheet; nothing was imported."""


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One row as the translator returned it. `row` is its number in a
    spreadsheet (the column names are row 1; a cell with line breaks is one
    row however many lines it takes in the file)."""

    row: int
    key: str
    default: str
    translation: str


@dataclass(frozen=True, slots=True)
class Sheet:
    default_language: str
    language: str
    rows: list[SheetRow]


def header(default_language: str, language: str) -> list[str]:
    return [ID, WHERE, default_language, language, NOTE]


def write_sheet(slots: Iterable[TextSlot], default_language: str, language: str) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)  # the excel dialect: RFC 4180 quoting, CRLF
    writer.writerow(header(default_language, language))
    for slot in slots:
        writer.writerow(
            [
                slot.key,
                f"{slot.file}:{slot.pos.line}",
                slot.default,
                slot.texts.get(language, ""),
                _note(slot),
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def _note(slot: TextSlot) -> str:
    about = f"{slot.description}. " if slot.description else ""
    return f"{about}Up to {slot.max_length} characters."


def read_sheet(data: bytes, name: str) -> tuple[list[str], list[SheetRow]]:
    """The column names and the rows of a saved sheet. Raises SheetError."""
    text = _decode(data, name)
    table = _parse(text, name)
    if not table:
        raise SheetError(f"{name}: the file is empty; export the texts again")
    names, rows = table[0], table[1:]
    found = [cell.strip() for cell in _trimmed(names)]
    if len(found) != 5 or found[0] != ID or found[1] != WHERE or found[4] != NOTE:
        raise SheetError(
            f"{name} row 1: the first row must name the columns id, file:line, <default "
            f"language>, <language>, note, as `kiosk translate export` writes them; "
            f"found: {', '.join(found) or 'nothing'}"
        )
    kept = [
        (number, cells) for number, cells in enumerate(rows, 2) if any(c.strip() for c in cells)
    ]
    return found, [_row(number, cells, name) for number, cells in kept]


def _row(number: int, cells: list[str], name: str) -> SheetRow:
    cells = _trimmed(cells)
    if len(cells) < 4:
        raise SheetError(
            f"{name} row {number}: this row has {len(cells)} cell{'s' * (len(cells) != 1)}, "
            "expected 5 (id, file:line, the two texts, note); was a column deleted?"
        )
    return SheetRow(number, cells[0].strip(), normalised(cells[2]), normalised(cells[3]))


def normalised(cell: str) -> str:
    """A cell's text as the validator reads a YAML text: one kind of line
    break (spreadsheets write CRLF or CR), no surrounding blanks."""
    return cell.replace("\r\n", "\n").replace("\r", "\n").strip()


def _trimmed(cells: list[str]) -> list[str]:
    """Without the empty cells a spreadsheet may add after the last column."""
    end = len(cells)
    while end > 5 and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _decode(data: bytes, name: str) -> str:
    head = data[:1000]
    # UTF-16 without its mark: every other byte of Latin text is zero.
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(0) * 4 >= len(head) > 0:
        raise SheetError(f'{name}: the file was saved as UTF-16 ("Unicode text"); {SAVE_AS}')
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SheetError(
            f"{name}:{line}: byte 0x{data[exc.start]:02x} is not UTF-8: the file was saved in "
            f"another encoding (Latin-1 or Windows-1252?); {SAVE_AS}"
        ) from None
    if "\x00" in text:
        raise SheetError(f"{name}: the file holds NUL characters; {SAVE_AS}")
    return text


def _parse(text: str, name: str) -> list[list[str]]:
    """The rows, in the delimiter the first row uses (a spreadsheet set to a
    language that writes decimal commas saves with semicolons)."""
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[str]] = []
    try:
        for cells in reader:
            rows.append(cells)
    except csv.Error as exc:
        row = len(rows) + 1
        raise SheetError(f"{name} row {row}: not a readable CSV row ({exc}); {SAVE_AS}") from None
    return rows
