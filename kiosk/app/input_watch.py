"""Where the kiosk watches input: the window's own QWindow."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget


class WindowInput:
    """Filters installed on the window's QWindow, which sees each key and
    touch once before any widget. (A filter on the whole application would
    run Python for every event Qt sends anywhere, and slow every screen
    change several times over.) `attach` again whenever the native window is
    recreated, as setWindowFlags does; `detach` removes exactly the filters
    `attach` installed."""

    def __init__(self) -> None:
        self._watched: QWindow | None = None
        self._filters: list[QObject] = []

    def attach(self, window: QWidget, filters: list[QObject]) -> None:
        """Install `filters`, in this order: Qt runs the last one first."""
        self.detach()
        handle = window.windowHandle()
        if handle is None:
            window.winId()  # creates the native window and its handle
            handle = window.windowHandle()
        for watcher in filters:
            handle.installEventFilter(watcher)
        self._watched, self._filters = handle, filters

    def detach(self) -> None:
        if self._watched is not None:
            for watcher in self._filters:
                self._watched.removeEventFilter(watcher)
        self._watched, self._filters = None, []
