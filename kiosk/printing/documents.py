"""Staff documents printed to PDF from simple HTML (the re-check call sheet).

Slips have their own careful layout (kiosk.printing.render); a staff list
only needs Qt's rich-text engine and a PDF writer. Needs a QGuiApplication,
which is made here, offscreen, when a command runs without one.
"""

from __future__ import annotations

import os
import sys


def write_pdf(path: str, document_html: str, *, title: str) -> None:
    """An HTML document (a staff list, not a slip) as a landscape Letter PDF."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    ensure_gui_application()
    writer = QPdfWriter(path)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    document = QTextDocument()
    document.setHtml(document_html)
    document.print_(writer)


def ensure_gui_application() -> None:
    """Fonts and painting need a QGuiApplication; a PDF needs no screen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the module: the application must outlive the rendering.
        global _app
        _app = QGuiApplication([sys.argv[0] if sys.argv else "kiosk"])


_app: object | None = None
