"""Painting a slip: one code path for the PDF, the printer and the on-screen preview.

`paint_plan` draws a `SlipPlan` onto any QPagedPaintDevice (QPdfWriter,
QPrinter); `render_preview` draws the same plan into a QImage. Painting on
QImage, QPdfWriter and QPrinter is allowed off the GUI thread, so the printer
worker calls these directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kiosk.printing.compose import sensitive_hits
from kiosk.printing.layout import A4_MM, LETTER_MM, Box
from kiosk.printing.ops import UNITS_PER_MM, LineOp, PagePlan, QrOp, TextOp
from kiosk.printing.plan import SlipPlan, plan_slip
from kiosk.printing.qr import qr_path
from kiosk.printing.slip import Slip

# Printer queues, spool folders and PDF viewers show a document's name.
NEUTRAL_DOCUMENT_NAME = "Document"
INK = QColor(0, 0, 0)
PREVIEW_PAGE_GAP_PX = 12
PREVIEW_GAP_COLOUR = QColor(200, 200, 200)
PREVIEW_CARD_OUTLINE = QColor(170, 170, 170)


class RenderError(Exception):
    """The device refused to be painted on (a PDF path that cannot be written...)."""


def page_layout(page: PagePlan) -> QPageLayout:
    size = (page.width_mm, page.height_mm)
    if size == LETTER_MM:
        page_size = QPageSize(QPageSize.PageSizeId.Letter)
    elif size == A4_MM:
        page_size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        page_size = QPageSize(
            QSizeF(*size), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
        )
    return QPageLayout(
        page_size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
        QMarginsF(0, 0, 0, 0),
    )


def paint_plan(plan: SlipPlan, device: QPagedPaintDevice) -> None:
    """Paint every page of `plan` on `device`, sizing its pages to the plan."""
    _assert_discreet(plan)
    if not device.setPageLayout(page_layout(plan.pages[0])):
        raise RenderError("the printer does not accept this page size")
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("could not start drawing on the output")
    try:
        for index, page in enumerate(plan.pages):
            if index:
                device.setPageLayout(page_layout(page))
                device.newPage()
            painter.resetTransform()
            painter.scale(
                device.logicalDpiX() / 25.4 / UNITS_PER_MM,
                device.logicalDpiY() / 25.4 / UNITS_PER_MM,
            )
            _paint_page(painter, page)
    finally:
        if not painter.end():
            raise RenderError("the output could not be finished")


def render_pdf(slip: Slip, path: str | Path) -> SlipPlan:
    """Write `slip` to a PDF file; returns the plan that was drawn."""
    plan = plan_slip(slip)
    writer = QPdfWriter(str(path))
    writer.setTitle(NEUTRAL_DOCUMENT_NAME)
    writer.setCreator("")
    try:
        paint_plan(plan, writer)
    except RenderError as exc:
        raise RenderError(f"cannot write {path}: {exc}") from None
    return plan


def render_preview(slip: Slip, width_px: int, *, cards_only: bool = False) -> QImage:
    """The slip as the visitor will get it, `width_px` wide.

    Rolls and sheets are drawn whole (pages one under another). `cards_only`
    shows just the cards in use on a card sheet, with a grey outline where
    they will be cut, which reads better on a small screen."""
    return preview_image(plan_slip(slip), width_px, cards_only=cards_only)


def preview_image(plan: SlipPlan, width_px: int, *, cards_only: bool = False) -> QImage:
    _assert_discreet(plan)
    width_px = max(1, int(width_px))
    regions = [_preview_region(page, cards_only) for page in plan.pages]
    if cards_only and plan.pages[0].cards:
        regions = regions[:1]  # the first sheet shows every distinct card
    heights = [round(r.height * width_px / r.width) for r in regions]
    total = sum(heights) + PREVIEW_PAGE_GAP_PX * (len(regions) - 1)
    image = QImage(width_px, max(1, total), QImage.Format.Format_RGB32)
    image.fill(PREVIEW_GAP_COLOUR)
    painter = QPainter(image)
    try:
        top = 0
        for page, region, height in zip(plan.pages, regions, heights, strict=False):
            painter.resetTransform()
            painter.fillRect(QRectF(0, top, width_px, height), QColor(255, 255, 255))
            scale = width_px / (region.width * UNITS_PER_MM)
            painter.translate(0, top)
            painter.scale(scale, scale)
            painter.translate(-region.x * UNITS_PER_MM, -region.y * UNITS_PER_MM)
            painter.setClipRect(_units(region))
            if cards_only:
                painter.setPen(QPen(PREVIEW_CARD_OUTLINE, 0.2 * UNITS_PER_MM, Qt.PenStyle.DashLine))
                for card in page.cards:
                    painter.drawRect(_units(card))
            _paint_page(painter, page)
            painter.setClipping(False)
            top += height + PREVIEW_PAGE_GAP_PX
    finally:
        painter.end()
    return image


def _preview_region(page: PagePlan, cards_only: bool) -> Box:
    if not (cards_only and page.cards):
        return page.box
    left = min(c.x for c in page.cards)
    top = min(c.y for c in page.cards)
    right = max(c.x + c.width for c in page.cards)
    bottom = max(c.y + c.height for c in page.cards)
    pad = 1.0
    return Box(left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad)


def _paint_page(painter: QPainter, page: PagePlan) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for op in page.ops:
        if isinstance(op, TextOp):
            painter.setPen(INK)
            op.layout.draw(painter, QPointF(op.box.x * UNITS_PER_MM, op.box.y * UNITS_PER_MM))
        elif isinstance(op, QrOp):
            # Crisp module edges: antialiased squares leave grey seams between modules.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.fillPath(qr_path(op.matrix, _units(op.box)), INK)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        elif isinstance(op, LineOp):
            pen = QPen(INK, op.width_mm * UNITS_PER_MM)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            if op.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            s = op.segment
            painter.drawLine(
                QLineF(
                    s.x1 * UNITS_PER_MM,
                    s.y1 * UNITS_PER_MM,
                    s.x2 * UNITS_PER_MM,
                    s.y2 * UNITS_PER_MM,
                )
            )


def _units(box: Box) -> QRectF:
    return QRectF(
        box.x * UNITS_PER_MM,
        box.y * UNITS_PER_MM,
        box.width * UNITS_PER_MM,
        box.height * UNITS_PER_MM,
    )


def _assert_discreet(plan: SlipPlan) -> None:
    # Development guard on what is actually drawn (compose_slip already filters).
    drawn = "\n".join(text for page in plan.pages for text in page.texts())
    assert not sensitive_hits(drawn, plan.slip.bundle), sensitive_hits(drawn, plan.slip.bundle)
