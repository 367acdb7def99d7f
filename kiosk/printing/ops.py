"""What gets painted: positioned text, QR codes and lines, grouped into blocks and pages.

Coordinates of ops and blocks are in millimetres; the painter works in
`UNITS_PER_MM` units (1/100 mm), and fonts are sized in those units, which
keeps text sizes independent of the device's resolution.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Final

from PySide6.QtGui import QTextLayout

from kiosk.printing.layout import Box, Segment
from kiosk.printing.qr import Matrix

UNITS_PER_MM: Final = 100.0


@dataclass
class TextOp:
    text: str
    role: str  # heading, name, caption, number, body, second, qr-caption, footer
    layout: QTextLayout
    box: Box  # millimetres, on the page

    def moved(self, dx: float, dy: float) -> TextOp:
        return replace(self, box=replace(self.box, x=self.box.x + dx, y=self.box.y + dy))


@dataclass
class QrOp:
    payload: str
    matrix: Matrix
    box: Box

    def moved(self, dx: float, dy: float) -> QrOp:
        return replace(self, box=replace(self.box, x=self.box.x + dx, y=self.box.y + dy))


@dataclass
class LineOp:
    segment: Segment
    width_mm: float
    dashed: bool = False

    @property
    def box(self) -> Box:
        s = self.segment
        return Box(min(s.x1, s.x2), min(s.y1, s.y2), abs(s.x2 - s.x1), abs(s.y2 - s.y1))

    def moved(self, dx: float, dy: float) -> LineOp:
        s = self.segment
        return replace(self, segment=Segment(s.x1 + dx, s.y1 + dy, s.x2 + dx, s.y2 + dy))


Op = TextOp | QrOp | LineOp


@dataclass
class Block:
    """Ops laid out relative to the block's top left corner."""

    width: float
    height: float
    ops: list[Op] = field(default_factory=list)

    def placed(self, dx: float, dy: float) -> list[Op]:
        return [op.moved(dx, dy) for op in self.ops]


@dataclass
class PagePlan:
    width_mm: float
    height_mm: float
    ops: list[Op]
    cards: list[Box] = field(default_factory=list)  # card sheets: the cards in use

    @property
    def box(self) -> Box:
        return Box(0.0, 0.0, self.width_mm, self.height_mm)

    def texts(self) -> list[str]:
        return [op.text for op in self.ops if isinstance(op, TextOp)]

    def codes(self) -> list[str]:
        return [op.payload for op in self.ops if isinstance(op, QrOp)]


def stack(blocks: Iterable[Block], *, gap: float, width: float | None = None) -> Block:
    """Blocks one under the other, `gap` mm apart."""
    ops: list[Op] = []
    y = 0.0
    widest = 0.0
    items = [b for b in blocks if b.height > 0 or b.ops]
    for i, block in enumerate(items):
        if i:
            y += gap
        ops.extend(block.placed(0.0, y))
        y += block.height
        widest = max(widest, block.width)
    return Block(width if width is not None else widest, y, ops)
