"""`kiosk run` up to the event loop: the process's environment, the
application, the kiosk on screen and the inbox watched."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.app.first_frame import AfterFirstFrame, finish_start
from kiosk.app.fonts import load_fonts, use_shipped_fonts_only
from kiosk.app.kiosk import Kiosk, build_kiosk
from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig
from kiosk.session_bus import existing_buses_only
from kiosk.ui.crash import install_crash_handler
from kiosk.ui.staff_only_close import end_with_the_window

if TYPE_CHECKING:
    from kiosk.content import LoadResult
    from kiosk.content.compiled import CompiledResult

log = logging.getLogger("kiosk")


def print_through_local_socket_only() -> None:
    """See kiosk.start_checks.use_local_print_socket (its printer check asks
    the print system first)."""
    from kiosk.start_checks import use_local_print_socket

    use_local_print_socket()


def talk_only_to_running_buses() -> None:
    """Never let Qt start a D-Bus session bus (see kiosk/session_bus.py)."""
    for note in existing_buses_only(os.environ):
        log.warning(note)


def show(kiosk: Kiosk, *, windowed: bool, screen_index: int) -> None:
    window = kiosk.window
    if windowed:
        window.resize(1280, 800)
        window.show()
        kiosk.attach_input()
        return
    screens = QGuiApplication.screens()
    screen = screens[screen_index] if 0 <= screen_index < len(screens) else screens[0]
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setScreen(screen)
    # Without a window manager showFullScreen alone may not resize the window.
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    kiosk.attach_input()  # setWindowFlags made a new native window
    if kiosk.config.hide_cursor:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)


def watch_inbox(kiosk: Kiosk) -> None:
    """Install signed bundles dropped into the inbox; they take over at the
    next session reset. Each install runs in a child process; the bundle it
    compiled is read back in small steps and offered as it is."""
    config = kiosk.config
    if not (config.inbox and kiosk.source.content_dir and config.trusted_keys):
        return
    # Imported here: signature checking pulls in cryptography, which a kiosk
    # without an inbox never needs, and start-up time is the visitor's.
    from kiosk.updates.watcher import FleetReport, InboxWatcher

    fleet = None
    if config.outbox and config.kiosk_name:
        fleet = FleetReport(config.outbox, config.kiosk_name, config.printer)
    watcher = InboxWatcher(config.inbox, kiosk.source.content_dir, config.trusted_keys, fleet=fleet)
    watcher.ready.connect(lambda shown: kiosk.staff.bundle_installed(shown))
    watcher.refused.connect(kiosk.staff.bundle_refused)
    watcher.not_offered.connect(kiosk.staff.bundle_not_offered)
    kiosk.watcher = watcher
    kiosk.app.aboutToQuit.connect(watcher.stop)
    QTimer.singleShot(0, watcher.start)


def bring_up(kiosk: Kiosk, *, windowed: bool, screen: int) -> None:
    """A built kiosk put to work and on screen; its full window is brought
    up the same way when a bundle arrives for a kiosk that was not ready."""

    def on_screen() -> None:
        end_with_the_window(kiosk.app, kiosk.window)
        AfterFirstFrame(kiosk.window, lambda: finish_start(kiosk))
        show(kiosk, windowed=windowed, screen_index=screen)

    install_crash_handler(kiosk.recover)
    watch_inbox(kiosk)
    kiosk.on_ready = on_screen
    on_screen()


def start(
    config: KioskConfig,
    load_result: LoadResult | CompiledResult,
    *,
    windowed: bool,
    screen: int,
    source: ContentSource | None = None,
    bundle_folder: Path | None = None,
) -> Kiosk:
    """Everything `kiosk run` does before the event loop: the application,
    fonts, the kiosk and its window on screen. From a content folder with
    nothing loadable the kiosk starts "not ready" (never on the sample)."""
    use_shipped_fonts_only()
    print_through_local_socket_only()
    talk_only_to_running_buses()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kiosk")
    load_fonts()
    if load_result.bundle is None and not (source is not None and source.installs):
        raise ValueError("only a content folder may start the kiosk without a bundle")
    kiosk = build_kiosk(app, config, load_result, source=source, bundle_folder=bundle_folder)
    bring_up(kiosk, windowed=windowed, screen=screen)
    return kiosk
