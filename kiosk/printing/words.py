"""The few words a slip prints that do not come from the bundle, in the
slip's language, from the kiosk's catalogues (translation context "Slip").

A slip is printed in the visitor's language and, optionally, a second one,
both independent of the language the screen's translator is set to, so each
word is looked up in the catalogue of the language asked for
(kiosk.catalogues): a language the kiosk has no catalogue for, or a message
not yet translated, prints in English, as the screen shows it. None of these
may ever name a topic.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk import catalogues

CONTEXT: Final = "Slip"

# The source text of each word, by the key the slip composer asks for
# (kiosk.printing.compose). Declared with QT_TRANSLATE_NOOP so that
# pyside6-lupdate puts them in the .ts files; the comments reach translators.
SOURCES: Final[dict[str, str]] = {
    #: Heading of a printed slip, used only when the content's own slip heading
    #: cannot be printed. It must not say what the numbers are for: someone
    #: who controls the visitor may read the slip.
    "heading": QT_TRANSLATE_NOOP("Slip", "Useful numbers"),
    #: On a printed slip, above a phone number to call by voice. One short word.
    "voice": QT_TRANSLATE_NOOP("Slip", "Call"),
    #: On a printed slip, above a number that takes text messages (SMS) only.
    "text": QT_TRANSLATE_NOOP("Slip", "Text"),
    #: On a printed slip, above a TTY number (a teletypewriter line for deaf
    #: and hard-of-hearing callers). Keep "TTY" if that is what readers know.
    "tty": QT_TRANSLATE_NOOP("Slip", "TTY"),
    #: On a printed slip: {keyword} is the word to send by text message (SMS);
    #: the number it goes to is printed large on the next line.
    "text_keyword": QT_TRANSLATE_NOOP("Slip", "Text {keyword} to"),
    #: Last line of a slip printed from sample content (not this site's own).
    "sample": QT_TRANSLATE_NOOP("Slip", "Sample content, not reviewed by this site"),
    #: Last line of a slip printed from draft content (not yet published).
    "draft": QT_TRANSLATE_NOOP("Slip", "Draft content, not yet published by this site"),
}


def word(key: str, language: str, /, **values: str) -> str:
    """The slip word `key` in `language` ({placeholders} filled from `values`)."""
    text = catalogues.translate(language, CONTEXT, SOURCES[key])
    return text.format(**values) if values else text
