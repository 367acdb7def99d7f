"""Printing slips for visitors (and staff's test print), without blocking:
the printer is talked to on a worker, so Quick exit stays instant."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kiosk.content.model import Bundle, Trust
from kiosk.printing.slip import SlipSettings, visitor_slip

if TYPE_CHECKING:
    from kiosk.printing.printer import PrintOutcome, SlipPrinter

log = logging.getLogger("kiosk")


class SlipPrinting:
    """Owns the one SlipPrinter of the run (made at the first print, so a
    kiosk nobody prints from never loads the print code) and hands each
    outcome to `deliver` on the GUI thread."""

    def __init__(self, settings: SlipSettings, deliver: Callable[[PrintOutcome], None]) -> None:
        self.settings = settings
        self._deliver = deliver
        self.printer: SlipPrinter | None = None

    def print_visitor_slip(self, bundle: Bundle, resource_ids: list[str], language: str) -> bool:
        """Start printing a visitor's slip; False when there is nothing to print."""
        if not resource_ids:
            return False
        slip = visitor_slip(bundle, resource_ids, language, self.settings)
        self._printer().print_slip(slip)
        return True

    def test_print(self, bundle: Bundle, today: date) -> bool:
        """A real slip of the first printable service, in the bundle's default
        language: what visitors would get, on the paper they would get. False
        when no service can be printed."""
        first = next(
            (
                r.id
                for r in bundle.resources.values()
                if r.phones and bundle.trust(r, today) is not Trust.UNVERIFIED
            ),
            None,
        )
        if first is None:
            return False
        slip = visitor_slip(bundle, [first], bundle.default_language, self.settings)
        self._printer().print_slip(slip)
        return True

    def forget(self) -> None:
        """Quick exit: the next visitor hears nothing of a print under way."""
        if self.printer is not None:
            self.printer.reset()

    def _printer(self) -> SlipPrinter:
        from kiosk.printing.printer import SlipPrinter

        if self.printer is None:
            self.printer = SlipPrinter(self.settings.printer)
            self.printer.finished.connect(self._printed)
        return self.printer

    def _printed(self, outcome: PrintOutcome) -> None:
        if not outcome.ok:
            # For staff reading the journal: which printer, never what was printed.
            log.warning("slip not printed: %s (%s)", outcome.result, outcome.printer or "default")
        self._deliver(outcome)
