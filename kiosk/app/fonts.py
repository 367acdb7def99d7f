"""Fonts: the kiosk's own (for the whole run) and a bundle's (while it is shown)."""

from __future__ import annotations

import logging
import os

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from kiosk.content.on_show import ShownBundle
from kiosk.paths import fonts_conf, fonts_dir

log = logging.getLogger("kiosk")


def use_shipped_fonts_only() -> None:
    """Point fontconfig at the kiosk's own configuration: the shipped fonts and
    no cache directory, so nothing is written and no system font is needed."""
    os.environ["FONTCONFIG_FILE"] = str(fonts_conf())


def load_fonts() -> None:
    """Shipped fonts, so no system font is needed and every script has glyphs."""
    for path in sorted(fonts_dir().glob("*.[ot]tf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path.name)
    QGuiApplication.setFont(QFont("Noto Sans", 18))


class BundleFonts:
    """The fonts a bundle brings in its fonts/ folder (checked by the
    validator, listed in its ShownBundle), loaded for as long as that bundle
    is shown: `follow` is told of every session change and acts only when
    the session has taken up another bundle."""

    def __init__(self) -> None:
        self._ids: list[int] = []
        self._for: ShownBundle | None = None
        self.families: list[str] = []

    def follow(self, shown: ShownBundle) -> bool:
        """Load `shown`'s fonts in place of the previous bundle's; False when
        they are already the ones loaded."""
        if shown is self._for:
            return False
        self.release()
        self._for = shown
        for path in shown.fonts:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load the bundle's font %s", path.name)
                continue
            self._ids.append(font_id)
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in self.families:
                    self.families.append(family)
        return True

    def release(self) -> None:
        """Unload the bundle's fonts (the kiosk is shutting down)."""
        for font_id in self._ids:
            QFontDatabase.removeApplicationFont(font_id)
        self._ids, self.families, self._for = [], [], None
