"""One tappable row per service on a topic screen, painted as a single widget.

A topic can list fifty services. Built from labels and layouts, each row
would cost a handful of widgets and the screen would take too long to appear;
painted, a row is one widget, and the screen stays under a frame or two.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QStyle, QWidget

from kiosk.ui.theme import MIN_TARGET_PX, Palette
from kiosk.ui.widgets import Layouts, WrappedText

PAD_X, PAD_Y, GAP = 20, 14, 6


class ResourceButton(QAbstractButton):
    def __init__(
        self,
        name: str,
        detail: str,
        badge: str,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._name, self._detail, self._badge = name, detail, badge
        self._colours = palette
        self.setText(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(MIN_TARGET_PX)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # Layouts ask for the height at a width many times while a screen is
        # built; measuring wrapped text each time would dominate the build.
        self._heights: dict[int, int] = {}
        self._font_set: tuple[QFont, QFont, QFont] | None = None
        self._name_layouts = Layouts()

    def forget(self) -> None:
        """Drop the texts (see kiosk.ui.window.wipe)."""
        self._name = self._detail = self._badge = ""
        self._heights.clear()
        self._name_layouts.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._heights.clear()
            self._font_set = None
            self._name_layouts.clear()
        super().changeEvent(event)

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        if self._font_set is None:
            body = self.font()
            bold = QFont(body)
            bold.setBold(True)
            small = QFont(body)
            small.setPointSizeF(max(15.0, body.pointSizeF() * 0.85))
            small.setBold(True)
            self._font_set = (bold, body, small)
        return self._font_set

    def _text_width(self, width: int) -> int:
        return max(40, width - 2 * PAD_X)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        known = self._heights.get(width)
        if known is None:
            known = self._heights[width] = self._measure(width)
        return known

    def name_layout(self, width: int | None = None) -> WrappedText:
        """The name wrapped for the row at `width` (default: its own): between
        words, and inside a word that is wider than the row."""
        inner = self._text_width(self.width() if width is None else width)
        return self._name_layouts.get(inner, self._lay_out_name)

    def _lay_out_name(self, inner: int) -> WrappedText:
        direction = self.layoutDirection()
        return WrappedText(
            self._name, self._fonts()[0], inner, direction, Qt.AlignmentFlag.AlignLeft
        )

    def _measure(self, width: int) -> int:
        bold, body, small = self._fonts()
        inner = QRect(0, 0, self._text_width(width), 10_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        name = QFontMetrics(bold).boundingRect(inner, flags, self._name)
        if name.width() <= inner.width():
            name_height = name.height()
        else:  # a word wider than the row: broken inside (see name_layout)
            name_height = self._name_layouts.height(inner.width(), self._lay_out_name)
        height = PAD_Y * 2 + name_height
        if self._detail:
            height += GAP + QFontMetrics(body).height()
        if self._badge:
            height += GAP + QFontMetrics(small).height() + 8
        return max(MIN_TARGET_PX, height)

    def sizeHint(self) -> QSize:
        width = max(400, self.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_TARGET_PX * 3, MIN_TARGET_PX)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = self._colours
        bold, body, small = self._fonts()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self.rect().adjusted(2, 2, -2, -2)
        focus = self.hasFocus()
        painter.setPen(QPen(QColor(colours.focus if focus else colours.border), 4 if focus else 2))
        fill = colours.button if self.isDown() else colours.surface
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(frame, 10, 10)
        direction = self.layoutDirection()
        align = QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)
        flags = int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        width = self._text_width(self.width())
        top = PAD_Y
        painter.setPen(QColor(colours.text))
        painter.setFont(bold)
        name_rect = QRect(PAD_X, top, width, 10_000)
        used = painter.boundingRect(name_rect, flags, self._name)
        if used.width() <= width:
            painter.drawText(name_rect, flags, self._name)
            top += used.height() + GAP
        else:
            name = self.name_layout()
            name.draw(painter, PAD_X, top)
            top += name.height + GAP
        if self._detail:
            painter.setFont(body)
            painter.drawText(QRect(PAD_X, top, width, 10_000), flags, self._detail)
            top += QFontMetrics(body).height() + GAP
        if self._badge:
            painter.setFont(small)
            metrics = QFontMetrics(small)
            pill_w = metrics.horizontalAdvance(self._badge) + 20
            pill_h = metrics.height() + 8
            x = (
                PAD_X
                if direction == Qt.LayoutDirection.LeftToRight
                else self.width() - PAD_X - pill_w
            )
            pill = QRect(x, top, pill_w, pill_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.warning_bg))
            painter.drawRoundedRect(pill, 6, 6)
            painter.setPen(QColor(colours.warning_text))
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), self._badge)
        painter.end()
