"""A top-level window that only staff close.

A window manager's close request (Alt+F4, a title bar's button) would leave
the waiting room with a desktop, and a visitor's session with no cover. So
the window refuses every close until staff chose Exit kiosk, and the run
ends with a non-zero status if the window goes anyway (destroyed, or its
display lost), so that a supervisor restarting on failure brings it back.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

WINDOW_LOST_EXIT: Final = 5  # the window went without staff choosing Exit kiosk


class StaffOnlyClose(QWidget):
    """Refuses close events until `allow_close`."""

    def __init__(self) -> None:
        super().__init__()
        self._may_close = False

    @property
    def may_close(self) -> bool:
        return self._may_close

    def allow_close(self) -> None:
        """Staff chose Exit kiosk (or the window hands over to another): the
        next close is accepted."""
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            event.accept()
        else:
            event.ignore()


def end_with_the_window(app: QApplication, window: StaffOnlyClose) -> None:
    """The run ends when the window goes: with status 0 only when it was
    allowed to close, WINDOW_LOST_EXIT otherwise. (Qt's own rule, quit on
    the last window closed, would end it with 0 whatever closed it; a close
    the window accepts was allowed, and whoever allowed it quits.)"""
    app.setQuitOnLastWindowClosed(False)

    def lost(*_: object) -> None:
        # A plain Python attribute: still readable when `destroyed` fires.
        if not window.may_close:
            app.exit(WINDOW_LOST_EXIT)

    window.destroyed.connect(lost)
