"""Topic icons are tinted by writing the theme's colour into the drawing: the
result is what painting the black drawing over in that colour gives."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import icons_dir
from kiosk.ui import icons

ICON_DIR = icons_dir()
NAMES = sorted(p.name.removesuffix(".svg") for p in ICON_DIR.iterdir() if p.name.endswith(".svg"))


def painted_over(name: str, colour: str, size: int) -> QImage:
    """The black drawing rendered, then filled with the colour where it has ink."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    data = (ICON_DIR / f"{name}.svg").read_bytes()
    QSvgRenderer(QByteArray(data)).render(painter, QRectF(0, 0, size, size))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor(colour))
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any channel of any pixel, premultiplied (so a
    nearly transparent pixel's colour counts for as little as it shows)."""
    premultiplied = QImage.Format.Format_ARGB32_Premultiplied
    a, b = a.convertToFormat(premultiplied), b.convertToFormat(premultiplied)
    assert a.size() == b.size()
    left, right = bytes(a.constBits()), bytes(b.constBits())
    return max(abs(x - y) for x, y in zip(left, right, strict=True))


def test_every_shipped_icon_is_drawn_in_black_alone_with_no_size_of_its_own():
    assert NAMES
    for name in NAMES:
        text = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")
        colours = set(re.findall(r'(?:stroke|fill|color)="([^"]*)"', text)) - {"none"}
        assert colours == {"#000"}, (name, colours)
        assert "style=" not in text and "currentColor" not in text, name
        root = text[: text.index(">")]
        assert " width=" not in root and " height=" not in root, name


@pytest.mark.parametrize("colour", ["#10263B", "#FFFFFF", "#FFE14D"])
@pytest.mark.parametrize("size", [48, 32])
def test_a_tinted_icon_looks_like_the_drawing_painted_over_in_that_colour(qapp, colour, size):
    for name in NAMES:
        icon = icons.icon_for(name, colour, size)
        assert icon is not None, name
        image = icon.pixmap(size, size).toImage()
        assert image.size().width() == size
        assert largest_difference(image, painted_over(name, colour, size)) <= 3, name


def test_a_colour_with_alpha_tints_with_that_opacity(qapp):
    image = icons.icon_for("info", "#80FF0000", 48).pixmap(48, 48).toImage()
    inked = [image.pixelColor(x, 24) for x in range(48) if image.pixelColor(x, 24).alpha() > 0]
    assert inked and max(c.alpha() for c in inked) in range(120, 136)
    assert {c.red() for c in inked if c.alpha() > 100} == {255}


def test_no_icon_for_no_name_or_an_unknown_one(qapp):
    assert icons.icon_for(None) is None
    assert icons.icon_for("") is None
    assert icons.icon_for("no-such-icon") is None


def test_each_tinted_image_is_rendered_once(qapp):
    icons._image.cache_clear()
    icons.icon_for("home", "#123456")
    icons.icon_for("home", "#123456")
    icons.icon_for("home", "#654321")
    info = icons._image.cache_info()
    assert (info.hits, info.misses) == (1, 2)
