"""The kiosk's UI catalogues and how far each translation can be trusted.

One table, read by scripts/translations.py (which catalogues to build), by
the staff panel (so staff see which languages a native speaker has checked
before they point a visitor at one) and by tests/test_translation_status.py,
which holds it equal to the table in translations/README.md and to the
shipped .qm files. Qt-free: the staff panel translates the words.

A translation written by an AI model stays `DRAFTED` until a native speaker
has read it on the screens; then its row gets `REVIEWED`, the date, and the
reviewer's role (not their name, if they prefer), here and in the README.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class Review(Enum):
    SOURCE = "source text"  # English: the developers' own words
    DRAFTED = "needed"  # written, complete, not yet read by a native speaker
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class CatalogueStatus:
    catalogue: str  # kiosk_<catalogue>.ts/.qm, as Qt names the locale
    language: str  # in English, as the README names it
    written_by: str
    review: Review
    reviewed_on: date | None = None
    reviewer: str = ""  # a role ("clinic interpreter"), never required to be a name


AI = "AI-drafted"

# In the order the README lists them.
CATALOGUES: tuple[CatalogueStatus, ...] = (
    CatalogueStatus("en", "English", "the developers", Review.SOURCE),
    CatalogueStatus("es", "Spanish", AI, Review.DRAFTED),
    CatalogueStatus("ar", "Arabic", AI, Review.DRAFTED),
    CatalogueStatus("vi", "Vietnamese", AI, Review.DRAFTED),
    CatalogueStatus("zh_CN", "Simplified Chinese", AI, Review.DRAFTED),
    CatalogueStatus("bs", "Bosnian", AI, Review.DRAFTED),
    CatalogueStatus("sw", "Swahili", AI, Review.DRAFTED),
    CatalogueStatus("fr", "French", AI, Review.DRAFTED),
    CatalogueStatus("pt", "Portuguese", AI, Review.DRAFTED),
    CatalogueStatus("ko", "Korean", AI, Review.DRAFTED),
    CatalogueStatus("fil", "Tagalog (Filipino)", AI, Review.DRAFTED),
    CatalogueStatus("ru", "Russian", AI, Review.DRAFTED),
    CatalogueStatus("ht", "Haitian Creole", AI, Review.DRAFTED),
    CatalogueStatus("uk", "Ukrainian", AI, Review.DRAFTED),
    CatalogueStatus("fa", "Persian (Farsi and Dari)", AI, Review.DRAFTED),
    CatalogueStatus("so", "Somali", AI, Review.DRAFTED),
    CatalogueStatus("am", "Amharic", AI, Review.DRAFTED),
)

CATALOGUE_NAMES: tuple[str, ...] = tuple(status.catalogue for status in CATALOGUES)

# The bundle language code the staff panel names each catalogue by (and
# shows the language's own name for): Qt's catalogue names that a bundle
# would not write itself.
BUNDLE_CODE: dict[str, str] = {"zh_CN": "zh-Hans", "fil": "tl"}


def bundle_code(catalogue: str) -> str:
    return BUNDLE_CODE.get(catalogue, catalogue)
