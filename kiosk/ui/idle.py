"""Idle reset: after a quiet spell, ask "Are you still there?" with a visible
countdown (WCAG 2.2.1: at least 20 s, extendable any number of times); at
zero, forget the visitor.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.clock_timer import ClockTimer
from kiosk.ui.widgets import TouchButton, label

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


# How often the quiet spell is measured: the question comes at most this late.
IDLE_TICK_MS: Final = 500


class IdleMonitor(QObject):
    """Install on the kiosk's QWindow. Emits `idle` after `timeout_s` without
    input while `active`, measured on `clock`; pauses while the question is on
    screen."""

    idle = Signal()

    def __init__(self, timeout_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.timer = ClockTimer(timeout_s, clock, IDLE_TICK_MS, self)
        self.timer.timeout.connect(self.idle)
        self._active = False

    def set_timeout(self, timeout_s: float) -> None:
        self.timer.seconds = timeout_s

    def set_active(self, active: bool) -> None:
        self._active = active
        if active:
            self.timer.start()
        else:
            self.timer.stop()

    def hold_off(self) -> None:
        """Count again from now, as an input would (a visitor listening to
        Read aloud touches nothing for minutes)."""
        if self._active:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            self.timer.start()
        return False


class StillTherePanel(QWidget):
    """The question and its countdown. `expired` at zero; `kept` when answered."""

    expired = Signal()
    kept = Signal()

    def __init__(self, seconds: int, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.setObjectName("still_there")
        self._clock = clock
        self._deadline = clock() + seconds
        layout = QVBoxLayout(self)
        layout.setSpacing(24)
        question = label(self.tr("Are you still there?"), "title")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = label("", "heading")
        self.countdown.setObjectName("countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keep = TouchButton(self.tr("Yes, keep going"), self._keep, role="primary")
        self.keep.setObjectName("keep_going")
        self.keep.setMinimumHeight(96)
        layout.addWidget(question)
        layout.addWidget(self.countdown)
        layout.addWidget(self.keep)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._update)
        self._tick.start()
        self._update()

    @property
    def remaining_s(self) -> int:
        return max(0, math.ceil(self._deadline - self._clock()))

    def _update(self) -> None:
        remaining = self.remaining_s
        self.countdown.setText(self.tr("This screen will clear in %n second(s).", "", remaining))
        if remaining <= 0:
            self._tick.stop()
            self.expired.emit()

    def _keep(self) -> None:
        self._tick.stop()
        self.kept.emit()

    def setFocus(self) -> None:  # type: ignore[override]
        self.keep.setFocus()
