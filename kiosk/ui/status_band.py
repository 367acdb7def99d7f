"""The calm line under the header that says the content is not this site's
published content (a sample bundle, or a draft).

It sits in the window's visit page, outside the scrolling column, so it is on
screen whatever the visitor scrolls to. It is never on the cover page: the
cover must look the same whether a visit ended or never began.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.content.model import BundleStatus
from kiosk.session import Session
from kiosk.ui.widgets import label


def status_message(status: BundleStatus) -> str:
    """What the band says for a bundle of this status ("" for a published
    one); Read aloud reads the same words first."""
    if status is BundleStatus.SAMPLE:
        return QCoreApplication.translate(
            "StatusBand",
            "Sample content. This site has not reviewed it: ask staff before relying on it.",
        )
    if status is BundleStatus.DRAFT:
        return QCoreApplication.translate(
            "StatusBand",
            "Draft content, not yet published by this site: ask staff before relying on it.",
        )
    return ""


class StatusBand(QFrame):
    def __init__(self, session: Session, parent: QWidget) -> None:
        # Made with its parent: shown before it had one, it would be a window.
        super().__init__(parent)
        self.setObjectName("status_band")
        self.session = session
        self.text = label("")
        self.text.setObjectName("status_band_text")
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.text)
        self.set_compact(False)
        self.refresh()

    def set_compact(self, compact: bool) -> None:
        """Thinner in a short window (see kiosk.ui.window.SHORT_WINDOW_PX):
        the words stay whole and at the visitor's size; only the space around
        them goes."""
        # Lined up with the screens' column (kiosk.ui.screens.base).
        margin = 4 if compact else 10
        self._layout.setContentsMargins(32, margin, 32, margin)

    def message(self) -> str:
        """What the band says for the bundle on show ("" for a published one)."""
        return status_message(self.session.bundle.status)

    def refresh(self) -> None:
        """Follow the bundle on show and the interface language."""
        text = self.message()
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.setVisible(bool(text))
