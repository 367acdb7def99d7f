"""Quick exit: the button, Shift pressed three times, or a panic key, from
anywhere and whatever else is open.

Shift x3 follows GOV.UK's "Exit this page": three presses of Shift alone, at
most 5 s apart; Shift with another key does not count and any other key
starts the count again. Never five presses: that opens Sticky Keys on Windows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.config import panic_key_code

SHIFT_PRESSES: Final = 3
SHIFT_WINDOW_S: Final = 5.0


def key_from_name(name: str) -> Qt.Key | None:
    """'F12' -> Qt.Key.Key_F12; None for any name not spelled exactly as Qt
    does. The same resolver as the config check (kiosk.config.panic_key_code)."""
    code = panic_key_code(name)
    return None if code is None else Qt.Key(code)


class QuickExitKeys(QObject):
    """Watches the key events of the kiosk's window. Installed on its QWindow,
    it sees each key press once, before any widget does, whatever has focus."""

    def __init__(
        self,
        trigger: Callable[[], None],
        panic_key: Qt.Key | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self._trigger = trigger
        self._panic_key = panic_key
        self._clock = clock
        self._last_shift: float | None = None
        self._count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        return self.key_pressed(event.key(), event.modifiers(), event.isAutoRepeat())

    def key_pressed(
        self, key: int, modifiers: Qt.KeyboardModifier, auto_repeat: bool = False
    ) -> bool:
        if self._panic_key is not None and key == self._panic_key:
            self._count = 0
            self._trigger()
            return True
        if key != Qt.Key.Key_Shift or auto_repeat:
            if not auto_repeat:
                self._count = 0
            return False
        if modifiers & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
            self._count = 0
            return False
        now = self._clock()
        if self._last_shift is None or now - self._last_shift > SHIFT_WINDOW_S:
            self._count = 0
        self._last_shift = now
        self._count += 1
        if self._count >= SHIFT_PRESSES:
            self._count = 0
            self._last_shift = None
            self._trigger()
        return False
