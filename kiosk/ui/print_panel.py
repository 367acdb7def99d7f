"""What the visitor sees while the slip prints, and how it went. Never a
dead end: every outcome has an OK that goes back to the visit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.widgets import TouchButton, label


class PrintPanel(QWidget):
    def __init__(self, on_close: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("print_panel")
        layout = QVBoxLayout(self)
        layout.setSpacing(24)
        self.message = label(self.tr("Printing your slip\u2026"), "heading")
        self.message.setObjectName("print_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumWidth(560)
        self.ok = TouchButton(self.tr("OK"), on_close, role="primary")
        self.ok.setObjectName("print_ok")
        layout.addWidget(self.message)
        layout.addWidget(self.ok)

    def show_outcome(self, message: str) -> None:
        self.message.setText(message)
        self.ok.setFocus()

    def setFocus(self) -> None:  # type: ignore[override]
        self.ok.setFocus()
