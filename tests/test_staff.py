"""Staff access: the hidden corner, the PIN pad, the lockout and the panel."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from ui_helpers import button, make_kiosk, remove_filters

from kiosk.config import KioskConfig, check_pin, hash_pin
from kiosk.pin_guard import LOCKOUT_S, MAX_WRONG, PinGuard, PinOutcome
from kiosk.ui.corner_hold import CORNER_PX, HOLD_MS, HOLD_TICK_MS
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


HOLD_S = HOLD_MS / 1000


def hold_corner(qtbot, kiosk, seconds):
    """A finger held in the bottom-left corner, through the window system, for
    `seconds` on the kiosk's clock (a test's own: no real wait)."""
    if not isinstance(kiosk.clock, FakeClock):
        kiosk.clock = FakeClock()
    corner = QPoint(10, kiosk.window.height() - 10)
    handle = kiosk.window.windowHandle()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=corner)
    kiosk.clock.now += seconds
    kiosk.corner.timer.check()
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=corner)


@pytest.mark.parametrize("seconds", [0.5, HOLD_S - 0.01])
def test_a_short_press_in_the_corner_does_nothing(pin_kiosk, qtbot, seconds):
    hold_corner(qtbot, pin_kiosk, seconds)
    assert pin_kiosk.window.overlays.panel is None
    pin_kiosk.clock.now += 60
    pin_kiosk.corner.timer.check()
    assert pin_kiosk.window.overlays.panel is None, "the finger was lifted: nothing later"


def test_the_corner_is_felt_within_a_tick_of_the_hold(pin_kiosk, qtbot):
    """No test calls check() here: the corner's own tick reads the clock."""
    kiosk = pin_kiosk
    kiosk.clock = FakeClock()
    handle = kiosk.window.windowHandle()
    corner = QPoint(10, kiosk.window.height() - 10)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=corner)
    kiosk.clock.now += HOLD_S
    with qtbot.waitSignal(kiosk.corner.held, timeout=HOLD_TICK_MS * 10):
        pass
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=corner)
    assert isinstance(kiosk.window.overlays.panel, PinPad)


@pytest.mark.parametrize(
    ("press", "move", "opens"),
    [
        ((10, -10), None, True),  # the corner itself
        ((CORNER_PX - 1, -CORNER_PX), None, True),  # its far edge, still inside
        ((CORNER_PX, -10), None, False),  # one pixel right of it
        ((10, -CORNER_PX - 1), None, False),  # one pixel above it
        ((10, -10), (300, -10), False),  # slid out before the time was up
        ((10, -10), (20, -20), True),  # moved within the corner
    ],
)
def test_only_a_finger_kept_in_the_corner_opens_staff_access(pin_kiosk, qtbot, press, move, opens):
    kiosk = pin_kiosk
    kiosk.clock = FakeClock()
    handle = kiosk.window.windowHandle()
    bottom = kiosk.window.height()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=QPoint(press[0], bottom + press[1]))
    if move is not None:
        qtbot.mouseMove(handle, pos=QPoint(move[0], bottom + move[1]))
    kiosk.clock.now += HOLD_S
    kiosk.corner.timer.check()
    assert isinstance(kiosk.window.overlays.panel, PinPad) is opens


def test_holding_the_corner_opens_the_pin_pad_and_the_right_pin_the_panel(pin_kiosk, qtbot):
    kiosk = pin_kiosk
    hold_corner(qtbot, kiosk, HOLD_S)
    pad = kiosk.window.overlays.panel
    assert isinstance(pad, PinPad)
    for digit in "2468":
        button(pad, f"pin_{digit}").click()
    assert pad.display.text() == "\u2022" * 4, "the PIN is masked"
    button(pad, "pin_ok").click()
    qtbot.waitUntil(lambda: isinstance(kiosk.window.overlays.panel, StaffPanel))
    panel = kiosk.window.overlays.panel
    shown = " ".join(w.text() for w in panel.findChildren(QLabel))
    assert kiosk.session.bundle.id in shown
    button(panel, "staff_close").click()
    assert kiosk.window.overlays.panel is None


def test_wrong_pins_lock_the_pad_on_screen(pin_kiosk, qtbot):
    kiosk = pin_kiosk
    kiosk.staff.open_access()
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
from kiosk.app.kiosk import build_kiosk
from kiosk.config import KioskConfig
from kiosk.content import load_bundle
from kiosk.paths import sample_bundle
app = QApplication([])
kiosk = build_kiosk(app, KioskConfig(), load_bundle(sample_bundle()))
kiosk.window.show()
def press_exit():
    kiosk.staff.open_panel()
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
    hold_corner(qtbot, kiosk, HOLD_S)
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
        hold_corner(qtbot, kiosk, HOLD_S)
        pad = kiosk.window.overlays.panel
        for digit in "2468":
            button(pad, f"pin_{digit}").click()
        button(pad, "pin_ok").click()
        qtbot.waitUntil(lambda: isinstance(kiosk.window.overlays.panel, StaffPanel))
        panel = kiosk.window.overlays.panel
        area = panel.findChild(QScrollArea)
        assert area is not None and area.isVisible() and area.widget() is not None
        findings = [w.text() for w in area.widget().findChildren(QLabel)]
        assert any(kiosk.session.bundle.id in text for text in findings)
        areas.append(area)
        button(panel, "staff_close").click()
        assert area.widget() is None and not area.isVisible()
    assert areas[0] is areas[1] is areas[2]


# --- the PIN is checked off the GUI thread ------------------------------------


def slowest_allowed_hash(pin: str) -> str:
    """A real scrypt hash at the most work a config may ask for (N * r * p =
    PIN_MAX_WORK): the longest a check can take on this machine."""
    import hashlib
    import secrets

    from kiosk.config import PIN_MAX_WORK, pin_hash_problems

    n, r = 2**14, 8
    p = PIN_MAX_WORK // (n * r)
    assert not pin_hash_problems(n, r, p)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt:{n}:{r}:{p}:{salt.hex()}:{digest.hex()}"


@pytest.fixture
def slow_pin_kiosk(qtbot):
    kiosk = make_kiosk(qtbot, KioskConfig(staff_pin_hash=slowest_allowed_hash("2468")))
    yield kiosk
    if kiosk.staff.pin_checker is not None:
        kiosk.staff.pin_checker.wait_until_idle()
    remove_filters(kiosk)


def type_pin(pad, pin):
    for digit in pin:
        button(pad, f"pin_{digit}").click()
    button(pad, "pin_ok").click()


def test_ok_returns_at_once_and_the_panel_opens_when_the_check_ends(slow_pin_kiosk, qtbot):
    kiosk = slow_pin_kiosk
    kiosk.staff.open_access()
    pad = kiosk.window.overlays.panel
    type_pin(pad, "2468")
    # OK has returned to the event loop while scrypt still runs elsewhere.
    assert pad.checking and kiosk.staff.pin_checker.busy
    assert kiosk.window.overlays.panel is pad
    qtbot.waitUntil(lambda: isinstance(kiosk.window.overlays.panel, StaffPanel), timeout=10_000)


@pytest.mark.parametrize("pin", ["2468", "1357"])
def test_quick_exit_while_a_pin_is_checked_is_instant_and_opens_nothing(slow_pin_kiosk, qtbot, pin):
    import time

    kiosk = slow_pin_kiosk
    kiosk.window.show()
    qtbot.waitExposed(kiosk.window)
    kiosk.staff.open_access()
    pad = kiosk.window.overlays.panel
    type_pin(pad, pin)
    assert kiosk.staff.pin_checker.busy
    started = time.perf_counter()
    qtbot.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_F12)  # the panic key
    took = time.perf_counter() - started
    # The cover is up and the pad gone while the check still runs.
    assert kiosk.staff.pin_checker.busy, "the check ended first: the test proved nothing"
    assert kiosk.window.overlays.panel is None
    assert kiosk.window.pages.currentWidget() is kiosk.window.cover_page
    assert took < 0.1, f"quick exit took {took:.3f} s"
    qtbot.waitUntil(lambda: not kiosk.staff.pin_checker.busy, timeout=10_000)
    qtbot.wait(50)  # let any queued result be delivered
    assert kiosk.window.overlays.panel is None, "a late right PIN must not open the panel"
    assert kiosk.window.pages.currentWidget() is kiosk.window.cover_page


def test_wrong_pins_cut_short_by_quick_exit_still_count(slow_pin_kiosk, qtbot):
    kiosk = slow_pin_kiosk
    for _ in range(MAX_WRONG):
        kiosk.staff.open_access()
        type_pin(kiosk.window.overlays.panel, "1357")
        kiosk.quick_exit()
        qtbot.waitUntil(lambda: not kiosk.staff.pin_checker.busy, timeout=10_000)
    assert kiosk.staff.pin_guard.locked_for() == LOCKOUT_S
