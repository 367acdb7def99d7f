"""deploy/add-printer.sh against the tests' private cupsd, and the staff
panel's printer line in plain words for each state a real queue can be in.

The script adds a cups-pdf queue exactly as a site adds its receipt or office
printer (lpadmin, a PPD, a device URI), then a real slip is printed through
it and read back from the PDF cups-pdf writes. The states are made for real:
cupsdisable pauses a queue, a queue whose filter reports `media-empty-error`
(as a printer's driver does when the roll runs out) is out of paper, and a
name CUPS does not know is not found.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pypdf
import pytest
from conftest import OFFLINE_QUEUE, QUEUE
from cups_queue import CUPS_PDF_PPDS, CupsServer
from test_slip_print import pdf_text, print_and_wait, sample, wait_for_new_output
from ui_helpers import make_kiosk, remove_filters

import kiosk
from kiosk.config import KioskConfig
from kiosk.printing import Slip
from kiosk.printing.printer import PrinterState, SlipPrinter, printer_status

REPO = Path(kiosk.__file__).resolve().parents[1]
SCRIPT = REPO / "deploy" / "add-printer.sh"
MM = 72 / 25.4  # PDF points per millimetre
# Keeps the text layer of cups-pdf's output readable (see tests/cups_queue.py).
TEXT_KEEPING = "pdftops-renderer-default=pdftocairo"

__all__ = ["sample"]  # the module-scoped bundle fixture, shared with test_slip_print


def ppd() -> str:
    return str(next(p for p in CUPS_PDF_PPDS if p.exists()))


def add_printer(server: CupsServer, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), *args], env=server.env(), capture_output=True, text=True, timeout=60
    )


def queue_defaults(server: CupsServer, name: str) -> dict[str, str]:
    """The queue's default options as `lpoptions -p` reports them."""
    done = server.run("lpoptions", "-p", name)
    assert done.returncode == 0, done.stderr
    pairs = [word.partition("=") for word in shlex.split(done.stdout)]
    return {key: value for key, _, value in pairs}


@pytest.fixture
def queues(cups) -> Iterator[list[str]]:
    """Names of queues a test adds; removed again afterwards."""
    names: list[str] = []
    yield names
    for name in names:
        cups.run("cancel", "-a", name)
        cups.run("lpadmin", "-x", name)


# --- adding a queue and printing through it -------------------------------------


@pytest.mark.parametrize(
    ("paper", "layout", "media", "width_mm"),
    [("80mm", "80mm", "Custom.80x200mm", 80), ("a4", "cards-a4", "A4", 210)],
)
def test_the_script_adds_a_queue_a_real_slip_prints_through(
    cups, queues, qtbot, sample, paper, layout, media, width_mm
):
    name = f"setup-{paper}"
    queues.append(name)
    done = add_printer(
        cups,
        *("--name", name, "--paper", paper, "--device-uri", cups.device_uri),
        *("--ppd", ppd(), "--description", "Front desk", "--option", TEXT_KEEPING),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith(f"queue {name} added: printer {name} is idle.")

    defaults = queue_defaults(cups, name)
    assert defaults["media"] == media
    assert defaults["job-sheets"] == "none,none"
    assert defaults["printer-info"] == "Front desk"
    status = printer_status(name)
    assert status is not None and status.state is PrinterState.READY

    before = set(cups.output_pdfs())
    slip = Slip(sample, ("national-trafficking-hotline", "lifeline-988"), "en", layout=layout)
    outcome = print_and_wait(qtbot, SlipPrinter(name), slip)
    assert outcome.ok, outcome.detail
    pdf = wait_for_new_output(qtbot, cups, before)
    assert sample.resources["lifeline-988"].phones[0].display in pdf_text(pdf)
    page = pypdf.PdfReader(pdf).pages[0]
    assert round(float(page.mediabox.width) / MM) == width_mm


def test_running_it_again_changes_nothing_that_matters(cups, queues):
    name = "setup-twice"
    queues.append(name)
    args = ("--name", name, "--paper", "58mm", "--device-uri", cups.device_uri, "--ppd", ppd())
    assert add_printer(cups, *args).returncode == 0
    first = queue_defaults(cups, name)
    again = add_printer(cups, *args)
    assert again.returncode == 0, again.stderr
    assert queue_defaults(cups, name) == first
    assert first["media"] == "Custom.58x200mm"


def test_default_makes_it_the_system_default(cups, queues):
    name = "setup-default"
    queues.append(name)
    done = add_printer(
        cups,
        *("--name", name, "--paper", "letter", "--device-uri", cups.device_uri),
        *("--ppd", ppd(), "--default"),
    )
    assert done.returncode == 0, done.stderr
    try:
        assert cups.run("lpstat", "-d").stdout.strip() == f"system default destination: {name}"
        assert queue_defaults(cups, name)["media"] == "Letter"
    finally:
        cups.run("lpadmin", "-d", QUEUE)


def test_dry_run_prints_the_commands_and_adds_nothing(cups):
    done = add_printer(
        cups,
        *("--name", "setup-dry", "--paper", "80mm", "--device-uri", "usb://EPSON/TM-T20III"),
        *("--model", "everywhere", "--location", "Front desk", "--default", "--dry-run"),
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [
        "would run: lpadmin -p setup-dry -E -v usb://EPSON/TM-T20III -m everywhere"
        " -L Front\\ desk -o media-default=Custom.80x200mm -o job-sheets-default=none\\,none"
        " -o printer-error-policy=abort-job",
        "would run: lpadmin -d setup-dry",
    ]
    assert cups.run("lpstat", "-p", "setup-dry").returncode != 0


GOOD = ("--name", "desk", "--paper", "80mm", "--device-uri", "usb://X/Y", "--model", "everywhere")


def without(option: str) -> list[str]:
    i = GOOD.index(option)
    return [*GOOD[:i], *GOOD[i + 2 :]]


def replaced(option: str, value: str) -> list[str]:
    i = GOOD.index(option)
    return [*GOOD[: i + 1], value, *GOOD[i + 2 :]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            without("--name"),
            "--name is missing: the queue's name, as the kiosk config's printer: names it",
        ),
        (
            replaced("--name", "front desk"),
            "--name front desk: a queue name cannot hold spaces, /, \\, quotes or #",
        ),
        (
            replaced("--name", "a/b"),
            "--name a/b: a queue name cannot hold spaces, /, \\, quotes or #",
        ),
        (
            replaced("--name", "desk#2"),
            "--name desk#2: a queue name cannot hold spaces, /, \\, quotes or #",
        ),
        (replaced("--name", "x" * 128), "--name: at most 127 characters"),
        (
            without("--paper"),
            "--paper is missing: 80mm or 58mm (receipt roll), letter or a4 (sheets)",
        ),
        (replaced("--paper", "A4"), "--paper A4: use 80mm, 58mm, letter or a4"),
        (replaced("--paper", "76mm"), "--paper 76mm: use 80mm, 58mm, letter or a4"),
        (
            without("--device-uri"),
            "--device-uri is missing: where the printer is (lpinfo -v lists what CUPS finds)",
        ),
        (
            replaced("--device-uri", "/dev/usb/lp0"),
            "--device-uri /dev/usb/lp0: not a URI (usb://..., socket://HOST:9100, ipp://HOST/ipp/print)",
        ),
        (
            without("--model"),
            "no driver: give --ppd FILE (the maker's) or --model MODEL"
            " (lpinfo -m; everywhere for IPP Everywhere)",
        ),
        ([*GOOD, "--ppd", "/etc/passwd"], "--ppd and --model: choose one driver"),
        (
            [*without("--model"), "--ppd", "/nonexistent.ppd"],
            "--ppd /nonexistent.ppd: no such file",
        ),
        ([*GOOD, "--option", "cutter"], "--option cutter: use KEY=VALUE"),
        ([*GOOD, "--name"], "--name needs a value"),
        (["--name", "--paper", "80mm"], "--name needs a value"),
        ([*GOOD, "--media", ""], "--media needs a value"),
        ([*GOOD, "--fast"], "unknown option: --fast"),
    ],
)
def test_bad_options_are_refused_with_what_to_give(args, message):
    done = subprocess.run([str(SCRIPT), *args, "--dry-run"], capture_output=True, text=True)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", f"add-printer.sh: {message}\n")


def test_help_shows_the_options():
    done = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "--device-uri where the printer is" in done.stdout


def test_no_options_prints_what_is_missing():
    done = subprocess.run([str(SCRIPT)], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("add-printer.sh: --name is missing")


# --- the staff panel's printer line -----------------------------------------------

READY = "Printer {name}: ready."
PAUSED = (
    "Printer {name}: paused. It prints nothing until it is resumed"
    " (ask whoever looks after this computer)."
)
OUT_OF_PAPER = "Printer {name}: out of paper. Put in a new roll or more paper."
NOT_WORKING = "Printer {name}: not working. Check that it is switched on and connected."
NOT_FOUND = "Printer {name}: not found."


def printer_line(qtbot, name: str) -> str:
    built = make_kiosk(qtbot, KioskConfig(printer=name))
    try:
        return built.staff.printer_line()
    finally:
        remove_filters(built)


def test_a_paused_queue_says_paused_and_ready_again_once_resumed(cups, queues, qtbot):
    name = "setup-pause"
    queues.append(name)
    args = ("--name", name, "--paper", "80mm", "--device-uri", cups.device_uri, "--ppd", ppd())
    assert add_printer(cups, *args).returncode == 0
    assert printer_line(qtbot, name) == READY.format(name=name)

    assert cups.run("cupsdisable", name).returncode == 0
    status = printer_status(name)
    assert status is not None and status.state is PrinterState.PAUSED and not status.usable
    assert printer_line(qtbot, name) == PAUSED.format(name=name)

    assert cups.run("cupsenable", name).returncode == 0
    assert printer_line(qtbot, name) == READY.format(name=name)


def paper_out_ppd(server: CupsServer, *, then: str) -> Path:
    """A PPD whose filter does what a receipt printer's driver does when the
    roll runs out: it reports `media-empty-error` to CUPS, then runs `then`
    (wait, or give up with an error)."""
    folder = server.base / "paper-out"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o755)  # filters run as the unprivileged lp user
    program = folder / f"paper-out-{then.split()[0]}"
    program.write_text(f"#!/bin/sh\necho 'STATE: +media-empty-error' >&2\n{then}\n")
    program.chmod(0o755)
    text = Path(ppd()).read_text()
    filter_line = f'*cupsFilter2: "application/pdf application/vnd.cups-pdf 0 {program}"\n'
    made = folder / f"paper-out-{then.split()[0]}.ppd"
    made.write_text(text.replace("*% cupsFilter:", filter_line + "*% cupsFilter:", 1))
    return made


A_PDF = Path("/usr/share/cups/data/default-testpage.pdf")  # shipped by cups


def test_a_printer_out_of_paper_says_so(cups, queues, qtbot):
    name = "setup-paper-out"
    queues.append(name)
    args = ("--name", name, "--paper", "80mm", "--device-uri", cups.device_uri)
    paper_out = paper_out_ppd(cups, then="exec sleep 60")
    assert add_printer(cups, *args, "--ppd", str(paper_out)).returncode == 0
    assert cups.run("lp", "-d", name, str(A_PDF)).returncode == 0
    qtbot.waitUntil(
        lambda: "media-empty-error" in cups.run("lpstat", "-l", "-p", name).stdout, timeout=20_000
    )
    status = printer_status(name)
    assert status is not None and status.state is PrinterState.OUT_OF_PAPER and not status.usable
    assert printer_line(qtbot, name) == OUT_OF_PAPER.format(name=name)


def test_a_stopped_queue_says_not_working(cups, qtbot):
    """The session's queue made without -E: stopped, with no reason given."""
    assert printer_line(qtbot, OFFLINE_QUEUE) == NOT_WORKING.format(name=OFFLINE_QUEUE)


def test_a_queue_cups_does_not_know_says_not_found(cups, qtbot):
    assert printer_line(qtbot, "setup-nowhere") == NOT_FOUND.format(name="setup-nowhere")


# --- a job that cannot print is thrown away ----------------------------------------

GET_POLICY = """{
    OPERATION Get-Printer-Attributes
    GROUP operation-attributes-tag
    ATTR charset attributes-charset utf-8
    ATTR naturalLanguage attributes-natural-language en
    ATTR uri printer-uri $uri
    ATTR keyword requested-attributes printer-error-policy
    DISPLAY printer-error-policy
}
"""


def error_policy(server: CupsServer, name: str, tmp_path: Path) -> str:
    """The queue's printer-error-policy, asked over the scheduler's socket."""
    ipptool = shutil.which("ipptool")
    if ipptool is None:
        pytest.skip("needs ipptool (apt-get install cups-ipp-utils)")
    test = tmp_path / "policy.test"
    test.write_text(GET_POLICY)
    uri = f"ipp://{quote(str(server.socket), safe='')}/printers/{name}"
    done = server.run(ipptool, "-t", uri, str(test))
    (policy,) = re.findall(r"printer-error-policy \(\w+\) = (\S+)", done.stdout)
    return policy


def test_a_job_the_printer_fails_on_is_dropped_not_kept_for_later(cups, queues, tmp_path):
    """printer-error-policy=abort-job: when the printer fails a job (switched
    off, jammed), the slip is thrown away instead of kept and printed whenever
    the scheduler tries again, for whoever then stands at the printer. A queue
    added without the script gets the scheduler's default (retry-job here), and
    keeps the slip."""
    name, plain = "setup-policy", "setup-policy-plain"
    queues.extend([name, plain])
    args = ("--name", name, "--paper", "80mm", "--device-uri", cups.device_uri, "--ppd", ppd())
    assert add_printer(cups, *args).returncode == 0
    assert (
        cups.run("lpadmin", "-p", plain, "-E", "-v", cups.device_uri, "-P", ppd()).returncode == 0
    )
    assert error_policy(cups, name, tmp_path) == "abort-job"
    assert error_policy(cups, plain, tmp_path) == "retry-job"
