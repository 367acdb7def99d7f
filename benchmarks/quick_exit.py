"""Quick exit: time from the input event to the cover painted.

1,000 exits (--exits) from a rotation of screens: Home, a topic with 50
services, a service, the slip, the language screen, and with the PIN pad, the
staff panel or the "still there?" question open. The trigger alternates
between a press on the button and the third Shift press, both injected
through the window system (the real input path). Prints p50/p99/max as JSON.
Target on a 2-core machine: p99 <= 16 ms (one frame at 60 Hz); aim for 5 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from common import emit, stop_watching, summary_ms, watch_cover_painted

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--exits", type=int, default=1000)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from synthetic import write_bundle

    from kiosk.app.fonts import load_fonts
    from kiosk.app.kiosk import build_kiosk
    from kiosk.config import KioskConfig, hash_pin
    from kiosk.content import load_bundle
    from kiosk.session import Screen

    app = QApplication.instance() or QApplication([])
    load_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        result = load_bundle(write_bundle(Path(tmp), resources=1000, topics=20))
    kiosk = build_kiosk(app, KioskConfig(staff_pin_hash=hash_pin("1234")), result)
    window, session = kiosk.window, kiosk.session
    window.resize(1280, 800)
    window.show()
    kiosk.attach_input()
    app.processEvents()
    handle = window.windowHandle()

    painted = watch_cover_painted(window)
    topic = session.bundle.topics[0]
    setups = [
        lambda: None,
        lambda: session.open_topic(topic.id),
        lambda: (session.open_topic(topic.id), session.open_resource(topic.resource_ids[5])),
        lambda: (session.add_to_slip(topic.resource_ids[0]), session.open_slip()),
        session.open_language,
        kiosk.staff.open_access,  # the PIN pad
        kiosk.staff.open_panel,
        kiosk.ask_still_there,
    ]
    button = window.header.quick_exit
    times, by_trigger = [], {"button": [], "shift": []}
    for n in range(args.exits):
        session.start()
        setups[n % len(setups)]()
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        painted.clear()
        trigger = "button" if n % 2 == 0 else "shift"
        no_mod, left = Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton
        # (A key click given a Shift modifier would send one more Shift press.)
        if trigger == "shift":
            QTest.keyClick(handle, Qt.Key.Key_Shift, no_mod)
            QTest.keyClick(handle, Qt.Key.Key_Shift, no_mod)
            begin = time.perf_counter()
            QTest.keyPress(handle, Qt.Key.Key_Shift, no_mod)
        else:
            centre = QPoint(button.mapTo(window, button.rect().center()))
            begin = time.perf_counter()
            QTest.mousePress(handle, left, no_mod, centre)
        assert session.place.screen is Screen.COVER, "quick exit did not happen"
        assert painted, "the cover was not painted synchronously"
        elapsed = painted[0] - begin
        times.append(elapsed)
        by_trigger[trigger].append(elapsed)
        if trigger == "shift":
            QTest.keyRelease(handle, Qt.Key.Key_Shift, no_mod)
        else:
            QTest.mouseRelease(handle, left, no_mod, centre)
    stop_watching(window)
    emit(
        {
            "benchmark": "quick_exit",
            "exits": args.exits,
            "from_screens": len(setups),
            "all": {**summary_ms(times), "target_p99_ms": 16, "aim_ms": 5},
            "button": summary_ms(by_trigger["button"]),
            "shift_x3": summary_ms(by_trigger["shift"]),
        }
    )


if __name__ == "__main__":
    main()
