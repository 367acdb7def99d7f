"""The visit's look: the theme the visitor chose (contrast, text size) in the
fonts the bundle brings, put on the window only when it changes, and the way
the visitor's language reads.

Setting a style sheet again polishes every widget again, so an unchanged look
is never set twice; the cover page keeps its own look (kiosk.ui.cover_page).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.catalogues import is_right_to_left
from kiosk.session import Session
from kiosk.ui.header import Header
from kiosk.ui.theme import FONT_FAMILIES, Theme


class VisitLook:
    def __init__(self, window: QWidget, header: Header, session: Session) -> None:
        self._window = window
        self._header = header
        self._session = session
        # None until first applied, and after the bundle's fonts change.
        self.theme: Theme | None = None
        # Families of the fonts the bundle brings (kiosk.app loads them).
        self.extra_families: list[str] = []

    def use_extra_families(self, families: list[str]) -> None:
        if not families and not self.extra_families and self.theme is not None:
            # No bundle fonts before or now: the font is right as it is, and a
            # style sheet set again would polish every widget again (at start).
            return
        self.extra_families = list(families)
        self.theme = None
        self.apply()

    def direction(self) -> Qt.LayoutDirection:
        """Which way the visitor's language reads."""
        if is_right_to_left(self._session.language):
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    def apply(self) -> None:
        """Put the session's look on the window, if it is not already there."""
        theme = Theme.for_session(self._session.high_contrast, self._session.text_size)
        if theme != self.theme:
            self.theme = theme
            # The base font travels by inheritance, which costs nothing per
            # widget; a universal style sheet rule would be matched against
            # every widget of every new screen.
            font = QFont()
            font.setFamilies([*FONT_FAMILIES, *self.extra_families])
            font.setPointSize(theme.body_pt)
            self._window.setFont(font)
            # Widgets that a style sheet rule gives any font property take the
            # rest of their font from the application's, not their parent's.
            QApplication.setFont(font)
            self._window.setStyleSheet(theme.style_sheet())
            self._header.set_theme(theme)
