"""Home: the bundle's topics as large buttons, and the visitor's settings."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QHBoxLayout

from kiosk.ui.context import ScreenContext
from kiosk.ui.icons import icon_for
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.theme import TARGET_GAP_PX
from kiosk.ui.widgets import WrappingButton, card, label

COLUMNS = 2


class HomeScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx, ctx.text(ctx.bundle.title))
        session = ctx.session
        if ctx.bundle.is_sample:
            banner = label(
                self.tr(
                    "Sample content. This site has not reviewed it: ask staff before relying on it."
                ),
            )
            banner.setObjectName("sample_banner")
            self.add(card(banner, role="banner"))
        self.add(label(self.tr("Choose a topic"), "heading"))
        grid = QGridLayout()
        grid.setSpacing(TARGET_GAP_PX * 2)
        for column in range(COLUMNS):
            # Equal columns, however long one title is: it wraps in its half.
            grid.setColumnStretch(column, 1)
        self.topic_buttons: list[WrappingButton] = []
        for index, topic in enumerate(ctx.bundle.topics):
            title = ctx.text(topic.title)
            button = WrappingButton(title, lambda t=topic.id: session.open_topic(t), role="topic")
            button.setObjectName(f"topic_{topic.id}")
            button.setMinimumHeight(104)
            colour = ctx.theme.palette.accent_text if ctx.theme else "#FFFFFF"
            icon = icon_for(topic.icon, colour)
            if icon is not None:
                button.setIcon(icon)
                button.setIconSize(QSize(40, 40))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.topic_buttons.append(button)
        self.add(grid)

        settings = QHBoxLayout()
        settings.setSpacing(TARGET_GAP_PX * 2)
        display = WrappingButton(self.tr("Text size and contrast"), session.open_display)
        display.setObjectName("open_display")
        about = WrappingButton(self.tr("About this kiosk"), session.open_about)
        about.setObjectName("open_about")
        for button in (display, about):
            settings.addWidget(button)
        self.add(settings)
        self.finish()
