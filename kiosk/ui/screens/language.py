"""Choosing a language: each one written in itself, never a flag."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.catalogues import is_right_to_left
from kiosk.ui.context import ScreenContext, language_name
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.widgets import TouchButton


class LanguageScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx, self.tr("Choose your language"))
        session = ctx.session
        self.buttons: dict[str, TouchButton] = {}
        for code in ctx.bundle.languages:
            name = language_name(code)
            button = TouchButton(name, lambda c=code: self._choose(c), role="choice")
            button.setObjectName(f"language_{code}")
            button.setProperty("selected", "true" if code == session.language else "false")
            # Each name reads in its own direction, whatever the screen's.
            button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if is_right_to_left(code)
                else Qt.LayoutDirection.LeftToRight
            )
            self.buttons[code] = button
            self.add(button)
        self.finish()

    def _choose(self, code: str) -> None:
        session = self.ctx.session
        session.set_language(code)
        session.back()
