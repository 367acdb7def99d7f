"""What translators need from a bundle: the texts a language lacks, a sheet
of texts to translate, and a returned sheet checked row by row before any
of it is written back (kiosk.content.translation_writer writes it).

A row is refused, and said so with its key, when its default-language text
is no longer the bundle's (the text changed after the export: the
translation may say something the text no longer does), when its key names
no text, when it is given twice, or when the translation could not be shown
(too long, a control character). An empty translation cell is skipped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from kiosk.content.model import Bundle
from kiosk.content.sheet import SheetError, SheetRow, read_sheet
from kiosk.content.texts import TextSlot, bundle_texts, content_files
from kiosk.content.visible import text_problem

SHOWN_AROUND: Final = 30  # characters shown each side of where a text changed


class LanguageError(Exception):
    """The language asked for is not one the bundle can be translated into."""


def check_language(bundle: Bundle, language: str) -> None:
    if language == bundle.default_language:
        raise LanguageError(
            f"'{language}' is the bundle's default language, the one every text is "
            "written in; name a language to translate into"
        )
    if language not in bundle.languages:
        others = ", ".join(code for code in bundle.languages if code != bundle.default_language)
        raise LanguageError(
            f"'{language}' is not one of the bundle's languages ({', '.join(bundle.languages)}); "
            + (f"translate into {others}, or " if others else "")
            + f"add '{language}' to languages in bundle.yaml first"
        )


def texts_of(root: Path, bundle: Bundle) -> list[TextSlot]:
    """Every text of the bundle at `root` (which loaded without errors), in file order."""
    return bundle_texts(root, content_files(root), bundle.default_language)


def missing(slots: list[TextSlot], language: str) -> list[TextSlot]:
    return [slot for slot in slots if language not in slot.texts]


@dataclass
class ImportPlan:
    """A returned sheet, checked: the texts to write by file, and why each
    refused row was refused (one line each, naming the row's key)."""

    language: str
    by_file: dict[str, list[tuple[TextSlot, str]]] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    empty: int = 0
    unchanged: int = 0

    @property
    def count(self) -> int:
        return sum(len(texts) for texts in self.by_file.values())


def plan_import(slots: list[TextSlot], bundle: Bundle, data: bytes, name: str) -> ImportPlan:
    """Check a returned sheet against the bundle's texts. Raises SheetError
    for a file that is not a sheet of this bundle (nothing is imported)."""
    columns, rows = read_sheet(data, name)
    if columns[2] != bundle.default_language:
        raise SheetError(
            f"{name} row 1: the third column holds '{columns[2]}' texts, but the bundle's "
            f"default language is '{bundle.default_language}'; is this a sheet of "
            "another bundle?"
        )
    try:
        check_language(bundle, columns[3])
    except LanguageError as exc:
        raise SheetError(f"{name} row 1: the fourth column's language: {exc}") from None
    plan = ImportPlan(columns[3])
    by_key = {slot.key: slot for slot in slots}
    first_row: dict[str, int] = {}
    by_file: dict[str, list[tuple[TextSlot, str]]] = defaultdict(list)
    for row in rows:
        slot = by_key.get(row.key)
        reason = _refusal(row, slot, first_row, bundle.default_language, plan.language)
        first_row.setdefault(row.key, row.row)
        if reason is not None:
            plan.refused.append(f"{name} row {row.row}: {row.key or '(no id)'}: {reason}")
        elif not row.translation:
            plan.empty += 1
        elif slot is not None and slot.texts.get(plan.language) == row.translation:
            plan.unchanged += 1
        elif slot is not None:
            by_file[slot.file].append((slot, row.translation))
    plan.by_file = dict(by_file)
    return plan


def _refusal(
    row: SheetRow,
    slot: TextSlot | None,
    first_row: dict[str, int],
    default: str,
    language: str,
) -> str | None:
    if slot is None:
        return (
            "no text of the bundle has this id (moved, removed or mistyped?); "
            "export the texts again"
        )
    if row.key in first_row:
        return f"this id is also on row {first_row[row.key]}; keep one of the rows"
    if row.default != slot.default:
        was, now = _changed(row.default, slot.default), _changed(slot.default, row.default)
        return (
            f"the '{default}' text changed since the export: it was {was}, it is now {now}; "
            "translate the new text (export again)"
        )
    if not row.translation:
        return None
    if len(row.translation) > slot.max_length:
        return (
            f"the '{language}' text is {len(row.translation)} characters, more than "
            f"{slot.max_length}; shorten it"
        )
    problem = text_problem(row.translation)
    if problem is not None:
        return f"the '{language}' text: {problem[1]}"
    return None


def _changed(text: str, other: str) -> str:
    """`text` around where it first differs from `other`, quoted."""
    at = next((i for i, (a, b) in enumerate(zip(text, other, strict=False)) if a != b), None)
    if at is None:
        at = min(len(text), len(other))
    start = max(0, at - SHOWN_AROUND)
    end = at + SHOWN_AROUND
    before = "…" if start else ""
    after = "…" if end < len(text) else ""
    return f'"{before}{text[start:end]}{after}"'
