"""A real kiosk (offscreen) that reads a resource screen aloud to the end of
its first line, then Quick exit, for the Read aloud no-trace test.

    python tests/speech_child.py

Prints "SPOKE OK" when an engine process ran and Quick exit silenced it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app.kiosk import build_kiosk
from kiosk.config import KioskConfig
from kiosk.content import load_bundle
from kiosk.paths import sample_bundle

MARK_START = "/nonexistent-kiosk-marker/speech-start"

app = QApplication(sys.argv[:1])
kiosk = build_kiosk(app, KioskConfig(), load_bundle(sample_bundle()))
kiosk.window.resize(1280, 800)
kiosk.window.show()
session = kiosk.session
session.start()
session.open_resource("lifeline-988")
os.access(MARK_START, os.F_OK)
kiosk.window.read_aloud_requested.emit()  # what the header button sends
heard = []


def watch() -> None:
    player = kiosk.read_aloud.player
    if player is not None and player.process_id:
        heard.append(player.process_id)
    if len(set(heard)) >= 2 or not kiosk.read_aloud.speaking:  # past the first line
        kiosk.quick_exit()
        ok = bool(heard) and not kiosk.read_aloud.speaking and not player.failed
        print("SPOKE OK" if ok else f"SPOKE FAILED failed={player.failed}", flush=True)
        app.exit(0)  # quit() would ask the kiosk window, which only staff close
        return
    QTimer.singleShot(20, watch)


QTimer.singleShot(20, watch)
QTimer.singleShot(30000, lambda: app.exit(1))
app.exec()
