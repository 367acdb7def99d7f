"""Shared test set-up. Every Qt test runs on the offscreen platform, set here
so no test depends on the caller's environment."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")

import pytest


@pytest.fixture(autouse=True)
def _collector_thawed_after():
    """A kiosk's start freezes what it keeps for the run out of the garbage
    collector's full passes (kiosk.app.long_lived); in this one process of
    many tests, each test leaves the collector as Python has it."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture
def kiosk(qtbot):
    from ui_helpers import make_kiosk, remove_filters

    built = make_kiosk(qtbot)
    yield built
    remove_filters(built)


import atexit  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

from cups_queue import CupsServer, CupsUnavailable, new_base, why_unavailable  # noqa: E402

PRIVACY_SNIPPET = Path(__file__).resolve().parents[1] / "deploy" / "cups" / "cupsd-privacy.conf"
QUEUE, OFFLINE_QUEUE = "kiosk-test", "kiosk-offline"


class PrivateCups:
    """The one private scheduler of a test run, started by the first test that
    prints and stopped when the run ends.

    Its socket is known before it starts, and CUPS_SERVER points there from
    the very beginning (pytest_configure): libcups reads that variable once
    per thread, so every test, and every print worker thread, must see the
    same value. A test that does not print never waits for, nor depends on,
    a scheduler: if cupsd cannot start, only the tests that print fail, with
    the reason."""

    def __init__(self) -> None:
        self.base = new_base()
        self.socket = self.base / "run" / "cups.sock"
        self._server: CupsServer | None = None
        self._failure: str | None = None
        atexit.register(self.close)  # also when the run is interrupted

    def server(self) -> CupsServer:
        if self._failure is None and self._server is None:
            try:
                self._server = CupsServer.launch(self.base, PRIVACY_SNIPPET)
                self._server.add_queue(QUEUE)
                self._server.add_queue(OFFLINE_QUEUE, enabled=False)
            except CupsUnavailable as exc:
                self._failure = str(exc)
                if self._server is not None:
                    self._server.stop()
                self._server = None
        if self._server is None:
            _cannot_print(self._failure or "unknown")
        assert self._server is not None
        return self._server

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
        shutil.rmtree(self.base, ignore_errors=True)


_private_cups: PrivateCups | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _private_cups
    _private_cups = PrivateCups()
    os.environ["CUPS_SERVER"] = str(_private_cups.socket)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _private_cups is not None:
        _private_cups.close()


def _cannot_print(reason: str) -> None:
    """A print test where no private CUPS can run: CI must run them all."""
    unavailable = why_unavailable()
    if unavailable and not os.environ.get("CI"):
        pytest.skip(unavailable)
    pytest.fail(f"no private CUPS for this print test: {reason}")


@pytest.fixture
def cups() -> CupsServer:
    """The private scheduler with its queues, for tests that print for real."""
    assert _private_cups is not None
    return _private_cups.server()


# --- the `slow` marker stays honest -------------------------------------------

SLOW_S = 5.0  # a test longer than this here is marked `slow`
_unmarked_slow: list[tuple[str, float]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.duration > SLOW_S and "slow" not in report.keywords:
        _unmarked_slow.append((report.nodeid, report.duration))


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Names the tests that took longer than SLOW_S without the `slow` marker,
    so `-m "not slow"` stays a quick run. A note, not a failure: the machines
    are small and noisy, and a timing is no test result."""
    if _unmarked_slow:
        terminalreporter.section(f"over {SLOW_S:.0f} s without @pytest.mark.slow")
        for nodeid, seconds in sorted(_unmarked_slow, key=lambda pair: -pair[1]):
            terminalreporter.write_line(f"{seconds:6.1f} s  {nodeid}")
