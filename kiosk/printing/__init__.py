"""Printable slips: discreet, multilingual, drawn by one code path for the
on-screen preview, PDF files and real printers.

    slip = visitor_slip(bundle, chosen_ids, "es", settings)  # SlipSettings: paper, 2nd language
    image = render_preview(slip, 480)          # QImage for the slip screen
    render_pdf(slip, "slip.pdf")               # staff handouts, tests
    SlipPrinter(settings.printer).print_slip(slip)   # silent, in a worker; see printer.py

Qt-free parts (slip, compose, layout, words) import without Qt. The package
root imports each name from its module on first use, so `from kiosk.printing
import Slip` stays light and the kiosk's start, which needs only the slip's
settings, loads neither the slip's composition nor Qt's printing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.printing.compose import SlipContent, compose_slip, sensitive_hits
    from kiosk.printing.layout import LAYOUTS, SlipLayout, layout_for
    from kiosk.printing.printer import (
        PrinterStatus,
        PrintOutcome,
        SlipPrinter,
        available_printers,
        printer_status,
    )
    from kiosk.printing.render import RenderError, render_pdf, render_preview
    from kiosk.printing.slip import (
        Slip,
        SlipError,
        SlipSettings,
        usable_second_language,
        visitor_slip,
    )

_LAZY = {
    "SlipContent": "kiosk.printing.compose",
    "compose_slip": "kiosk.printing.compose",
    "sensitive_hits": "kiosk.printing.compose",
    "LAYOUTS": "kiosk.printing.layout",
    "SlipLayout": "kiosk.printing.layout",
    "layout_for": "kiosk.printing.layout",
    "Slip": "kiosk.printing.slip",
    "SlipError": "kiosk.printing.slip",
    "SlipSettings": "kiosk.printing.slip",
    "usable_second_language": "kiosk.printing.slip",
    "visitor_slip": "kiosk.printing.slip",
    "render_pdf": "kiosk.printing.render",
    "render_preview": "kiosk.printing.render",
    "RenderError": "kiosk.printing.render",
    "SlipPrinter": "kiosk.printing.printer",
    "PrintOutcome": "kiosk.printing.printer",
    "PrinterStatus": "kiosk.printing.printer",
    "available_printers": "kiosk.printing.printer",
    "printer_status": "kiosk.printing.printer",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = [
    "LAYOUTS",
    "PrintOutcome",
    "PrinterStatus",
    "RenderError",
    "Slip",
    "SlipContent",
    "SlipError",
    "SlipLayout",
    "SlipPrinter",
    "SlipSettings",
    "available_printers",
    "compose_slip",
    "layout_for",
    "printer_status",
    "render_pdf",
    "render_preview",
    "sensitive_hits",
    "usable_second_language",
    "visitor_slip",
]
