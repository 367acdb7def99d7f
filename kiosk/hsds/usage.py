"""Which HSDS fields an import used, so that every other field is reported.

The mapper marks each (record, field) it carried into the bundle or reported
on; afterwards everything else that holds a value is listed in the report as
not imported. Nothing is dropped without a line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from kiosk.hsds.values import Record


class Usage:
    def __init__(self) -> None:
        self._used: set[tuple[int, str]] = set()
        # Keep the records alive: ids of freed objects could be reused.
        self._records: list[Record] = []

    def use(self, record: Record, *keys: str) -> None:
        self._records.append(record)
        for key in keys:
            self._used.add((id(record), key))

    def use_all(self, pairs: Iterable[tuple[Record, str]]) -> None:
        for record, key in pairs:
            self.use(record, key)

    def use_tree(self, record: Record) -> None:
        """Everything in `record`: it was reported, or said again what was imported."""
        stack: list[Any] = [record]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                self.use(value, *value.keys())
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)

    def is_used(self, record: Record, key: str) -> bool:
        return (id(record), key) in self._used

    def unmapped_fields(self, record: Record, prefix: str) -> Iterator[str]:
        """Dotted paths of the fields with a value that nothing used. Inside a
        used list or object, each field is looked at in turn."""
        for key, value in record.items():
            if key == "id" or key.endswith("_id") or _empty(value):
                continue  # links between tables: no information of their own
            path = f"{prefix}.{key}"
            if not self.is_used(record, key):
                yield path
            elif isinstance(value, dict):
                yield from self.unmapped_fields(value, path)
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, dict):
                        yield from self.unmapped_fields(item, path)


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict)):
        return not value
    return False


class IdAllocator:
    """Unique ids in the bundle's format (lowercase letters, digits, hyphens)."""

    def __init__(self, fallback: str) -> None:
        self._taken: set[str] = set()
        self._fallback = fallback

    def reserve(self, taken: str) -> None:
        """An id already in use (a bundle's own, an exported resource id)."""
        self._taken.add(taken)

    def is_taken(self, candidate: str) -> bool:
        return candidate in self._taken

    def allocate(self, title: str) -> str:
        base = slug(title) or self._fallback
        candidate, counter = base, 1
        while candidate in self._taken:
            counter += 1
            suffix = f"-{counter}"
            candidate = base[: 64 - len(suffix)].rstrip("-") + suffix
        self._taken.add(candidate)
        return candidate


def slug(title: str, limit: int = 56) -> str:
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    # An apostrophe joins a word ("Women's" is "womens", not "women-s"); a
    # curly one is already gone with the other non-ASCII characters.
    ascii_text = ascii_text.replace("'", "").replace("`", "")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:limit].rstrip("-")
