"""The window's cover page: the bundle's neutral cover under its own header,
ready at all times.

It keeps the default look whatever the visitor chose, so Quick exit's flip to
it never waits for a style sheet to be applied again, and its screen is built
once per bundle installed, so showing it needs no building either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.content.on_show import ShownBundle
from kiosk.session import TextSize
from kiosk.ui.header import Header
from kiosk.ui.keypad import KeypadHint
from kiosk.ui.reading_order import reading_items
from kiosk.ui.screens.cover import CoverScreen
from kiosk.ui.theme import Theme

# The cover's look, whatever the visitor chose.
COVER_THEME: Final = Theme.for_session(False, TextSize.NORMAL)


class CoverPage(QWidget):
    def __init__(self, header: Header) -> None:
        super().__init__()
        self.setObjectName("cover_page")
        self.header = header
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(header)
        # Help and the keypad's first words on the cover, under the header.
        self.hint = KeypadHint()
        self._layout.addWidget(self.hint)
        self.screen: QWidget | None = None
        self._built_for: ShownBundle | None = None
        self._kinetic = False  # see enable_kinetic_scrolling
        self.setStyleSheet(COVER_THEME.style_sheet() + COVER_THEME.cover_style_sheet())

    def build_for(self, shown: ShownBundle, build: Callable[[], QWidget]) -> None:
        """Build the cover screen for the bundle on show, unless it is the one
        already built: it shows only the bundle's neutral cover."""
        if self._built_for is shown:
            return
        if self.screen is not None:
            self._layout.removeWidget(self.screen)
            self.screen.deleteLater()
        self.screen = build()
        self._layout.addWidget(self.screen, 1)
        self._built_for = shown
        if self._kinetic:
            self._fling()

    def panel_top(self, width: int) -> int:
        """How far down a panel starts: below the header, where Quick exit
        stays within reach (measured at the window's width, see VisitPage)."""
        return max(self.header.heightForWidth(width), self.header.sizeHint().height())

    def reading_items(self) -> list[QWidget]:
        """What the keypad moves through on this page."""
        return reading_items(self)

    def to_top(self) -> None:
        """Quick exit shows the cover as it was left: at the top."""
        if isinstance(self.screen, CoverScreen):
            self.screen.to_top()

    def enable_kinetic_scrolling(self) -> None:
        """A finger flings the cover's text from now on (this cover and every
        one built later)."""
        self._kinetic = True
        self._fling()

    def _fling(self) -> None:
        # One grab per cover, and a cover is built once per bundle installed.
        if isinstance(self.screen, CoverScreen):
            self.screen.text_area.enable_kinetic_scrolling()
