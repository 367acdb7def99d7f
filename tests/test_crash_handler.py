"""An unexpected error anywhere: logged without visitor content, and the
visitor is back at Home. No traceback on screen, no exit."""

import logging
import sys

import pytest
from PySide6.QtCore import QTimer
from ui_helpers import button

from kiosk.session import Screen
from kiosk.ui.crash import install_crash_handler


@pytest.fixture
def crash_handler(kiosk):
    previous = sys.excepthook
    install_crash_handler(kiosk.recover)
    yield
    sys.excepthook = previous


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_goes_home_and_logs_no_content(kiosk, crash_handler, qtbot, caplog):
    session = kiosk.session
    session.start()
    topic = session.bundle.topics[1]
    session.open_topic(topic.id)
    secret = topic.title["en"]

    def broken_slot() -> None:
        raise KeyError(f"could not show {secret}")

    trap = button(kiosk.window, f"resource_{topic.resource_ids[0]}")
    trap.clicked.disconnect()
    trap.clicked.connect(broken_slot)
    with caplog.at_level(logging.ERROR, logger="kiosk"):
        trap.click()
        qtbot.waitUntil(lambda: session.place.screen is Screen.HOME, timeout=2000)
    assert kiosk.window.isVisible()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "KeyError" in logged and "test_crash_handler.py" in logged
    assert secret not in logged, "the log never carries what the visitor looked at"


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_timer_is_handled_the_same_way(kiosk, crash_handler, qtbot, caplog):
    session = kiosk.session
    session.start()
    session.open_about()

    def broken() -> None:
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR, logger="kiosk"):
        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: session.place.screen is Screen.HOME, timeout=2000)
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)
