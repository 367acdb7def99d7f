"""Wallet-card sheets: items packed onto 89 x 51 mm cards, cards onto sheets.

An item stays on one card whenever it can: first at full size, then in
slightly smaller type; only then is it split between rows, its name repeated
on the card it continues on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from kiosk.printing.compose import SlipContent, SlipItem, SlipLine
from kiosk.printing.items import code_column, text_rows
from kiosk.printing.layout import SlipLayout
from kiosk.printing.ops import Block, LineOp, Op, PagePlan, stack
from kiosk.printing.typeset import Typesetter

MIN_QR_MM: Final = 10.0  # smaller than this, a phone camera struggles with a web address
CARD_ROW_GAP: Final = 0.6
CARD_ITEM_GAP: Final = 2.0
CARD_COLUMN_GAP: Final = 2.0


@dataclass
class _Card:
    ops: list[Op]
    y: float  # where the next block goes
    items: int = 0


def card_pages(
    layout: SlipLayout, content: SlipContent, setter: Typesetter, *, fill: bool
) -> list[PagePlan]:
    width = layout.content_width_mm
    height = layout.card_content_height_mm
    # One heading line per card, both languages: a card has no height to spare.
    # A sample bundle says so on every card (cards are cut apart), in one small line.
    joined = SlipLine(" · ".join(content.heading.texts()))
    parts = [
        setter.line(joined, layout.sizes.heading, width, role="heading", bold=True, center=True)
    ]
    if content.footer:
        parts.append(
            setter.para(content.footer.text, layout.sizes.footer, width, role="footer", center=True)
        )
    heading = stack(parts, gap=0.2)

    def new_card() -> _Card:
        return _Card(heading.placed(0.0, 0.0), heading.height + CARD_ITEM_GAP / 2)

    cards = [new_card()]
    room_below_heading = height - cards[0].y
    for item in content.items:
        for segment in _fitted_segments(setter, layout, item, width, room_below_heading):
            card = cards[-1]
            gap = CARD_ITEM_GAP if card.items else 0.0
            if card.items and card.y + gap + segment.height > height:
                card = new_card()
                cards.append(card)
                gap = 0.0
            card.y += gap
            card.ops.extend(segment.placed(0.0, card.y))
            card.y += segment.height
            card.items += 1

    slots = len(cards)
    per_page = layout.cards_per_page
    if fill:
        slots = -(-slots // per_page) * per_page
    pages: list[PagePlan] = []
    assert layout.paper_height_mm is not None
    for slot in range(slots):
        if slot % per_page == 0:
            pages.append(_sheet(layout))
        card = cards[slot % len(cards)]
        inner = layout.card_content_box(slot % per_page)
        pages[-1].ops.extend(op.moved(inner.x, inner.y) for op in card.ops)
        pages[-1].cards.append(layout.card_box(slot % per_page))
    return pages


def _sheet(layout: SlipLayout) -> PagePlan:
    assert layout.paper_height_mm is not None
    ops: list[Op] = [LineOp(mark, 0.25) for mark in layout.cut_marks()]
    return PagePlan(layout.paper_width_mm, layout.paper_height_mm, ops)


# Before an item is split over two cards, its type may shrink this far (numbers
# included, which stay the largest text on the card).
CARD_SHRINK_STEPS: Final = (1.0, 0.92, 0.84)


def _fitted_segments(
    setter: Typesetter, layout: SlipLayout, item: SlipItem, width: float, room: float
) -> list[Block]:
    """The item on one card in the largest type that fits, else split at full size."""
    first: list[Block] | None = None
    for factor in CARD_SHRINK_STEPS:
        segments = _card_segments(setter.scaled(factor), layout, item, width, room)
        if len(segments) == 1:
            return segments
        first = first or segments
    assert first is not None
    return first


def _card_segments(
    setter: Typesetter, layout: SlipLayout, item: SlipItem, width: float, room: float
) -> list[Block]:
    """An item as one block per card: whole if it fits on a card, else split
    between rows, the name repeated on each card it continues on."""
    codes = item.codes
    side = 0.0
    if codes:
        # Codes stack beside the text and must fit under a card's heading.
        n = len(codes)
        side = min(layout.qr_mm, (room - (n - 1) * CARD_ROW_GAP) / n)
        if side < MIN_QR_MM and n > 1:
            codes = codes[:1]  # keep the phone's code; the website is printed as text
            side = min(layout.qr_mm, room)
    text_width = width - (side + CARD_COLUMN_GAP if codes else 0.0)
    rows = text_rows(setter, item, text_width, website_row=True, phone_columns=2)
    column = code_column(replace(item, codes=codes), side, CARD_ROW_GAP) if codes else None
    name_row = rows[0] if item.name and rows else None

    segments: list[Block] = []
    pending = rows
    first = True
    while pending or first:
        taken: list[Block] = []
        used = 0.0
        if not first and name_row is not None:
            taken.append(name_row)
            used = name_row.height
        while pending:
            extra = pending[0].height + (CARD_ROW_GAP if taken else 0.0)
            fits = used + extra <= room
            if not fits and (len(taken) > (0 if first or name_row is None else 1)):
                break
            taken.append(pending.pop(0))
            used += extra
        text = stack(taken, gap=CARD_ROW_GAP, width=text_width)
        ops: list[Op] = []
        text_x = width - text_width if setter.rtl and codes else 0.0
        ops.extend(text.placed(text_x, 0.0))
        block_height = text.height
        if first and column is not None:
            column_x = 0.0 if setter.rtl else width - side
            ops.extend(column.placed(column_x, 0.0))
            block_height = max(block_height, column.height)
        segments.append(Block(width, block_height, ops))
        first = False
        if not pending:
            break
    return segments
