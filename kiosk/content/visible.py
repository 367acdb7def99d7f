"""What a text may hold once YAML has decoded it: what is checked is what is shown.

The reader refuses control characters in the raw file (`yamlsource`), but a
double-quoted YAML string spells them as escapes (`"\\a\\e[31m"`,
`"\\u202E"`), which only decoding turns into characters. So every text value
is checked again here, decoded, for:

- `control-character`: C0 controls but tab and newline, DEL, C1 controls, lone
  surrogates (which cannot even be written back as UTF-8) and the
  non-characters U+FFFE and U+FFFF;
- `bidi-control`: the embeddings and overrides U+202A..U+202E, which reorder
  the characters after them (a number could read backwards), and the
  isolates U+2066..U+2069, which the kiosk puts around numbers and names
  itself: one from the content would unbalance them. Direction marks
  (U+200E, U+200F, U+061C) stay allowed: right-to-left editors need them and
  they reorder nothing beyond their neighbours;
- `invisible-text`: a text with no visible character at all (zero-width
  spaces, format characters, fillers such as U+3164), which would make a
  blank button or an empty slip line.

Qt-free and stdlib-only: it runs on every text of every bundle load.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from kiosk.content.glyphs import NEVER_DRAWN

CONTROL: Final = "control-character"
BIDI: Final = "bidi-control"
INVISIBLE: Final = "invisible-text"

_CONTROLS: Final = "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
_BIDI_CONTROLS: Final = "\u202a-\u202e\u2066-\u2069"
_REFUSED: Final = re.compile(f"[{_CONTROLS}{_BIDI_CONTROLS}]")
_BIDI_RE: Final = re.compile(f"[{_BIDI_CONTROLS}]")
# Letters and symbols that draw as blank space though Unicode does not call
# them format characters or whitespace.
_BLANK_LOOKING: Final = frozenset("\u2800\u3164\u115f\u1160\uffa0")
_NOTHING_TO_SEE: Final = frozenset({"Cc", "Cf", "Cn", "Co", "Cs", "Zs", "Zl", "Zp", "Mn", "Me"})


def is_plainly_visible(value: str) -> bool:
    """True for the common case that needs no closer look: printable ASCII
    with at least one character that is not a space. Cheap, in C."""
    return value.isascii() and value.isprintable() and not value.isspace()


def text_problem(value: str) -> tuple[str, str] | None:
    """(rule id, message) for the first thing wrong with a decoded, stripped
    text value, or None when it may be shown as it is."""
    if is_plainly_visible(value):
        return None
    bad = _REFUSED.search(value)
    if bad is not None:
        ch = bad.group()
        if _BIDI_RE.match(ch):
            return (
                BIDI,
                f"direction control U+{ord(ch):04X} ({unicodedata.name(ch)}) can make the "
                "text read in another order on screen; delete it (the kiosk sets the "
                "direction of every text itself)",
            )
        return CONTROL, f"invisible control character U+{ord(ch):04X}; delete it"
    if is_invisible(value):
        return (
            INVISIBLE,
            "this text has no visible character (only spaces, zero-width or format "
            "characters); write the text or remove the field",
        )
    return None


def is_invisible(value: str) -> bool:
    """True when no character of `value` draws anything (stops at the first that does)."""
    for ch in value:
        if not (
            ch in NEVER_DRAWN or ch in _BLANK_LOOKING or unicodedata.category(ch) in _NOTHING_TO_SEE
        ):
            return False
    return True
