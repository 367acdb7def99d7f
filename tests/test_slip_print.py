"""Real printing: Qt prints silently to a CUPS queue whose cups-pdf backend writes
the job out as a PDF, which is read back. The scheduler runs with the
deploy/cups/ privacy settings, and the tests check the spool is left empty.

CUPS needs root and the cups, cups-client and printer-driver-cups-pdf packages;
without them these tests are skipped with the reason, except under CI (CI set),
where .ci/run installs them and a skip would hide a broken print path.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
from conftest import OFFLINE_QUEUE, QUEUE
from cups_queue import CupsServer

import kiosk
from kiosk.content import load_bundle
from kiosk.content.model import Bundle
from kiosk.paths import sample_bundle
from kiosk.printing import Slip
from kiosk.printing.printer import (
    PrinterState,
    PrintOutcome,
    PrintResult,
    SlipPrinter,
    available_printers,
    printer_status,
)
from kiosk.printing.render import render_pdf

REPO = Path(kiosk.__file__).resolve().parents[1]
SAMPLE = sample_bundle()
JOB_TIMEOUT_MS = 60_000

NO_PRINTER = "No printer is set up. Please ask at the front desk."
OFFLINE = "The printer is offline. Please ask at the front desk."
FAILED = "Printing failed. Please ask at the front desk."


@pytest.fixture(scope="module")
def sample() -> Bundle:
    result = load_bundle(SAMPLE, today=date(2026, 12, 6))
    assert result.bundle is not None
    return result.bundle


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return re.sub(r"[ \t]+", " ", text)


def print_and_wait(qtbot, printer: SlipPrinter, slip: Slip) -> PrintOutcome:
    with qtbot.waitSignal(printer.finished, timeout=JOB_TIMEOUT_MS) as signal:
        printer.print_slip(slip)
    outcome = signal.args[0]
    assert isinstance(outcome, PrintOutcome)
    return outcome


def wait_for_new_output(qtbot, server: CupsServer, before: set[Path]) -> Path:
    """The job's PDF, once the scheduler has finished the job."""
    qtbot.waitUntil(
        lambda: bool(set(server.output_pdfs()) - before) and not server.pending_jobs(),
        timeout=JOB_TIMEOUT_MS,
    )
    (new,) = set(server.output_pdfs()) - before
    return new


# --- a real print -----------------------------------------------------------------


@pytest.mark.parametrize("layout", ["80mm", "cards-letter"])
def test_prints_silently_and_the_spool_keeps_nothing(qtbot, cups, sample, layout):
    slip = Slip(sample, ("national-trafficking-hotline", "lifeline-988"), "en", layout=layout)
    printer = SlipPrinter(QUEUE)
    outcomes: list[PrintOutcome] = []
    printer.finished.connect(outcomes.append)
    before = set(cups.output_pdfs())

    with qtbot.waitSignal(printer.finished, timeout=JOB_TIMEOUT_MS) as signal:
        printer.print_slip(slip)
        # print_slip returned before the job was done: the outcome can only reach
        # this (GUI) thread through its event loop, which has not run yet.
        assert printer.busy and outcomes == []
    outcome = signal.args[0]
    assert outcome.ok, outcome
    assert outcome.printer == QUEUE
    assert "printing" in outcome.message

    printed = wait_for_new_output(qtbot, cups, before)
    text = pdf_text(printed)
    for number in ("1-888-373-7888", "233733", "711", "988"):
        assert number in text
    assert "Help line" in text and "Trafficking" not in text
    # cups-pdf names its file after the job's title: the neutral name, nothing else.
    assert printed.name.startswith("Document")
    # PreserveJobFiles No / PreserveJobHistory No: no data (d*) or control (c*)
    # file is left in the spool once the job is done.
    qtbot.waitUntil(lambda: not cups.spool_job_files(), timeout=10_000)
    assert not printer.busy


def test_without_a_configured_printer_the_system_default_is_used(qtbot, cups, sample):
    assert cups.run("lpadmin", "-d", QUEUE).returncode == 0
    before = set(cups.output_pdfs())
    outcome = print_and_wait(qtbot, SlipPrinter(None), Slip(sample, ("emergency-911",), "es"))
    assert outcome.ok and outcome.printer == QUEUE
    assert "911" in pdf_text(wait_for_new_output(qtbot, cups, before))


def test_the_staff_panel_lists_printers_and_their_state(cups):
    by_name = {status.name: status for status in available_printers()}
    assert by_name[QUEUE].state is not PrinterState.OFFLINE and by_name[QUEUE].usable
    assert by_name[OFFLINE_QUEUE].state is PrinterState.OFFLINE
    assert not by_name[OFFLINE_QUEUE].usable
    offline = printer_status(OFFLINE_QUEUE)
    assert offline is not None and offline.state is PrinterState.OFFLINE
    assert printer_status("no-such-printer") is None


def test_default_cups_settings_would_keep_the_document(qtbot, cups, sample, tmp_path):
    """Why deploy/cups exists: the same job on a scheduler with CUPS's defaults
    leaves the slip's data file in the spool; with the snippet it does not."""
    pdf = tmp_path / "slip.pdf"
    render_pdf(Slip(sample, ("lifeline-988",), "en"), pdf)
    with CupsServer.start(privacy_snippet=None) as default:
        default.add_queue(QUEUE)
        before = set(default.output_pdfs())
        assert default.run("lp", "-d", QUEUE, "-t", "Document", str(pdf)).returncode == 0
        wait_for_new_output(qtbot, default, before)
        kept = [p.name for p in default.spool_job_files()]
    assert any(name.startswith("d") for name in kept), kept  # the slip itself, for a day

    before = set(cups.output_pdfs())
    assert cups.run("lp", "-d", QUEUE, "-t", "Document", str(pdf)).returncode == 0
    wait_for_new_output(qtbot, cups, before)
    qtbot.waitUntil(lambda: not cups.spool_job_files(), timeout=10_000)


# --- when printing cannot happen ------------------------------------------------


def test_a_printer_that_does_not_exist_gives_a_clear_message(qtbot, sample):
    outcome = print_and_wait(
        qtbot, SlipPrinter("no-such-printer"), Slip(sample, ("lifeline-988",), "en")
    )
    assert outcome.result is PrintResult.NO_PRINTER
    assert outcome.message == NO_PRINTER


def test_an_offline_printer_gives_a_clear_message(qtbot, cups, sample):
    before = set(cups.output_pdfs())
    outcome = print_and_wait(
        qtbot, SlipPrinter(OFFLINE_QUEUE), Slip(sample, ("lifeline-988",), "en")
    )
    assert outcome.result is PrintResult.OFFLINE
    assert outcome.message == OFFLINE
    assert not cups.pending_jobs() and set(cups.output_pdfs()) == before  # nothing queued


def test_a_slip_that_cannot_be_drawn_fails_with_a_message_not_an_exception(qtbot, sample):
    broken = Slip(sample, ("no-such-resource",), "en")
    outcome = print_and_wait(qtbot, SlipPrinter("no-such-printer"), broken)
    assert outcome.result is PrintResult.FAILED
    assert outcome.message == FAILED


def test_after_quick_exit_an_old_outcome_is_not_announced(qtbot, sample):
    printer = SlipPrinter("no-such-printer")
    outcomes: list[PrintOutcome] = []
    printer.finished.connect(outcomes.append)
    printer.print_slip(Slip(sample, ("lifeline-988",), "en"))
    printer.reset()
    qtbot.waitUntil(lambda: not printer.busy, timeout=JOB_TIMEOUT_MS)
    assert outcomes == []
    # The next visitor's print is announced as usual.
    assert (
        print_and_wait(qtbot, printer, Slip(sample, ("lifeline-988",), "en")).message == NO_PRINTER
    )


def test_after_a_print_and_a_quick_exit_no_slip_is_left_in_memory(qtbot):
    """The visitor's slip travels to a worker thread; once printed and the
    visit forgotten, nothing may still hold it."""
    import gc

    from ui_helpers import make_kiosk

    from kiosk.config import KioskConfig

    kiosk = make_kiosk(qtbot, KioskConfig(printer="no-such-printer"))
    session = kiosk.session
    for _ in range(3):
        session.start()
        session.add_to_slip(session.bundle.topics[0].resource_ids[0])
        kiosk.print_slip()
        qtbot.waitUntil(lambda: not kiosk.printing.printer.busy, timeout=JOB_TIMEOUT_MS)
        kiosk.quick_exit()
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Slip)]
    kiosk.shut_down()
