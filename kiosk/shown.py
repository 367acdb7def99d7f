"""Showing text that came from outside (file names, reasons quoting them, a
signature's comment) to staff and editors on one honest line.

A file name may hold anything but "/" and NUL: a newline that starts a forged
`current: ... version 999` line in `kiosk status`, a carriage return or an
ANSI escape that rewrites what the terminal shows, a bidi override that turns
`txt.kbundle` around. `shown()` replaces every such character with a visible
escape, as Python's repr() would, and leaves all other text alone. Qt-free and
cheap, so the command line, the installer and the staff panel all use it.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Control characters, invisible format characters (bidi overrides and
# isolates, zero-width joiners), lone surrogates (bytes of a file name that
# are not UTF-8) and the line and paragraph separators.
_HIDDEN: Final = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))
_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def shown(text: str) -> str:
    """`text` with every control, format and separator character escaped
    (`\\n`, `\\x1b`, `\\u202e`). A byte that was not UTF-8 (Python keeps it
    as a lone surrogate) is shown as the byte, `\\xff`. Escaping twice
    changes nothing more: backslashes are not escaped, so a name that needs
    no escaping reads exactly as it is (a Windows path too)."""
    if text.isprintable():  # the usual case; isprintable is the stricter test
        return text
    return "".join(_escape(c) if unicodedata.category(c) in _HIDDEN else c for c in text)


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for a byte that is not UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
