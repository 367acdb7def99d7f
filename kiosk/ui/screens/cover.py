"""The cover: neutral text from the bundle. It is the idle screen and the
quick-exit screen alike, so an onlooker cannot tell which happened.

The cover's title and text scroll, on their own, when the window is too short
for them (the longest legal cover, a 120-letter title and 600 letters of text,
at 1366x768 or 800x480); the sample note and "Touch to start" stay put under
them, and Quick exit above them in the cover's header, so neither ever needs
scrolling. Capping the text instead would have to cap it for the smallest
screen and the widest letters (a few dozen words), turning covers that are
legal today into errors. The window brings the text back to the top whenever
the cover is shown or left (`to_top`): a scroll position is a trace.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.widgets import ScrollPane, TouchButton, card, label


class CoverText(ScrollPane):
    """The cover's title and text: as tall as they are where the window has
    the room, scrolling in the room there is where it has not."""

    def __init__(self, *labels: QWidget) -> None:
        # The fling comes later (KioskWindow.enable_kinetic_scrolling): the
        # cover is built before the first frame.
        super().__init__(kinetic=False)
        self.setObjectName("cover_text")
        body = QWidget()
        # Its height is its text's at its width, which the scroll area asks
        # for; a wrapping label's minimum height is taken at a narrow width,
        # and the area would make that room and scroll when all fits.
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in labels:
            column.addWidget(widget)
        self.setWidget(body)
        self._body = body
        self._column = column
        self._width = 0

    def sizeHint(self) -> QSize:
        # Everything, at the width it has (a scroll area's own hint is a
        # fixed guess).
        body = self._body
        width = self.width() if self._width else body.sizeHint().width()
        return QSize(body.sizeHint().width(), body.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # At least a line or two in view; never more than the text needs.
        return QSize(MIN_TARGET_PX, min(self.sizeHint().height(), MIN_TARGET_PX * 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:
            # The text's height depends on the width: ask the cover again.
            self._width = event.size().width()
            self.updateGeometry()

    def set_spacing(self, gap: int) -> None:
        self._column.setSpacing(gap)

    def to_top(self) -> None:
        self.verticalScrollBar().setValue(0)


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
        layout.addStretch(2)
        title = label(ctx.text(cover.title), "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = label(ctx.text(cover.text))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_area = CoverText(title, text)
        self._roomy(True)
        layout.addWidget(self.text_area)
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

    def to_top(self) -> None:
        """Its text scrolled back to the start (see the module's note)."""
        self.text_area.to_top()

    def _roomy(self, roomy: bool) -> None:
        margin, gap = (64, 32) if roomy else (16, 12)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(gap)
        self.text_area.set_spacing(gap)  # between the title and the text, as around them

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A short screen (800x480) cannot spare the roomy margins: the cover's
        # text and Start keep their size and lose the space around them.
        self._roomy(True)
        layout = self._layout
        if layout.hasHeightForWidth():  # the sample note wraps
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        self._roomy(needed <= self.height())
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
