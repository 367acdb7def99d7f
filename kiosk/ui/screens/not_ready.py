"""The screen of a kiosk that has nothing to show yet: its content folder
holds no bundle, or none that loads. One neutral sentence, nothing about
what the kiosk is for; Quick exit in its usual corner, and the staff corner
(held 3 s) so staff can install a bundle or exit. Why it is not ready goes
to the journal and the staff panel, never to this screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.session import Panel, TextSize
from kiosk.ui.overlay import OverlayHost
from kiosk.ui.staff_only_close import StaffOnlyClose
from kiosk.ui.theme import Theme
from kiosk.ui.widgets import QuickExitButton, TouchButton, label


class NotReadyScreen(StaffOnlyClose):
    """The whole window while the kiosk is not ready. Like KioskWindow, it
    talks back through `quick_exit_requested` and takes panels over it."""

    quick_exit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("not_ready")
        self.setWindowTitle("Kiosk")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        theme = Theme.for_session(False, TextSize.NORMAL)
        self.setStyleSheet(
            theme.style_sheet() + f"#not_ready {{ background: {theme.palette.background}; }}"
        )
        # The header's own words, so every interface language already has them.
        exit_text = QCoreApplication.translate("Header", "Quick exit")
        self.quick_exit = QuickExitButton(exit_text, self.quick_exit_requested.emit)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.quick_exit)
        self.sentence = label(
            self.tr("This kiosk is not ready yet. Please ask at the front desk."), "title"
        )
        self.sentence.setObjectName("not_ready_sentence")
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 32)
        column.addLayout(top)
        column.addStretch(1)
        column.addWidget(self.sentence)
        column.addStretch(2)
        self.overlays = OverlayHost(self)

    @property
    def open_panel(self) -> Panel:
        return self.overlays.kind

    def show_panel(self, panel: QWidget, kind: Panel) -> None:
        self.overlays.show_panel(panel, kind)

    def close_panel(self) -> None:
        self.overlays.close_panel()

    def show_cover_now(self) -> None:
        """Quick exit: nothing of a visit is here; what staff had open goes."""
        self.repaint()


class NotReadyStaffPanel(QWidget):
    """For staff: why the kiosk is not ready, try again, or exit."""

    def __init__(
        self, reasons: list[str], try_again: Callable[[], None], exit_kiosk: Callable[[], None]
    ) -> None:
        super().__init__()
        self.setObjectName("staff_panel")
        column = QVBoxLayout(self)
        column.addWidget(label(QCoreApplication.translate("StaffPanel", "Staff panel"), "title"))
        for reason in reasons:
            line = label(reason, "muted")
            line.setObjectName("not_ready_reason")
            column.addWidget(line)
        buttons = QHBoxLayout()
        again = TouchButton(QCoreApplication.translate("Staff", "Reload content"), try_again)
        again.setObjectName("reload")
        leave = TouchButton(
            QCoreApplication.translate("StaffPanel", "Exit kiosk"), exit_kiosk, role="primary"
        )
        leave.setObjectName("staff_exit")
        buttons.addWidget(again)
        buttons.addWidget(leave)
        column.addLayout(buttons)
