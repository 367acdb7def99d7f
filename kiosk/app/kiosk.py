"""The one place that builds the kiosk and wires its parts together."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig, panic_key_code
from kiosk.content import LoadResult
from kiosk.content.findings import Findings
from kiosk.content.freshness import verification_ages
from kiosk.content.glyphs import bundle_font_files
from kiosk.content.model import Trust
from kiosk.paths import fonts_dir, package_resources
from kiosk.pin_guard import PinGuard
from kiosk.session import Session
from kiosk.session_bus import existing_buses_only
from kiosk.ui.context import SlipSettings
from kiosk.ui.crash import install_crash_handler
from kiosk.ui.idle import IdleMonitor, StillTherePanel
from kiosk.ui.print_panel import PrintPanel
from kiosk.ui.quick_exit import OtherWindows, QuickExitKeys, QuickExitTaps
from kiosk.ui.staff import CornerHold, PinChecker, PinPad, StaffPanel, StaffView
from kiosk.ui.staff_only_close import end_with_the_window
from kiosk.ui.translation import UiLanguage
from kiosk.ui.window import KioskWindow

if TYPE_CHECKING:
    from kiosk.printing.printer import PrintOutcome, SlipPrinter
    from kiosk.updates.watcher import InboxWatcher

log = logging.getLogger("kiosk")

# `kiosk run`'s exit status when its window went without staff choosing Exit
# kiosk: not 0, so a supervisor that restarts on failure starts it again.


def load_fonts() -> None:
    """Shipped fonts, so no system font is needed and every script has glyphs."""
    for path in sorted(fonts_dir().glob("*.[ot]tf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path.name)
    QGuiApplication.setFont(QFont("Noto Sans", 18))


class BundleFonts:
    """The fonts a bundle brings in its fonts/ folder (checked by the
    validator), loaded for as long as that bundle is shown."""

    def __init__(self) -> None:
        self._ids: list[int] = []
        self.families: list[str] = []

    def use(self, bundle_folder: Path | None) -> list[str]:
        for font_id in self._ids:
            QFontDatabase.removeApplicationFont(font_id)
        self._ids, self.families = [], []
        if bundle_folder is None:
            return []
        for path in bundle_font_files(bundle_folder, Findings()):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load the bundle's font %s", path.name)
                continue
            self._ids.append(font_id)
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in self.families:
                    self.families.append(family)
        return self.families


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
    today: Callable[[], date]
    ui_language: UiLanguage
    source: ContentSource = field(default_factory=ContentSource)
    watcher: InboxWatcher | None = None  # only when an inbox is configured
    # What happened to bundles arriving in the inbox since start, newest last
    # (staff see it; nothing about visitors). Kept in memory only.
    update_log: list[str] = field(default_factory=list)
    bundle_folder: Path | None = None
    bundle_fonts: BundleFonts = field(default_factory=BundleFonts)
    _fonts_for: object = None
    _watched: QWindow | None = None
    printer: SlipPrinter | None = None  # made at the first print
    pin_checker: PinChecker | None = None  # made when staff first open the pad
    clock: Callable[[], float] = time.monotonic  # for the idle countdown; tests pass their own
    other_windows: OtherWindows | None = None

    # --- quick exit -------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide everything now: the cover is painted before anything else is
        tidied, then the visit is forgotten."""
        window = self.window
        window.show_cover_now()
        if self.printer is not None:
            self.printer.reset()  # the next visitor hears nothing of this print
        window.close_panel()
        for getter in (QApplication.activePopupWidget, QApplication.activeModalWidget):
            widget = getter()
            while widget is not None:
                widget.close()
                if getter() is widget:
                    break
                widget = getter()
        QToolTip.hideText()
        self.session.reset()
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
        # Lambdas rather than bound methods of this plain object: PySide keeps
        # a weak reference per bound-method connection after the panel is gone.
        panel.kept.connect(lambda: self._keep_going())
        # Timing out looks exactly like a quick exit, so an onlooker cannot
        # tell which happened.
        panel.expired.connect(lambda: self.quick_exit())
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
        if self.pin_checker is None:
            self.pin_checker = PinChecker(self.pin_guard)
        pad = PinPad(self.pin_checker)
        # Only while the pad is still on screen: a check that ends after a
        # Quick exit must not open the staff panel over the cover.
        pad.accepted.connect(lambda: self.window.overlays.panel is pad and self.open_staff_panel())
        pad.cancelled.connect(lambda: self.close_panel())
        self.window.show_panel(pad)
        self._update_idle()

    def open_staff_panel(self) -> None:
        actions: list[tuple[str, Callable[[], None], str]] = [
            (QCoreApplication.translate("Staff", "Reload content"), self.reload_content, "reload"),
        ]
        if self.source.installs:
            actions.append(
                (QCoreApplication.translate("Staff", "Roll back"), self.roll_back, "roll_back")
            )
        actions.append(
            (QCoreApplication.translate("Staff", "Test print"), self.test_print, "test_print")
        )
        view = StaffView(
            bundle=self.session.bundle,
            findings=self.load_result.findings,
            ages=verification_ages(self.session.bundle, self.today()),
            install_lines=self.install_lines(),
            pin_set=self.pin_guard.has_pin,
            actions=actions,
            close=self.close_panel,
            exit_kiosk=self.exit_kiosk,
        )
        self.window.show_panel(StaffPanel(view, self.window.overlays.scroll_pane()))
        self._update_idle()

    def exit_kiosk(self) -> None:
        """Staff's Exit kiosk: the only way the kiosk ends with status 0."""
        if self.watcher is not None:
            self.watcher.stop()
        self.window.allow_close()
        self.app.quit()

    # --- content and updates -----------------------------------------------

    def printer_line(self) -> str:
        from kiosk.printing.printer import printer_status

        status = printer_status(self.config.printer)
        if status is None:
            if self.config.printer:
                return QCoreApplication.translate("Staff", "Printer {name}: not found.").format(
                    name=self.config.printer
                )
            return QCoreApplication.translate("Staff", "Printer: none is set up.")
        return QCoreApplication.translate("Staff", "Printer {name}: {state}.").format(
            name=status.name, state=status.state
        )

    def test_print(self) -> None:
        """A real slip of the first printable service, in the bundle's default
        language: what visitors would get, on the paper they would get."""
        from kiosk.printing import visitor_slip

        bundle = self.session.bundle
        today = self.today()
        first = next(
            (
                r.id
                for r in bundle.resources.values()
                if r.phones and bundle.trust(r, today) is not Trust.UNVERIFIED
            ),
            None,
        )
        if first is None:
            self.update_log.append(
                QCoreApplication.translate("Staff", "Test print: no service can be printed.")
            )
            self._refresh_staff_panel()
            return
        slip = visitor_slip(bundle, [first], bundle.default_language, self.config)
        self._slip_printer().print_slip(slip)
        self.update_log.append(QCoreApplication.translate("Staff", "Test print sent."))
        self._refresh_staff_panel()

    def _slip_printer(self) -> SlipPrinter:
        from kiosk.printing.printer import SlipPrinter

        if self.printer is None:
            self.printer = SlipPrinter(self.config.printer)
            self.printer.finished.connect(self._printed)
        return self.printer

    def install_lines(self) -> list[str]:
        lines: list[str] = [self.printer_line()]
        if self.source.content_dir is not None:
            from kiosk.updates.status import status_report, status_text

            report = status_report(self.source.content_dir, shown_folder=self.bundle_folder)
            lines.extend(status_text(report).splitlines())
        else:
            lines.append(
                QCoreApplication.translate("Staff", "Showing the bundle folder {folder}").format(
                    folder=self.source.folder
                )
            )
        if self.watcher is None:
            lines.append(QCoreApplication.translate("Staff", "No inbox is watched for updates."))
        lines.extend(self.update_log[-5:])
        return lines

    def reload_content(self) -> bool:
        """Read the bundle again; a good one is shown from the next visit on,
        a broken one changes nothing."""
        folder, result = self.source.load(self.today())
        if result.bundle is None:
            self.update_log.append(
                QCoreApplication.translate("Staff", "Reload refused: the bundle has errors.")
            )
            self._refresh_staff_panel()
            return False
        self.load_result = result
        self.bundle_folder = folder
        self.session.offer_bundle(result.bundle)
        self.update_log.append(
            QCoreApplication.translate("Staff", "Loaded {id} version {version}.").format(
                id=result.bundle.id, version=result.bundle.version
            )
        )
        self._refresh_staff_panel()
        return True

    def roll_back(self) -> None:
        from kiosk.updates import Refused, rollback

        assert self.source.content_dir is not None
        try:
            rollback(self.source.content_dir)
        except Refused as exc:
            self.update_log.append(
                QCoreApplication.translate("Staff", "Roll back refused: {reason}").format(
                    reason=exc
                )
            )
            self._refresh_staff_panel()
            return
        self.reload_content()

    def bundle_installed(self, bundle_id: str, version: int) -> None:
        self.update_log.append(
            QCoreApplication.translate("Staff", "Installed {id} version {version}.").format(
                id=bundle_id, version=version
            )
        )
        self.reload_content()

    def bundle_refused(self, reason: str) -> None:
        self.update_log.append(
            QCoreApplication.translate("Staff", "Refused: {reason}").format(reason=reason)
        )
        self._refresh_staff_panel()

    def _fonts_follow_bundle(self) -> None:
        """When the session takes up a new bundle (at a reset), its fonts come
        with it and the previous bundle's go."""
        bundle = self.session.bundle
        if self._fonts_for is bundle:
            return
        if bundle is self.load_result.bundle:
            families = self.bundle_fonts.use(self.bundle_folder)
            self.window.use_extra_families(families)
        self._fonts_for = bundle

    def _refresh_staff_panel(self) -> None:
        if isinstance(self.window.overlays.panel, StaffPanel):
            self.open_staff_panel()

    def close_panel(self) -> None:
        self.window.close_panel()
        self._update_idle()

    # --- printing -----------------------------------------------------------

    def print_slip(self) -> None:
        """Print the visitor's slip without blocking: quick exit stays instant
        while the worker talks to the printer."""
        from kiosk.printing import visitor_slip

        if not self.session.slip:
            return
        slip = visitor_slip(
            self.session.bundle, self.session.slip, self.session.language, self.config
        )
        self.window.show_panel(PrintPanel(self.close_panel))
        self._update_idle()
        self._slip_printer().print_slip(slip)

    def _printed(self, outcome: PrintOutcome) -> None:
        panel = self.window.overlays.panel
        if isinstance(panel, PrintPanel):
            panel.show_outcome(outcome.message)
        elif isinstance(panel, StaffPanel):  # a test print
            self.update_log.append(
                QCoreApplication.translate("Staff", "Test print: {message}").format(
                    message=outcome.message
                )
            )
            self._refresh_staff_panel()
        if not outcome.ok:
            # For staff reading the journal: which printer, never what was printed.
            log.warning("slip not printed: %s (%s)", outcome.result, outcome.printer or "default")

    def attach_input(self) -> None:
        """Watch input where it enters: the window's QWindow, which sees each
        key and touch once before any widget. (A filter on the whole
        application would run Python for every event Qt sends anywhere, and
        slow every screen change several times over.) Call again whenever the
        native window is recreated, as setWindowFlags does."""
        handle = self.window.windowHandle()
        if handle is None:
            self.window.winId()  # creates the native window and its handle
            handle = self.window.windowHandle()
        for watcher in (self.keys, self.idle, self.corner):
            if self._watched is not None:
                self._watched.removeEventFilter(watcher)
            handle.installEventFilter(watcher)
        self._watched = handle

    def shut_down(self) -> None:
        """Detach: no filters, no timers left running."""
        if self._watched is not None:
            for watcher in (self.keys, self.idle, self.corner):
                self._watched.removeEventFilter(watcher)
            self._watched = None
        if self.other_windows is not None:
            self.other_windows.stop()
            self.other_windows = None
        self.window.allow_close()  # its window may go now
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
    app: QApplication,
    config: KioskConfig,
    load_result: LoadResult,
    *,
    today: Callable[[], date] = date.today,
    source: ContentSource | None = None,
    bundle_folder: Path | None = None,
) -> Kiosk:
    bundle = load_result.bundle
    assert bundle is not None, "build_kiosk needs a bundle that loaded without errors"
    session = Session(bundle)
    ui_language = UiLanguage(app)
    # Before the window subscribes, so the words are in place when it renders.
    session.subscribe(lambda change: ui_language.set(session.language))
    ui_language.set(session.language)
    holder: dict[str, Kiosk] = {}
    # Before the window's own listener, so a new bundle's fonts are in place
    # when it draws.
    session.subscribe(lambda change: holder and holder["kiosk"]._fonts_follow_bundle())

    def trigger_exit() -> None:
        holder["kiosk"].quick_exit()

    window = KioskWindow(
        session,
        today=today,
        on_quick_exit=trigger_exit,
        staff_pin_set=config.staff_pin_hash is not None,
        slip=SlipSettings(config, lambda: holder["kiosk"].print_slip()),
    )
    # Resolved as the start checks resolved it: the key that passed is the key
    # that ends a visit. A name they would refuse never gets this far.
    panic_key = panic_key_code(config.panic_key)
    if panic_key is None:
        raise ValueError(f"unknown panic key {config.panic_key!r}")
    keys = QuickExitKeys(trigger_exit, Qt.Key(panic_key))
    idle = IdleMonitor(config.idle_timeout_s)
    corner = CornerHold(window)
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
        today=today,
        ui_language=ui_language,
        source=source or ContentSource(),
    )
    holder["kiosk"] = kiosk
    taps = QuickExitTaps(trigger_exit, window.quick_exit_at)
    kiosk.other_windows = OtherWindows(window.windowHandle, [keys, taps, idle])
    kiosk.bundle_folder = bundle_folder
    kiosk._fonts_follow_bundle()
    kiosk.attach_input()
    idle.idle.connect(kiosk.ask_still_there)
    corner.held.connect(kiosk.open_staff_access)
    session.subscribe(lambda change: kiosk._update_idle())
    return kiosk


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


class AfterFirstFrame(QObject):
    """Runs `work` once, from the event loop, right after the window's first
    frame: what the first screen does not need waits until a visitor can see
    the kiosk, and is done long before they can touch it.

    It watches the whole application, only until that frame: the first
    widget of the window to be painted may be any of them (the window itself
    gets no paint event when its children cover it), and the work is posted
    so it runs once the frame's painting is done."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        app = QCoreApplication.instance()
        super().__init__(app)
        self._window = window
        self._work: Callable[[], None] | None = work
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._work is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            work, self._work = self._work, None
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, work)
            self.deleteLater()
        return False


def finish_start(kiosk: Kiosk) -> None:
    """The rest of the start, after the first frame: every UI language's
    catalogues (so no language choice opens a file during a visit), and
    flinging the screens with a finger."""
    kiosk.ui_language.load_all()
    kiosk.window.screen_area.enable_kinetic_scrolling()


def print_through_local_socket_only() -> None:
    """See kiosk.start_checks.use_local_print_socket (its printer check asks
    the print system first)."""
    from kiosk.start_checks import use_local_print_socket

    use_local_print_socket()


def talk_only_to_running_buses() -> None:
    """Never let Qt start a D-Bus session bus (see kiosk/session_bus.py)."""
    for note in existing_buses_only(os.environ):
        log.warning(note)


def use_shipped_fonts_only() -> None:
    """Point fontconfig at the kiosk's own configuration: the shipped fonts and
    no cache directory, so nothing is written and no system font is needed."""
    os.environ["FONTCONFIG_FILE"] = str(package_resources() / "fonts.conf")


def watch_inbox(kiosk: Kiosk) -> None:
    """Install signed bundles dropped into the inbox; they take over at the
    next session reset."""
    config = kiosk.config
    if not (config.inbox and kiosk.source.content_dir and config.trusted_keys):
        return
    # Imported here: signature checking pulls in cryptography, which a kiosk
    # without an inbox never needs, and start-up time is the visitor's.
    from kiosk.updates.watcher import InboxWatcher

    watcher = InboxWatcher(config.inbox, kiosk.source.content_dir, config.trusted_keys)
    watcher.installed.connect(kiosk.bundle_installed)
    watcher.refused.connect(kiosk.bundle_refused)
    kiosk.watcher = watcher
    kiosk.app.aboutToQuit.connect(watcher.stop)
    QTimer.singleShot(0, watcher.start)


def start(
    config: KioskConfig,
    load_result: LoadResult,
    *,
    windowed: bool,
    screen: int,
    source: ContentSource | None = None,
    bundle_folder: Path | None = None,
) -> Kiosk:
    """Everything `kiosk run` does before the event loop: the application,
    fonts, the kiosk and its window on screen."""
    use_shipped_fonts_only()
    print_through_local_socket_only()
    talk_only_to_running_buses()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kiosk")
    load_fonts()
    if load_result.bundle is None and source is not None and source.installs:
        from kiosk.app.not_ready import start_not_ready  # nothing installed that loads

        return start_not_ready(  # type: ignore[return-value]
            app, config, load_result, windowed=windowed, screen=screen, source=source
        )
    kiosk = build_kiosk(app, config, load_result, source=source, bundle_folder=bundle_folder)
    bring_up(kiosk, windowed=windowed, screen=screen)
    return kiosk


def bring_up(kiosk: Kiosk, *, windowed: bool, screen: int) -> None:
    """A built kiosk put to work and on screen: at start, or when a bundle
    arrives for a kiosk that was not ready."""
    install_crash_handler(kiosk.recover)
    end_with_the_window(kiosk.app, kiosk.window)
    watch_inbox(kiosk)
    AfterFirstFrame(kiosk.window, lambda: finish_start(kiosk))
    show(kiosk, windowed=windowed, screen_index=screen)


def run(
    config: KioskConfig,
    load_result: LoadResult,
    *,
    windowed: bool,
    screen: int,
    source: ContentSource | None = None,
    bundle_folder: Path | None = None,
) -> int:
    kiosk = start(
        config,
        load_result,
        windowed=windowed,
        screen=screen,
        source=source,
        bundle_folder=bundle_folder,
    )
    return kiosk.app.exec()
