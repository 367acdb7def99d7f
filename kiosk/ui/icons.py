"""Topic icons: line drawings shipped as SVG, tinted to the theme at draw time
so they stay visible in the high-contrast theme.

Every shipped icon is drawn in black ("#000", tests/test_icons.py checks it),
so tinting is writing the theme's colour in its place; the drawing is then
rendered at the size asked for by Qt's SVG image plugin, in C++. That needs
neither QSvgRenderer nor a QPainter from Python, whose wrapper types alone
cost more at start than rendering every icon of Home. Each tinted image is
rendered once per run (the cache holds images, not visitor data)."""

from __future__ import annotations

import logging
import re
from functools import cache, lru_cache

from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from kiosk.paths import icons_dir

ICON_PX = 48
INK = b'"#000"'  # the one colour the shipped drawings use

log = logging.getLogger("kiosk")
_SVG_TAG = re.compile(rb"<svg\b")


@cache
def _svg(name: str) -> bytes | None:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        return None


def tinted_svg(data: bytes, colour: str, size: int) -> bytes:
    """The drawing in `colour` (its alpha as the drawing's opacity), `size`
    pixels square."""
    qcolour = QColor(colour)
    ink = f'"{qcolour.name(QColor.NameFormat.HexRgb)}"'.encode()
    sized = f'<svg width="{size}" height="{size}"'.encode()
    if qcolour.alpha() < 255:
        alpha = f"{qcolour.alphaF():.3f}"
        sized += f' stroke-opacity="{alpha}" fill-opacity="{alpha}"'.encode()
    return _SVG_TAG.sub(sized, data.replace(INK, ink), count=1)


@lru_cache(maxsize=128)
def _image(name: str, colour: str, size: int) -> QImage | None:
    data = _svg(name)
    if data is None:
        return None
    image = QImage.fromData(tinted_svg(data, colour, size), "SVG")
    if image.isNull():
        log.warning("icon %s could not be drawn", name)
        return None
    return image


def icon_for(name: str | None, colour: str = "#FFFFFF", size: int = ICON_PX) -> QIcon | None:
    if not name:
        return None
    image = _image(name, colour, size)
    if image is None:
        return None
    return QIcon(QPixmap.fromImage(image))
