"""Small touch widgets shared by the screens.

Why one module of this size: the label and the button share one text
layout (`WrappedText`, `Layouts`) that makes a long word wrap inside itself
rather than push a screen wider; it is most of the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
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


# A word wider than its line (an 80-letter title, a pasted web address, a
# name in a script without spaces) is broken wherever it must be; every other
# line still breaks between words. QLabel and QPushButton only ever break
# between words, and one such word would make a whole screen wider than the
# window, its end clipped and the buttons beside or below it out of reach.
WRAP_MODE = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
# A label never asks for more than this as its minimum width, nor for more
# than LABEL_HINT_PX as its natural width: what does not fit wraps instead.
# Constants, not font measures: layouts ask for these many times per screen.
MIN_LABEL_PX = 120
LABEL_HINT_PX = 640
# Widths a wrapping widget remembers its layout for (a screen is measured at
# a handful of widths while it is built).
REMEMBERED_WIDTHS = 8


class WrappedText:
    """A text laid out for one width: its lines, its height, and how to draw it.

    Only this displayed copy is changed (a newline becomes the line separator
    QTextLayout breaks at, character for character): the widget's own text and
    accessible name stay exactly what the bundle says."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        direction: Qt.LayoutDirection,
        alignment: Qt.AlignmentFlag,
    ) -> None:
        # QTextLayout takes alignment as seen (left is left); a label's is
        # logical (left is the starting edge, the right in Arabic).
        visual = QStyle.visualAlignment(direction, alignment)
        option = QTextOption(visual & Qt.AlignmentFlag.AlignHorizontal_Mask)
        option.setWrapMode(WRAP_MODE)
        option.setTextDirection(direction)
        self.text = text
        self.width = max(1.0, width)
        self.layout = QTextLayout(text.replace("\n", "\u2028"), font)
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)
        y = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        self.layout.endLayout()
        self.height = int(-(-y // 1))  # rounded up: the last line is never cut off

    def lines(self) -> list[str]:
        """The text of each line as laid out (tests read them)."""
        found = []
        for i in range(self.layout.lineCount()):
            line = self.layout.lineAt(i)
            found.append(self.text[line.textStart() : line.textStart() + line.textLength()])
        return found

    def natural_width(self) -> float:
        """The widest line's ink, which is never more than `width` unless a
        single character is wider than the line."""
        lines = (self.layout.lineAt(i) for i in range(self.layout.lineCount()))
        return max((line.naturalTextWidth() for line in lines), default=0.0)

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.layout.draw(painter, QPointF(x, y))


class Layouts:
    """WrappedTexts by width, forgotten when what they were laid out from
    changes (`valid_for`)."""

    def __init__(self) -> None:
        self._by_width: dict[int, WrappedText] = {}
        self._signature: object = None

    def valid_for(self, signature: object) -> Layouts:
        """Forget every layout unless `signature` (text, font, direction...)
        is what they were made from. Checked on use rather than on every
        change event: a Python changeEvent on each label would slow every
        screen down."""
        if signature != self._signature:
            self._by_width.clear()
            self._signature = signature
        return self

    def get(self, width: int, make: Callable[[int], WrappedText]) -> WrappedText:
        found = self._by_width.get(width)
        if found is None:
            if len(self._by_width) >= REMEMBERED_WIDTHS:
                self._by_width.clear()
            found = self._by_width[width] = make(width)
        return found

    def height(self, width: int, make: Callable[[int], WrappedText]) -> int:
        """The height at `width`. A text that fits on one line is as high at
        any width it fits, so most labels and rows are laid out once, however
        many widths a layout asks about."""
        natural = self.get(NATURAL, make)
        if natural.layout.lineCount() == 1 and natural.natural_width() <= width:
            return natural.height
        return self.get(width, make).height

    def clear(self) -> None:
        self._by_width.clear()


# The width a wrapping button asks for at most (it gets its column's width).
SIZE_HINT_PX = 360
# Unbounded: how wide a text is on one line (each paragraph of it).
NATURAL = 1_000_000


class WrappingLabel(QLabel):
    """A plain-text label that wraps to whatever width its layout gives it,
    inside a word where a word is wider than the line, and never asks for
    more than a few letters' width as its minimum.

    While every word fits, QLabel measures and paints it as usual (word wrap
    then gives the same lines, and QLabel does it faster); only a label with
    a word wider than itself is laid out here. QLabel's own minimum width is
    that of its widest word, which QLabel keeps up to date: that is the test."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._cache = Layouts()

    @property
    def _layouts(self) -> Layouts:
        signature = (self.text(), self.font().key(), self.layoutDirection(), self.alignment())
        return self._cache.valid_for(signature)

    def _padding(self) -> tuple[int, int]:
        """Horizontal and vertical space around the text (style sheet padding
        and border, and the label's margin)."""
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        return margins.left() + margins.right() + extra, margins.top() + margins.bottom() + extra

    def wrapped(self, width: int | None = None) -> WrappedText:
        """The text laid out for the label at `width` (default: its own)."""
        outer = self.width() if width is None else width
        return self._layouts.get(outer - self._padding()[0], self._lay_out)

    def _lay_out(self, inner: int) -> WrappedText:
        return WrappedText(
            self.text(), self.font(), inner, self.layoutDirection(), self.alignment()
        )

    def heightForWidth(self, width: int) -> int:
        # Layouts ask this many times per screen: no extra Python call here.
        if QLabel.minimumSizeHint(self).width() <= width:
            return QLabel.heightForWidth(self, width)
        horizontal, vertical = self._padding()
        return self._layouts.height(width - horizontal, self._lay_out) + vertical

    def minimumSizeHint(self) -> QSize:
        # QLabel's is its widest word wide and one line high; a word wider
        # than a few letters wraps instead of widening the screen.
        own = QLabel.minimumSizeHint(self)
        return QSize(min(own.width(), MIN_LABEL_PX), own.height())

    def sizeHint(self) -> QSize:
        own = QLabel.sizeHint(self)
        if own.width() <= LABEL_HINT_PX:
            return own
        return QSize(LABEL_HINT_PX, self.heightForWidth(LABEL_HINT_PX))

    def paintEvent(self, event: QPaintEvent) -> None:
        if QLabel.minimumSizeHint(self).width() <= self.width():
            QLabel.paintEvent(self, event)
            return
        painter = QPainter(self)
        self.drawFrame(painter)  # background and border of the style sheet
        margin = self.margin()
        box = self.contentsRect().adjusted(margin, margin, -margin, -margin)
        wrapped = self.wrapped()
        top = box.top()
        vertical = self.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
        if vertical == Qt.AlignmentFlag.AlignVCenter:
            top += (box.height() - wrapped.height) // 2
        elif vertical == Qt.AlignmentFlag.AlignBottom:
            top += box.height() - wrapped.height
        painter.setPen(self.palette().color(self.foregroundRole()))
        wrapped.draw(painter, box.left(), top)
        painter.end()


class WrappingButton(TouchButton):
    """A touch button whose text wraps (inside a word if it must), for texts
    that come from the bundle such as topic titles; its icon sits at the
    starting edge.

    A text that fits on one line is measured and painted by QPushButton, as
    any button; only a longer one is laid out here."""

    ICON_GAP = 12

    def __init__(
        self,
        text: str,
        on_click: Callable[[], None] | None = None,
        *,
        role: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, on_click, role=role, parent=parent)
        self._cache = Layouts()
        self._measures: tuple[int, int] | None = None
        self._measured_for: object = None
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        # QPushButton's height is fixed to one line's; wrapped, it needs more.
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def _signature(self) -> object:
        return (self.text(), self.font().key(), self.layoutDirection(), self.icon().cacheKey())

    @property
    def _layouts(self) -> Layouts:
        return self._cache.valid_for(self._signature())

    def _measured(self) -> tuple[int, int]:
        """Horizontal and vertical space the style sheet's border and padding
        take (and the icon beside the text)."""
        signature = self._signature()
        if self._measures is None or signature != self._measured_for:
            self._measured_for = signature
            option = QStyleOptionButton()
            self.initStyleOption(option)
            option.rect = QRect(0, 0, 1000, 1000)
            contents = self._contents(option)
            icon = 0 if self.icon().isNull() else self.iconSize().width() + self.ICON_GAP
            self._measures = (1000 - contents.width() + icon, 1000 - contents.height())
        return self._measures

    def _contents(self, option: QStyleOptionButton) -> QRect:
        return self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)

    def _fits_one_line(self, width: int) -> bool:
        # QPushButton's own size hint is its text on one line with its icon
        # and padding, and Qt keeps it up to date: cheaper than measuring.
        return super().sizeHint().width() <= width

    def wrapped(self, width: int | None = None) -> WrappedText:
        outer = self.width() if width is None else width
        return self._layouts.get(outer - self._measured()[0], self._lay_out)

    def _lay_out(self, inner: int) -> WrappedText:
        return WrappedText(
            self.text(), self.font(), inner, self.layoutDirection(), Qt.AlignmentFlag.AlignLeft
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        own = super().sizeHint()
        if own.width() <= width:
            return max(self.minimumHeight(), own.height())
        around, vertical = self._measured()
        text_height = self._layouts.height(width - around, self._lay_out)
        icon_height = 0 if self.icon().isNull() else self.iconSize().height()
        return max(self.minimumHeight(), max(text_height, icon_height) + vertical)

    def sizeHint(self) -> QSize:
        # No wider than a short title: a longer one wraps in the width it is
        # given (the minimum width is TouchButton's, a fingertip's).
        own = super().sizeHint()
        return QSize(min(own.width(), SIZE_HINT_PX), own.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._fits_one_line(self.width()):
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        painter = QStylePainter(self)
        bevel = QStyleOptionButton(option)
        bevel.text = ""
        bevel.icon = QIcon()
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, bevel)
        contents = self._contents(option)
        direction = self.layoutDirection()
        wrapped = self.wrapped()
        if not self.icon().isNull():
            size = self.iconSize()
            icon_box = QRect(
                contents.left(),
                contents.top() + (contents.height() - size.height()) // 2,
                size.width(),
                size.height(),
            )
            self.icon().paint(painter, QStyle.visualRect(direction, contents, icon_box))
        # The text takes the width it was measured for, on the side away from the icon.
        if direction == Qt.LayoutDirection.LeftToRight:
            left = contents.right() + 1 - wrapped.width
        else:
            left = contents.left()
        top = contents.top() + (contents.height() - wrapped.height) // 2
        painter.setPen(option.palette.color(self.foregroundRole()))
        wrapped.draw(painter, left, top)
        painter.end()


# Quick exit is a little taller than any other target.
QUICK_EXIT_MIN_HEIGHT: Final = MIN_TARGET_PX + 8


class QuickExitButton(WrappingButton):
    """The one control on every screen that hides everything at once."""

    def __init__(self, text: str, on_click: Callable[[], None], parent: QWidget | None = None):
        super().__init__(text, None, parent=parent)
        self.setAccessibleName(text)
        self.setObjectName("quick_exit")
        self.setMinimumSize(MIN_TARGET_PX * 3, QUICK_EXIT_MIN_HEIGHT)
        # Fire on press, not release: a visitor in a hurry may slide off the
        # button, and a press is one event sooner.
        self.pressed.connect(on_click)


def label(text: str, role: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    widget = WrappingLabel(text) if wrap else QLabel(text)
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
