"""Fields more than one file of the bundle format shares (kiosk.content.format)."""

from __future__ import annotations

from kiosk.content.ids import ID_HINT, ID_PATTERN
from kiosk.content.schema import LANGUAGE_CODE, Text


def id_field(description: str) -> Text:
    return Text(description, pattern=ID_PATTERN, pattern_hint=ID_HINT, max_length=64)


LANGUAGE = Text(
    "A language code such as en, es, ar or zh-Hans",
    pattern=LANGUAGE_CODE,
    pattern_hint="write a language code such as en, es or zh-Hans",
    max_length=20,
)
