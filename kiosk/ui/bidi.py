"""Direction isolation for text the screens show inside a paragraph of
either direction."""

from __future__ import annotations

from typing import Final

# Left-to-right isolation keeps a number's digits in order inside Arabic text.
LRI: Final = "\u2066"
PDI: Final = "\u2069"


def left_to_right(text: str) -> str:
    """`text` isolated left to right: a phone number reads the same in an
    Arabic row as in an English one."""
    return f"{LRI}{text}{PDI}"
