"""Text as it looks, for matching sensitive words: one normaliser for the
validator's slip-name rule and for the slip composer.

Comparing raw strings lets a word through that a reader still sees:
`Sui\\u00ADcide` (soft hyphen), `Sui\\u200Bcide` (zero-width space),
`Su\\u0456cide` (Cyrillic i), `ＳＵＩＣＩＤＥ` (fullwidth). Both sides are
reduced to a *skeleton* first:

1. NFKC, so compatibility forms (fullwidth letters, ligatures, long s) become
   their plain letters;
2. every Default_Ignorable_Code_Point and format character (Cf) removed:
   soft hyphens, zero-width spaces and joiners, direction controls, tags;
3. case-folded;
4. the confusable skeleton of Unicode TR39 (UTS #39, section 4), so a letter
   of another script that looks the same maps to one prototype;
5. case-folded again (some prototypes are capitals: Cherokee Ꭰ is "D").

The Unicode data comes from ICU (PyICU): its SpoofChecker computes the TR39
skeleton from the confusables data of its Unicode version, and its
UnicodeSet gives the ignorable and format characters. ICU is imported on first
use only: the validator needs it when it checks slip names, the kiosk when it
composes a slip, and neither on the way to the first frame.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

# ICU's name for the characters removed in step 2 (Unicode properties).
_IGNORED_SET = "[[:Default_Ignorable_Code_Point:][:Cf:]]"


@functools.cache
def _icu() -> tuple[Any, dict[int, None]]:
    """ICU's spoof checker and a str.translate table deleting step 2's characters."""
    import icu  # PyICU: 45 ms to import, so only when needed

    checker = icu.SpoofChecker()
    ignored = icu.UnicodeSet(_IGNORED_SET)
    table: dict[int, None] = {}
    for first, last in ignored.ranges():
        table.update(dict.fromkeys(range(ord(first), ord(last) + 1)))
    return checker, table


def skeleton(text: str) -> str:
    """The form of `text` used to compare it with sensitive words (see above)."""
    checker, ignored = _icu()
    plain = unicodedata.normalize("NFKC", text).translate(ignored).casefold()
    shape: str = checker.getSkeleton(0, plain)
    return shape.casefold()


class SensitiveWords:
    """A bundle's sensitive words, ready to be found in any text however it is spelt."""

    def __init__(self, words: Iterable[str]) -> None:
        self._by_skeleton: dict[str, str] = {}
        for word in sorted(set(words)):
            key = skeleton(word) if word.strip() else ""
            if key:
                self._by_skeleton.setdefault(key, word)

    @classmethod
    def of(cls, sensitive_words: Mapping[str, Iterable[str]]) -> SensitiveWords:
        """Every language's words at once: a controller may read any of them."""
        return cls(w for words in sensitive_words.values() for w in words)

    def __bool__(self) -> bool:
        return bool(self._by_skeleton)

    def hits(self, text: str) -> list[str]:
        """The words (as the bundle lists them) that `text` contains, sorted."""
        if not self._by_skeleton or not text:
            return []
        seen = skeleton(text)
        return sorted({word for key, word in self._by_skeleton.items() if key in seen})

    def first_hit(self, text: str) -> tuple[str, int] | None:
        """The word found first in `text` and the index in `text` where it
        starts; None when there is none. Skeletons change lengths, so the
        place is found by shortening `text` until the word goes: slow, for
        reporting a hit only."""
        if not self.hits(text):
            return None
        keys = self._by_skeleton
        end = next(j for j in range(1, len(text) + 1) if any(k in skeleton(text[:j]) for k in keys))
        key = next(k for k in keys if k in skeleton(text[:end]))
        start = next(i for i in range(end - 1, -1, -1) if key in skeleton(text[i:end]))
        return keys[key], start
