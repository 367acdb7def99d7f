"""Shared test set-up. Every Qt test runs on the offscreen platform, set here
so no test depends on the caller's environment."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")

import pytest


@pytest.fixture
def kiosk(qtbot):
    from ui_helpers import make_kiosk, remove_filters

    built = make_kiosk(qtbot)
    yield built
    remove_filters(built)


import os  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

from cups_queue import CupsServer, why_unavailable  # noqa: E402

PRIVACY_SNIPPET = Path(__file__).resolve().parents[1] / "deploy" / "cups" / "cupsd-privacy.conf"
QUEUE, OFFLINE_QUEUE = "kiosk-test", "kiosk-offline"


def _require_cups() -> None:
    reason = why_unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the real print tests, but: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="session", autouse=True)
def cups_session() -> Iterator[CupsServer | None]:
    """Started before any test asks Qt about printers: Qt reads the printer
    list once per process, so every test must see this same scheduler.

    A private cupsd with the deploy/cups settings, a queue and an offline queue.

    CUPS_SERVER points this process (and the print worker threads it starts)
    at it; libcups reads it once per thread, before the first request."""
    reason = why_unavailable()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the real print tests, but: {reason}")
        yield None  # tests that need it skip through the `cups` fixture
        return
    with CupsServer.start(privacy_snippet=PRIVACY_SNIPPET) as server:
        server.add_queue(QUEUE)
        server.add_queue(OFFLINE_QUEUE, enabled=False)
        previous = os.environ.get("CUPS_SERVER")
        os.environ["CUPS_SERVER"] = str(server.socket)
        try:
            yield server
        finally:
            if previous is None:
                os.environ.pop("CUPS_SERVER", None)
            else:
                os.environ["CUPS_SERVER"] = previous


@pytest.fixture
def cups(cups_session: CupsServer | None) -> CupsServer:
    """The private scheduler, for tests that print for real."""
    if cups_session is None:
        _require_cups()
    assert cups_session is not None
    return cups_session
