"""The staff panel's list of UI languages: for each catalogue the kiosk
ships, whether a native speaker has reviewed it. Staff should know that a
language's safety texts (Quick exit, About, "Not verified") are a draft
before they send a visitor to it. The facts come from kiosk.translation_status."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.translation_status import CatalogueStatus, Review, bundle_code
from kiosk.ui.context import language_name
from kiosk.ui.widgets import label


class TranslationStatusList(QWidget):
    """A heading and one line per catalogue: "Soomaali (so): drafted, needs native review"."""

    def __init__(self, statuses: Iterable[CatalogueStatus]) -> None:
        super().__init__()
        self.setObjectName("translation_status")
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(label(self.tr("Interface languages"), "heading"))
        self.lines: list[str] = []
        for status in statuses:
            code = bundle_code(status.catalogue)
            text = self.tr("{language} ({code}): {review}").format(
                language=language_name(code), code=code, review=self.review(status)
            )
            line = label(text, "muted")
            line.setObjectName("catalogue_status")
            rows.addWidget(line)
            self.lines.append(text)

    def review(self, status: CatalogueStatus) -> str:
        if status.review is Review.SOURCE:
            return self.tr("source text")
        if status.review is Review.REVIEWED and status.reviewed_on is not None:
            return self.tr("reviewed by a native speaker on {date}").format(
                date=status.reviewed_on.isoformat()
            )
        return self.tr("drafted, needs native review")
