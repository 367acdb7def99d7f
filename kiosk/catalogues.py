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
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTranslator

from kiosk.content.bundle_catalogues import catalogue_name
from kiosk.paths import shipped_catalogues, translations_dir

FALLBACK = "en"

_LOADED: dict[str, QTranslator] = {}
_UNREADABLE: list[QTranslator] = []
# A slip is drawn in a print worker thread while the screen may read a catalogue.
_LOADING = threading.Lock()


def catalogue_dir() -> Path:
    return translations_dir()


def shipped() -> frozenset[str]:
    """The kiosk's catalogues ("en", "es", "zh_CN"...)."""
    return shipped_catalogues(catalogue_dir())


# Codes a bundle may carry (the HSDS importer writes ISO 639-3 "prs" for
# Dari) that Qt's locale data does not know, as the locale Qt knows them by.
_QT_LOCALE_OF = {"prs": "fa-AF"}


def qt_locale(code: str) -> QLocale:
    """The Qt locale of a bundle language code ("prs" is Dari: fa-AF)."""
    return QLocale(_QT_LOCALE_OF.get(code, code))


def best_catalogue(code: str, available: Iterable[str]) -> str | None:
    """The catalogue that serves a bundle language code best, or None.

    Qt's own list of names for the locale goes from the most to the least
    specific ("zh" -> zh-Hans-CN, zh-CN, zh-Hans, zh), so "zh", "zh-Hans" and
    "zh-CN" all find zh_CN, "es-MX" finds es, and "zh-Hant" does not take the
    Simplified Chinese catalogue (its list is zh-Hant-TW, zh-TW, zh-Hant, zh).
    A catalogue named exactly as the code comes first: Qt reads "tl" as
    Filipino ("fil") and knows no "hmn" at all, yet kiosk_tl and kiosk_hmn
    are meant for them. Otherwise Qt's names decide: Tagalog is Filipino
    ("tl" finds fil) and Dari is Persian of Afghanistan ("fa-AF", and the
    "prs" an HSDS import writes, find fa)."""
    names = set(available)
    exact = catalogue_name(code)
    if exact in names:
        return exact
    locale = qt_locale(code)
    if locale.language() == QLocale.Language.C:
        return None
    for tag in locale.uiLanguages():
        name = tag.replace("-", "_")
        if name in names:
            return name
    return None


def interface_catalogue(code: str, bundle: Iterable[str] = ()) -> str | None:
    """The catalogue the kiosk's own words are shown with for a bundle
    language: the bundle's own catalogue named for it (kiosk.content.interface),
    else the shipped one that serves it best; None when the words are English
    for want of one."""
    if catalogue_name(code) in set(bundle):
        return catalogue_name(code)
    return best_catalogue(code, shipped())


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


# The shown bundle's own compiled catalogues (kiosk.content.interface), by
# name, as the screen's translator read them: a slip in a language the bundle
# brings its own words for prints those words too. Replaced whole, never
# changed in place, so a print worker reading it sees one bundle's set.
_BUNDLE: dict[str, QTranslator] = {}


def follow_bundle_catalogues(loaded: dict[str, QTranslator]) -> None:
    """Called by the screen's translator when it has read a bundle's catalogues."""
    global _BUNDLE
    _BUNDLE = dict(loaded)


def catalogues_for(code: str) -> tuple[QTranslator, ...]:
    """The catalogues a language's words are looked up in, in order: the
    shown bundle's own for it, else the kiosk's (if it has one), then English."""
    own = _BUNDLE.get(catalogue_name(code))
    shipped_first = () if own is not None else (kiosk_catalogue(code),)
    found = (catalogue(name) for name in dict.fromkeys((*shipped_first, FALLBACK)))
    return tuple(t for t in (own, *found) if t is not None)


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
    return qt_locale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def long_date(day: date, code: str) -> str:
    """A day written out the way a language writes it ("5 March 2025",
    "5 de marzo de 2025", "2025年3月5日"), with its weekday where CLDR's long
    form has one."""
    return qt_locale(code).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )
