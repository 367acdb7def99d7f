"""Work that waits until a visitor can see the kiosk."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from kiosk.app.long_lived import settle
from kiosk.ui.screens import import_every_screen
from kiosk.ui.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.app.kiosk import Kiosk


class AfterFirstFrame(QObject):
    """Runs `work` once, from the event loop, right after the window's first
    frame: what the first screen does not need waits until a visitor can see
    the kiosk, and is done long before they can touch it.

    It watches the whole application, only until that frame: the first
    widget of the window to be painted may be any of them (the window itself
    gets no paint event when its children cover it), and the work is posted
    so it runs once the frame's painting is done."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)
        self._window = window
        self._work: Callable[[], None] | None = work
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._work is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            work, self._work = self._work, None
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, work)
            self.deleteLater()
        return False


def finish_start(kiosk: Kiosk) -> None:
    """The rest of the start, after the first frame: every UI language's
    catalogues (so no language choice opens a file during a visit), every
    screen's module (the start imported only the cover's and Home's),
    flinging the screens with a finger, and all of it kept out of the
    collector's full passes (kiosk.app.long_lived)."""
    kiosk.ui_language.load_all()
    import_every_screen()
    # ICU names languages in other languages (the picker's notes, a service's
    # languages): imported now, not at a visitor's first tap on one.
    import icu  # noqa: F401

    if isinstance(kiosk.window, KioskWindow):
        kiosk.window.enable_kinetic_scrolling()
    settle()  # last: what the start built stays out of later full collections
