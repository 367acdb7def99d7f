"""The UI's translations: catalogues complete and current, the right catalogue
for each bundle language, Qt's own catalogue alongside, plural forms by each
language's rules, and the pseudo-locales."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from test_i18n_helpers import (
    PLACEHOLDER,
    ROOT,
    TS_DIR,
    catalogue,
    placeholders,
    restore_english,  # noqa: F401  (a fixture)
)

from kiosk.catalogues import best_catalogue, catalogue_dir, is_right_to_left, kiosk_catalogue
from kiosk.printing.printer import PrintOutcome, PrintResult
from kiosk.translation_status import CATALOGUE_NAMES
from kiosk.ui.translation import (
    PSEUDO_ENV,
    SLIP_PRINTER_MESSAGES,
    SessionTranslator,
    UiLanguage,
    pseudo_long,
    pseudo_rtl,
)

CATALOGUES = CATALOGUE_NAMES
# Plural forms in the order Qt's numerus rules give them, per catalogue
# (what lrelease expects: Qt's rules, close to CLDR's).
NUMERUS_FORMS = {
    "en": 2, "es": 2, "ar": 6, "vi": 1, "zh_CN": 1, "bs": 3, "sw": 2,
    "fr": 2, "pt": 2, "ko": 1, "fil": 2, "ru": 3, "ht": 1, "uk": 3, "fa": 1, "so": 2, "am": 2,
}  # fmt: skip
COUNTDOWN = ("StillTherePanel", "This screen will clear in %n second(s).")

pytestmark = pytest.mark.usefixtures("restore_english")


@pytest.fixture
def ui(qapp):
    language = UiLanguage(qapp, pseudo="")
    yield language
    language.set("en")


@pytest.mark.slow
def test_translation_files_are_current():
    """lupdate would add or drop nothing, and every .qm is built from its .ts."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_ui_language_has_a_source_and_a_shipped_catalogue():
    assert {p.stem.removeprefix("kiosk_") for p in TS_DIR.glob("kiosk_*.ts")} == set(CATALOGUES)
    for name in CATALOGUES:
        assert (catalogue_dir() / f"kiosk_{name}.qm").stat().st_size > 1000, name


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_message_is_translated_with_its_placeholders(name):
    tree = ET.parse(TS_DIR / f"kiosk_{name}.ts")
    language = tree.getroot().get("language")
    assert language == name, "the .ts names its language, so lupdate counts its plural forms"
    messages = list(tree.iter("message"))
    assert len(messages) > 90
    # A context lupdate could not read (a translate() called through an alias
    # or with a variable context) shows up nameless, with the text as a comment.
    for context in tree.iter("context"):
        assert context.findtext("name"), ET.tostring(context, encoding="unicode")[:300]
    assert not [m for m in messages if m.find("comment") is not None]
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, (name, source, translation.get("type"))
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == NUMERUS_FORMS[name], (name, source)
            assert "%n" in source
        else:
            forms = [translation.text or ""]
        for form in forms:
            assert form.strip(), (name, source)
            assert placeholders(form) == placeholders(source), (name, source, form)
            assert form == form.strip(), (name, source, "stray space at an end")


# Accessible names, read out and never drawn: the service's name comes first.
SPOKEN_ONLY = {"{name}: details"}


@pytest.mark.parametrize("name", [n for n in CATALOGUES if is_right_to_left(n)])
def test_right_to_left_texts_begin_with_a_right_to_left_letter(name):
    """Qt sets a label's paragraph direction from its first strong letter: a
    Persian text that begins with "PIN" or a "{name}" filled with English
    reads as a left-to-right paragraph, its words and full stop out of order."""
    assert name in ("ar", "fa")
    for (context, source), forms in catalogue(name).items():
        if source in SPOKEN_ONLY:
            continue
        for form in forms:
            lead = PLACEHOLDER.split(form)[0]
            assert PLACEHOLDER.match(form) is None, (context, form)
            first = next(
                (
                    unicodedata.bidirectional(ch)
                    for ch in lead
                    if unicodedata.bidirectional(ch) in ("L", "R", "AL")
                ),
                None,
            )
            assert first in ("R", "AL"), (context, form)


def test_the_catalogues_hold_the_same_messages():
    english = set(catalogue("en"))
    for name in CATALOGUES:
        assert set(catalogue(name)) == english, name


@pytest.mark.parametrize("name", CATALOGUES)
def test_the_shipped_catalogue_gives_every_translation(ui, name):
    code = {"zh_CN": "zh", "fil": "tl"}.get(name, name)
    ui.set(code)
    assert ui.catalogues[0] == f"kiosk_{name}"
    for (context, source), forms in catalogue(name).items():
        if len(forms) == 1 and "%n" not in source:
            assert QCoreApplication.translate(context, source) == forms[0], (context, source)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("es", "es"),
        ("es-MX", "es"),
        ("ar", "ar"),
        ("ar-EG", "ar"),
        ("vi", "vi"),
        ("zh", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("bs", "bs"),
        ("bs-Latn", "bs"),
        ("sw", "sw"),
        ("sw-KE", "sw"),
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("pt", "pt"),
        ("pt-BR", "pt"),
        ("pt-PT", "pt"),
        ("ko", "ko"),
        ("ko-KR", "ko"),
        # Qt knows Tagalog as Filipino.
        ("tl", "fil"),
        ("fil", "fil"),
        ("ru", "ru"),
        ("ht", "ht"),
        ("uk", "uk"),
        # Persian of Iran (Farsi) and of Afghanistan (Dari) share a catalogue;
        # "prs" is the ISO 639-3 code an HSDS import writes for Dari.
        ("fa", "fa"),
        ("fa-IR", "fa"),
        ("fa-AF", "fa"),
        ("prs", "fa"),
        ("so", "so"),
        ("so-KE", "so"),
        ("am", "am"),
        # Traditional Chinese readers do not get the Simplified catalogue, and
        # a language with no catalogue reads English.
        ("zh-Hant", "en"),
        ("zh-TW", "en"),
        ("ti", "en"),
        ("ne", "en"),
        ("xx", "en"),
    ],
)
def test_a_bundle_language_code_finds_its_catalogue(code, expected):
    assert kiosk_catalogue(code) == expected


def test_best_catalogue_prefers_the_most_specific_name():
    assert best_catalogue("pt-BR", {"pt", "pt_BR"}) == "pt_BR"
    assert best_catalogue("pt-PT", {"pt", "pt_BR"}) == "pt"
    assert best_catalogue("zh-Hans", {"zh_TW"}) is None


@pytest.mark.parametrize("code", ["zh", "zh-Hans", "zh-CN"])
def test_chinese_codes_show_simplified_chinese(ui, code):
    ui.set(code)
    assert QCoreApplication.translate("Header", "Quick exit") == "快速退出"


@pytest.mark.parametrize(
    ("code", "qtbase", "cancel"),
    [("es", "qtbase_es", "Cancelar"), ("ar", "qtbase_ar", "ألغِ"), ("zh", "qtbase_zh_CN", "取消")],
)
def test_qt_catalogue_is_loaded_where_qt_has_one(ui, code, qtbase, cancel):
    ui.set(code)
    assert qtbase in ui.catalogues
    # A string only Qt's own catalogue knows.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_qt_catalogue_says_arabic_is_right_to_left(ui):
    ui.set("ar")
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "RTL"
    ui.set("es")
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == "LTR"


@pytest.mark.parametrize("code", ["vi", "bs", "sw", "fil", "ht", "so", "am"])
def test_languages_qt_has_no_catalogue_for_still_get_the_kiosk_one(ui, code):
    ui.set(code)
    assert not any(name.startswith("qtbase") for name in ui.catalogues)
    assert QCoreApplication.translate("Header", "Back") != "Back"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("en", {1: "1 second.", 2: "2 seconds.", 0: "0 seconds."}),
        ("es", {1: "1 segundo.", 2: "2 segundos.", 0: "0 segundos."}),
        # Arabic: zero, one, two, 3-10, 11-99, and 100-102 of each hundred.
        (
            "ar",
            {
                2: "2 ثانيتين",
                5: "5 ثوانٍ",
                10: "10 ثوانٍ",
                11: "11 ثانية",
                103: "103 ثوانٍ",
                111: "111 ثانية",
            },
        ),
        # Bosnian: 1, 21 (one); 2-4, 22 (few); 5-20, 12-14 (many).
        (
            "bs",
            {
                1: "1 sekundu.",
                21: "21 sekundu.",
                3: "3 sekunde.",
                22: "22 sekunde.",
                5: "5 sekundi.",
                12: "12 sekundi.",
            },
        ),
        ("vi", {1: "1 giây.", 30: "30 giây."}),
        ("zh", {1: "1 秒后清除", 30: "30 秒后清除"}),
        # French and Portuguese: 0 and 1 are singular.
        ("fr", {0: "0 seconde.", 1: "1 seconde.", 2: "2 secondes."}),
        ("pt", {0: "0 segundo.", 1: "1 segundo.", 2: "2 segundos.", 10: "10 segundos."}),
        # Russian and Ukrainian: 1, 21 (one); 2-4, 22 (few); 0, 5-20, 11-14 (many).
        (
            "ru",
            {
                1: "1 секунду.",
                21: "21 секунду.",
                2: "2 секунды.",
                24: "24 секунды.",
                0: "0 секунд.",
                5: "5 секунд.",
                11: "11 секунд.",
                12: "12 секунд.",
            },
        ),
        (
            "uk",
            {
                1: "1 секунду.",
                31: "31 секунду.",
                3: "3 секунди.",
                22: "22 секунди.",
                5: "5 секунд.",
                14: "14 секунд.",
            },
        ),
        ("ko", {1: "1초 후에", 30: "30초 후에"}),
        ("am", {1: "በ1 ሰከንድ", 30: "በ30 ሰከንድ"}),
    ],
)
def test_plural_forms_follow_each_languages_rules(ui, code, counts):
    ui.set(code)
    for n, expected in counts.items():
        text = QCoreApplication.translate(*COUNTDOWN, None, n)
        assert expected in text, (code, n, text)


def test_a_message_a_catalogue_lacks_reads_as_english_with_english_plurals(qapp, tmp_path):
    """A new string not yet translated: English, from the English catalogue."""
    ts = tmp_path / "partial_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">'
        "<context><name>Header</name><message><source>Back</source>"
        "<translation>Atrás</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "partial_es.qm"
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = SessionTranslator(qapp, None)
    partial, english = QTranslator(translator), QTranslator(translator)
    assert partial.load(str(qm))
    assert english.load("kiosk_en", str(catalogue_dir()))
    translator.use([partial, english], [])
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Header", "Back") == "Atrás"
        assert QCoreApplication.translate("Header", "Home") == "Home"
        assert (
            QCoreApplication.translate(*COUNTDOWN, None, 1) == "This screen will clear in 1 second."
        )
    finally:
        qapp.removeTranslator(translator)
        translator.deleteLater()


GARBAGE_DURING_TRANSLATE = """
import gc
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from kiosk.ui import translation

class Holder:
    pass

def first_kiosk():
    ui = translation.UiLanguage(app, pseudo="")
    ui.set("es")
    holder = Holder()
    holder.ui, holder.me = ui, holder  # a cycle: only the collector frees it

first_kiosk()

def collect(text):
    gc.collect()  # the collector running inside a translation, as it may at any allocation
    return text

translation.PSEUDO_MODES["collect"] = collect
second = translation.UiLanguage(app, pseudo="collect")
second.set("ar")
print(QCoreApplication.translate("Header", "Back"), "TRANSLATED", flush=True)
"""


def test_a_replaced_translator_collected_during_a_translation_does_not_deadlock(tmp_path):
    """A QTranslator's destructor takes the lock QCoreApplication.translate
    holds while it calls Python: one freed by the garbage collector inside a
    translation would hang the kiosk for good."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", GARBAGE_DURING_TRANSLATE],
            capture_output=True, text=True, timeout=60, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail("deadlocked: a translator was destroyed inside QCoreApplication.translate")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "رجوع TRANSLATED" in done.stdout


def test_slip_printer_messages_are_translated(ui):
    """The printer's messages are in the catalogues (kiosk/printing/printer.py
    names its context in a variable lupdate cannot read; translation.py
    declares them) and the printer's words are exactly those."""
    spanish = catalogue("es")
    english = {PrintOutcome(result).message for result in PrintResult}
    assert english == set(SLIP_PRINTER_MESSAGES)
    ui.set("es")
    for result in PrintResult:
        message = PrintOutcome(result).message
        assert [message] in [spanish[("SlipPrinter", s)] for s in SLIP_PRINTER_MESSAGES]


# --- pseudo-localisation -------------------------------------------------------


def every_source_text() -> list[str]:
    return [source for (_, source) in catalogue("en")]


def test_the_long_pseudo_locale_is_about_forty_percent_longer_and_keeps_placeholders():
    sources = every_source_text()
    total_before = sum(len(s) for s in sources)
    total_after = sum(len(pseudo_long(s)) for s in sources)
    assert 1.35 <= total_after / total_before <= 1.5
    for source in sources:
        dressed = pseudo_long(source)
        assert placeholders(dressed) == placeholders(source), source
        assert dressed.startswith("[") and dressed.endswith("]")
        visible = len(PLACEHOLDER.sub("", source))
        assert len(PLACEHOLDER.sub("", dressed)) >= visible * 1.25, (source, dressed)
        assert [c for c in dressed if c.isdigit()] == [c for c in source if c.isdigit()]


def test_the_rtl_pseudo_locale_wraps_strings_in_right_to_left_marks():
    for source in every_source_text():
        dressed = pseudo_rtl(source)
        assert dressed == "\u200f\u202b" + source + "\u202c\u200f"


@pytest.mark.parametrize(
    ("value", "check"),
    [
        ("long", lambda text: text.startswith("[") and text.endswith("]") and len(text) >= 7),
        ("rtl", lambda text: text.startswith("\u200f\u202b") and text.endswith("\u202c\u200f")),
        ("", lambda text: text == "Home"),
        ("no-such-mode", lambda text: text == "Home"),
    ],
)
def test_the_pseudo_switch_is_read_from_the_environment_once(qapp, monkeypatch, value, check):
    monkeypatch.setenv(PSEUDO_ENV, value)
    ui = UiLanguage(qapp)
    ui.set("en")
    assert check(QCoreApplication.translate("Header", "Home"))
    # Read once, at start: changing the variable later changes nothing.
    monkeypatch.setenv(PSEUDO_ENV, "rtl" if value != "rtl" else "long")
    ui.set("es")
    ui.set("en")
    assert check(QCoreApplication.translate("Header", "Home"))
    UiLanguage(qapp, pseudo="").set("en")


def test_pseudo_locales_leave_qts_own_strings_alone(qapp):
    ui = UiLanguage(qapp, pseudo="long")
    ui.set("es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QCoreApplication.translate("Header", "Back").startswith("[")
    UiLanguage(qapp, pseudo="").set("en")


def test_a_new_ui_language_replaces_the_translator_of_the_one_before(qapp):
    first = UiLanguage(qapp, pseudo="long")
    first.set("es")
    second = UiLanguage(qapp, pseudo="")
    second.set("en")
    assert QCoreApplication.translate("Header", "Back") == "Back"
    assert isinstance(QApplication.instance(), QApplication)
