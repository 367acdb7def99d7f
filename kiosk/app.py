"""The one place that builds the kiosk and wires its parts together."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.config import KioskConfig
from kiosk.content import LoadResult
from kiosk.paths import fonts_dir, package_resources
from kiosk.session import Session
from kiosk.staff import PinGuard
from kiosk.ui.crash import install_crash_handler
from kiosk.ui.idle import IdleMonitor, StillTherePanel
from kiosk.ui.quick_exit import QuickExitKeys, key_from_name
from kiosk.ui.staff import CornerHold, PinPad, StaffActions, StaffPanel
from kiosk.ui.translation import UiLanguage
from kiosk.ui.window import KioskWindow

log = logging.getLogger("kiosk")


def load_fonts() -> None:
    """Shipped fonts, so no system font is needed and every script has glyphs."""
    for path in sorted(fonts_dir().glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path.name)
    QGuiApplication.setFont(QFont("Noto Sans", 18))


@dataclass
class Kiosk:
    """Everything that lives for the whole run. Tests build one with
    `build_kiosk` and drive it without starting the event loop themselves."""

    app: QApplication
    config: KioskConfig
    session: Session
    window: KioskWindow
    keys: QuickExitKeys
    idle: IdleMonitor
    corner: CornerHold
    pin_guard: PinGuard
    load_result: LoadResult
    ui_language: UiLanguage
    clock: Callable[[], float] = time.monotonic  # for the idle countdown; tests pass their own

    # --- quick exit -------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide everything now: the cover is painted before anything else is
        tidied, then the visit is forgotten."""
        window = self.window
        window.close_panel()
        for getter in (QApplication.activePopupWidget, QApplication.activeModalWidget):
            widget = getter()
            while widget is not None:
                widget.close()
                if getter() is widget:
                    break
                widget = getter()
        self.session.reset()
        window.repaint()
        # The kiosk puts nothing there itself (no text can be selected), but a
        # visitor's session owns the whole machine: leave nothing behind.
        clipboard = QGuiApplication.clipboard()
        if clipboard.ownsClipboard() or clipboard.text():
            clipboard.clear()
        self._update_idle()

    # --- idle -------------------------------------------------------------

    def _update_idle(self) -> None:
        panel = self.window.overlays.panel
        asking = isinstance(panel, StillTherePanel)
        self.idle.set_active((self.session.is_visiting or panel is not None) and not asking)

    def ask_still_there(self) -> None:
        panel = StillTherePanel(self.config.idle_warning_s, self.clock)
        panel.kept.connect(self._keep_going)
        # Timing out looks exactly like a quick exit, so an onlooker cannot
        # tell which happened.
        panel.expired.connect(self.quick_exit)
        self.window.show_panel(panel)
        self._update_idle()

    def _keep_going(self) -> None:
        self.window.close_panel()
        self._update_idle()

    # --- staff ------------------------------------------------------------

    def open_staff_access(self) -> None:
        if isinstance(self.window.overlays.panel, (PinPad, StaffPanel)):
            return
        if not self.pin_guard.has_pin:
            self.open_staff_panel()
            return
        pad = PinPad(self.pin_guard)
        pad.accepted.connect(self.open_staff_panel)
        pad.cancelled.connect(self.close_panel)
        self.window.show_panel(pad)
        self._update_idle()

    def open_staff_panel(self) -> None:
        actions = StaffActions(exit_kiosk=self.app.quit, close=self.close_panel)
        panel = StaffPanel(
            self.session.bundle, self.load_result.findings, actions, self.pin_guard.has_pin
        )
        self.window.show_panel(panel)
        self._update_idle()

    def close_panel(self) -> None:
        self.window.close_panel()
        self._update_idle()

    def shut_down(self) -> None:
        """Detach from the application: no filters, no timers left running."""
        for watcher in (self.keys, self.idle, self.corner):
            self.app.removeEventFilter(watcher)
        self.idle.set_active(False)
        self.idle.idle.disconnect()
        self.corner.held.disconnect()

    # --- errors -----------------------------------------------------------

    def recover(self) -> None:
        self.window.close_panel()
        if self.session.is_visiting:
            self.session.home()
        self.window.render()
        self._update_idle()


def build_kiosk(
    app: QApplication, config: KioskConfig, load_result: LoadResult, *, today=date.today
) -> Kiosk:
    bundle = load_result.bundle
    assert bundle is not None, "build_kiosk needs a bundle that loaded without errors"
    session = Session(bundle)
    ui_language = UiLanguage(app)
    # Before the window subscribes, so the words are in place when it renders.
    session.subscribe(lambda change: ui_language.set(session.language))
    ui_language.set(session.language)
    holder: dict[str, Kiosk] = {}

    def trigger_exit() -> None:
        holder["kiosk"].quick_exit()

    window = KioskWindow(
        session,
        today=today,
        on_quick_exit=trigger_exit,
        staff_pin_set=config.staff_pin_hash is not None,
    )
    keys = QuickExitKeys(trigger_exit, key_from_name(config.panic_key))
    idle = IdleMonitor(config.idle_timeout_s)
    corner = CornerHold(window)
    for watcher in (keys, idle, corner):
        app.installEventFilter(watcher)
    kiosk = Kiosk(
        app=app,
        config=config,
        session=session,
        window=window,
        keys=keys,
        idle=idle,
        corner=corner,
        pin_guard=PinGuard(config.staff_pin_hash),
        load_result=load_result,
        ui_language=ui_language,
    )
    holder["kiosk"] = kiosk
    idle.idle.connect(kiosk.ask_still_there)
    corner.held.connect(kiosk.open_staff_access)
    session.subscribe(lambda change: kiosk._update_idle())
    return kiosk


def show(kiosk: Kiosk, *, windowed: bool, screen_index: int) -> None:
    window = kiosk.window
    if windowed:
        window.resize(1280, 800)
        window.show()
        return
    screens = QGuiApplication.screens()
    screen = screens[screen_index] if 0 <= screen_index < len(screens) else screens[0]
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setScreen(screen)
    # Without a window manager showFullScreen alone may not resize the window.
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    if kiosk.config.hide_cursor:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)


def use_shipped_fonts_only() -> None:
    """Point fontconfig at the kiosk's own configuration: the shipped fonts and
    no cache directory, so nothing is written and no system font is needed."""
    os.environ["FONTCONFIG_FILE"] = str(package_resources() / "fonts.conf")


def start(config: KioskConfig, load_result: LoadResult, *, windowed: bool, screen: int) -> Kiosk:
    """Everything `kiosk run` does before the event loop: the application,
    fonts, the kiosk and its window on screen."""
    use_shipped_fonts_only()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kiosk")
    load_fonts()
    kiosk = build_kiosk(app, config, load_result)
    install_crash_handler(kiosk.recover)
    show(kiosk, windowed=windowed, screen_index=screen)
    return kiosk


def run(config: KioskConfig, load_result: LoadResult, *, windowed: bool, screen: int) -> int:
    kiosk = start(config, load_result, windowed=windowed, screen=screen)
    return kiosk.app.exec()
