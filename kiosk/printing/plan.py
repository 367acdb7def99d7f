"""Where everything on a slip goes: text measured and placed, page by page.

The plan is built once and then painted onto any device (PDF, printer,
preview image), so what is measured is what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kiosk.printing.cards import card_pages
from kiosk.printing.compose import SlipContent, compose_slip
from kiosk.printing.items import code_row, separator, text_rows
from kiosk.printing.layout import SlipLayout, layout_for
from kiosk.printing.ops import UNITS_PER_MM, Block, LineOp, PagePlan, QrOp, TextOp, stack
from kiosk.printing.slip import Slip
from kiosk.printing.typeset import Typesetter

__all__ = ["UNITS_PER_MM", "LineOp", "PagePlan", "QrOp", "SlipPlan", "TextOp", "plan_slip"]


@dataclass
class SlipPlan:
    slip: Slip
    layout: SlipLayout
    content: SlipContent
    pages: list[PagePlan]


def plan_slip(slip: Slip) -> SlipPlan:
    slip.check()
    content = compose_slip(slip)
    layout = layout_for(slip.layout)
    setter = Typesetter(layout.sizes, content)
    if layout.is_roll:
        pages = [roll_page(layout, content, setter)]
    else:
        pages = card_pages(layout, content, setter, fill=slip.fill_sheet)
    return SlipPlan(slip, layout, content, pages)


# --- receipt rolls -----------------------------------------------------------

ROLL_ROW_GAP: Final = 1.2
ROLL_ITEM_GAP: Final = 3.0


def roll_page(layout: SlipLayout, content: SlipContent, setter: Typesetter) -> PagePlan:
    width = layout.content_width_mm
    sizes = layout.sizes
    parts: list[Block] = [
        setter.line(content.heading, sizes.heading, width, role="heading", bold=True, center=True)
    ]
    for item in content.items:
        rows = text_rows(setter, item, width, website_row=False)
        rows.append(code_row(setter, item, layout, width))
        parts.append(separator(width))
        parts.append(stack(rows, gap=ROLL_ROW_GAP, width=width))
    if content.footer:
        parts.append(separator(width))
        parts.append(
            setter.line(
                content.footer,
                sizes.footer,
                width,
                role="footer",
                center=True,
                second_role="footer",
            )
        )
    body = stack(parts, gap=ROLL_ITEM_GAP, width=width)
    m = layout.margin_mm
    height = max(m + body.height + m + layout.end_feed_mm, layout.min_roll_length_mm)
    return PagePlan(layout.paper_width_mm, height, body.placed(m, m))
