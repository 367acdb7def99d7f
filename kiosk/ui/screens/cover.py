"""The cover: neutral text from the bundle. It is the idle screen and the
quick-exit screen alike, so an onlooker cannot tell which happened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.widgets import TouchButton, card, label


class CoverScreen(QWidget):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("screen")
        # The cover is always in the bundle's default language: the visitor's
        # choice is forgotten with them.
        cover = ctx.bundle.cover
        layout = QVBoxLayout(self)
        self._layout = layout
        self._roomy(True)
        layout.addStretch(2)
        title = label(ctx.text(cover.title), "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = label(ctx.text(cover.text))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(text)
        if ctx.bundle.is_sample:
            note = label(self.tr("Sample content: not reviewed for use by this site."), "muted")
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(card(note, role="banner"))
        layout.addStretch(1)
        self.start_button = TouchButton(
            self.tr("Touch to start"), ctx.session.start, role="primary"
        )
        self.start_button.setObjectName("start")
        # Enter or Space on a keypad starts a visit: the window gives focus here.
        self.setFocusProxy(self.start_button)
        layout.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def _roomy(self, roomy: bool) -> None:
        margin, gap = (64, 32) if roomy else (16, 12)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(gap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A short screen (800x480) cannot spare the roomy margins: the cover's
        # text and Start keep their size and lose the space around them.
        self._roomy(True)
        self._roomy(self._layout.totalHeightForWidth(self.width()) <= self.height())
        super().resizeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A tap anywhere starts a visit, not only on the button.
        if event.button() == Qt.MouseButton.LeftButton:
            self.ctx.session.start()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.ctx.session.start()
            event.accept()
            return
        super().keyPressEvent(event)
