"""What every screen is built from: the session, today's date, and a text
picker that remembers when it had to fall back to the default language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt

from kiosk.content.model import Bundle, LangText
from kiosk.printing.slip import SlipSettings
from kiosk.session import Session
from kiosk.ui.theme import Theme


@dataclass
class ScreenContext:
    session: Session
    today: date
    staff_pin_set: bool = False
    theme: Theme | None = None
    # The slip screen's paper and second language, and how it asks for a
    # print; without them it lists the slip but offers no printing.
    slip: SlipSettings | None = None
    print_slip: Callable[[], None] = lambda: None
    # How many list rows fill the first screenful; the rest are built after
    # the first paint (see kiosk.ui.screens.base).
    rows_in_view: int = 1_000
    fell_back: bool = field(default=False, init=False)

    @property
    def bundle(self) -> Bundle:
        return self.session.bundle

    @property
    def language(self) -> str:
        return self.session.language

    def text(self, value: LangText | None) -> str:
        """The text in the visitor's language, or in the default language
        (remembered, so the screen can say so)."""
        if value is None:
            return ""
        localized = value.get_localized(self.language)
        if localized.fallback:
            self.fell_back = True
        return localized.text

    def locale(self) -> QLocale:
        return qt_locale(self.language)

    def long_date(self, day: date) -> str:
        return self.locale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def default_language_name(self) -> str:
        return language_name(self.bundle.default_language)


# Qt's native names carry a country ("American English", "español de
# España"); a visitor looks for the language alone.
_NATIVE_NAMES = {
    "en": "English",
    "es": "Español",
    "ar": "العربية",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "zh-Hans": "中文（简体）",
    "bs": "Bosanski",
    "sw": "Kiswahili",
    "fr": "Français",
    "so": "Soomaali",
    "ne": "नेपाली",
    "fa": "فارسی",
    "ru": "Русский",
    "uk": "Українська",
    "pt": "Português",
    "tl": "Tagalog",
    "fil": "Filipino",
    "ht": "Kreyòl ayisyen",
    "ko": "한국어",
    "am": "አማርኛ",
}


# Codes a bundle may carry (the HSDS importer writes ISO 639-3 "prs" for
# Dari) that Qt's locale data does not know, as the locale Qt knows them by.
_QT_LOCALE_OF = {"prs": "fa-AF"}


def qt_locale(code: str) -> QLocale:
    """The Qt locale of a bundle language code ("prs" is Dari: fa-AF)."""
    return QLocale(_QT_LOCALE_OF.get(code, code))


def language_name(code: str) -> str:
    """A language's name written in that language ("Español", "العربية")."""
    if code in _NATIVE_NAMES:
        return _NATIVE_NAMES[code]
    locale = qt_locale(code)
    name = locale.nativeLanguageName()
    if not name or locale.language() == QLocale.Language.C:
        return code
    return name[:1].upper() + name[1:]


def is_right_to_left(code: str) -> bool:
    return qt_locale(code).textDirection() == Qt.LayoutDirection.RightToLeft
