"""A kiosk whose content folder has nothing to show yet.

It starts anyway, on a neutral "not ready" screen, with everything that
keeps a visitor safe (Quick exit by button, Shift x3 and the panic key) and
staff able to act (the corner, the PIN, Reload content, Exit kiosk). When a
bundle arrives (the inbox, or Reload content after `kiosk install`), the
full kiosk takes over in the same process. Never the sample bundle in its
place: a kiosk set up for one site must not show another site's services.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig, panic_key_code
from kiosk.content import LoadResult
from kiosk.pin_guard import PinGuard
from kiosk.ui.quick_exit import QuickExitKeys
from kiosk.ui.screens.not_ready import NotReadyScreen, NotReadyStaffPanel
from kiosk.ui.staff import CornerHold, PinChecker, PinPad
from kiosk.ui.staff_only_close import end_with_the_window

if TYPE_CHECKING:
    from kiosk.app.kiosk import Kiosk
    from kiosk.updates.watcher import InboxWatcher

log = logging.getLogger("kiosk")


@dataclass
class NotReadyKiosk:
    app: QApplication
    config: KioskConfig
    source: ContentSource
    window: NotReadyScreen
    reasons: list[str]
    windowed: bool
    screen: int
    keys: QuickExitKeys = field(init=False)
    corner: CornerHold = field(init=False)
    pin_guard: PinGuard = field(init=False)
    pin_checker: PinChecker | None = None
    watcher: InboxWatcher | None = None
    successor: Kiosk | None = None  # the full kiosk, once a bundle loads
    _watched: QWindow | None = None

    def __post_init__(self) -> None:
        code = panic_key_code(self.config.panic_key)
        assert code is not None, "the start checks refuse an unknown panic key"
        self.keys = QuickExitKeys(self.quick_exit, Qt.Key(code))
        self.corner = CornerHold(self.window)
        self.corner.held.connect(self.open_staff_access)
        self.pin_guard = PinGuard(self.config.staff_pin_hash)

    def quick_exit(self) -> None:
        """Nothing of a visit is on this screen; close whatever staff had open."""
        self.window.overlays.close_panel()
        self.window.repaint()

    def open_staff_access(self) -> None:
        if self.window.overlays.panel is not None:
            return
        if not self.pin_guard.has_pin:
            self.open_staff_panel()
            return
        if self.pin_checker is None:
            self.pin_checker = PinChecker(self.pin_guard)
        pad = PinPad(self.pin_checker)
        pad.accepted.connect(lambda: self.window.overlays.panel is pad and self.open_staff_panel())
        pad.cancelled.connect(self.window.overlays.close_panel)
        self.window.overlays.show_panel(pad)

    def open_staff_panel(self) -> None:
        panel = NotReadyStaffPanel(self.reasons, self.try_again, self.exit_kiosk)
        self.window.overlays.show_panel(panel)

    def exit_kiosk(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        self.window.allow_close()
        self.app.quit()

    def try_again(self) -> bool:
        """Load the content folder again; a bundle that loads takes over."""
        folder, result = self.source.load()
        if result.bundle is None:
            self.reasons = [f.message for f in result.errors]
            for reason in self.reasons:
                log.warning("not ready: %s", reason)
            if self.window.overlays.panel is not None:
                self.open_staff_panel()
            return False
        self.take_over(folder, result)
        return True

    def take_over(self, folder: Path, result: LoadResult) -> None:
        from kiosk.app.kiosk import bring_up, build_kiosk

        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        self.detach()
        kiosk = build_kiosk(self.app, self.config, result, source=self.source, bundle_folder=folder)
        self.window.allow_close()  # handed over: the full kiosk's window ends the run now
        bring_up(kiosk, windowed=self.windowed, screen=self.screen)
        self.successor = kiosk
        self.window.close()
        self.window.deleteLater()

    def attach_input(self) -> None:
        """As Kiosk.attach_input: watch keys and presses where they enter."""
        self.detach()
        handle = self.window.windowHandle()
        if handle is None:
            self.window.winId()
            handle = self.window.windowHandle()
        for watcher in (self.keys, self.corner):
            handle.installEventFilter(watcher)
        self._watched = handle

    def detach(self) -> None:
        if self._watched is not None:
            for watcher in (self.keys, self.corner):
                self._watched.removeEventFilter(watcher)
            self._watched = None

    def watch_inbox(self) -> None:
        config = self.config
        if not (config.inbox and self.source.content_dir and config.trusted_keys):
            return
        from kiosk.updates.watcher import InboxWatcher

        watcher = InboxWatcher(config.inbox, self.source.content_dir, config.trusted_keys)
        watcher.installed.connect(lambda *_: self.try_again())
        self.watcher = watcher
        self.app.aboutToQuit.connect(watcher.stop)
        QTimer.singleShot(0, watcher.start)


def start_not_ready(
    app: QApplication,
    config: KioskConfig,
    load_result: LoadResult,
    *,
    windowed: bool,
    screen: int,
    source: ContentSource,
) -> NotReadyKiosk:
    reasons = [f.message for f in load_result.errors]
    for reason in reasons:
        log.warning("not ready: %s", reason)  # the journal: staff facts, no visitor content
    window = NotReadyScreen(lambda: kiosk.quick_exit())
    kiosk = NotReadyKiosk(app, config, source, window, reasons, windowed, screen)
    end_with_the_window(app, window)
    kiosk.attach_input()
    kiosk.watch_inbox()
    from kiosk.app.kiosk import show

    show(kiosk, windowed=windowed, screen_index=screen)  # type: ignore[arg-type]
    return kiosk
