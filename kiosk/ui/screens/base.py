"""The frame every inner screen shares: a scrolling column with a title."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.theme import TARGET_GAP_PX
from kiosk.ui.widgets import ScrollPane, card, label


class ScrollingScreen(QWidget):
    """Subclasses add rows to `self.column`; `finish()` adds the notes that
    depend on what was shown (the language fallback)."""

    def __init__(self, ctx: ScreenContext, title: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("screen")
        body = QWidget()
        body.setObjectName("screen_body")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(32, 24, 32, 32)
        self.column.setSpacing(TARGET_GAP_PX * 2)
        self.column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = label(title, "title")
        self.title.setAccessibleName(title)
        self.column.addWidget(self.title)
        self.pane = ScrollPane(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pane)

    def add(self, item: QWidget | QLayout) -> None:
        if isinstance(item, QLayout):
            self.column.addLayout(item)
        else:
            self.column.addWidget(item)

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

    def scroll_value(self) -> int:
        return self.pane.verticalScrollBar().value()

    def restore_scroll(self, value: int) -> None:
        self.pane.verticalScrollBar().setValue(value)
