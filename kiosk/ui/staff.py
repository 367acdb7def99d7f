"""Staff access: after the corner hold (kiosk.ui.corner_hold), the PIN pad,
then the staff panel. Nothing here is visible to a visitor. Imported when
staff first open the pad or the panel, never at start."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import (
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.catalogues import long_date
from kiosk.content.findings import Finding
from kiosk.content.freshness import Age
from kiosk.content.model import Bundle, BundleStatus
from kiosk.pin_guard import PinGuard, PinOutcome, PinResult, plausible_pin
from kiosk.shown import shown
from kiosk.translation_status import CATALOGUES, CatalogueStatus
from kiosk.ui.translation_status import TranslationStatusList
from kiosk.ui.widgets import ScrollPane, TouchButton, label


class _Relay(QObject):
    # Emitted from the worker thread; the receiver lives on the GUI thread, so
    # Qt queues the call there.
    done = Signal(object)


class _PinJob(QRunnable):
    def __init__(self, guard: PinGuard, pin: str, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._guard = guard
        self._pin = pin
        self._relay = relay

    def run(self) -> None:
        pin, self._pin = self._pin, ""
        self._relay.done.emit(self._guard.check(pin))


class PinChecker(QObject):
    """Checks PINs on a worker thread: scrypt takes tens of milliseconds by
    design, and Quick exit must never wait for it. Lives as long as the
    kiosk, so a result arriving after the pad was closed still lands (and
    is counted by the guard) without touching a deleted widget."""

    finished = Signal(object)  # a PinResult, on the GUI thread

    def __init__(self, guard: PinGuard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = 0

    @property
    def busy(self) -> bool:
        return self._running > 0

    def check(self, pin: str) -> None:
        self._running += 1
        self._pool.start(_PinJob(self.guard, pin, self._relay))

    def wait_until_idle(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _deliver(self, result: PinResult) -> None:
        self._running -= 1
        self.finished.emit(result)


class PinPad(QWidget):
    """Digits, a masked display, and the lockout message. Emits `accepted`.
    The check runs on `checker`'s thread; the pad ignores OK while one runs."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, checker: PinChecker) -> None:
        super().__init__()
        self.setObjectName("pin_pad")
        self._checker = checker
        self._guard = checker.guard
        self._checking = False
        checker.finished.connect(self._checked)
        self._digits = ""
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Staff PIN"), "title"))
        self.display = label("", "heading")
        self.display.setObjectName("pin_display")
        self.message = label("", "muted")
        self.message.setObjectName("pin_message")
        layout.addWidget(self.display)
        layout.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(12)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]
        for index, key in enumerate(keys):
            if key == "clear":
                button = TouchButton(self.tr("Clear"), self._clear)
            elif key == "ok":
                button = TouchButton(self.tr("OK"), self.submit, role="primary")
            else:
                button = TouchButton(key, lambda k=key: self.press(k))
            button.setObjectName(f"pin_{key}")
            button.setMinimumSize(96, 80)
            grid.addWidget(button, index // 3, index % 3)
        layout.addLayout(grid)
        cancel = TouchButton(self.tr("Cancel"), self.cancelled.emit)
        cancel.setObjectName("pin_cancel")
        layout.addWidget(cancel)
        self._show_lock()

    @property
    def checking(self) -> bool:
        return self._checking

    def press(self, digit: str) -> None:
        if len(self._digits) < 12:
            self._digits += digit
            self.display.setText("\u2022" * len(self._digits))

    def _clear(self) -> None:
        self._digits = ""
        self.display.setText("")

    def submit(self) -> None:
        if self._checking:
            return
        digits = self._digits
        self._clear()
        self.message.setText("")
        if self._guard.locked_for():
            self._show_lock()
            return
        if not plausible_pin(digits):
            self._show_result(self._guard.check(digits))  # wrong without hashing
            return
        self._checking = True
        self._checker.check(digits)

    def _checked(self, result: PinResult) -> None:
        if not self._checking:
            return  # another pad's check
        self._checking = False
        self._show_result(result)

    def _show_result(self, result: PinResult) -> None:
        if result.outcome is PinOutcome.OK:
            self.accepted.emit()
        elif result.outcome is PinOutcome.LOCKED:
            self._show_lock()
        else:
            self.message.setText(self.tr("Wrong PIN."))

    def _show_lock(self) -> None:
        wait = self._guard.locked_for()
        if wait:
            self.message.setText(
                self.tr("Too many wrong PINs. Try again in %n second(s).", "", wait)
            )


@dataclass
class StaffView:
    """Everything the staff panel shows; the app gathers it."""

    bundle: Bundle
    findings: list[Finding]
    ages: dict[Age, int]
    claim_ages: dict[Age, int]
    install_lines: list[str]
    pin_set: bool
    # The interface language the panel is read in: dates are written its way.
    language: str = "en"
    # (label, action, objectName): Reload, Roll back, Test print... as available
    actions: list[tuple[str, Callable[[], None], str]] = field(default_factory=list)
    close: Callable[[], None] = lambda: None
    exit_kiosk: Callable[[], None] = lambda: None
    # The UI catalogues and whether a native speaker has reviewed each.
    translations: tuple[CatalogueStatus, ...] = CATALOGUES


class VerificationChart(QWidget):
    """One bar per age bucket: how many contacts were last verified then
    (or, with `claims`, how many answers were last checked then)."""

    COLOURS: Final = {
        Age.WITHIN_3_MONTHS: "#2E7D32",
        Age.WITHIN_6_MONTHS: "#7CB342",
        Age.WITHIN_12_MONTHS: "#F9A825",
        Age.OLDER: "#E65100",
        Age.NEVER: "#B71C1C",
    }

    def __init__(self, ages: dict[Age, int], *, claims: bool = False) -> None:
        super().__init__()
        self.setObjectName("claims_chart" if claims else "verification_chart")
        self.ages = ages
        names = {
            Age.WITHIN_3_MONTHS: self.tr("Within 3 months"),
            Age.WITHIN_6_MONTHS: self.tr("3 to 6 months"),
            Age.WITHIN_12_MONTHS: self.tr("6 to 12 months"),
            Age.OLDER: self.tr("Over a year"),
            Age.NEVER: self.tr("Never checked") if claims else self.tr("Never verified"),
        }
        self.rows = [(names[age], count, self.COLOURS[age]) for age, count in ages.items()]
        ages_text = ", ".join(f"{name} {count}" for name, count, _ in self.rows)
        summary = (
            self.tr("Answers last checked: {ages}") if claims else self.tr("Last verified: {ages}")
        )
        self.setAccessibleName(summary.format(ages=ages_text))
        self.setMinimumHeight(36 * len(self.rows) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_w = max(metrics.horizontalAdvance(name) for name, _, _ in self.rows) + 16
        most = max(1, *(count for _, count, _ in self.rows))
        bar_space = max(40, self.width() - label_w - 60)
        text_colour = self.palette().color(self.foregroundRole())
        for index, (name, count, colour) in enumerate(self.rows):
            top = 4 + index * 36
            painter.setPen(text_colour)
            painter.drawText(0, top, label_w, 28, int(Qt.AlignmentFlag.AlignVCenter), name)
            width = round(bar_space * count / most)
            painter.fillRect(label_w, top + 4, width, 20, QColor(colour))
            painter.drawText(
                label_w + width + 8, top, 60, 28, int(Qt.AlignmentFlag.AlignVCenter), str(count)
            )


class StaffPanel(QWidget):
    """Bundle facts, freshness, findings and installs for staff. It shows no
    usage data: there is none."""

    def __init__(self, view: StaffView, pane: ScrollPane | None = None) -> None:
        super().__init__()
        self.setObjectName("staff_panel")
        bundle = view.bundle
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setSpacing(12)
        if not view.pin_set:
            rows.addWidget(
                label(
                    self.tr(
                        "No staff PIN is set: anyone who knows the corner gesture can open this "
                        "panel. Set staff_pin_hash in the kiosk's config."
                    ),
                    "badge",
                )
            )
        facts = self.tr("Bundle: {id}, version {version}, status {status}, review by {review}")
        statuses = {
            BundleStatus.PUBLISHED: self.tr("published"),
            BundleStatus.SAMPLE: self.tr("sample"),
            BundleStatus.DRAFT: self.tr("draft"),
        }
        rows.addWidget(
            label(
                facts.format(
                    id=bundle.id,
                    version=bundle.version,
                    status=statuses[bundle.status],
                    review=long_date(bundle.review_by, view.language),
                )
            )
        )
        rows.addWidget(label(self.tr("When were the contacts last verified?"), "heading"))
        rows.addWidget(VerificationChart(view.ages))
        rows.addWidget(label(self.tr("When were the answers last checked?"), "heading"))
        rows.addWidget(VerificationChart(view.claim_ages, claims=True))
        rows.addWidget(label(self.tr("Updates"), "heading"))
        for line in view.install_lines:
            updates = label(shown(line), "muted")  # names in it come from outside
            updates.setObjectName("install_line")
            rows.addWidget(updates)
        rows.addWidget(label(self.tr("Findings"), "heading"))
        # Stale and unchecked claims and contacts first: they are what to re-check.
        order = {"stale-claim": 0, "unchecked-answer": 1, "stale-verification": 2, "unverified": 3}
        findings = sorted(view.findings, key=lambda f: (order.get(f.rule, 4), str(f.pos)))
        if not findings:
            rows.addWidget(label(self.tr("The bundle has no warnings.")))
        for finding in findings:
            line = label(str(finding), "muted")
            line.setObjectName("finding")
            rows.addWidget(line)
        rows.addWidget(TranslationStatusList(view.translations))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Staff panel"), "title"))
        # Borrowed from the overlay host when there is one (see OverlayHost.scroll_pane).
        pane = pane or ScrollPane()
        pane.setWidget(body)
        pane.show()
        # Room for a few findings; the rest scroll. Less than that only when
        # the window has no more (a small screen keeps the buttons whole).
        pane.setMinimumHeight(160)
        layout.addWidget(pane, 1)
        # The actions get a row of their own: four buttons in one row do not
        # fit in longer languages.
        actions = QHBoxLayout()
        actions.setSpacing(12)
        for text, action, name in view.actions:
            extra = TouchButton(text, action)
            extra.setObjectName(name)
            actions.addWidget(extra)
        layout.addLayout(actions)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        close = TouchButton(self.tr("Close"), view.close)
        close.setObjectName("staff_close")
        leave = TouchButton(self.tr("Exit kiosk"), view.exit_kiosk, role="primary")
        leave.setObjectName("staff_exit")
        buttons.addWidget(close)
        buttons.addWidget(leave)
        layout.addLayout(buttons)

    # Wide enough for a finding on one line where the screen allows; in a
    # narrower window (800x480) it takes the width there is.
    PREFERRED_WIDTH = 900

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.PREFERRED_WIDTH), hint.height())
