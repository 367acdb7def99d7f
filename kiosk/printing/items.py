"""An item of a slip as blocks: its text rows and its QR codes."""

from __future__ import annotations

from typing import Final

from kiosk.printing.compose import SlipItem
from kiosk.printing.layout import Box, Segment, SlipLayout
from kiosk.printing.ops import Block, LineOp, Op, QrOp, stack
from kiosk.printing.qr import qr_matrix
from kiosk.printing.typeset import Typesetter

PHONE_COLUMN_GAP: Final = 2.0


def text_rows(
    setter: Typesetter, item: SlipItem, width: float, *, website_row: bool, phone_columns: int = 1
) -> list[Block]:
    """An item's text as rows that may go to different cards (never split inside a row).

    Cards set `phone_columns=2`: a card is wide and short, so numbers sit in pairs."""
    sizes = setter.sizes
    rows: list[Block] = []
    if item.name:
        rows.append(setter.line(item.name, sizes.name, width, role="name", bold=True))
    cell = (width - (phone_columns - 1) * PHONE_COLUMN_GAP) / phone_columns
    for start in range(0, len(item.phones), phone_columns):
        cells = []
        for phone in item.phones[start : start + phone_columns]:
            caption = setter.line(phone.caption, sizes.caption, cell, role="caption")
            cells.append(stack([caption, setter.number(phone.number, cell)], gap=0.2))
        rows.append(side_by_side(cells, cell, width, rtl=setter.rtl))
    if item.hours:
        rows.append(setter.line(item.hours, sizes.body, width, role="body"))
    if item.address:
        rows.append(
            stack([setter.para(a, sizes.body, width, role="body") for a in item.address], gap=0.1)
        )
    if website_row and item.website:
        rows.append(setter.web_address(item.website, sizes.body, width, role="body"))
    return rows


def side_by_side(cells: list[Block], cell: float, width: float, *, rtl: bool) -> Block:
    """Cells in reading order: left to right, or right to left on an RTL slip."""
    ops: list[Op] = []
    for i, block in enumerate(cells):
        x = i * (cell + PHONE_COLUMN_GAP)
        if rtl:
            x = width - x - cell
        ops.extend(block.placed(x, 0.0))
    return Block(width, max((b.height for b in cells), default=0.0), ops)


def code_row(setter: Typesetter, item: SlipItem, layout: SlipLayout, width: float) -> Block:
    """Rolls: the item's QR codes side by side, each with a short caption under it."""
    if not item.codes:
        return Block(width, 0.0)
    cell = width / len(item.codes)
    side = min(layout.qr_mm, cell - 2.0)
    ops: list[Op] = []
    height = 0.0
    total = len(item.codes) * cell
    x = (width - total) / 2
    for code in item.codes:
        qr_x = x + (cell - side) / 2
        ops.append(QrOp(code.payload, qr_matrix(code.payload), Box(qr_x, 0.0, side, side)))
        if code.payload.lower().startswith(("https://", "http://")):
            caption = setter.web_address(
                code.caption, setter.sizes.qr_caption, cell - 1.0, role="qr-caption", center=True
            )
        else:
            caption = setter.para(
                code.caption,
                setter.sizes.qr_caption,
                cell - 1.0,
                role="qr-caption",
                rtl=False,
                center=True,
            )
        ops.extend(caption.placed(x + 0.5, side + 0.3))
        height = max(height, side + 0.3 + caption.height)
        x += cell
    return Block(width, height, ops)


def code_column(item: SlipItem, side: float, gap: float) -> Block:
    """Cards: the item's QR codes stacked in a column beside the text."""
    ops: list[Op] = []
    y = 0.0
    for i, code in enumerate(item.codes):
        if i:
            y += gap
        ops.append(QrOp(code.payload, qr_matrix(code.payload), Box(0.0, y, side, side)))
        y += side
    return Block(side, y, ops)


def separator(width: float) -> Block:
    return Block(width, 0.0, [LineOp(Segment(0.0, 0.0, width, 0.0), 0.2, dashed=True)])
