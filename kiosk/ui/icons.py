"""Topic icons: line drawings shipped as SVG, tinted to the theme at draw time
so they stay visible in the high-contrast theme."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_PX = 48


@cache
def _svg(name: str) -> bytes | None:
    path = resources.files("kiosk") / "resources" / "icons" / f"{name}.svg"
    try:
        return path.read_bytes()
    except OSError:
        return None


def icon_for(name: str | None, colour: str = "#FFFFFF", size: int = ICON_PX) -> QIcon | None:
    if not name:
        return None
    data = _svg(name)
    if data is None:
        return None
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(data)).render(painter, QRectF(0, 0, size, size))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(image.rect(), QColor(colour))
    painter.end()
    return QIcon(QPixmap.fromImage(image))
