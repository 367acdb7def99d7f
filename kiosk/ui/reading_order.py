"""The one place that says which items a screen has, in the order a visitor
reads them, and what each one says.

Keypad navigation moves through `reading_items` one item at a time, and
speech reads `item_text` of the item it lands on. An item is anything that
says or does something: a button, a text field, and every text (a title, a
paragraph, a phone number), not only the controls Tab reaches.

Order is taken from where the items are on the screen, not from the order
they were built in: rows from the top, and in a row from the starting edge
(the left, or the right in right-to-left languages). A scroll area's content
is one block at the scroll area's place, in its own order, so a text scrolled
out of view above still comes after the header, not before it.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

# A widget that is part of the navigation itself (the focus ring) says this
# and is never an item.
NOT_AN_ITEM: Final = "not_an_item"

# Direction marks and isolates (kiosk.ui.bidi wraps phone numbers in them):
# they order the characters on screen and say nothing themselves.
_DIRECTION_MARKS: Final = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

_INPUTS: Final = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def item_text(widget: QWidget) -> str:
    """What an item says: its accessible name (what a screen reader says
    too), else its text as shown. Phone numbers come as the screen shows
    them; only the invisible direction marks around them are left out."""
    text = widget.accessibleName()
    if not text:
        if isinstance(widget, (QLabel, QAbstractButton)):
            text = widget.text()
        elif isinstance(widget, QLineEdit):
            text = widget.placeholderText()
    return _DIRECTION_MARKS.sub("", text).strip()


def is_item(widget: QWidget) -> bool:
    if widget.property(NOT_AN_ITEM):
        return False
    if isinstance(widget, _INPUTS):
        return True
    return isinstance(widget, QLabel) and bool(item_text(widget))


# A widget property: the language an item is written in when it is not the
# screen's (the picker's "Español"), so speech reads it with that voice.
SPEECH_LANGUAGE = "speech_language"


def reading_items(root: QWidget) -> list[QWidget]:
    """Every item shown in `root`, in reading order. Hidden widgets and texts
    that say nothing are left out; scroll areas are read through, whether
    their content is in view or not (see `bring_into_view`)."""
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return _in_order(root, rtl)


def bring_into_view(item: QWidget) -> None:
    """Scroll every scroll area the item sits in so that it is in view, the
    innermost first."""
    widget: QWidget | None = item
    while widget is not None:
        parent = widget.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QScrollArea) and area.widget() is widget:
            # Margins that leave the focus ring around the item in view.
            area.ensureWidgetVisible(item, 16, 16)
        widget = parent


def _in_order(container: QWidget, rtl: bool) -> list[QWidget]:
    blocks: list[tuple[QRect, list[QWidget]]] = []
    pending = _child_widgets(container)
    while pending:
        widget = pending.pop()
        if widget.isHidden() or widget.property(NOT_AN_ITEM):
            continue
        if isinstance(widget, QAbstractScrollArea):
            content = widget.widget() if isinstance(widget, QScrollArea) else None
            if content is not None and not content.isHidden():
                items = _in_order(content, rtl)
                if items:
                    blocks.append((_rect_in(widget, container), items))
            continue
        if is_item(widget):
            blocks.append((_rect_in(widget, container), [widget]))
            continue
        pending.extend(_child_widgets(widget))
    ordered: list[QWidget] = []
    for row in _rows(blocks):
        row.sort(key=lambda block: -block[0].right() if rtl else block[0].left())
        for _, items in row:
            ordered.extend(items)
    return ordered


def _child_widgets(widget: QWidget) -> list[QWidget]:
    return [child for child in widget.children() if isinstance(child, QWidget)]


def _rect_in(widget: QWidget, container: QWidget) -> QRect:
    return QRect(widget.mapTo(container, QPoint(0, 0)), widget.size())


def _rows(
    blocks: list[tuple[QRect, list[QWidget]]],
) -> list[list[tuple[QRect, list[QWidget]]]]:
    """Blocks side by side form one row: they share at least half the height
    of the shorter of them (a label beside its button, a grid's cells)."""
    rows: list[list[tuple[QRect, list[QWidget]]]] = []
    for block in sorted(blocks, key=lambda b: (b[0].top(), b[0].left())):
        rect = block[0]
        if rows:
            first = rows[-1][0][0]
            shared = min(first.bottom(), rect.bottom()) - max(first.top(), rect.top())
            if shared * 2 >= min(first.height(), rect.height()) > 0:
                rows[-1].append(block)
                continue
        rows.append([block])
    return rows
