"""The UI's own words in the visitor's language, through Qt's translators.

Every shipped catalogue (translations/kiosk_<lang>.qm, read and kept by
kiosk.catalogues, which the slips ask too), and Qt's own qtbase catalogue for
each of those languages, is loaded once when the kiosk starts, so choosing a
language during a visit opens no file and leaves nothing behind. Only the
catalogues of the first language are read before the first frame; kiosk.app
has the rest read right after it (`load_all`), before anyone can touch the
screen, and a language asked for earlier has its catalogues read then (a
window built in a test is never painted). One
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
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication
from shiboken6 import Shiboken

from kiosk.catalogues import (
    FALLBACK,
    best_catalogue,
    catalogue,
    follow_bundle_catalogues,
    is_right_to_left,
    kiosk_catalogue,
    shipped,
)
from kiosk.content.bundle_catalogues import PLACEHOLDER as TRANSLATED_PLACEHOLDER
from kiosk.content.bundle_catalogues import catalogue_name
from kiosk.paths import catalogues_in

log = logging.getLogger("kiosk")

PSEUDO_ENV = "KIOSK_PSEUDO"
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


def qt_catalogue_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


# --- pseudo-localisation ------------------------------------------------------

# Every placeholder a translation must keep, and "%%" (a literal percent sign).
PLACEHOLDER = re.compile(TRANSLATED_PLACEHOLDER.pattern + "|%%")
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


# A few kilobytes for each bundle installed while the kiosk runs.
_RETIRED_BUNDLE_CATALOGUES: list[QTranslator] = []


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
        self._shipped = shipped()
        self._kiosk: dict[str, QTranslator] = {}
        # The shown bundle's own compiled catalogues (kiosk.content.interface),
        # read when the bundle is taken up, preferred to the shipped ones.
        self._bundle: dict[str, QTranslator] = {}
        self._bundle_files: tuple[tuple[str, Path], ...] = ()
        follow_bundle_catalogues(self._bundle)  # none until a bundle is taken up
        self._qt: dict[str, QTranslator] = {}
        self._all_loaded = False
        self.current: str | None = None
        self.catalogues: tuple[str, ...] = ()  # the files the current language reads from
        app.installTranslator(self._translator)

    def leave(self) -> None:
        """Stop speaking for the application (a kiosk shut down): its words
        and direction go back to the source language's. The translator stays
        on the application for the next UiLanguage to dispose of."""
        self._app.removeTranslator(self._translator)
        self.current = None
        if isinstance(self._app, QGuiApplication):
            QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

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
        """The kiosk's catalogue `name` (kiosk.catalogues reads it at its first
        use, for the slips too) and, with it, Qt's catalogue for the same language."""
        if name in self._kiosk:
            return self._kiosk[name]
        translator = catalogue(name)
        if translator is None:
            return None
        self._kiosk[name] = translator
        found = self._load_qt(name)
        if found is not None:
            self._qt[found[0]] = found[1]
        return translator

    def _load_qt(self, code: str) -> tuple[str, QTranslator] | None:
        name = best_catalogue(code, catalogues_in(qt_catalogue_dir(), "qtbase"))
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

    @property
    def bundle_catalogues(self) -> frozenset[str]:
        """The shown bundle's own catalogues that loaded ("fr"...)."""
        return frozenset(self._bundle)

    def follow_bundle(self, files: Iterable[tuple[str, Path]]) -> None:
        """Read the shown bundle's compiled catalogues (name, .qm), in place of
        the previous bundle's. Called when the session takes up a bundle,
        before its first screen, so a language chosen later opens no file."""
        files = tuple(files)
        if files == self._bundle_files:
            return
        old = self._bundle
        self._bundle, self._bundle_files = {}, files
        for name, path in files:
            translator = QTranslator(self._translator)
            if translator.load(str(path)):
                self._bundle[name] = translator
            else:
                log.warning("could not load the bundle's interface catalogue %s", path.name)
                _dispose(translator)
        follow_bundle_catalogues(self._bundle)
        language, self.current = self.current, None
        if language is not None:
            self.set(language)  # stop asking the old bundle's catalogues first
        # The old bundle's catalogues are kept, never freed: a print worker
        # may be reading a slip's words from one right now (kiosk.catalogues).
        _RETIRED_BUNDLE_CATALOGUES.extend(old.values())

    def set(self, language: str) -> None:
        if language == self.current:
            return
        names: list[str] = []
        kiosk: list[QTranslator] = []
        own = self._bundle.get(catalogue_name(language))
        if own is not None:
            kiosk.append(own)
            names.append(f"bundle:kiosk_{catalogue_name(language)}")
        shipped = () if own is not None else (kiosk_catalogue(language),)
        for name in dict.fromkeys((*shipped, FALLBACK)):
            found = self._kiosk_catalogue(name)
            if found is not None:
                kiosk.append(found)
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
