"""Staff access: the hidden corner, the PIN pad, the lockout and the panel."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from ui_helpers import button, make_kiosk, remove_filters

from kiosk.config import KioskConfig, check_pin, hash_pin
from kiosk.staff import LOCKOUT_S, MAX_WRONG, PinGuard, PinOutcome
from kiosk.ui.staff import PinPad, StaffPanel


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_pin_hash_is_salted_scrypt_and_checks():
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second, "salted"
    assert first.startswith("scrypt:")
    assert check_pin("2468", first) and check_pin("2468", second)
    assert not check_pin("2469", first)
    assert not check_pin("2468", "garbage")


def test_five_wrong_pins_lock_the_pad_for_a_minute():
    clock = FakeClock()
    guard = PinGuard(hash_pin("1357"), clock)
    for _ in range(MAX_WRONG - 1):
        assert guard.check("0000").outcome is PinOutcome.WRONG
    assert guard.check("0000").outcome is PinOutcome.LOCKED
    locked = guard.check("1357")
    assert locked.outcome is PinOutcome.LOCKED, "even the right PIN waits out the lock"
    assert locked.wait_s == LOCKOUT_S
    clock.now += LOCKOUT_S - 1
    assert guard.check("1357").outcome is PinOutcome.LOCKED
    clock.now += 1
    assert guard.check("1357").outcome is PinOutcome.OK


@pytest.fixture
def pin_kiosk(qtbot):
    kiosk = make_kiosk(qtbot, KioskConfig(staff_pin_hash=hash_pin("2468")))
    yield kiosk
    remove_filters(kiosk)


def hold_corner(qtbot, window, ms):
    """A finger held in the bottom-left corner, through the window system."""
    corner = QPoint(10, window.height() - 10)
    handle = window.windowHandle()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.wait(ms)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=corner)


def test_a_short_press_in_the_corner_does_nothing(pin_kiosk, qtbot):
    hold_corner(qtbot, pin_kiosk.window, 500)
    assert pin_kiosk.window.overlays.panel is None


def test_holding_the_corner_opens_the_pin_pad_and_the_right_pin_the_panel(pin_kiosk, qtbot):
    kiosk = pin_kiosk
    hold_corner(qtbot, kiosk.window, 3300)
    pad = kiosk.window.overlays.panel
    assert isinstance(pad, PinPad)
    for digit in "2468":
        button(pad, f"pin_{digit}").click()
    assert pad.display.text() == "\u2022" * 4, "the PIN is masked"
    button(pad, "pin_ok").click()
    panel = kiosk.window.overlays.panel
    assert isinstance(panel, StaffPanel)
    shown = " ".join(w.text() for w in panel.findChildren(QLabel))
    assert kiosk.session.bundle.id in shown
    button(panel, "staff_close").click()
    assert kiosk.window.overlays.panel is None


def test_wrong_pins_lock_the_pad_on_screen(pin_kiosk, qtbot):
    kiosk = pin_kiosk
    kiosk.open_staff_access()
    pad = kiosk.window.overlays.panel
    for _ in range(MAX_WRONG):
        button(pad, "pin_1").click()
        button(pad, "pin_ok").click()
    assert "Try again in 60 seconds" in pad.message.text()
    for digit in "2468":
        button(pad, f"pin_{digit}").click()
    button(pad, "pin_ok").click()
    assert isinstance(kiosk.window.overlays.panel, PinPad), "locked: the right PIN waits"


EXIT_CHILD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from kiosk.app import build_kiosk
from kiosk.config import KioskConfig
from kiosk.content import load_bundle
from kiosk.paths import sample_bundle
app = QApplication([])
kiosk = build_kiosk(app, KioskConfig(), load_bundle(sample_bundle()))
kiosk.window.show()
def press_exit():
    kiosk.open_staff_panel()
    kiosk.window.overlays.panel.findChild(QPushButton, "staff_exit").click()
QTimer.singleShot(0, press_exit)
QTimer.singleShot(10000, lambda: app.exit(7))  # would mean Exit kiosk did nothing
print("exit code", app.exec())
"""


def test_exit_kiosk_ends_the_real_event_loop():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", EXIT_CHILD], capture_output=True, text=True, timeout=60, check=False
    )
    assert "exit code 0" in done.stdout, done.stdout + done.stderr[-1000:]


def test_without_a_pin_the_gesture_opens_the_panel_and_says_so(kiosk, qtbot):
    hold_corner(qtbot, kiosk.window, 3300)
    panel = kiosk.window.overlays.panel
    assert isinstance(panel, StaffPanel)
    texts = " ".join(w.text() for w in panel.findChildren(QLabel))
    assert "No staff PIN is set" in texts


def test_every_staff_panel_scrolls_in_the_same_scroll_area(pin_kiosk, qtbot):
    """Each new scroll area grabs a new touch gesture, which PySide6 keeps for
    good; the panel borrows one for the whole run and gives it back."""
    kiosk = pin_kiosk
    areas = []
    for _ in range(3):
        hold_corner(qtbot, kiosk.window, 3300)
        pad = kiosk.window.overlays.panel
        for digit in "2468":
            button(pad, f"pin_{digit}").click()
        button(pad, "pin_ok").click()
        panel = kiosk.window.overlays.panel
        assert isinstance(panel, StaffPanel)
        area = panel.findChild(QScrollArea)
        assert area is not None and area.isVisible() and area.widget() is not None
        findings = [w.text() for w in area.widget().findChildren(QLabel)]
        assert any(kiosk.session.bundle.id in text for text in findings)
        areas.append(area)
        button(panel, "staff_close").click()
        assert area.widget() is None and not area.isVisible()
    assert areas[0] is areas[1] is areas[2]
