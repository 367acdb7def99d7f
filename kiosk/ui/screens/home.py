"""Home: the bundle's topics as large buttons, and the visitor's settings."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from kiosk.content.model import Topic
from kiosk.ui.context import ScreenContext
from kiosk.ui.icons import icon_for
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.theme import TARGET_GAP_PX
from kiosk.ui.widgets import WrappingButton, label

COLUMNS = 2
TOPICS_PER_PIECE = 8  # topics built in one go after the first paint


class HomeScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        # Sample or draft content says so in the window's status band, above
        # every screen (kiosk.ui.status_band), not here.
        super().__init__(ctx, ctx.text(ctx.bundle.title))
        self.add(label(self.tr("Choose a topic"), "heading"))
        self.topic_buttons: list[WrappingButton] = []
        topics = ctx.bundle.topics
        # The topics of the first screenful are built before the first paint;
        # a bundle with hundreds of topics builds the rest after it, a few
        # rows at a time (ScrollingScreen.defer), the settings row last.
        shown_now = COLUMNS * ctx.rows_in_view
        self.add(self._topic_grid(topics[:shown_now]))
        later = [
            topics[at : at + TOPICS_PER_PIECE]
            for at in range(shown_now, len(topics), TOPICS_PER_PIECE)
        ]
        if later:
            self.defer(
                [*(partial(self._topic_piece, piece) for piece in later), self._settings_row]
            )
        else:
            self.add(self._settings_layout())
        self.finish()

    def _topic_grid(self, topics: Sequence[Topic]) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(TARGET_GAP_PX * 2)
        for column in range(COLUMNS):
            # Equal columns, however long one title is: it wraps in its half.
            grid.setColumnStretch(column, 1)
        for index, topic in enumerate(topics):
            grid.addWidget(self._topic_button(topic), index // COLUMNS, index % COLUMNS)
        return grid

    def _topic_button(self, topic: Topic) -> WrappingButton:
        ctx = self.ctx
        session = ctx.session
        button = WrappingButton(
            ctx.text(topic.title), lambda t=topic.id: session.open_topic(t), role="topic"
        )
        button.setObjectName(f"topic_{topic.id}")
        button.setMinimumHeight(104)
        colour = ctx.theme.palette.accent_text if ctx.theme else "#FFFFFF"
        icon = icon_for(topic.icon, colour)
        if icon is not None:
            button.setIcon(icon)
            button.setIconSize(QSize(40, 40))
        self.topic_buttons.append(button)
        return button

    def _topic_piece(self, topics: Sequence[Topic]) -> QWidget:
        """A few more rows of topics, laid out as the first grid's rows."""
        piece = QWidget()
        grid = self._topic_grid(topics)
        grid.setContentsMargins(0, 0, 0, 0)
        piece.setLayout(grid)
        return piece

    def _settings_layout(self) -> QHBoxLayout:
        session = self.ctx.session
        settings = QHBoxLayout()
        settings.setSpacing(TARGET_GAP_PX * 2)
        display = WrappingButton(self.tr("Text size and contrast"), session.open_display)
        display.setObjectName("open_display")
        about = WrappingButton(self.tr("About this kiosk"), session.open_about)
        about.setObjectName("open_about")
        for button in (display, about):
            settings.addWidget(button)
        return settings

    def _settings_row(self) -> QWidget:
        row = QWidget()
        settings = self._settings_layout()
        settings.setContentsMargins(0, 0, 0, 0)
        row.setLayout(settings)
        return row
