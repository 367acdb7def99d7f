"""The real kiosk in a child process, started as `kiosk run --windowed
--config FILE` starts it (same config reading, same content source, same
`kiosk.app.start`), with a few lines on stdout saying what it shows. The
kiosk has no test hook; this script only reads its state and taps its
buttons, for tests/test_never_down.py.

    python tests/kiosk_child.py --config FILE [--visit | --stay | --wait-version N]

Prints, once the event loop runs:
    READY bundle=<id> version=<n> place=<screen> panel=<yes|no> page=<cover|visit>
then, with --visit, taps into a visit and prints "VISITING place=... slip=n"
and waits to be killed; with --stay, waits to be killed; with --wait-version
N, waits until the kiosk shows version N (an install from its inbox) and
prints "SHOWING ..." like READY; with --die-during-install, kills itself
(SIGKILL) as soon as the kiosk's inbox watcher has unpacked a file into
staging/ (the script watches the folder; the kiosk does not know); otherwise
quits.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScrollArea

from kiosk.app.kiosk import Kiosk
from kiosk.app.start import start
from kiosk.bundle_origin import ContentSource
from kiosk.config import load_config

GIVE_UP_MS = 120_000


def state(kiosk: Kiosk) -> str:
    session, window = kiosk.session, kiosk.window
    page = "cover" if window.pages.currentWidget() is window.cover_page else "visit"
    return (
        f"bundle={session.bundle.id} version={session.bundle.version} "
        f"place={session.place.screen.value} "
        f"panel={'yes' if window.overlays.panel is not None else 'no'} page={page}"
    )


def tap(kiosk: Kiosk, name: str) -> None:
    shown = [b for b in kiosk.window.findChildren(QAbstractButton, name) if b.isVisible()]
    if not shown:
        print(f"FAILED: no button {name} at {kiosk.session.place}", flush=True)
        os._exit(3)
    pane = shown[0].parentWidget()
    while pane is not None and not isinstance(pane, QScrollArea):
        pane = pane.parentWidget()
    if pane is not None:  # scrolled into view first, as a visitor would
        pane.ensureWidgetVisible(shown[0])
    QTest.mouseClick(shown[0], Qt.MouseButton.LeftButton)


def visit(kiosk: Kiosk) -> None:
    bundle = kiosk.session.bundle
    topic = next(t for t in bundle.topics if t.resource_ids)
    tap(kiosk, "start")
    tap(kiosk, f"topic_{topic.id}")
    tap(kiosk, f"resource_{topic.resource_ids[0]}")
    tap(kiosk, "slip_toggle")
    session = kiosk.session
    print(f"VISITING place={session.place.screen.value} slip={len(session.slip)}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--visit", action="store_true")
    mode.add_argument("--stay", action="store_true")
    mode.add_argument("--wait-version", type=int)
    mode.add_argument("--die-during-install", action="store_true")
    args = ap.parse_args()

    config = load_config(args.config)
    source = ContentSource.from_config(config, None)
    bundle_dir, result = source.load()
    if result.bundle is None:
        print(f"FAILED: no bundle in {bundle_dir}", flush=True)
        sys.exit(2)
    kiosk = start(config, result, windowed=True, screen=0, source=source, bundle_folder=bundle_dir)

    def ready() -> None:
        print(f"READY {state(kiosk)}", flush=True)
        if args.visit:
            visit(kiosk)
        elif args.wait_version is not None:
            wait_for_version()
        elif args.die_during_install:
            die_once_staging_fills()
        elif not args.stay:
            kiosk.exit_kiosk()

    def wait_for_version() -> None:
        if kiosk.session.bundle.version == args.wait_version:
            print(f"SHOWING {state(kiosk)}", flush=True)
            kiosk.exit_kiosk()
            return
        QTimer.singleShot(100, wait_for_version)

    def die_once_staging_fills() -> None:
        staging = Path(config.content_dir or ".") / "staging"
        if staging.is_dir() and any(p.is_file() for p in staging.rglob("*")):
            print("KILLING mid-install", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
        QTimer.singleShot(2, die_once_staging_fills)

    QTimer.singleShot(0, ready)
    QTimer.singleShot(GIVE_UP_MS, lambda: (print("FAILED: timeout", flush=True), os._exit(4)))
    sys.exit(kiosk.app.exec())


if __name__ == "__main__":
    main()
