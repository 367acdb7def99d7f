"""A single-shot timer that measures time on a clock it is given.

The staff corner and the idle reset wait seconds; a QTimer would wait them in
real time, tests included. This one reads its clock (time.monotonic in the
kiosk) on a short tick, so a test moves its own clock on and sees the result
within one tick, and `check()` looks at once without waiting at all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal


class ClockTimer(QObject):
    """Emits `timeout` once `seconds` have passed on `clock` since `start()`.
    `tick_ms` is how often the clock is read: how late, at most, it fires."""

    timeout = Signal()

    def __init__(
        self,
        seconds: float,
        clock: Callable[[], float],
        tick_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._clock = clock
        self._started: float | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self.check)

    def start(self) -> None:
        """(Re)start the wait from now."""
        self._started = self._clock()
        self._tick.start()

    def stop(self) -> None:
        self._started = None
        self._tick.stop()

    def is_active(self) -> bool:
        return self._started is not None

    def check(self) -> None:
        """Fire now if the time is up (the tick calls this)."""
        if self._started is not None and self._clock() - self._started >= self.seconds:
            self.stop()
            self.timeout.emit()
