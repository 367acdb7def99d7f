"""Small touch widgets shared by the screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.theme import MIN_TARGET_PX, TARGET_GAP_PX


class TouchButton(QPushButton):
    """A button big enough for a fingertip, named for screen readers, and
    pressed with Enter as well as Space for keypad kiosks."""

    def __init__(
        self,
        text: str,
        on_click: Callable[[], None] | None = None,
        *,
        role: str = "",
        accessible_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(accessible_name or text)
        self.setAutoDefault(False)
        if role:
            self.setProperty("role", role)
        if on_click is not None:
            # `clicked` carries a `checked` flag; callers' lambdas must not receive it.
            self.clicked.connect(lambda *_: on_click())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            # At once: animateClick() would click 100 ms later, after a quick
            # exit that came in between.
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class QuickExitButton(TouchButton):
    """The one control on every screen that hides everything at once."""

    def __init__(self, text: str, on_click: Callable[[], None], parent: QWidget | None = None):
        super().__init__(text, None, accessible_name=text, parent=parent)
        self.setObjectName("quick_exit")
        self.setMinimumSize(MIN_TARGET_PX * 3, MIN_TARGET_PX + 8)
        # Fire on press, not release: a visitor in a hurry may slide off the
        # button, and a press is one event sooner.
        self.pressed.connect(on_click)


def label(text: str, role: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)  # content is text, never markup
    if role:
        widget.setProperty("role", role)
    if not selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def card(*children: QWidget, role: str = "card") -> QFrame:
    frame = QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(TARGET_GAP_PX)
    for child in children:
        layout.addWidget(child)
    return frame


class ScrollPane(QScrollArea):
    """A vertical scroll area a finger can fling (kinetic scrolling), with no
    horizontal scrolling to get lost in.

    With `kinetic=False` the fling is switched on later, by
    `enable_kinetic_scrolling()`: the kiosk's start does it right after the
    first frame, because the first gesture grab of a run costs tens of
    milliseconds (PySide6 builds the gesture and scroller types then)."""

    def __init__(
        self,
        content: QWidget | None = None,
        parent: QWidget | None = None,
        *,
        kinetic: bool = True,
    ) -> None:
        super().__init__(parent)
        if content is not None:
            self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if kinetic:
            self.enable_kinetic_scrolling()

    def enable_kinetic_scrolling(self) -> None:
        """Once per pane: every grab registers a new gesture type, and PySide6
        keeps a Python object for each one for good."""
        if self.kinetic:
            return
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)

    @property
    def kinetic(self) -> bool:
        return QScroller.hasScroller(self.viewport())
