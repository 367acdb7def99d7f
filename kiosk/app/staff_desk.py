"""What staff do at the kiosk: the PIN pad, the staff panel and its actions
(reload, roll back, test print, exit), and the update log they read there.

The log is kept in memory only and says what happened to bundles and the
printer since start, never anything about visitors.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from kiosk.content.freshness import claim_ages, verification_ages
from kiosk.content.on_show import ShownBundle
from kiosk.pin_guard import PinGuard
from kiosk.session import Panel, Session, staff_panel_wanted

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.app.bundle_reload import BundleReload, ReloadOutcome
    from kiosk.app.slip_printing import SlipPrinting
    from kiosk.bundle_origin import ContentSource
    from kiosk.ui.staff import PinChecker
    from kiosk.ui.widgets import ScrollPane
    from kiosk.updates.watcher import InboxWatcher

log = logging.getLogger("kiosk")


class StaffHost(Protocol):
    """What the staff desk needs from the kiosk it serves."""

    source: ContentSource
    watcher: InboxWatcher | None
    printing: SlipPrinting
    today: Callable[[], date]

    @property
    def session(self) -> Session | None: ...  # None while the kiosk is not ready
    @property
    def open_panel(self) -> Panel: ...
    def show_panel(self, panel: QWidget, kind: Panel) -> None: ...
    def close_panel(self) -> None: ...
    def scroll_pane(self) -> ScrollPane | None: ...
    def offer(self, shown: ShownBundle) -> None: ...
    def exit_kiosk(self) -> None: ...


class StaffDesk:
    def __init__(self, host: StaffHost, pin_guard: PinGuard) -> None:
        self._host = host
        self.pin_guard = pin_guard
        self.pin_checker: PinChecker | None = None  # made when staff first open the pad
        # What happened since start, newest last.
        self.update_log: list[str] = []
        # Why the kiosk is not ready (empty once it shows a bundle).
        self.not_ready_reasons: list[str] = []
        self._reload: BundleReload | None = None  # made when staff first reload

    # --- opening ----------------------------------------------------------

    def open_access(self) -> None:
        """The staff corner was held: the PIN pad, or the panel when no PIN is set."""
        host = self._host
        if not staff_panel_wanted(host.open_panel):
            return
        if not self.pin_guard.has_pin:
            self.open_panel()
            return
        # Here: the pad and panel are staff tools, never needed at start.
        from kiosk.ui.staff import PinChecker, PinPad

        if self.pin_checker is None:
            self.pin_checker = PinChecker(self.pin_guard)
        pad = PinPad(self.pin_checker)
        # Only while the pad is still on screen: a check that ends after a
        # Quick exit must not open the staff panel over the cover.
        pad.accepted.connect(lambda: host.open_panel is Panel.PIN_PAD and self.open_panel())
        pad.cancelled.connect(lambda: host.close_panel())
        host.show_panel(pad, Panel.PIN_PAD)

    def open_panel(self) -> None:
        host = self._host
        session = host.session
        if session is None:
            from kiosk.ui.screens.not_ready import NotReadyStaffPanel  # a kiosk not ready

            reasons = self.not_ready_reasons + ([self.reloading_line()] if self.reloading else [])
            panel = NotReadyStaffPanel(reasons, lambda: self.reload_content(), host.exit_kiosk)
            host.show_panel(panel, Panel.STAFF)
            return
        actions: list[tuple[str, Callable[[], None], str]] = [
            (QCoreApplication.translate("Staff", "Reload content"), self.reload_content, "reload"),
        ]
        if host.source.installs:
            actions.append(
                (QCoreApplication.translate("Staff", "Roll back"), self.roll_back, "roll_back")
            )
        actions.append(
            (QCoreApplication.translate("Staff", "Test print"), self.test_print, "test_print")
        )
        from kiosk.ui.staff import StaffPanel, StaffView

        shown = session.waiting or session.shown
        view = StaffView(
            bundle=session.bundle,
            findings=list(shown.findings),
            ages=verification_ages(session.bundle, host.today()),
            claim_ages=claim_ages(session.bundle, host.today()),
            install_lines=self.install_lines(),
            pin_set=self.pin_guard.has_pin,
            language=session.language,
            actions=actions,
            close=host.close_panel,
            exit_kiosk=host.exit_kiosk,
        )
        host.show_panel(StaffPanel(view, host.scroll_pane()), Panel.STAFF)

    def note(self, line: str) -> None:
        """A line for the update log, shown at once if staff have the panel open."""
        self.update_log.append(line)
        self.refresh()

    def refresh(self) -> None:
        if self._host.open_panel is Panel.STAFF:
            self.open_panel()

    # --- what the panel says ------------------------------------------------

    def install_lines(self) -> list[str]:
        host = self._host
        lines: list[str] = [self.printer_line()]
        if host.source.content_dir is not None:
            from kiosk.updates.status import status_report, status_text

            session = host.session
            shown_folder = session.shown.folder if session is not None else None
            report = status_report(host.source.content_dir, shown_folder=shown_folder)
            lines.extend(status_text(report).splitlines())
        else:
            lines.append(
                QCoreApplication.translate("Staff", "Showing the bundle folder {folder}").format(
                    folder=host.source.folder
                )
            )
        if host.watcher is None:
            lines.append(QCoreApplication.translate("Staff", "No inbox is watched for updates."))
        lines.extend(self.update_log[-5:])
        if self.reloading:
            lines.append(self.reloading_line())
        return lines

    @staticmethod
    def reloading_line() -> str:
        return QCoreApplication.translate("Staff", "Reloading content…")

    def printer_line(self) -> str:
        """The printer's state in the words of someone at the front desk."""
        from kiosk.printing.printer import PrinterState, printer_status

        name = self._host.printing.settings.printer
        status = printer_status(name)
        if status is None:
            if name:
                return QCoreApplication.translate("Staff", "Printer {name}: not found.").format(
                    name=name
                )
            return QCoreApplication.translate("Staff", "Printer: none is set up.")
        sentences = {
            PrinterState.READY: QCoreApplication.translate("Staff", "Printer {name}: ready."),
            PrinterState.PRINTING: QCoreApplication.translate("Staff", "Printer {name}: printing."),
            PrinterState.PAUSED: QCoreApplication.translate(
                "Staff",
                "Printer {name}: paused. It prints nothing until it is resumed"
                " (ask whoever looks after this computer).",
            ),
            PrinterState.OUT_OF_PAPER: QCoreApplication.translate(
                "Staff", "Printer {name}: out of paper. Put in a new roll or more paper."
            ),
            PrinterState.OFFLINE: QCoreApplication.translate(
                "Staff",
                "Printer {name}: not working. Check that it is switched on and connected.",
            ),
        }
        return sentences[status.state].format(name=status.name)

    # --- actions ----------------------------------------------------------------

    @property
    def reloading(self) -> bool:
        """Whether a Reload content (or Roll back) is under way."""
        return self._reload is not None and self._reload.busy

    def reload_content(self) -> None:
        """Read the bundle again, never on this thread all at once
        (kiosk.app.bundle_reload); a good one is shown from the next visit
        on, a broken one changes nothing. A press while a reload is under
        way does nothing: the panel says it is under way."""
        if self._reloader().start():
            self.refresh()

    def roll_back(self) -> None:
        """Back to the previous version: the pointers swap in a child process
        (each write flushed to disk, too slow for this thread on an SD card),
        then the bundle is read again as Reload content reads it. A press
        while a reload or roll back is under way does nothing."""
        assert self._host.source.content_dir is not None, "only installs offer Roll back"
        if self._reloader().start(roll_back=True):
            self.refresh()

    def _reloader(self) -> BundleReload:
        if self._reload is None:
            from kiosk.app.bundle_reload import BundleReload  # staff's tool, not start's

            self._reload = BundleReload(self._host.source, self._host.today)
            self._reload.done.connect(self._reloaded)
        return self._reload

    def stop_reload(self) -> None:
        """The kiosk goes: a reload under way goes with it."""
        if self._reload is not None:
            self._reload.stop()

    def _reloaded(self, outcome: ReloadOutcome) -> None:
        from kiosk.app.bundle_reload import Reloaded, RollBackRefused
        from kiosk.updates.load_child import HasErrors

        host = self._host
        if isinstance(outcome, Reloaded):
            self.not_ready_reasons = []
            host.offer(ShownBundle.loaded(outcome.folder, outcome.result))
            bundle = outcome.result.bundle
            self.note(
                QCoreApplication.translate("Staff", "Loaded {id} version {version}.").format(
                    id=bundle.id, version=bundle.version
                )
            )
        elif isinstance(outcome, RollBackRefused):  # nothing swapped, nothing reloaded
            self.note(
                QCoreApplication.translate("Staff", "Roll back refused: {reason}").format(
                    reason=outcome.reason
                )
            )
        elif host.session is None and isinstance(outcome, HasErrors):
            # Still not ready: the reasons say why.
            self.not_ready_reasons = list(outcome.reasons)
            for reason in self.not_ready_reasons:
                log.warning("not ready: %s", reason)
            self.refresh()
        elif isinstance(outcome, HasErrors):
            self.note(QCoreApplication.translate("Staff", "Reload refused: the bundle has errors."))
        else:  # the check itself could not be done; nothing changed
            log.warning("reload: %s", outcome)
            if host.session is None:
                self.not_ready_reasons = [str(outcome)]
                self.refresh()
            else:
                self.note(
                    QCoreApplication.translate("Staff", "Refused: {reason}").format(reason=outcome)
                )

    def test_print(self) -> None:
        session = self._host.session
        assert session is not None, "the not-ready panel offers no test print"
        if self._host.printing.test_print(session.bundle, self._host.today()):
            self.note(QCoreApplication.translate("Staff", "Test print sent."))
        else:
            self.note(QCoreApplication.translate("Staff", "Test print: no service can be printed."))

    def test_printed(self, message: str) -> None:
        self.note(
            QCoreApplication.translate("Staff", "Test print: {message}").format(message=message)
        )

    def bundle_installed(self, shown: ShownBundle) -> None:
        """The inbox installed a bundle, read back from its compiled form:
        it is offered as it is, without a second load."""
        self.not_ready_reasons = []
        self._host.offer(shown)
        self.note(
            QCoreApplication.translate("Staff", "Installed {id} version {version}.").format(
                id=shown.model.id, version=shown.model.version
            )
        )

    def bundle_not_offered(self, reason: str) -> None:
        log.warning("installed but not offered: %s", reason)
        self.note(
            QCoreApplication.translate(
                "Staff", "Installed, shown after the next restart: {reason}"
            ).format(reason=reason)
        )

    def bundle_refused(self, reason: str) -> None:
        self.note(QCoreApplication.translate("Staff", "Refused: {reason}").format(reason=reason))
