"""The window's visit page: the header, the status band, Read aloud's bar
when it is used, the keypad's hint and one scroll area whose column is the
screen the visitor is at.

It holds the screen it is given; which screen that is, and when the old one
is wiped, is the window's sequence (kiosk.ui.window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.session import Session
from kiosk.ui.header import Header
from kiosk.ui.keypad import KeypadHint
from kiosk.ui.reading_order import reading_items
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.status_band import StatusBand
from kiosk.ui.widgets import ScrollPane

if TYPE_CHECKING:
    from kiosk.ui.speech import SpeechBar


class VisitPage(QWidget):
    def __init__(self, session: Session, header: Header) -> None:
        super().__init__()
        self.setObjectName("visit_page")
        self.session = session
        self.header = header
        # Read aloud's bar under the header, made at its first use.
        self._speech_bar: SpeechBar | None = None
        # Sample or draft content says so under the header, out of the scrolling.
        self.status_band = StatusBand(session, self)
        # One scroll area for the whole run; each screen is the column in it.
        self.screen_area = ScrollPane(kinetic=False)  # see KioskWindow.enable_kinetic_scrolling
        self.screen_area.setObjectName("screen_area")
        self.screen_area.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._swapping = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(header)
        self._layout.addWidget(self.status_band)
        # Help and the keypad's first words, under the header.
        self.hint = KeypadHint()
        self._layout.addWidget(self.hint)
        self._layout.addWidget(self.screen_area, 1)
        self.screen: QWidget | None = None

    def place(self, screen: QWidget | None) -> None:
        """Put a screen in the scroll area (shown now, not on the next pass of
        the event loop: after a quick exit the cover must be what the very
        next paint draws), at the top; the old one comes out hidden."""
        # Moving screens in and out moves the scroll bar; that is no visitor
        # scrolling, and the new place must not remember it. (Blocking the
        # bar's signals would also keep the scroll area from moving the new
        # screen to the top.)
        self._swapping = True
        try:
            self.screen = screen
            old = self.screen_area.takeWidget()
            if old is not None:
                old.hide()
            if screen is not None:
                self.screen_area.setWidget(screen)
                self.screen_area.verticalScrollBar().setValue(0)
        finally:
            self._swapping = False

    def _scrolled(self, value: int) -> None:
        if not self._swapping and self.screen is not None:
            self.session.remember_scroll(value)

    def panel_top(self, width: int) -> int:
        """How far down a panel starts: it leaves the header uncovered (Quick
        exit) and the status band too (a panel over sample content is still
        over sample content). Both are measured at the window's width: in a
        narrow window the header's buttons wrap onto two lines and it grows."""
        header = self.header
        top = max(header.heightForWidth(width), header.sizeHint().height())
        band = self.status_band
        if not band.isHidden():
            # Its wrapped height at the window's width (a long line at the
            # largest text size takes two).
            height = band.heightForWidth(width)
            top += height if height > 0 else band.sizeHint().height()
        return top

    def reading_items(self) -> list[QWidget]:
        """What the keypad moves through on this page."""
        if isinstance(self.screen, ScrollingScreen):
            self.screen.complete()  # rows still to be built are items too
        return reading_items(self)

    @property
    def has_speech_bar(self) -> bool:
        return self._speech_bar is not None

    def speech_bar(self) -> SpeechBar:
        """Read aloud's bar, under the header; made (and its module imported)
        at the first press, never for a visitor who does not use it."""
        if self._speech_bar is None:
            from kiosk.ui.speech import SpeechBar

            self._speech_bar = SpeechBar(self)
            self._layout.insertWidget(1, self._speech_bar)
        return self._speech_bar

    def forget_speech(self) -> None:
        """Empty Read aloud's bar, if it was ever made."""
        if self._speech_bar is not None:
            self._speech_bar.forget()
