"""Text measured for a slip: paragraphs laid out once with QTextLayout, in
the slip's type sizes and direction, and drawn later exactly as measured."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from kiosk.catalogues import is_right_to_left
from kiosk.printing.compose import SlipContent, SlipLine
from kiosk.printing.fonts import slip_font
from kiosk.printing.layout import Box, TypeSizes
from kiosk.printing.ops import UNITS_PER_MM, Block, TextOp, stack

PT_MM: Final = 25.4 / 72
MAX_ASCENT_EM: Final = 1.12
MAX_DESCENT_EM: Final = 0.5


class Typesetter:
    """Turns lines of text into measured blocks in one slip's type sizes and direction."""

    def __init__(self, sizes: TypeSizes, content: SlipContent) -> None:
        self.sizes = sizes
        self.rtl = is_right_to_left(content.language)
        self.second_rtl = is_right_to_left(content.second_language or "")
        self._fonts: dict[tuple[int, bool], QFont] = {}
        self._content = content

    def scaled(self, factor: float) -> Typesetter:
        if factor == 1.0:
            return self
        sizes = self.sizes
        smaller = replace(
            sizes,
            name=sizes.name * factor,
            caption=sizes.caption * factor,
            number=sizes.number * factor,
            body=sizes.body * factor,
            min_second=sizes.min_second * factor,
        )
        return Typesetter(smaller, self._content)

    def font(self, points: float, bold: bool) -> QFont:
        key = (round(points * PT_MM * UNITS_PER_MM), bold)
        if key not in self._fonts:
            self._fonts[key] = slip_font(key[0], bold=bold)
        return self._fonts[key]

    def para(
        self,
        text: str,
        points: float,
        width: float,
        *,
        role: str,
        bold: bool = False,
        rtl: bool | None = None,
        center: bool = False,
        fit: bool = False,
    ) -> Block:
        """One paragraph, wrapped to `width` mm (or, with `fit`, shrunk to one line).

        `rtl` is the text's direction (default: the slip's); the paragraph is
        aligned to the slip's starting edge whatever its own direction."""
        direction_rtl = self.rtl if rtl is None else rtl
        align = "center" if center else ("right" if self.rtl else "left")
        font = self.font(points, bold)
        layout, height = lay_out(text, font, width, rtl=direction_rtl, align=align, wrap=not fit)
        if fit:
            natural = natural_width(layout)
            if natural > width:
                # A number is never wrapped: a line break inside it is a wrong number.
                smaller = QFont(font)
                smaller.setPixelSize(max(1, int(font.pixelSize() * width / natural * 0.98)))
                layout, height = lay_out(
                    text, smaller, width, rtl=direction_rtl, align=align, wrap=False
                )
        box = Box(0.0, 0.0, width, height)
        return Block(width, height, [TextOp(text, role, layout, box)])

    def line(
        self,
        line: SlipLine,
        points: float,
        width: float,
        *,
        role: str,
        bold: bool = False,
        center: bool = False,
        second_role: str = "second",
    ) -> Block:
        """A line and, under it in smaller type, the same line in the second language."""
        parts = [self.para(line.text, points, width, role=role, bold=bold, center=center)]
        if line.second:
            second_pt = max(points * self.sizes.second_ratio, self.sizes.min_second)
            parts.append(
                self.para(
                    line.second,
                    second_pt,
                    width,
                    role=second_role,
                    rtl=self.second_rtl,
                    center=center,
                )
            )
        return stack(parts, gap=0.3)

    def web_address(
        self, address: str, points: float, width: float, *, role: str, center: bool = False
    ) -> Block:
        """A web address, always left to right, broken where a reader expects
        a break (see `address_lines`) rather than inside a name."""
        font = self.font(points, False)
        shown = LINE_SEPARATOR.join(address_lines(address, font, width))
        block = self.para(shown, points, width, role=role, rtl=False, center=center)
        # The op keeps the address itself; only its layout has the breaks.
        return Block(block.width, block.height, [replace(op, text=address) for op in block.ops])

    def number(self, number: str, width: float) -> Block:
        # Digits keep their order in a right-to-left slip: '(888) 373-7888' must
        # not come out as '373-7888 (888)', so a number is always laid out left to right.
        return self.para(
            number, self.sizes.number, width, role="number", bold=True, rtl=False, fit=True
        )


# QTextLayout ends a line at this character; it draws nothing for it.
LINE_SEPARATOR: Final = "\u2028"
# Where a web address may break: after a slash, before a dot (a line that
# ended in a dot would read as the end of a sentence) and before the start of
# a query or fragment. Anywhere else, say inside "stcharlescountymo", a
# break would split a word in two.
_ADDRESS_BREAK = re.compile(r"(?<=/)(?=[^/])|(?<=[^.])(?=[.?#&])")


def address_lines(address: str, font: QFont, width_mm: float) -> list[str]:
    """The address as lines that fit `width_mm`, filled greedily with its
    parts (each up to a break, `_ADDRESS_BREAK`). A single part wider than a
    line is left whole here; the layout then breaks it wherever it must."""
    parts = [part for part in _ADDRESS_BREAK.split(address) if part]
    lines: list[str] = []
    current = ""
    for part in parts:
        candidate = current + part
        if current and _advance_mm(candidate, font) > width_mm:
            lines.append(current)
            current = part
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _advance_mm(text: str, font: QFont) -> float:
    layout, _ = lay_out(text, font, 10_000.0, rtl=False, align="left", wrap=False)
    return natural_width(layout)


def lay_out(
    text: str, font: QFont, width_mm: float, *, rtl: bool, align: str, wrap: bool
) -> tuple[QTextLayout, float]:
    option = QTextOption()
    absolute = Qt.AlignmentFlag.AlignAbsolute
    option.setAlignment(
        {
            "center": Qt.AlignmentFlag.AlignHCenter,
            "right": Qt.AlignmentFlag.AlignRight | absolute,
            "left": Qt.AlignmentFlag.AlignLeft | absolute,
        }[align]
    )
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    option.setWrapMode(
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.WrapMode.NoWrap
    )
    option.setUseDesignMetrics(True)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    width = width_mm * UNITS_PER_MM
    # Noto Sans Arabic reserves 2.1 em a line for stacked vowel marks that slip
    # text does not use; trimmed to Latin-like bounds, an Arabic card holds a
    # third more. Latin lines (1.07 + 0.29 em) are not affected.
    max_ascent = MAX_ASCENT_EM * font.pixelSize()
    max_descent = MAX_DESCENT_EM * font.pixelSize()
    y = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        top_trim = max(0.0, line.ascent() - max_ascent)
        bottom_trim = max(0.0, line.descent() - max_descent)
        line.setPosition(QPointF(0.0, y - top_trim))
        y += line.height() - top_trim - bottom_trim
    layout.endLayout()
    return layout, y / UNITS_PER_MM


def natural_width(layout: QTextLayout) -> float:
    widths = [layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())]
    return max(widths, default=0.0) / UNITS_PER_MM
