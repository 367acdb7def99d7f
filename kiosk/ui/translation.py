"""The UI's own words in the visitor's language, through Qt's translators.

Qt's qtbase catalogue comes first so standard texts are translated too; the
kiosk's catalogue is installed after it and wins where both know a string.
English has a catalogue as well, for its plural forms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.paths import package_resources


def catalogue_dir() -> Path:
    return package_resources().parent / "translations"


class UiLanguage:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.current: str | None = None

    def set(self, language: str) -> None:
        if language == self.current:
            return
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        locale = QLocale(language)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = (
            (qt_dir, "qtbase"),
            (str(catalogue_dir()), "kiosk"),
        )
        for folder, name in candidates:
            translator = QTranslator(self._app)
            if translator.load(locale, name, "_", folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.current = language
