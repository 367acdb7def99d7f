"""Page geometry and type sizes of each slip layout (Qt-free; millimetres and points).

Receipt rolls are cut to the content's length; their margins keep text inside
the printable width of common thermal printers (72 mm of an 80 mm roll, 48 mm
of a 58 mm roll). Card sheets hold a 2 x 5 grid of 89 x 51 mm wallet cards,
centred, with cut marks in the sheet's margin so no mark lands on a card.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

LETTER_MM: Final = (215.9, 279.4)
A4_MM: Final = (210.0, 297.0)
WALLET_CARD_MM: Final = (89.0, 51.0)  # 3.5 x 2 in: fits a wallet, or a shoe


@dataclass(frozen=True, slots=True)
class TypeSizes:
    """Point sizes. Numbers are the largest thing on a slip: they are what it is for."""

    heading: float
    name: float
    caption: float
    number: float
    body: float
    qr_caption: float
    footer: float
    second_ratio: float = 0.8  # the second language, under each line, smaller
    min_second: float = 5.5


@dataclass(frozen=True, slots=True)
class Segment:
    """A straight line on the page, in millimetres (cut marks)."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    def contains(self, other: Box, slack: float = 0.01) -> bool:
        return (
            other.x >= self.x - slack
            and other.y >= self.y - slack
            and other.x + other.width <= self.x + self.width + slack
            and other.y + other.height <= self.y + self.height + slack
        )


@dataclass(frozen=True, slots=True)
class SlipLayout:
    name: str
    paper_width_mm: float
    paper_height_mm: float | None  # None: a roll, cut to the content's length
    margin_mm: float  # around the content of a roll, or inside each card
    sizes: TypeSizes
    qr_mm: float  # side of a QR code, quiet zone included
    qr_beside_text: bool  # cards: codes in a column beside the text; rolls: a row below
    end_feed_mm: float = 0.0  # blank paper after a roll's content, so the cutter misses it
    card_mm: tuple[float, float] | None = None
    grid: tuple[int, int] = (1, 1)  # columns, rows
    cut_mark_mm: float = 6.0  # length of a cut mark
    cut_mark_gap_mm: float = 1.5  # between a mark and the card edge

    @property
    def is_roll(self) -> bool:
        return self.paper_height_mm is None

    @property
    def content_width_mm(self) -> float:
        outer = self.card_mm[0] if self.card_mm else self.paper_width_mm
        return outer - 2 * self.margin_mm

    @property
    def card_content_height_mm(self) -> float:
        if self.card_mm is None:
            raise ValueError(f"{self.name} is a roll: its length follows the content")
        return self.card_mm[1] - 2 * self.margin_mm

    @property
    def min_roll_length_mm(self) -> float:
        # Never shorter than wide: some drivers turn a wide page into landscape.
        return self.paper_width_mm + 10.0

    @property
    def cards_per_page(self) -> int:
        return self.grid[0] * self.grid[1]

    def _grid_origin(self) -> tuple[float, float]:
        assert self.card_mm is not None and self.paper_height_mm is not None
        columns, rows = self.grid
        x = (self.paper_width_mm - columns * self.card_mm[0]) / 2
        y = (self.paper_height_mm - rows * self.card_mm[1]) / 2
        return x, y

    def card_box(self, slot: int) -> Box:
        """The card in grid slot `slot` (row by row from the top left)."""
        assert self.card_mm is not None
        columns, _ = self.grid
        x0, y0 = self._grid_origin()
        width, height = self.card_mm
        return Box(x0 + (slot % columns) * width, y0 + (slot // columns) * height, width, height)

    def card_content_box(self, slot: int) -> Box:
        card = self.card_box(slot)
        m = self.margin_mm
        return Box(card.x + m, card.y + m, card.width - 2 * m, card.height - 2 * m)

    def cut_marks(self) -> list[Segment]:
        """Marks in the margin, in line with every card edge: one cut per edge."""
        if self.card_mm is None or self.paper_height_mm is None:
            return []
        columns, rows = self.grid
        x0, y0 = self._grid_origin()
        width, height = self.card_mm
        x1, y1 = x0 + columns * width, y0 + rows * height
        gap, length = self.cut_mark_gap_mm, self.cut_mark_mm
        marks: list[Segment] = []
        for c in range(columns + 1):
            x = x0 + c * width
            marks.append(Segment(x, y0 - gap - length, x, y0 - gap))
            marks.append(Segment(x, y1 + gap, x, y1 + gap + length))
        for r in range(rows + 1):
            y = y0 + r * height
            marks.append(Segment(x0 - gap - length, y, x0 - gap, y))
            marks.append(Segment(x1 + gap, y, x1 + gap + length, y))
        return marks


_ROLL_80 = TypeSizes(heading=13, name=12, caption=9, number=20, body=9.5, qr_caption=7.5, footer=7)
_ROLL_58 = TypeSizes(heading=12, name=11, caption=8.5, number=16, body=9, qr_caption=7, footer=6.5)
_CARD = TypeSizes(
    heading=7.5,
    name=8.5,
    caption=6.5,
    number=12,
    body=6.5,
    qr_caption=5.5,
    footer=5.5,
    min_second=5.0,
)


def _cards(name: str, paper: tuple[float, float]) -> SlipLayout:
    return SlipLayout(
        name=name,
        paper_width_mm=paper[0],
        paper_height_mm=paper[1],
        margin_mm=3.0,
        sizes=_CARD,
        qr_mm=15.0,
        qr_beside_text=True,
        card_mm=WALLET_CARD_MM,
        grid=(2, 5),
    )


LAYOUTS: Final[dict[str, SlipLayout]] = {
    "80mm": SlipLayout(
        "80mm",
        80.0,
        None,
        margin_mm=4.0,
        sizes=_ROLL_80,
        qr_mm=24.0,
        qr_beside_text=False,
        end_feed_mm=8.0,
    ),
    "58mm": SlipLayout(
        "58mm",
        58.0,
        None,
        margin_mm=5.0,
        sizes=_ROLL_58,
        qr_mm=21.0,
        qr_beside_text=False,
        end_feed_mm=8.0,
    ),
    "cards-letter": _cards("cards-letter", LETTER_MM),
    "cards-a4": _cards("cards-a4", A4_MM),
}


def layout_for(name: str) -> SlipLayout:
    try:
        return LAYOUTS[name]
    except KeyError:
        raise KeyError(f"unknown slip layout '{name}'; use one of {', '.join(LAYOUTS)}") from None
