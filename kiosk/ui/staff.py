"""Staff access: hold the bottom-left corner for 3 s, enter the PIN, and the
staff panel opens. Nothing here is visible to a visitor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content.findings import Finding
from kiosk.content.model import Bundle
from kiosk.staff import PinGuard, PinOutcome
from kiosk.ui.widgets import ScrollPane, TouchButton, label

HOLD_MS: Final = 3000
CORNER_PX: Final = 96


class CornerHold(QObject):
    """Install on QApplication. Emits `held` when a press stays in the window's
    bottom-left corner for HOLD_MS. The bottom-left is never mirrored, so it
    cannot collide with Quick exit in any language."""

    held = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_MS)
        self._timer.timeout.connect(self.held)

    def in_corner(self, global_pos: QPoint) -> bool:
        local = self._window.mapFromGlobal(global_pos)
        return (
            0 <= local.x() < CORNER_PX
            and self._window.height() - CORNER_PX <= local.y() < self._window.height()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if self.in_corner(event.globalPosition().toPoint()):
                self._timer.start()
            else:
                self._timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease or (
            kind == QEvent.Type.MouseMove
            and isinstance(event, QMouseEvent)
            and self._timer.isActive()
            and not self.in_corner(event.globalPosition().toPoint())
        ):
            self._timer.stop()
        return False


class PinPad(QWidget):
    """Digits, a masked display, and the lockout message. Emits `accepted`."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard) -> None:
        super().__init__()
        self.setObjectName("pin_pad")
        self._guard = guard
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

    def press(self, digit: str) -> None:
        if len(self._digits) < 12:
            self._digits += digit
            self.display.setText("\u2022" * len(self._digits))

    def _clear(self) -> None:
        self._digits = ""
        self.display.setText("")

    def submit(self) -> None:
        result = self._guard.check(self._digits)
        self._clear()
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
class StaffActions:
    """What the staff panel can do; the app fills these in."""

    exit_kiosk: Callable[[], None]
    close: Callable[[], None]
    extra: list[tuple[str, Callable[[], None]]] = field(default_factory=list)


class StaffPanel(QWidget):
    """Bundle facts and findings for staff. It shows no usage data: there is none."""

    def __init__(
        self, bundle: Bundle, findings: list[Finding], actions: StaffActions, pin_set: bool
    ) -> None:
        super().__init__()
        self.setObjectName("staff_panel")
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Staff panel"), "title"))
        if not pin_set:
            warn = label(
                self.tr(
                    "No staff PIN is set: anyone who knows the corner gesture can open this "
                    "panel. Set staff_pin_hash in the kiosk's config."
                ),
                "badge",
            )
            layout.addWidget(warn)
        facts = self.tr("Bundle: {id}, version {version}, status {status}").format(
            id=bundle.id, version=bundle.version, status=bundle.status
        )
        layout.addWidget(label(facts))
        ordered = sorted(findings, key=lambda f: (f.rule != "stale-verification", f.rule))
        body = QWidget()
        rows = QVBoxLayout(body)
        if not ordered:
            rows.addWidget(label(self.tr("The bundle has no warnings.")))
        for finding in ordered:
            rows.addWidget(label(str(finding), "muted"))
        pane = ScrollPane(body)
        pane.setMinimumHeight(200)
        layout.addWidget(pane, 1)
        buttons = QHBoxLayout()
        for text, action in [*actions.extra]:
            buttons.addWidget(TouchButton(text, action))
        close = TouchButton(self.tr("Close"), actions.close)
        close.setObjectName("staff_close")
        leave = TouchButton(self.tr("Exit kiosk"), actions.exit_kiosk, role="primary")
        leave.setObjectName("staff_exit")
        buttons.addWidget(close)
        buttons.addWidget(leave)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
