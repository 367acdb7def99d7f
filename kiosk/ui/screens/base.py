"""The frame every inner screen shares: a column with a title, shown in the
window's one scroll area.

The window owns that scroll area and keeps it for the whole run: a screen is
only the column inside it. Building a scroll area per screen would cost a
frame's worth of setup each time, and every `QScroller.grabGesture` call
registers a new gesture type that PySide6 never lets go of.

Long lists come in two steps: the rows a visitor can see are built before the
screen is first painted, the rest after it (`defer`), a few milliseconds'
worth per turn of the event loop, so a topic with fifty services appears as
fast as one with five and a Home of five hundred topics never keeps Quick
exit waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.theme import TARGET_GAP_PX
from kiosk.ui.widgets import card, label

# How long one turn of the event loop may spend building deferred rows: well
# inside a frame, so input (Quick exit first) is never kept waiting.
BUILD_SLICE_S: Final = 0.008


class ScrollingScreen(QWidget):
    """Subclasses add rows to `self.column`; `finish()` adds the notes that
    depend on what was shown (the language fallback)."""

    def __init__(self, ctx: ScreenContext, title: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("screen")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(32, 24, 32, 32)
        self.column.setSpacing(TARGET_GAP_PX * 2)
        self.column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = label(title, "title")
        self.title.setAccessibleName(title)
        self.column.addWidget(self.title)
        self._pending: list[Callable[[], QWidget]] = []
        self._finished = False

    def add(self, item: QWidget | QLayout) -> None:
        if isinstance(item, QLayout):
            self.column.addLayout(item)
        else:
            self.column.addWidget(item)

    def defer(self, rows: list[Callable[[], QWidget]]) -> None:
        """Rows below the first screenful: each callable builds one, after
        the screen has been painted (or at once, on `complete()`)."""
        if rows:
            if not self._pending:
                QTimer.singleShot(0, self, self._build_pending)
            self._pending.extend(rows)

    def _build_pending(self) -> None:
        # A screen already replaced (hidden, waiting to be destroyed) builds
        # nothing more: it must not take on content the visitor left behind.
        if self.isHidden():
            self._pending.clear()
            return
        until = time.monotonic() + BUILD_SLICE_S
        while self._pending and time.monotonic() < until:
            self._build_next()
        if self._pending:
            QTimer.singleShot(0, self, self._build_pending)

    def complete(self) -> None:
        """Build every deferred row now (scrolling to a place needs them)."""
        while self._pending:
            self._build_next()

    def _build_next(self) -> None:
        row = self._pending.pop(0)()
        at = self.column.count() - (1 if self._finished else 0)  # before the stretch
        self.column.insertWidget(at, row)
        # A child added to a shown widget is shown only on the event loop's
        # next turn, and a layout leaves hidden rows out: the scroll range
        # would not cover them yet.
        if self.isVisible():
            row.show()

    def forget(self) -> None:
        """Called by `kiosk.ui.window.wipe`: nothing more is built."""
        self._pending.clear()

    def finish(self) -> None:
        if self.ctx.fell_back:
            note = label(
                self.tr("Some of this page is shown in {language}.").format(
                    language=self.ctx.default_language_name()
                ),
                "muted",
            )
            note.setObjectName("fallback_note")
            self.column.insertWidget(1, card(note, role="banner"))
        self.column.addStretch(1)
        self._finished = True

    @property
    def pane(self) -> QScrollArea | None:
        """The window's scroll area while it shows this screen (the screen
        sits in its viewport)."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        return area if isinstance(area, QScrollArea) else None

    def scroll_value(self) -> int:
        pane = self.pane
        return pane.verticalScrollBar().value() if pane is not None else 0

    def restore_scroll(self, value: int) -> None:
        pane = self.pane
        if pane is None:
            return
        self.complete()
        # The scroll range follows the rows just built only once the scroll
        # area measures its widget again, which setting this (again) does.
        pane.setWidgetResizable(True)
        pane.verticalScrollBar().setValue(value)
