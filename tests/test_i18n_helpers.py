"""Helpers shared by the translation and layout tests (no tests here).

The sample bundle has content in English, Spanish and Arabic; the copy made
here also lists the kiosk's other UI languages, whose content falls back to
English (and the screens say so)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_helpers import make_kiosk

from kiosk.app.kiosk import Kiosk
from kiosk.config import KioskConfig
from kiosk.paths import sample_bundle
from kiosk.ui.translation import UiLanguage

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "translations"
# Every UI language, as a bundle would name it.
UI_LANGUAGES = (
    "en", "es", "ar", "vi", "zh-Hans", "bs", "sw",
    "fr", "pt", "ko", "tl", "ru", "ht", "uk", "fa", "so", "am",
)  # fmt: skip
# The catalogue each of them is shown with: its own name, but for the two
# Qt names differently (Tagalog is Filipino to Qt).
CATALOGUE_OF = {code: {"zh-Hans": "zh_CN", "tl": "fil"}.get(code, code) for code in UI_LANGUAGES}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def all_language_bundle(folder: Path) -> Path:
    """The sample bundle, copied, listing every UI language."""
    target = folder / "ofallon-all-languages"
    shutil.copytree(sample_bundle(), target)
    meta = target / "bundle.yaml"
    text = meta.read_text(encoding="utf-8")
    listed = "languages: [en, es, ar]"
    assert listed in text, "the sample bundle's language list changed; update this helper"
    meta.write_text(
        text.replace(listed, "languages: [" + ", ".join(UI_LANGUAGES) + "]"), encoding="utf-8"
    )
    return target


def kiosk_with_all_languages(qtbot, folder: Path, config: KioskConfig | None = None) -> Kiosk:
    return make_kiosk(qtbot, config, bundle=all_language_bundle(folder))


def catalogue(name: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translation forms, read from translations/kiosk_<name>.ts."""
    tree = ET.parse(TS_DIR / f"kiosk_{name}.ts")
    found: dict[tuple[str, str], list[str]] = {}
    for context in tree.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found[(context_name, message.findtext("source") or "")] = forms
    return found


def plain_english_ui() -> None:
    """Leave the application as a test found it: English, left to right, no
    pseudo-locale (a kiosk's translator outlives the kiosk in the process)."""
    app = QApplication.instance()
    if app is not None:
        UiLanguage(app, pseudo="").set("en")


@pytest.fixture
def restore_english():
    yield
    plain_english_ui()
