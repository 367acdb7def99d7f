"""Silent printing to the kiosk's printer, off the UI thread.

    printer = SlipPrinter(config.printer)          # None: the system default printer
    printer.finished.connect(show_outcome)         # PrintOutcome, on the GUI thread
    printer.print_slip(slip)                       # returns at once; never a dialog

Everything that may block (asking CUPS about printers, drawing, handing the job
to the spooler) runs in a worker thread, so quick exit stays instant during a
print. Whatever goes wrong ends as a PrintOutcome with a plain sentence for the
visitor; nothing raises into the UI. The job is named "Document": printer
queues and logs show a job's name. Nothing about the slip is logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.fonts import slip_families
from kiosk.printing.plan import plan_slip
from kiosk.printing.render import NEUTRAL_DOCUMENT_NAME, RenderError, paint_plan
from kiosk.printing.slip import Slip, SlipError

_CONTEXT: Final = "SlipPrinter"


class PrintResult(StrEnum):
    PRINTED = "printed"
    NO_PRINTER = "no-printer"
    OFFLINE = "offline"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    result: PrintResult
    printer: str | None = None
    # For staff and tests, never shown to a visitor and never logged with slip content.
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.result is PrintResult.PRINTED

    @property
    def message(self) -> str:
        """What the visitor reads, in the UI's language (Qt translation context 'SlipPrinter')."""
        tr = QCoreApplication.translate
        if self.result is PrintResult.PRINTED:
            return tr(_CONTEXT, "Your slip is printing. Please take it from the printer.")
        if self.result is PrintResult.NO_PRINTER:
            return tr(_CONTEXT, "No printer is set up. Please ask at the front desk.")
        if self.result is PrintResult.OFFLINE:
            return tr(_CONTEXT, "The printer is offline. Please ask at the front desk.")
        return tr(_CONTEXT, "Printing failed. Please ask at the front desk.")


class PrinterState(StrEnum):
    READY = "ready"
    PRINTING = "printing"
    # The three below: a job would wait in the queue, not print.
    PAUSED = "paused"  # someone paused the queue (cupsdisable, the print settings)
    OUT_OF_PAPER = "out-of-paper"  # the printer reports no paper (media-empty, media-needed)
    OFFLINE = "offline"  # stopped or in error for another reason, or switched off


# printer-state-reasons (kiosk.printing.queue_state) that say which of the above.
_OUT_OF_PAPER_REASONS: Final = frozenset({"media-empty", "media-needed"})


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """One printer as the staff panel lists it."""

    name: str
    description: str
    is_default: bool
    state: PrinterState

    @property
    def usable(self) -> bool:
        return self.state in (PrinterState.READY, PrinterState.PRINTING)


def available_printers() -> list[PrinterStatus]:
    """Every printer the system knows, default first, each with the reason it
    cannot print if there is one. May take a moment (asks CUPS)."""
    statuses = [_status(info, with_reasons=True) for info in QPrinterInfo.availablePrinters()]
    return sorted(statuses, key=lambda s: (not s.is_default, s.name))


def printer_status(name: str | None) -> PrinterStatus | None:
    """The named printer (or the system default when `name` is None), with the
    reason it cannot print if there is one; None if there is no such printer."""
    info = _find(name)
    return None if info is None else _status(info, with_reasons=True)


def print_slip_now(slip: Slip, printer_name: str | None) -> PrintOutcome:
    """Print `slip` silently and wait for it to be handed to the spooler.

    Blocking: the UI uses SlipPrinter, which runs this in a worker thread."""
    try:
        plan = plan_slip(slip)
    except SlipError as exc:
        return PrintOutcome(PrintResult.FAILED, printer_name, str(exc))
    info = _find(printer_name)
    if info is None:
        return PrintOutcome(PrintResult.NO_PRINTER, printer_name, "no such printer")
    name = info.printerName()
    if not _status(info).usable:
        return PrintOutcome(PrintResult.OFFLINE, name, "the printer is stopped or in error")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(NEUTRAL_DOCUMENT_NAME)
    printer.setCreator("")
    printer.setFullPage(True)  # the plan places everything from the paper's corner
    printer.setCopyCount(1)
    try:
        paint_plan(plan, printer)
    except RenderError as exc:
        return PrintOutcome(PrintResult.FAILED, name, str(exc))
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        return PrintOutcome(PrintResult.FAILED, name, "the spooler refused the job")
    return PrintOutcome(PrintResult.PRINTED, name)


class SlipPrinter(QObject):
    """Prints slips one at a time in a worker thread; reports each on `finished`."""

    finished = Signal(object)  # PrintOutcome, delivered on this object's (the GUI) thread

    def __init__(self, printer_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        slip_families()  # register the fonts here, on the GUI thread, not in the worker
        self.printer_name = printer_name or None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one job at a time, in the order asked
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._generation = 0
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def print_slip(self, slip: Slip) -> None:
        """Start printing and return at once; `finished` follows with the outcome."""
        self._pending += 1
        self._pool.start(_PrintJob(slip, self.printer_name, self._relay, self._generation))

    def reset(self) -> None:
        """Quick exit: a job already handed over still prints (paper cannot be
        recalled), but its outcome is not announced to the next visitor."""
        self._generation += 1

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        """For shutdown: let a running job reach the spooler."""
        return self._pool.waitForDone(msecs)

    @Slot(object, int)
    def _deliver(self, outcome: PrintOutcome, generation: int) -> None:
        self._pending -= 1
        if generation == self._generation:
            self.finished.emit(outcome)


class _Relay(QObject):
    # Emitted from the worker thread; the receiver lives on the GUI thread, so
    # Qt queues the call there.
    done = Signal(object, int)


class _PrintJob(QRunnable):
    def __init__(
        self, slip: Slip, printer_name: str | None, relay: _Relay, generation: int
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._slip: Slip | None = slip
        self._printer_name = printer_name
        self._relay = relay
        self._generation = generation

    def run(self) -> None:
        # The job object outlives the print (the pool and PySide decide when
        # it goes); the visitor's slip must not live on with it.
        slip, self._slip = self._slip, None
        try:
            outcome = print_slip_now(slip, self._printer_name)
        except Exception as exc:  # the visitor must never be stuck: any failure is an outcome
            outcome = PrintOutcome(PrintResult.FAILED, self._printer_name, type(exc).__name__)
        self._relay.done.emit(outcome, self._generation)


def _find(name: str | None) -> QPrinterInfo | None:
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    return None if info.isNull() else info


def _status(info: QPrinterInfo, *, with_reasons: bool = False) -> PrinterStatus:
    """Qt's state of the queue; with_reasons adds CUPS's reasons (paused, out of
    paper), which cost a call to lpstat: for staff, not for a visitor's print."""
    state = info.state()
    if state == QPrinter.PrinterState.Active:
        mapped = PrinterState.PRINTING
    elif state in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        mapped = PrinterState.OFFLINE
    else:
        mapped = PrinterState.READY
    if with_reasons:
        from kiosk.printing.queue_state import queue_reasons

        reasons = queue_reasons(info.printerName()) or frozenset()
        if reasons & _OUT_OF_PAPER_REASONS:
            mapped = PrinterState.OUT_OF_PAPER
        elif "paused" in reasons:
            mapped = PrinterState.PAUSED
        elif "offline" in reasons:
            mapped = PrinterState.OFFLINE
    return PrinterStatus(info.printerName(), info.description(), info.isDefault(), mapped)
