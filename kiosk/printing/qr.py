"""QR codes made offline with segno and painted as vector squares.

Dark modules are merged into horizontal runs and filled as one path without
antialiasing, so no hairline seams appear between modules on paper or screen.
"""

from __future__ import annotations

from typing import Final

import segno
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainterPath

QUIET_MODULES: Final = 2  # light border inside the reserved square, in modules

Matrix = tuple[tuple[bool, ...], ...]


def qr_matrix(payload: str) -> Matrix:
    """The module matrix (True = dark), without quiet zone."""
    code = segno.make(payload, error="m", micro=False, boost_error=True)
    return tuple(tuple(bool(v) for v in row) for row in code.matrix)


def qr_path(matrix: Matrix, square: QRectF) -> QPainterPath:
    """The dark modules of `matrix` filling `square` (quiet zone included)."""
    modules = len(matrix) + 2 * QUIET_MODULES
    size = min(square.width(), square.height()) / modules
    x0 = square.x() + QUIET_MODULES * size
    y0 = square.y() + QUIET_MODULES * size
    path = QPainterPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            path.addRect(QRectF(x0 + start * size, y0 + r * size, (c - start) * size, size))
    return path
