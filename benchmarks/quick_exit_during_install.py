"""Quick exit while a 10,000-service bundle is installed from the inbox and
offered to the running kiosk.

The kiosk shows version 1 of a synthetic 10,000-service bundle from a
content folder; version 2 is dropped into its inbox. From then until a few
visits after the new bundle took over, visits start and end by Quick exit
(a press on the button through the window system) every ~25 ms. Each press
is due at a set time from a precise timer: when the GUI thread is busy
(loading or checking a bundle, say), the press waits, and that wait counts.

With --staff-reload, version 2 is installed before the run instead and the
exits run while staff's Reload content reads it (the staff panel's button:
the compiled form in small steps on the GUI thread); with --stale as well,
its compiled form no longer matches, so the reload checks its YAML in full
in a child process first.

With --roll-back, versions 1 and 2 are installed before the run (the kiosk
shows 2) and the exits run while staff's Roll back swaps the pointers (in a
child process) and reads version 1 back in small steps.

The first --warm-up exits (default 20) come before the install or the
staff action starts, so the first exits of a run (cold caches) are not
counted as exits during it; they are reported apart.

Figures: from the moment a press was due to the cover painted (p50/p99/max,
target p99 <= 16 ms), the same for presses whose exit put the new bundle on
show, and the longest the GUI thread went without running its event loop.
Prints JSON.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import emit, stop_watching, summary_ms, watch_cover_painted

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--services", type=int, default=10_000)
    parser.add_argument("--after", type=int, default=40, help="exits after the takeover")
    parser.add_argument("--warm-up", type=int, default=20, help="exits before it starts")
    parser.add_argument(
        "--staff-reload", action="store_true", help="staff's Reload content instead of the inbox"
    )
    parser.add_argument(
        "--stale", action="store_true", help="with --staff-reload: the compiled form is stale"
    )
    parser.add_argument(
        "--roll-back", action="store_true", help="staff's Roll back from version 2 to 1"
    )
    args = parser.parse_args()
    if args.stale and not args.staff_reload:
        parser.error("--stale goes with --staff-reload")
    if args.roll_back and args.staff_reload:
        parser.error("--roll-back and --staff-reload are two different runs")
    staff = args.staff_reload or args.roll_back
    wanted = 1 if args.roll_back else 2  # the version that takes over

    from PySide6.QtCore import QPoint, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from synthetic import write_bundle

    from kiosk.app.fonts import load_fonts
    from kiosk.app.kiosk import build_kiosk
    from kiosk.app.start import watch_inbox
    from kiosk.bundle_origin import ContentSource
    from kiosk.config import KioskConfig
    from kiosk.updates import install, minisign
    from kiosk.updates.installer import load_trusted_keys
    from kiosk.updates.pack import pack

    app = QApplication.instance() or QApplication([])
    load_fonts()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        secret = minisign.SecretKey.generate()
        pub = tmp / "kiosk.pub"
        pub.write_text(secret.public().to_text(), encoding="ascii")
        packs = {}
        prepared = time.perf_counter()
        for version in (1, 2):
            folder = write_bundle(tmp / f"v{version}", resources=args.services, topics=200)
            yaml = folder / "bundle.yaml"
            yaml.write_text(
                yaml.read_text(encoding="utf-8").replace("version: 1", f"version: {version}"),
                encoding="utf-8",
            )
            packs[version] = tmp / f"v{version}.kbundle"
            pack(folder, packs[version], key=secret)
        content, inbox = tmp / "content", tmp / "inbox"
        inbox.mkdir()
        install(packs[1], content, load_trusted_keys([pub]))
        if args.roll_back:
            install(packs[2], content, load_trusted_keys([pub]))  # shown; 1 to go back to
        config = KioskConfig(content_dir=content, inbox=inbox, trusted_keys=(pub,))
        source = ContentSource(content_dir=content)
        folder, result = source.load()
        kiosk = build_kiosk(app, config, result, source=source, bundle_folder=folder)
        if args.staff_reload:
            from kiosk.content.compiled import compiled_path

            v2 = install(packs[2], content, load_trusted_keys([pub])).path
            if args.stale:
                with open(compiled_path(v2), "ab") as f:
                    f.write(b"x")  # its seal no longer matches: the YAML is checked
        prepared = time.perf_counter() - prepared
        window, session = kiosk.window, kiosk.session
        window.resize(1280, 800)
        window.show()
        kiosk.attach_input()
        app.processEvents()
        handle = window.windowHandle()
        button = window.header.quick_exit

        painted = watch_cover_painted(window)

        # The longest the event loop went without turning.
        # The longest the event loop went without turning, before and after
        # the installed bundle was handed to the GUI thread.
        gaps = {"last": time.perf_counter(), "installing": 0.0, "offered": 0.0}

        def tick() -> None:
            now = time.perf_counter()
            if not state["started"]:  # the warm-up: not part of any figure
                gaps["last"] = now
                return
            if staff and state["offered"] is None and not kiosk.staff.reloading:
                candidate = session.waiting or session.shown
                if candidate.model.version == wanted:  # the reload is in and offered
                    installed_at.append(now)
                    state["offered"] = candidate
            phase = "installing" if state["offered"] is None else "offered"
            gaps[phase] = max(gaps[phase], now - gaps["last"])
            gaps["last"] = now

        ticker = QTimer(timerType=Qt.TimerType.PreciseTimer, interval=1)
        ticker.timeout.connect(tick)

        warm, during, takeover, after = [], [], [], []
        state = {"offered": None, "taken": None, "after": 0, "due": 0.0, "started": False}
        installed_at: list[float] = []
        if not staff:
            watch_inbox(kiosk)
            kiosk.watcher.ready.connect(lambda shown: state.update(offered=shown))
            kiosk.watcher.installed.connect(lambda *_: installed_at.append(time.perf_counter()))

        def visit() -> None:
            session.start()
            topic = session.bundle.topics[0]
            session.open_topic(topic.id)
            state["due"] = time.perf_counter() + 0.025
            pressing.start()

        def press() -> None:
            painted.clear()
            centre = QPoint(button.mapTo(window, button.rect().center()))
            no_mod, left = Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton
            waiting = state["offered"] is not None and session.shown is not state["offered"]
            QTest.mousePress(handle, left, no_mod, centre)
            QTest.mouseRelease(handle, left, no_mod, centre)
            assert painted, "the cover was not painted synchronously"
            latency = painted[0] - state["due"]
            if not state["started"]:
                warm.append(latency)
                if len(warm) >= args.warm_up:
                    begin()
            elif waiting and session.shown is state["offered"]:
                takeover.append(latency)
                state["taken"] = True
            elif state["offered"] is not None and session.shown is state["offered"]:
                # (Offered between two visits, it was shown at once.)
                state["taken"] = True
                after.append(latency)
                state["after"] += 1
            else:
                during.append(latency)
            if state["after"] >= args.after:
                app.exit(0)  # (quit() would ask the window, which refuses)
                return
            QTimer.singleShot(0, visit)

        pressing = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer, interval=25)
        pressing.timeout.connect(press)
        dropped = [0.0]

        def begin() -> None:
            state["started"] = True
            dropped[0] = time.perf_counter()
            if args.roll_back:
                kiosk.staff.roll_back()  # as the staff panel's button does
            elif args.staff_reload:
                kiosk.staff.reload_content()  # as the staff panel's button does
            else:
                shutil.copy(packs[2], inbox / "update.kbundle")

        give_up = QTimer(singleShot=True, interval=600_000)
        give_up.timeout.connect(lambda: app.exit(1))
        give_up.start()
        ticker.start()
        QTimer.singleShot(0, visit)
        code = app.exec()
        ticker.stop()
        if kiosk.watcher is not None:
            kiosk.watcher.stop()
        kiosk.shut_down()
        stop_watching(window)
        if code != 0:
            raise SystemExit(
                f"the new bundle never took over (exit {code}, {len(during)} exits, "
                f"installed: {bool(installed_at)}, offered: {state['offered'] is not None}, "
                f"staff log: {kiosk.staff.update_log[-1:]})"
            )
    everything = during + takeover + after

    def figures(values: list[float]) -> dict:
        return summary_ms(values) if values else {"n": 0}

    if args.roll_back:
        mode = "staff roll back"
    elif not args.staff_reload:
        mode = "inbox install"
    else:
        mode = "staff reload, stale compiled form" if args.stale else "staff reload"
    emit(
        {
            "benchmark": "quick_exit_during_install",
            "mode": mode,
            "services": args.services,
            "setup_s": round(prepared, 1),
            # Inbox: file dropped to installed; staff: Reload (Roll back) pressed to offered.
            "install_s": round(installed_at[0] - dropped[0], 2) if installed_at else None,
            "quick_exit": {**summary_ms(everything), "target_p99_ms": 16},
            "warm_up": figures(warm),
            "while_installing": figures(during),
            # Empty when the bundle arrived between two visits and was shown at once.
            "exit_that_took_up_the_new_bundle": figures(takeover),
            "after_takeover": figures(after),
            "longest_event_loop_stall_ms": {
                "while_installing": round(gaps["installing"] * 1000, 1),
                "from_the_offer_on": round(gaps["offered"] * 1000, 1),
            },
        }
    )


if __name__ == "__main__":
    main()
