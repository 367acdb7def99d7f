"""Choosing a language: each one written in itself, never a flag, with a
note under it when a visitor choosing it would still meet another language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from kiosk.catalogues import interface_catalogue, is_right_to_left, translate
from kiosk.ui.context import ScreenContext, language_name, language_name_in
from kiosk.ui.reading_order import SPEECH_LANGUAGE
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.widgets import TouchButton, label

# The notes are written for the visitor who reads the language they sit
# under, so they are looked up in that language's catalogue, not the screen's.
_NOTES = "LanguageScreen"
SOME_WORDS_IN_ENGLISH = QT_TRANSLATE_NOOP("LanguageScreen", "Some words in English")
PART_IN_DEFAULT = QT_TRANSLATE_NOOP("LanguageScreen", "Part of this in {language}")


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
            button.setProperty(SPEECH_LANGUAGE, code)
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
                note.setProperty(SPEECH_LANGUAGE, self._reader(code, own_catalogues))
                self.add(note)
        self.finish()

    def _notes(self, code: str, own_catalogues: list[str]) -> list[str]:
        """What a visitor choosing `code` would still read in another
        language, written in `code` when the kiosk has words for it, else in
        the language the screen shows now."""
        session = self.ctx.session
        has_words = interface_catalogue(code, own_catalogues) is not None
        reader = self._reader(code, own_catalogues)
        notes = []
        if not has_words:
            # The kiosk's own words fall back to its English catalogue.
            notes.append(translate(reader, _NOTES, SOME_WORDS_IN_ENGLISH))
        shown = session.shown
        if code != shown.model.default_language and shown.partly_in_default(code):
            default = language_name_in(shown.model.default_language, reader)
            notes.append(translate(reader, _NOTES, PART_IN_DEFAULT).format(language=default))
        return notes

    def _reader(self, code: str, own_catalogues: list[str]) -> str:
        """The language a note under `code` is written in."""
        if interface_catalogue(code, own_catalogues) is not None:
            return code
        return self.ctx.session.language or code

    def _choose(self, code: str) -> None:
        session = self.ctx.session
        session.set_language(code)
        session.back()
