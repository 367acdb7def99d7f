"""The UI's own words in the visitor's language, through Qt's translators.

Every shipped catalogue (translations/kiosk_<lang>.qm), and Qt's own
qtbase catalogue for each of those languages, is loaded once when the kiosk
starts, so choosing a language during a visit opens no file and leaves
nothing behind. Only the catalogues of the first language are read before the
first frame; kiosk.app has the rest read right after it (`load_all`), before
anyone can touch the screen, and a language asked for earlier has its
catalogues read then (a window built in a test is never painted). One
translator is installed in the application for the whole
run; for each string it asks, in order, the kiosk's catalogue for the
visitor's language, the English catalogue (which holds every message, with
English plural forms, so a string not yet translated reads as English), then
Qt's qtbase catalogue for the language, for Qt's own standard texts.

Switching languages only changes which catalogues that translator asks. It
sends no LanguageChange event: the window rebuilds the screen and the header
from the session anyway, and the event would visit every widget of a heavy
screen only for the screen to be thrown away.

Pseudo-localisation for layout testing (translations/README.md), read once
when the kiosk starts from KIOSK_PSEUDO:
  long  every kiosk string about 40% longer, accented and in [brackets], so a
        clipped end shows;
  rtl   every kiosk string wrapped in right-to-left marks (RLM RLE ... PDF RLM).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from shiboken6 import Shiboken

from kiosk.paths import translations_dir
from kiosk.ui.context import is_right_to_left, qt_locale

log = logging.getLogger("kiosk")

PSEUDO_ENV = "KIOSK_PSEUDO"
FALLBACK = "en"
_INSTALLED = "_kiosk_session_translator"  # attribute of the application object

# kiosk/printing/printer.py asks for these with a context held in a variable,
# which pyside6-lupdate cannot follow; naming them here puts them in the .ts
# files (tests/test_i18n.py checks that the printer's words are translated).
SLIP_PRINTER_MESSAGES = (
    QT_TRANSLATE_NOOP("SlipPrinter", "Your slip is printing. Please take it from the printer."),
    QT_TRANSLATE_NOOP("SlipPrinter", "No printer is set up. Please ask at the front desk."),
    QT_TRANSLATE_NOOP("SlipPrinter", "The printer is offline. Please ask at the front desk."),
    QT_TRANSLATE_NOOP("SlipPrinter", "Printing failed. Please ask at the front desk."),
)


def catalogue_dir() -> Path:
    return translations_dir()


def qt_catalogue_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@cache
def _catalogues_in(folder: Path, prefix: str) -> frozenset[str]:
    """The locale parts of `<prefix>_<locale>.qm` files in a folder."""
    if not folder.is_dir():
        return frozenset()
    start = prefix + "_"
    return frozenset(
        path.stem[len(start) :] for path in folder.glob(f"{start}*.qm") if path.is_file()
    )


def best_catalogue(code: str, available: Iterable[str]) -> str | None:
    """The catalogue that serves a bundle language code best, or None.

    Qt's own list of names for the locale goes from the most to the least
    specific ("zh" -> zh-Hans-CN, zh-CN, zh-Hans, zh), so "zh", "zh-Hans" and
    "zh-CN" all find zh_CN, "es-MX" finds es, and "zh-Hant" does not take the
    Simplified Chinese catalogue (its list is zh-Hant-TW, zh-TW, zh-Hant, zh).
    Qt knows Tagalog as Filipino ("tl" finds fil) and Dari as Persian of
    Afghanistan ("fa-AF", and the "prs" an HSDS import writes, find fa)."""
    names = set(available)
    locale = qt_locale(code)
    if locale.language() == QLocale.Language.C:
        return None
    for tag in locale.uiLanguages():
        name = tag.replace("-", "_")
        if name in names:
            return name
    return None


def kiosk_catalogue(code: str) -> str:
    """The kiosk catalogue a bundle language is shown with (English when none fits)."""
    return best_catalogue(code, _catalogues_in(catalogue_dir(), "kiosk")) or FALLBACK


# --- pseudo-localisation ------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+|%%")
_ACCENTS = str.maketrans(
    "AaCcEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåÇçÉéĜĝĤĥÎîĴĵĶķĹĺÑñÖöŔŕŠšŢţÛûŴŵÝýŽž",
)
_VOWELS = set("aeiouyAEIOUYåéîöûýÅÉÎÖÛÝ")
GROWTH = 0.4


def _stretch_word(word: str) -> str:
    """A word about 40% longer: its vowels (or, without any, its letters)
    doubled from the start until the length is reached."""
    extra = round(len(word) * GROWTH)
    if extra == 0:
        return word
    spots = [i for i, ch in enumerate(word) if ch in _VOWELS] or list(range(len(word)))
    doubled: dict[int, int] = {}
    for k in range(extra):
        spot = spots[k % len(spots)]
        doubled[spot] = doubled.get(spot, 0) + 1
    return "".join(ch * (1 + doubled.get(i, 0)) for i, ch in enumerate(word))


def _outside_placeholders(text: str, change: Callable[[str], str]) -> str:
    out: list[str] = []
    last = 0
    for match in PLACEHOLDER.finditer(text):
        out.append(change(text[last : match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(change(text[last:]))
    return "".join(out)


def _lengthen_plain(text: str) -> str:
    text = text.translate(_ACCENTS)
    return re.sub(r"[^\W\d_]+", lambda m: _stretch_word(m.group()), text)  # words, not numbers


def pseudo_long(text: str) -> str:
    """About 40% longer, accented, bracketed; placeholders kept exactly."""
    if not text:
        return text
    return "[" + _outside_placeholders(text, _lengthen_plain) + "]"


RLM, RLE, PDF = "\u200f", "\u202b", "\u202c"


def pseudo_rtl(text: str) -> str:
    """Wrapped in right-to-left marks, as a right-to-left language's text would be."""
    if not text:
        return text
    return f"{RLM}{RLE}{text}{PDF}{RLM}"


PSEUDO_MODES: dict[str, Callable[[str], str]] = {"long": pseudo_long, "rtl": pseudo_rtl}


def pseudo_mode(name: str | None) -> Callable[[str], str] | None:
    """The pseudo-locale called `name` ("long", "rtl"; "" for none); None
    reads KIOSK_PSEUDO. An unknown name is reported and ignored: a typo must
    not stop a kiosk from starting."""
    value = (os.environ.get(PSEUDO_ENV, "") if name is None else name).strip().lower()
    if not value:
        return None
    mode = PSEUDO_MODES.get(value)
    if mode is None:
        log.warning("%s=%s is not one of: %s", PSEUDO_ENV, value, ", ".join(PSEUDO_MODES))
    return mode


# --- the translator -------------------------------------------------------------


class SessionTranslator(QTranslator):
    """The kiosk's one installed translator: asks its current catalogues in
    turn, and dresses the kiosk's own strings in the pseudo-locale if one is on."""

    def __init__(self, parent: QCoreApplication, pseudo: Callable[[str], str] | None) -> None:
        super().__init__(parent)
        self._kiosk: tuple[QTranslator, ...] = ()
        self._qt: tuple[QTranslator, ...] = ()
        self._pseudo = pseudo

    def use(
        self, kiosk: Iterable[QTranslator], qt: Iterable[QTranslator]
    ) -> tuple[QTranslator, ...]:
        """Ask these catalogues from now on; returns Qt's catalogues asked before."""
        before = self._qt
        self._kiosk, self._qt = tuple(kiosk), tuple(qt)
        return tuple(t for t in before if t not in self._qt)

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        for translator in self._kiosk:
            text = translator.translate(context, source_text, disambiguation, n)
            if text:
                return self._pseudo(text) if self._pseudo is not None else text
        for translator in self._qt:
            text = translator.translate(context, source_text, disambiguation, n)
            if text:
                return text
        # None, not "": Qt takes an empty string for a translation and stops
        # asking; a null string lets it try the next translator or the source.
        return None

    def isEmpty(self) -> bool:
        return False


def _dispose(translator: QTranslator) -> None:
    """Destroy a translator from the event loop, never from Python's garbage
    collector: a QTranslator's destructor takes the lock that
    QCoreApplication.translate holds while it calls SessionTranslator.translate,
    and the collector may run inside that call (a deadlock). So every
    translator here has a Qt parent, and goes only this way."""
    if translator.parent() is None:
        translator.setParent(QCoreApplication.instance())
    translator.deleteLater()


class UiLanguage:
    """Which language the UI speaks. One per application: a new one replaces
    the translator an earlier one installed. `pseudo` names a pseudo-locale
    ("long", "rtl", "" for none); None reads KIOSK_PSEUDO."""

    def __init__(self, app: QCoreApplication, pseudo: str | None = None) -> None:
        self._app = app
        # The translator an earlier UiLanguage installed, kept on the
        # application object: looking for it among the application's children
        # would wrap each child in Python, the style among them, and building
        # the wrapper types of QStyle and the like costs milliseconds at start.
        earlier = getattr(app, _INSTALLED, None)
        if earlier is not None and Shiboken.isValid(earlier):
            app.removeTranslator(earlier)
            _dispose(earlier)
        self.pseudo = pseudo_mode(pseudo)
        self._translator = SessionTranslator(app, self.pseudo)
        setattr(app, _INSTALLED, self._translator)
        self._shipped = _catalogues_in(catalogue_dir(), "kiosk")
        self._kiosk: dict[str, QTranslator] = {}
        self._qt: dict[str, QTranslator] = {}
        self._all_loaded = False
        self.current: str | None = None
        self.catalogues: tuple[str, ...] = ()  # the files the current language reads from
        app.installTranslator(self._translator)

    @property
    def loaded(self) -> frozenset[str]:
        """The kiosk catalogues read so far ("en", "es"...)."""
        return frozenset(self._kiosk)

    def load_all(self) -> None:
        """Read every shipped catalogue and Qt's catalogue for each now, so
        that no later language choice opens a file."""
        if self._all_loaded:
            return
        for name in sorted(self._shipped):
            self._kiosk_catalogue(name)
        self._all_loaded = True

    def _kiosk_catalogue(self, name: str) -> QTranslator | None:
        """The kiosk's catalogue `name` (read at its first use) and, with it,
        Qt's catalogue for the same language."""
        if name in self._kiosk:
            return self._kiosk[name]
        if name not in self._shipped:
            return None
        translator = QTranslator(self._translator)
        if not translator.load(f"kiosk_{name}", str(catalogue_dir())):
            _dispose(translator)
            return None
        self._kiosk[name] = translator
        found = self._load_qt(name)
        if found is not None:
            self._qt[found[0]] = found[1]
        return translator

    def _load_qt(self, code: str) -> tuple[str, QTranslator] | None:
        name = best_catalogue(code, _catalogues_in(qt_catalogue_dir(), "qtbase"))
        if name is None:
            return None
        if name in self._qt:
            return name, self._qt[name]
        # A language with no kiosk catalogue: loaded for as long as it is
        # chosen and never kept, so no visitor's choice outlives the visit.
        translator = QTranslator(self._translator)
        if not translator.load(f"qtbase_{name}", str(qt_catalogue_dir())):
            _dispose(translator)
            return None
        return name, translator

    def set(self, language: str) -> None:
        if language == self.current:
            return
        names: list[str] = []
        kiosk: list[QTranslator] = []
        for name in dict.fromkeys((kiosk_catalogue(language), FALLBACK)):
            catalogue = self._kiosk_catalogue(name)
            if catalogue is not None:
                kiosk.append(catalogue)
                names.append(f"kiosk_{name}")
        qt = self._load_qt(language)
        if qt is not None:
            names.append(f"qtbase_{qt[0]}")
        for old in self._translator.use(kiosk, [qt[1]] if qt is not None else []):
            if old not in self._qt.values():
                _dispose(old)  # the previous language's passing catalogue
        self.catalogues = tuple(names)
        self.current = language
        # What Qt does itself when a LanguageChange brings a right-to-left
        # catalogue: painters take their text direction from the application,
        # so without this a button or a painted row lays Arabic out as
        # left-to-right text (a "(636) 949" in the wrong place, a back arrow
        # on the wrong side).
        if isinstance(self._app, QGuiApplication):
            QGuiApplication.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if is_right_to_left(language)
                else Qt.LayoutDirection.LeftToRight
            )
