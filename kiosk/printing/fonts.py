"""The slip's typefaces: the kiosk's own Noto fonts when they ship, else Qt's default.

Offline means self-contained: a slip must look the same on every kiosk, and
Arabic must shape correctly without system fonts. The fonts are registered
once per process (needs a QGuiApplication); a missing folder is not an error.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Final

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.paths import fonts_dir

FONT_DIR: Final = fonts_dir()
# Latin first: Qt falls back through the list glyph by glyph, so Arabic text
# gets Noto Sans Arabic and digits stay in the Latin face.
PREFERRED_ORDER: Final = ("Noto Sans", "Noto Sans Arabic")

_lock = threading.Lock()
_families: tuple[str, ...] | None = None


def slip_families() -> tuple[str, ...]:
    """Font families for slips, most preferred first; empty means Qt's default font."""
    global _families
    with _lock:
        if _families is None:
            _families = _register(FONT_DIR)
        return _families


def _register(folder: Path) -> tuple[str, ...]:
    found: list[str] = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                found.extend(QFontDatabase.applicationFontFamilies(font_id))
    unique = list(dict.fromkeys(found))
    rank = {name: i for i, name in enumerate(PREFERRED_ORDER)}
    return tuple(sorted(unique, key=lambda name: rank.get(name, len(rank))))


def slip_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """A font sized in the renderer's painter units (hundredths of a millimetre)."""
    font = QFont()
    families = slip_families()
    if families:
        font.setFamilies(list(families))
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    # Linear metrics: a line measured for the PDF is the line drawn on paper.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
