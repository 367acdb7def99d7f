"""What mapping one HSDS service works with: the service as found, the
import's settings, and what the mapping of one service collects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from kiosk.hsds.report import ImportReport
from kiosk.hsds.texts import Words
from kiosk.hsds.usage import IdAllocator, Usage
from kiosk.hsds.values import Record, is_placeholder, text

# The loader's limits (kiosk.content.format), so an import never writes a
# text the loader would refuse.
TEXT_LIMITS: Final = {
    "name": 200,
    "description": 5000,
    "cost": 500,
    "eligibility": 1000,
    "by": 200,
    "source": 500,
}


@dataclass
class ServiceInput:
    """A service as found in the input, with where it was (for messages)."""

    record: Record
    where: str
    kind: str = "service"  # or "organization": an organization listed without services
    pre_used: list[tuple[Record, str]] = field(default_factory=list)
    # The record the report's field names refer to, when `record` was made from it.
    origin: Record | None = None


@dataclass
class Term:
    key: str
    title: str


@dataclass
class ResourcePlan:
    id: str
    name: str
    data: dict[str, Any]
    terms: list[Term] = field(default_factory=list)


@dataclass
class MapContext:
    region: str
    language: str
    words: Words | None
    today: date
    source_label: str
    report: ImportReport
    terms: dict[str, Record] = field(default_factory=dict)
    ids: IdAllocator = field(default_factory=lambda: IdAllocator("service"))
    # A refresh: the directory's id -> the resource id the bundle gave it.
    fixed_ids: dict[str, str] = field(default_factory=dict)
    # Service ids the input lists more than once.
    duplicate_ids: set[str] = field(default_factory=set)


@dataclass
class Found:
    """What mapping one service collects: problems for the report, fields used."""

    ctx: MapContext
    usage: Usage
    name: str
    problems: list[str] = field(default_factory=list)
    phone_languages: list[tuple[Record, str]] = field(default_factory=list)

    def lang(self, value: str) -> dict[str, str]:
        return {self.ctx.language: value}

    def text_field(
        self, data: dict[str, Any], target: str, record: Record, key: str, where: str
    ) -> None:
        value = text(record, key, where)
        if value is None:
            return
        self.usage.use(record, key)
        if is_placeholder(value, key):
            self.problems.append(f"{key} '{value}' looks like a placeholder: not imported")
        elif len(value) > TEXT_LIMITS[target]:
            self.problems.append(
                f"{key} is {len(value)} characters, more than the {TEXT_LIMITS[target]} a "
                f"bundle allows: not imported, write a shorter one by hand"
            )
        else:
            data[target] = self.lang(value)
