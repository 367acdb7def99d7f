"""The kiosk for the whole run: it builds the window for the bundle on show,
connects the window's signals, and keeps the rules that span the parts
(Quick exit, "Still there?", crash recovery). Staff actions, printing and
fonts are small collaborators of their own (staff_desk, slip_printing,
fonts); start.py puts the kiosk on screen.

A kiosk whose content folder has nothing loadable is the same kiosk in its
"not ready" state: a neutral window with Quick exit and the staff corner,
until a bundle is offered (the inbox, or staff's Reload content).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.fonts import BundleFonts
from kiosk.app.input_watch import WindowInput
from kiosk.app.long_lived import settle_for
from kiosk.app.read_aloud import ReadAloud
from kiosk.app.slip_printing import SlipPrinting
from kiosk.app.staff_desk import StaffDesk
from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig
from kiosk.content.on_show import ShownBundle
from kiosk.pin_guard import PinGuard
from kiosk.printing.slip import SlipSettings
from kiosk.session import Change, Panel, Session, idle_watch_wanted
from kiosk.ui.corner_hold import CornerHold
from kiosk.ui.idle import IdleMonitor, StillTherePanel
from kiosk.ui.print_panel import PrintPanel
from kiosk.ui.quick_exit import (
    OtherWindows,
    QuickExitKeys,
    QuickExitTaps,
    clear_clipboard,
    close_what_floats,
)
from kiosk.ui.reading_order import SPEECH_LANGUAGE
from kiosk.ui.translation import UiLanguage
from kiosk.ui.widgets import ScrollPane
from kiosk.ui.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.content import LoadResult
    from kiosk.content.compiled import CompiledResult
    from kiosk.printing.printer import PrintOutcome
    from kiosk.ui.screens.not_ready import NotReadyScreen
    from kiosk.updates.watcher import InboxWatcher

__all__ = ["Kiosk", "build_kiosk"]

log = logging.getLogger("kiosk")


class Kiosk:
    """Tests build one with `build_kiosk` and drive it without starting the
    event loop themselves."""

    def __init__(
        self,
        app: QApplication,
        config: KioskConfig,
        *,
        source: ContentSource,
        today: Callable[[], date] = date.today,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app = app
        self.config = config
        self.source = source
        self.today = today
        self.clock = clock  # idle and staff corner; tests pass their own
        self.ui_language = UiLanguage(app)
        self.watcher: InboxWatcher | None = None  # only when an inbox is configured
        self.printing = SlipPrinting(SlipSettings.from_config(config), self._printed)
        self.staff = StaffDesk(self, PinGuard(config.staff_pin_hash))
        self.fonts = BundleFonts()
        self.read_aloud = ReadAloud(config.speech, lambda: self.today())
        self.keys = QuickExitKeys.named(self.quick_exit, config.panic_key)
        # The idle reset, its countdown and the staff corner all measure time on
        # self.clock, read when they look (a test replaces it with its own).
        self.idle = IdleMonitor(config.idle_timeout_s, lambda: self.clock())
        self.idle.idle.connect(self.ask_still_there)
        self.read_aloud.listening = lambda: self.idle.hold_off()
        self.session: Session | None = None  # None while not ready
        self._settled_on: ShownBundle | None = None  # kiosk.app.long_lived
        self._window: KioskWindow | NotReadyScreen | None = None
        self.corner: CornerHold | None = None
        self.other_windows: OtherWindows | None = None
        self.input = WindowInput()
        # Called once a not-ready kiosk has its full window (start.py puts it on screen).
        self.on_ready: Callable[[], None] = lambda: None

    # --- the two states ---------------------------------------------------------

    @property
    def window(self) -> KioskWindow | NotReadyScreen:
        assert self._window is not None, "build_kiosk gives every kiosk a window"
        return self._window

    def show_not_ready(self, reasons: list[str]) -> None:
        self.staff.not_ready_reasons = reasons
        for reason in reasons:
            log.warning("not ready: %s", reason)  # the journal: staff facts, no visitor content
        from kiosk.ui.screens.not_ready import NotReadyScreen  # only a kiosk not ready

        window = NotReadyScreen()
        window.quick_exit_requested.connect(self.quick_exit)
        self._use_window(window)

    def become_ready(self, shown: ShownBundle) -> None:
        """Show `shown`: the session and its window, wired."""
        self.session = session = Session(shown)
        self._settled_on = shown  # the start settles it (kiosk.app.first_frame)
        # Before the window is built, so its first screen has the words.
        self.ui_language.follow_bundle(shown.catalogues)
        self.ui_language.set(session.language)
        window = KioskWindow(
            session,
            today=self.today,
            staff_pin_set=self.staff.pin_guard.has_pin,
            slip=self.printing.settings,
            read_aloud=self.read_aloud.offered,
        )
        window.quick_exit_requested.connect(self.quick_exit)
        # Read aloud reads what this window shows, for this session; the
        # keypad's lines (on the cover too: its first key there says how to
        # use it) in the item's own language where it has one ("Español").
        read_aloud = self.read_aloud
        window.read_aloud_requested.connect(lambda: read_aloud.press(window, session))
        window.keypad.landed.connect(
            lambda item, text: read_aloud.say(
                window, session, text, item.property(SPEECH_LANGUAGE) or None
            )
        )
        window.keypad.help_requested.connect(lambda text: read_aloud.say(window, session, text))
        window.print_requested.connect(self.print_slip)
        self.fonts.follow(shown)
        window.use_extra_families(self.fonts.families)
        previous = self._window  # the not-ready window, if the kiosk was not ready
        self._use_window(window)
        taps = QuickExitTaps(self.quick_exit, window.quick_exit_at)
        self.other_windows = OtherWindows(window, [self.keys, taps, self.idle])
        session.subscribe(self._apply)
        self.staff.not_ready_reasons = []
        if previous is not None:
            previous.allow_close()  # handed over: the full window ends the run now
            previous.close()
            previous.deleteLater()
            self.on_ready()

    def offer(self, shown: ShownBundle) -> None:
        """The one way a newly loaded bundle reaches the screen: at the next
        session reset, or at once when the kiosk was not ready."""
        if self.session is None:
            self.become_ready(shown)
        else:
            self.session.offer_bundle(shown)

    def _use_window(self, window: KioskWindow | NotReadyScreen) -> None:
        self.detach_input()
        if self.corner is not None:
            self.corner.held.disconnect()
        self._window = window
        self.corner = CornerHold(window, lambda: self.clock())
        self.corner.held.connect(self.staff.open_access)
        self.attach_input()

    def _apply(self, change: Change) -> None:
        """A session change, in this order: the interface language (so the
        words are in place when the window renders), the bundle's fonts (in
        place before it draws), the window, then whether idle is watched."""
        session = self.session
        assert session is not None and isinstance(self.window, KioskWindow)
        if change is not Change.SLIP and change is not Change.DISPLAY:
            # Another screen, language or visit: the old screen's words stop.
            self.read_aloud.stop()
        self.ui_language.follow_bundle(session.shown.catalogues)
        self.ui_language.set(session.language)
        if self.fonts.follow(session.shown):
            self.window.use_extra_families(self.fonts.families)
        self.window.show_change(change)
        self.update_idle()
        self._settled_on = settle_for(session.shown, self._settled_on)

    # --- panels -----------------------------------------------------------------

    @property
    def open_panel(self) -> Panel:
        return self.window.open_panel

    def show_panel(self, panel: QWidget, kind: Panel) -> None:
        self.window.show_panel(panel, kind)
        self.update_idle()

    def close_panel(self) -> None:
        self.window.close_panel()
        self.update_idle()

    def scroll_pane(self) -> ScrollPane | None:
        return self.window.overlays.scroll_pane()

    # --- quick exit and idle -------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide everything now: the cover is painted before anything else is
        tidied, then the visit is forgotten. Read aloud is silenced first:
        killing its process is one system call, and a voice that goes on
        after the screen changed would say what the cover hides."""
        self.read_aloud.silence()
        window = self.window
        window.show_cover_now()
        self.printing.forget()
        window.close_panel()
        close_what_floats()
        if self.session is not None:
            self.session.reset()
        clear_clipboard()
        self.update_idle()

    def update_idle(self) -> None:
        if self.session is None:  # not ready: no visit to end
            self.idle.set_active(False)
            return
        self.idle.set_active(idle_watch_wanted(self.session.is_visiting, self.open_panel))

    def ask_still_there(self) -> None:
        panel = StillTherePanel(self.config.idle_warning_s, self.clock)
        # Lambdas rather than bound methods: PySide keeps a weak reference per
        # bound-method connection after the panel is gone.
        panel.kept.connect(lambda: self.close_panel())
        # Timing out looks exactly like a quick exit, so an onlooker cannot
        # tell which happened.
        panel.expired.connect(lambda: self.quick_exit())
        self.show_panel(panel, Panel.STILL_THERE)
        session, window = self.session, self.window
        if session is not None and session.told_headphones and isinstance(window, KioskWindow):
            # A visitor who listens in this visit hears the question too
            # (told_headphones: speech was used in this visit, in any mode).
            from kiosk.ui.reading_order import item_text, reading_items

            words = " ".join(t for w in reading_items(panel) if (t := item_text(w)))
            self.read_aloud.say(window, session, words)

    # --- printing -------------------------------------------------------------------

    def print_slip(self) -> None:
        """The visitor's Print my slip."""
        session = self.session
        if session is None or not session.slip:
            return
        self.show_panel(PrintPanel(self.close_panel), Panel.PRINT)
        self.printing.print_visitor_slip(session.bundle, session.slip, session.language)

    def _printed(self, outcome: PrintOutcome) -> None:
        kind = self.open_panel
        if kind is Panel.PRINT:
            panel = self.window.overlays.panel
            assert isinstance(panel, PrintPanel)
            panel.show_outcome(outcome.message)
        elif kind is Panel.STAFF:
            self.staff.test_printed(outcome.message)

    # --- input, errors, the end -------------------------------------------------------

    def attach_input(self) -> None:
        """Watch input where it enters (kiosk.app.input_watch); again after
        anything that makes a new native window."""
        # Installed in this order, run in the reverse: the keypad's navigator
        # last, after the Quick-exit keys have seen the key.
        watchers: list[QObject] = []
        if isinstance(self._window, KioskWindow):
            watchers.append(self._window.keypad)
        watchers += [self.keys, self.idle]
        if self.corner is not None:
            watchers.append(self.corner)
        self.input.attach(self.window, watchers)

    def detach_input(self) -> None:
        self.input.detach()

    def recover(self) -> None:
        """After an unexpected error: back to a screen that works."""
        self.close_panel()
        if self.session is not None and isinstance(self.window, KioskWindow):
            if self.session.is_visiting:
                self.session.home()
            self.window.render()
        self.update_idle()

    def exit_kiosk(self) -> None:
        """Staff's Exit kiosk: the only way the kiosk ends with status 0."""
        self.read_aloud.silence()
        if self.watcher is not None:
            self.watcher.stop()
        self.staff.stop_reload()
        self.window.allow_close()
        self.app.quit()

    def shut_down(self) -> None:
        """Detach: no filters, no timers, no bundle fonts, no reload child left behind."""
        self.read_aloud.silence()
        self.staff.stop_reload()
        self.detach_input()
        if self.other_windows is not None:
            self.other_windows.stop()
            self.other_windows = None
        self.window.allow_close()  # its window may go now
        self.idle.set_active(False)
        self.idle.idle.disconnect()
        if self.corner is not None:
            self.corner.held.disconnect()
        self.fonts.release()
        self.ui_language.leave()


def build_kiosk(
    app: QApplication,
    config: KioskConfig,
    load_result: LoadResult | CompiledResult,
    *,
    today: Callable[[], date] = date.today,
    source: ContentSource | None = None,
    bundle_folder: Path | None = None,
) -> Kiosk:
    """A kiosk showing `load_result`'s bundle, or "not ready" when it has none."""
    kiosk = Kiosk(app, config, source=source or ContentSource(), today=today)
    if load_result.bundle is None:
        kiosk.show_not_ready([f.message for f in load_result.errors])
    elif bundle_folder is None:
        kiosk.become_ready(
            ShownBundle(
                load_result.bundle,
                findings=tuple(load_result.findings),
                texts_by_language=tuple(sorted(load_result.texts_by_language.items())),
            )
        )
    else:
        kiosk.become_ready(ShownBundle.loaded(bundle_folder, load_result))
    return kiosk
