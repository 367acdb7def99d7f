"""Keypad navigation in the EZ Access model, for visitors who cannot read
the screen: Up and Down move through every item of the screen in reading
order (texts too, not only buttons), Enter chooses, Back goes back, Help
says what the screen is and how to use the keys. An ordinary USB keypad or
keyboard sends these keys (kiosk.keypad_keys, docs/keypad.md).

The item the navigator lands on gets Qt's own keyboard focus, a text as much
as a button: Qt's accessibility then reports the focus to AT-SPI with the
item's name, as it does for any focused control. Texts keep their focus
policy (NoFocus), so a tap never focuses a text and Tab alone would skip
them; the navigator gives them the focus directly.

Speech hooks on the two signals: `landed` (the item and what it says, from
kiosk.ui.reading_order) and `help_requested` (the help text shown on screen).
Enter (Return or the number pad's Enter) on a button clicks it, exactly as a
tap does; on a text it says the text again.

Where the visitor was is forgotten with them: Quick exit and the idle reset
call `forget()`, which drops the item, hides the ring and empties the hint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.keypad_keys import KEYPAD_KEYS, KeypadAction
from kiosk.qt_key_names import QT_KEY_CODES
from kiosk.session import Panel, Screen
from kiosk.ui.reading_order import NOT_AN_ITEM, bring_into_view, item_text
from kiosk.ui.theme import FOCUS_BAND_PX, Theme
from kiosk.ui.widgets import card, label


def keys_help() -> str:
    return QCoreApplication.translate(
        "Keypad",
        "Press Down or Up to move from item to item, Enter to choose an item, Back to go "
        "back and Help to have this explained again. To leave at once, press Shift three "
        "times or choose Quick exit.",
    )


def cover_help() -> str:
    """Said when a visitor starts using the keypad on the cover, in the
    bundle's default language (the cover's)."""
    return " ".join(
        (
            QCoreApplication.translate(
                "Keypad",
                "This kiosk has information and places that can help. Press Enter to start.",
            ),
            keys_help(),
            QCoreApplication.translate(
                "Keypad", "For another language, press Enter to start, then choose Change language."
            ),
        )
    )


def screen_help(screen: Screen, panel: Panel) -> str:
    """What the screen is, then how to use the keys."""
    if screen is Screen.COVER and panel is Panel.NONE:
        return cover_help()
    if panel is not Panel.NONE:
        about = QCoreApplication.translate(
            "Keypad", "A message is open over the page. Choose one of its buttons."
        )
    else:
        about = {
            Screen.HOME: QCoreApplication.translate(
                "Keypad", "This is the start page. It lists the topics: choose one to read it."
            ),
            Screen.TOPIC: QCoreApplication.translate(
                "Keypad",
                "This page answers questions about one topic, then lists places that can help.",
            ),
            Screen.RESOURCE: QCoreApplication.translate(
                "Keypad",
                "This page says how to reach one place that can help: phone numbers, hours and "
                "address. You can add it to your slip and print it.",
            ),
            Screen.LANGUAGE: QCoreApplication.translate(
                "Keypad", "On this page you choose the language of the kiosk."
            ),
            Screen.DISPLAY: QCoreApplication.translate(
                "Keypad", "On this page you choose the text size and the contrast."
            ),
            Screen.ABOUT: QCoreApplication.translate(
                "Keypad", "This page says what the kiosk keeps and how its information is checked."
            ),
            Screen.SLIP: QCoreApplication.translate(
                "Keypad", "This page shows your slip: the places you chose, to print and take away."
            ),
        }[screen]
    return f"{about} {keys_help()}"


class FocusRing(QWidget):
    """Two bands around the item the keypad is on, drawn over the window
    (never clipped by the item's parents), cut to the part of the screen the
    item is seen in: it never covers the header when the item is scrolled
    under it. Its mask is the ring alone, so taps and paint pass through the
    middle. Each band is FOCUS_BAND_PX thick, in the theme's ring colours."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self.setProperty(NOT_AN_ITEM, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._ring = QRect()  # the whole ring, in window coordinates
        self._colours = (QColor(), QColor())
        self.hide()

    @property
    def target(self) -> QWidget | None:
        return (
            self._target if self._target is not None and shiboken6.isValid(self._target) else None
        )

    def follow(self, target: QWidget, theme: Theme) -> None:
        self.drop()
        self._colours = (QColor(theme.palette.ring_inner), QColor(theme.palette.ring_outer))
        self._target = target
        # The item moves when it or anything it sits in moves (a scroll moves
        # the scroll area's content): each of those is watched until the ring
        # moves on.
        widget: QWidget | None = target
        while widget is not None and widget is not self._window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.place()

    def drop(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        self._target = None
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        elif kind in (QEvent.Type.Hide, QEvent.Type.DeferredDelete):
            self.drop()
        return False

    def place(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        reach = 2 * FOCUS_BAND_PX
        inner = QRect(target.mapTo(self._window, target.rect().topLeft()), target.size())
        ring = inner.adjusted(-reach, -reach, reach, reach)
        seen = self._window.rect()
        parent = target.parentWidget()
        while parent is not None and parent is not self._window:
            if isinstance(parent, QAbstractScrollArea):
                port = parent.viewport()
                seen &= QRect(port.mapTo(self._window, port.rect().topLeft()), port.size())
            parent = parent.parentWidget()
        shown = ring & seen
        if shown.isEmpty():
            self.hide()
            return
        self._ring = ring
        self.setGeometry(shown)
        hole = QRegion(inner.translated(-shown.topLeft()))
        self.setMask(QRegion(ring.translated(-shown.topLeft())) - hole)
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        ring = self._ring.translated(-self.geometry().topLeft())
        inner_colour, outer_colour = self._colours
        painter.fillRect(ring, outer_colour)
        band = FOCUS_BAND_PX
        painter.fillRect(ring.adjusted(band, band, -band, -band), inner_colour)
        painter.end()


class KeypadHint(QFrame):
    """The help text on screen, under the header: what Help says, and on the
    cover how to use the keypad. Hidden and empty until asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.text = label("")
        self.text.setObjectName("keypad_hint_text")
        inner = card(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(inner)
        self.setObjectName("keypad_hint")
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.show()

    def forget(self) -> None:
        """Called by kiosk.ui.window.wipe too."""
        self.text.setText("")
        self.hide()


_ACTIONS: Final = {QT_KEY_CODES[name]: action for name, action in KEYPAD_KEYS.items()}
_CHORD: Final = (
    Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.MetaModifier
)
_TEXT_INPUTS: Final = (QLineEdit, QAbstractSpinBox, QComboBox)
# What a key means in a text field: these stay the field's.
_TYPING_KEEPS: Final = (KeypadAction.BACK, KeypadAction.HELP, KeypadAction.LEFT, KeypadAction.RIGHT)
_PRESSABLE: Final = (QAbstractButton, *_TEXT_INPUTS)


class KeypadNavigator(QObject):
    # The keypad landed on an item: the item and what it says (speech reads it).
    landed = Signal(QWidget, str)
    # Help was asked for (or the keypad first used on the cover): the text shown.
    help_requested = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        items: Callable[[], list[QWidget]],
        help_text: Callable[[], str],
        hint: Callable[[], KeypadHint],
        back: Callable[[], None],
        on_cover: Callable[[], bool],
        theme: Callable[[], Theme],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._items = items
        self._help_text = help_text
        self._hint = hint
        self._back = back
        self._on_cover = on_cover
        self._theme = theme
        self._current: QWidget | None = None
        self._introduced = False  # the cover said how to use the keypad
        self.ring = FocusRing(window)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    @property
    def current(self) -> QWidget | None:
        """The item the keypad is on (None before the first key, and after a reset)."""
        current = self._current
        return current if current is not None and shiboken6.isValid(current) else None

    def act(self, action: KeypadAction) -> None:
        if action is KeypadAction.BACK:
            self._back()
            return
        if self._on_cover() and not self._introduced:
            # The first keypad key on the cover says how to use the keypad.
            self._introduced = True
            self.help()
            return
        if action is KeypadAction.HELP:
            self.help()
            return
        forward = action in (KeypadAction.NEXT, KeypadAction.RIGHT)
        sideways = action in (KeypadAction.RIGHT, KeypadAction.LEFT)
        if sideways and self._window.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward = not forward  # the arrow points where it goes
        self.step(1 if forward else -1)

    def step(self, by: int) -> None:
        items = self._items()
        if not items:
            return
        current = self.current
        # A new screen (or the focus moved by a tap) starts from the top, as
        # EZ Access starts each screen; Up starts from the end.
        start = 0 if by > 0 else len(items) - 1
        at = items.index(current) + by if current in items else start
        # At either end the keypad stays on the last item (and says it again).
        self.land(items[max(0, min(len(items) - 1, at))])

    def land(self, item: QWidget) -> None:
        self._current = item
        bring_into_view(item)
        item.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ring.follow(item, self._theme())
        self.landed.emit(item, item_text(item))

    def help(self) -> None:
        text = self._help_text()
        self._hint().say(text)
        self.help_requested.emit(text)

    def screen_changed(self) -> None:
        """A new screen: the keypad starts again from its top."""
        self._current = None
        self.ring.drop()

    def forget(self) -> None:
        """Quick exit and the idle reset: nothing says where the visitor was."""
        self.screen_changed()
        self._introduced = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the window's QWindow by kiosk.app before the Quick-exit
        watcher, so that watcher sees every key first: the panic key and
        Shift x3 win over navigation, and a navigation key still restarts
        the Shift count."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & _CHORD:
            return False  # Alt+Left and the like are not the keypad's
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._enter(event.isAutoRepeat())
        action = _ACTIONS.get(int(key))
        if action is None:
            return False
        focus = QApplication.focusWidget()
        if isinstance(focus, _TEXT_INPUTS) and action in _TYPING_KEEPS:
            return False  # typed into the field: Backspace, ?, the arrows along the line
        if event.isAutoRepeat() and action in (KeypadAction.BACK, KeypadAction.HELP):
            return True  # a held key goes back once
        self.act(action)
        return True

    def _enter(self, repeated: bool) -> bool:
        # Enter on a button clicks it, exactly as a tap does (every kind of
        # button: a resource row is no TouchButton); on a text, the text is
        # said again; a text field keeps its Enter.
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton):
            if not repeated and focus.isEnabled():
                # At once: animateClick() would click 100 ms later, after a
                # quick exit that came in between.
                focus.click()
            return True
        current = self.current
        if current is None or current is not focus or isinstance(current, _PRESSABLE):
            return False
        self.landed.emit(current, item_text(current))
        return True

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        # A tap (or anything else) took the focus away from the keypad's item:
        # the ring goes; the next key starts from the focused control.
        current = self.current
        if current is not None and new is not current:
            self._current = None
            self.ring.drop()
