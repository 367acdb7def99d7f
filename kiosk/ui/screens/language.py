"""Choosing a language: each one written in itself, never a flag, with a
note under it when a visitor choosing it would still meet another language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.context import ScreenContext, is_right_to_left, language_name
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.translation import interface_catalogue
from kiosk.ui.widgets import TouchButton, label


class LanguageScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx, self.tr("Choose your language"))
        session = ctx.session
        shown = session.shown
        own_catalogues = [name for name, _ in shown.catalogues]
        self.buttons: dict[str, TouchButton] = {}
        self.notes: dict[str, list[str]] = {}
        for code in ctx.bundle.languages:
            name = language_name(code)
            notes = self._notes(code, own_catalogues)
            button = TouchButton(
                name,
                lambda c=code: self._choose(c),
                role="choice",
                accessible_name=". ".join([name, *notes]),
            )
            button.setObjectName(f"language_{code}")
            button.setProperty("selected", "true" if code == session.language else "false")
            # Each name reads in its own direction, whatever the screen's.
            button.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if is_right_to_left(code)
                else Qt.LayoutDirection.LeftToRight
            )
            self.buttons[code] = button
            self.notes[code] = notes
            self.add(button)
            if notes:
                note = label("\n".join(notes), "muted")
                note.setObjectName(f"language_note_{code}")
                self.add(note)
        self.finish()

    def _notes(self, code: str, own_catalogues: list[str]) -> list[str]:
        """What a visitor choosing `code` would still read in another language."""
        notes = []
        if interface_catalogue(code, own_catalogues) is None:
            # The kiosk's own words fall back to its English catalogue.
            notes.append(self.tr("Some words in English"))
        shown = self.ctx.session.shown
        if code != shown.model.default_language and shown.partly_in_default(code):
            notes.append(
                self.tr("Part of this in {language}").format(
                    language=self.ctx.default_language_name()
                )
            )
        return notes

    def _choose(self, code: str) -> None:
        session = self.ctx.session
        session.set_language(code)
        session.back()
