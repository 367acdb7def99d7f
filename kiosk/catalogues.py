"""The kiosk's own words: one Qt Linguist catalogue per language
(translations/kiosk_<name>.qm), read once and kept for the whole run; and
what the kiosk writes the way each language does without a catalogue
(dates, text direction), from CLDR through QLocale, never from a table here.

Two readers ask the same catalogues. The screen's one installed translator
(kiosk.ui.translation) follows the visitor's language; a slip
(kiosk.printing.words) asks the catalogue of its own language, or two for a
two-language slip, whatever the screen is showing. Both fall back the same
way: the language's catalogue, then the English one (which holds every
message), then the source text.

A catalogue is never freed: a QTranslator's destructor takes the lock that
QCoreApplication.translate holds while the screen's translator runs, so
letting Python's collector destroy one could deadlock (kiosk.ui.translation).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTranslator

from kiosk.paths import translations_dir

FALLBACK = "en"

_LOADED: dict[str, QTranslator] = {}
_UNREADABLE: list[QTranslator] = []
# A slip is drawn in a print worker thread while the screen may read a catalogue.
_LOADING = threading.Lock()


def catalogue_dir() -> Path:
    return translations_dir()


@cache
def _catalogues_in(folder: Path, prefix: str) -> frozenset[str]:
    """The locale parts of `<prefix>_<locale>.qm` files in a folder."""
    if not folder.is_dir():
        return frozenset()
    start = prefix + "_"
    return frozenset(
        path.stem[len(start) :] for path in folder.glob(f"{start}*.qm") if path.is_file()
    )


def shipped() -> frozenset[str]:
    """The kiosk's catalogues ("en", "es", "zh_CN"...)."""
    return _catalogues_in(catalogue_dir(), "kiosk")


def best_catalogue(code: str, available: Iterable[str]) -> str | None:
    """The catalogue that serves a bundle language code best, or None.

    Qt's own list of names for the locale goes from the most to the least
    specific ("zh" -> zh-Hans-CN, zh-CN, zh-Hans, zh), so "zh", "zh-Hans" and
    "zh-CN" all find zh_CN, "es-MX" finds es, and "zh-Hant" does not take the
    Simplified Chinese catalogue (its list is zh-Hant-TW, zh-TW, zh-Hant, zh)."""
    names = set(available)
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return None
    for tag in locale.uiLanguages():
        name = tag.replace("-", "_")
        if name in names:
            return name
    return None


def kiosk_catalogue(code: str) -> str:
    """The kiosk catalogue a bundle language is shown with (English when none fits)."""
    return best_catalogue(code, shipped()) or FALLBACK


def catalogue(name: str) -> QTranslator | None:
    """The kiosk's catalogue `name`, read at its first use and kept; None if
    it is not shipped or cannot be read."""
    with _LOADING:
        if name in _LOADED:
            return _LOADED[name]
        if name not in shipped():
            return None
        translator = QTranslator()
        if not translator.load(f"kiosk_{name}", str(catalogue_dir())):
            _UNREADABLE.append(translator)  # kept all the same: see above
            return None  # English is shown instead
        _LOADED[name] = translator
        return translator


def catalogues_for(code: str) -> tuple[QTranslator, ...]:
    """The catalogues a language's words are looked up in, in order: its own
    (if the kiosk has one), then English."""
    found = (catalogue(name) for name in dict.fromkeys((kiosk_catalogue(code), FALLBACK)))
    return tuple(t for t in found if t is not None)


def translate(code: str, context: str, source: str) -> str:
    """A message of the kiosk in the language `code`, whatever the screen's
    language: from its catalogue, else English, else the source text."""
    for translator in catalogues_for(code):
        text = translator.translate(context, source)
        if text:
            return text
    return source


def is_right_to_left(code: str) -> bool:
    """Whether a language is written right to left, as CLDR (through QLocale)
    says for its script: "ar", "fa", "ur", "pa-Arab" yes; "pa", "en" no."""
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def long_date(day: date, code: str) -> str:
    """A day written out the way a language writes it ("5 March 2025",
    "5 de marzo de 2025", "2025年3月5日"), with its weekday where CLDR's long
    form has one."""
    return QLocale(code).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )
