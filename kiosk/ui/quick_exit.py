"""Quick exit: the button, Shift pressed three times, or a panic key, from
anywhere and whatever else is open.

Shift x3 follows GOV.UK's "Exit this page": three presses of Shift alone, at
most 5 s apart; Shift with another key does not count and any other key
starts the count again. Never five presses: that opens Sticky Keys on Windows.

Every window Qt opens besides the kiosk's own (a menu, a combo box's list, a
dialog) takes the keyboard and the mouse while it is open: the platform sends
input to it, not to the kiosk's window. `OtherWindows` puts the watchers on
each such window as it gets the focus, so Quick exit works over all of them.
No stock context menu ever opens: those are eaten where they enter.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QTouchEvent, QWindow
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

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
    it sees each key press once, before any widget does, whatever has focus.

    It also eats context menu requests (a right click, the Menu key): Qt's
    stock menus (a scroll bar's "Scroll here", a text field's "Copy") would
    take the keyboard and the next tap away from Quick exit."""

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

    @classmethod
    def named(cls, trigger: Callable[[], None], panic_key: str) -> QuickExitKeys:
        """With the panic key resolved as the start checks resolved it: the
        key that passed is the key that ends a visit. A name they would
        refuse never gets this far, and is refused here too."""
        code = panic_key_code(panic_key)
        if code is None:
            raise ValueError(f"unknown panic key {panic_key!r}")
        return cls(trigger, Qt.Key(code))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind != QEvent.Type.KeyPress:
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


_MOUSE_BUTTON_EVENTS: Final = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
)


class QuickExitTaps(QObject):
    """On a window that holds the pointer (an open menu or list gets every
    press, even one outside it, and would only close itself): a press where
    the kiosk shows Quick exit is Quick exit. A right click there opens no
    menu."""

    def __init__(self, trigger: Callable[[], None], exit_at: Callable[[QPoint], bool]) -> None:
        super().__init__()
        self._trigger = trigger
        self._exit_at = exit_at

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _MOUSE_BUTTON_EVENTS and isinstance(event, QMouseEvent):
            if event.button() == Qt.MouseButton.RightButton:
                # Inside a popup Qt turns a right click into a context menu
                # for the widget under it directly, past the window: eat it.
                return True
            if kind != QEvent.Type.MouseButtonPress:
                return False
            where = event.globalPosition().toPoint()
        elif kind == QEvent.Type.TouchBegin and isinstance(event, QTouchEvent) and event.points():
            where = event.points()[0].globalPosition().toPoint()
        else:
            return False
        if not self._exit_at(where):
            return False
        self._trigger()
        return True


class OtherWindows(QObject):
    """Puts watchers on every window other than the kiosk's that gets the
    focus: menus, combo box lists and dialogs do, and from then on the
    platform sends them the keys (and, for menus and lists, every press).
    Python runs once per such window shown, not once per event. Tooltips take
    no input and need no watching; Quick exit hides them."""

    def __init__(self, own: QWidget, watchers: list[QObject]) -> None:
        # A child of the kiosk's window: when that goes, this goes with it,
        # and so does its connection to the application's focus signal.
        super().__init__(own)
        self._own = own.windowHandle
        self._watchers = watchers
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._focus_moved)

    def _focus_moved(self, window: QWindow | None) -> None:
        if window is None or window is self._own():
            return
        for watcher in self._watchers:
            # Installing again only moves a filter to the front: each event
            # still reaches it once.
            window.installEventFilter(watcher)

    def stop(self) -> None:
        if not shiboken6.isValid(self):
            return  # gone with the window, and its connection with it
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.disconnect(self._focus_moved)


def close_what_floats() -> None:
    """Popups, dialogs and tooltips: whatever Qt shows above the window
    closes with a Quick exit, after the cover is painted."""
    for getter in (QApplication.activePopupWidget, QApplication.activeModalWidget):
        widget = getter()
        while widget is not None:
            widget.close()
            if getter() is widget:
                break
            widget = getter()
    QToolTip.hideText()


def clear_clipboard() -> None:
    """The kiosk puts nothing there itself (no text can be selected), but a
    visitor's session owns the whole machine: leave nothing behind."""
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard() or clipboard.text():
        clipboard.clear()
