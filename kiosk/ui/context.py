"""What every screen is built from: the session, today's date, and a text
picker that remembers when it had to fall back to the default language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from PySide6.QtCore import QLocale

from kiosk.catalogues import long_date, qt_locale
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
        return long_date(day, self.language)

    def default_language_name(self) -> str:
        """The default language's name as the visitor's language writes it
        ("anglais" for a French reader), as the language picker's notes do:
        it stands in a sentence of the visitor's language."""
        return language_name_in(self.bundle.default_language, self.language)


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
    # Qt reads "tl" as Filipino and knows no Dari or Hmong (nor has ICU data of its own).
    "tl": "Tagalog",
    "fil": "Filipino",
    "prs": "دری",
    "hmn": "Hmoob",
    "ht": "Kreyòl ayisyen",
    "ko": "한국어",
    "am": "አማርኛ",
}


def language_name(code: str) -> str:
    """A language's name written in that language ("Español", "العربية")."""
    if code in _NATIVE_NAMES:
        return _NATIVE_NAMES[code]
    locale = qt_locale(code)
    name = locale.nativeLanguageName()
    asked = code.replace("_", "-").split("-")[0].lower()
    if name and locale.language() != QLocale.Language.C and locale.name().split("_")[0] == asked:
        return name[:1].upper() + name[1:]
    # Qt lacks the language ("hmn", "prs") or takes it for another ("tl" as
    # Filipino): ICU's CLDR data often has its name, else the code is shown.
    return _icu_endonym(code) or code


def language_name_in(code: str, reader: str) -> str:
    """A language's name as a reader of another language writes it ("inglés"
    for en in es), from ICU's CLDR names; its own name when ICU has none."""
    import icu  # PyICU, imported only when a note or a service's languages need it

    # Its own language too comes from ICU, so that a list reads alike:
    # "inglés, español", not "inglés, Español" (the picker's capitalised name);
    # unless ICU has no data of its own for it (Dari).
    if code == reader and _icu_endonym(code) is None:
        return language_name(code)

    name = str(
        icu.Locale(code.replace("-", "_")).getDisplayLanguage(icu.Locale(reader.replace("-", "_")))
    )
    if not name or name.casefold() == code.casefold():
        return language_name(code)
    return name


@cache
def _icu_languages() -> frozenset[str]:
    """The languages ICU has data of its own for."""
    import icu

    return frozenset(str(k).split("_")[0] for k in icu.Locale.getAvailableLocales())


@cache
def _icu_endonym(code: str) -> str | None:
    import icu  # PyICU, a dependency already; imported only for such codes

    locale = icu.Locale(code.replace("-", "_"))
    # Without data of its own, ICU names a language in its root language
    # (English "Dari" for prs): not a name its speakers would look for.
    if locale.getLanguage() not in _icu_languages():
        return None
    name = str(locale.getDisplayLanguage(locale))
    if not name or name.casefold() == locale.getLanguage().casefold():
        return None
    return name[:1].upper() + name[1:]
