"""Text size and contrast, for this visit only."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout

from kiosk.session import TextSize
from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.widgets import TouchButton, label


class DisplayScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx, self.tr("Text size and contrast"))
        session = ctx.session
        self.add(label(self.tr("Text size"), "heading"))
        sizes = QHBoxLayout()
        names = {
            TextSize.NORMAL: self.tr("Normal"),
            TextSize.LARGE: self.tr("Large"),
            TextSize.LARGEST: self.tr("Largest"),
        }
        for size, name in names.items():
            button = TouchButton(name, lambda s=size: session.set_text_size(s), role="choice")
            button.setObjectName(f"text_size_{size.name.lower()}")
            button.setProperty("selected", "true" if session.text_size is size else "false")
            sizes.addWidget(button)
        self.add(sizes)
        self.add(label(self.tr("Contrast"), "heading"))
        contrast = QHBoxLayout()
        for on, name in ((False, self.tr("Standard colours")), (True, self.tr("High contrast"))):
            button = TouchButton(name, lambda o=on: session.set_high_contrast(o), role="choice")
            button.setObjectName("high_contrast_on" if on else "high_contrast_off")
            button.setProperty("selected", "true" if session.high_contrast is on else "false")
            contrast.addWidget(button)
        self.add(contrast)
        self.add(label(self.tr("These choices are forgotten when you leave."), "muted"))
        self.finish()
