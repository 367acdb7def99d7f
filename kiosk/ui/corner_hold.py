"""The staff corner: hold the bottom-left corner for 3 s and staff access
opens (kiosk.ui.staff). Its own module, so the start, which must watch the
corner from the first frame, does not import the PIN pad and staff panel."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.clock_timer import ClockTimer

HOLD_MS: Final = 3000
HOLD_TICK_MS: Final = 100  # the hold is felt within a tenth of a second of 3 s
CORNER_PX: Final = 96


class CornerHold(QObject):
    """Install on the kiosk's QWindow. Emits `held` when a press stays in the
    window's bottom-left corner for HOLD_MS, measured on `clock`. The
    bottom-left is never mirrored, so it cannot collide with Quick exit in
    any language."""

    held = Signal()

    def __init__(self, window: QWidget, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._window = window
        self.timer = ClockTimer(HOLD_MS / 1000, clock, HOLD_TICK_MS, self)
        self.timer.timeout.connect(self.held)

    def in_corner(self, local: QPoint) -> bool:
        height = self._window.height()
        return 0 <= local.x() < CORNER_PX and height - CORNER_PX <= local.y() < height

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if self.in_corner(event.position().toPoint()):
                self.timer.start()
            else:
                self.timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease or (
            kind == QEvent.Type.MouseMove
            and isinstance(event, QMouseEvent)
            and self.timer.is_active()
            and not self.in_corner(event.position().toPoint())
        ):
            self.timer.stop()
        return False
