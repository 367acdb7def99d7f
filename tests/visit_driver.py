"""A scripted visit inside the real kiosk process, for the no-trace and
no-network tests: `kiosk.app.start()` builds the kiosk exactly as `kiosk run`
does, then this script taps through a visit with Qt's test input events and
quits through the staff panel's Exit kiosk.

    python tests/visit_driver.py

Prints "VISIT OK" when every step reached the screen it expected. Marks the
start and the end of the visit in a syscall trace with access() calls on
paths that do not exist (MARK_START / MARK_END).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScrollArea

from kiosk.app.kiosk import Kiosk
from kiosk.app.start import start
from kiosk.config import KioskConfig
from kiosk.content import load_bundle
from kiosk.paths import sample_bundle
from kiosk.session import Screen, TextSize

MARK_START = "/nonexistent-kiosk-marker/visit-start"
MARK_END = "/nonexistent-kiosk-marker/visit-end"
MARK_PRINTED = "/nonexistent-kiosk-marker/printed"
# With KIOSK_TEST_PRINTER set, the visit ends by printing a slip to that queue.
PRINTER = os.environ.get("KIOSK_TEST_PRINTER")


def tap(kiosk: Kiosk, name: str) -> None:
    shown = [b for b in kiosk.window.findChildren(QAbstractButton, name) if b.isVisible()]
    expect(bool(shown), f"no visible button {name}")
    found = shown[0]
    # Scroll it into view first, as a visitor would: a click lands on screen.
    pane = found.parentWidget()
    while pane is not None and not isinstance(pane, QScrollArea):
        pane = pane.parentWidget()
    if pane is not None:
        pane.ensureWidgetVisible(found)
    QTest.mouseClick(found, Qt.MouseButton.LeftButton)


kiosk_for_errors: list[Kiosk] = []


def expect(condition: bool, what: str) -> None:
    if not condition:
        print(f"VISIT FAILED: {what}", flush=True)
        print(f"at {kiosk_for_errors[0].session.place}", flush=True) if kiosk_for_errors else None
        os._exit(3)


def visit(kiosk: Kiosk) -> list[Callable[[], None]]:
    s = kiosk.session
    topic = s.bundle.topics[2]
    rid = topic.resource_ids[0]
    return [
        lambda: os.access(MARK_START, os.F_OK),
        lambda: tap(kiosk, "start"),
        lambda: expect(s.place.screen is Screen.HOME, "home"),
        lambda: tap(kiosk, f"topic_{topic.id}"),
        lambda: kiosk.window.screen.restore_scroll(300),
        lambda: tap(kiosk, f"resource_{rid}"),
        lambda: tap(kiosk, "slip_toggle"),
        lambda: expect(s.slip == [rid], "slip"),
        lambda: tap(kiosk, "open_language"),
        lambda: tap(kiosk, "language_es"),
        lambda: expect(s.language == "es", "language"),
        lambda: tap(kiosk, "home"),
        lambda: tap(kiosk, "open_display"),
        lambda: tap(kiosk, "text_size_largest"),
        lambda: tap(kiosk, "high_contrast_on"),
        lambda: expect(s.text_size is TextSize.LARGEST and s.high_contrast, "display"),
        lambda: tap(kiosk, "open_slip"),
        # Quick exit by keyboard: Shift three times.
        lambda: [QTest.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_Shift) for _ in range(3)],
        lambda: expect(s.place.screen is Screen.COVER and not s.slip, "quick exit"),
        lambda: tap(kiosk, "start"),
        lambda: tap(kiosk, f"topic_{topic.id}"),
        # Then leave it alone: the idle question comes and the visit resets.
        "wait-for-cover",
        lambda: os.access(MARK_END, os.F_OK),
        *(print_a_slip(kiosk, rid) if PRINTER else []),
        lambda: kiosk.staff.open_panel(),
        lambda: tap(kiosk, "staff_exit"),
    ]


def print_a_slip(kiosk: Kiosk, rid: str) -> list:
    s = kiosk.session
    return [
        lambda: kiosk.idle.set_timeout(60),  # the 1 s of the idle step would interrupt the print
        lambda: tap(kiosk, "start"),
        lambda: s.open_resource(rid),
        lambda: tap(kiosk, "slip_toggle"),
        lambda: tap(kiosk, "open_slip"),
        lambda: tap(kiosk, "print_slip"),
        "wait-for-print",
        lambda: os.access(MARK_PRINTED, os.F_OK),
        lambda: tap(kiosk, "print_ok"),
        lambda: kiosk.quick_exit(),
    ]


def main() -> None:
    config = KioskConfig(idle_timeout_s=1, idle_warning_s=2, printer=PRINTER)
    result = load_bundle(sample_bundle())
    kiosk = start(config, result, windowed=True, screen=0)
    # Fit the window to the screen (the offscreen platform's is 800 x 600):
    # taps outside the screen would be lost.
    kiosk.window.resize(kiosk.app.primaryScreen().availableGeometry().size())
    kiosk_for_errors.append(kiosk)
    steps = visit(kiosk)

    def step() -> None:
        if not steps:
            return
        current = steps[0]
        if current == "wait-for-cover":
            if kiosk.session.place.screen is not Screen.COVER:
                QTimer.singleShot(100, step)
                return
            print("idle reset reached", flush=True)
        elif current == "wait-for-print":
            panel = kiosk.window.overlays.panel
            message = getattr(panel, "message", None)
            if message is None or message.text().endswith("\u2026"):
                QTimer.singleShot(100, step)
                return
            print(f"print: {message.text()}", flush=True)
        else:
            current()
        steps.pop(0)
        QTimer.singleShot(50, step)

    QTimer.singleShot(500, step)
    QTimer.singleShot(60_000, lambda: (print("VISIT FAILED: timeout", flush=True), os._exit(4)))
    code = kiosk.app.exec()
    expect(not steps, f"steps left: {len(steps)}")
    print(f"VISIT OK exit={code}", flush=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
