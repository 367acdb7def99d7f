"""The import report: everything the importer could not carry into the bundle.

Two kinds of entries: things an editor must look at (a phone number that is
not valid, a fax number, hours that could not be read), each on its own line,
and HSDS fields the bundle format has no place for, grouped by field with the
services that had them. Nothing is dropped without a line here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Final

from kiosk.hsds.values import one_line, shorten

SHOWN_NAMES: Final = 5
# A line quotes the directory's own values; a 5,000-digit "phone number" or a
# megabyte of field name must not become a line nobody can read.
MAX_LINE: Final = 300
REPORT_NAME: Final = "IMPORT-REPORT.txt"


@dataclass
class ImportReport:
    source: str
    attention: list[str] = field(default_factory=list)
    unmapped: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    services_read: int = 0
    resources_written: int = 0
    topics_written: int = 0
    bundle_dir: str = ""
    load_summary: str = ""

    def need(self, subject: str, message: str) -> None:
        """Something an editor must check or add by hand."""
        # Messages quote the directory's own values: keep them printable.
        line = shorten(one_line(f"{subject}: {message}" if subject else message), MAX_LINE)
        if line not in self.attention:
            self.attention.append(line)

    def not_imported(self, field_path: str, subject: str) -> None:
        """An HSDS field the bundle format has no place for."""
        names = self.unmapped[shorten(one_line(field_path), MAX_LINE)]
        subject = shorten(one_line(subject), MAX_LINE)
        if subject not in names:
            names.append(subject)

    def render(self) -> str:
        lines = [f"HSDS import report for {self.source}"]
        if self.bundle_dir:
            lines.append(f"Bundle folder: {self.bundle_dir}")
        lines.append(
            f"Read {self.services_read} service(s); wrote {self.resources_written} resource(s) "
            f"in {self.topics_written} topic(s), as a draft bundle."
        )
        if self.load_summary:
            lines.append(self.load_summary)
        lines.append("")
        lines.append(f"Needs your attention ({len(self.attention)}):")
        lines.extend(f"  - {line}" for line in self.attention)
        if not self.attention:
            lines.append("  (nothing)")
        lines.append("")
        lines.append(
            f"Not imported: {len(self.unmapped)} HSDS field(s) the bundle format has no place "
            "for (field: services that had it):"
        )
        for path in sorted(self.unmapped):
            lines.append(f"  - {path}: {_names(self.unmapped[path])}")
        if not self.unmapped:
            lines.append("  (nothing)")
        lines.append("")
        lines.append(
            "Every imported contact still needs checking before the bundle is published: "
            "run `kiosk validate`, preview with `kiosk run --windowed --bundle`, then `kiosk pack`."
        )
        return "\n".join(lines) + "\n"


def _names(names: list[str]) -> str:
    shown = ", ".join(names[:SHOWN_NAMES])
    more = len(names) - SHOWN_NAMES
    return f"{shown} and {more:,} more" if more > 0 else shown
