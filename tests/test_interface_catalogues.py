"""The bundle and the interface agree: a bundle language without interface
words is reported, a bundle's own interface catalogue is checked (exact rule,
message and place), compiled at install and shown on the real widgets, and
the language picker says when a visitor will meet another language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from content_helpers import TODAY, BundleDir, make_bundle
from PySide6.QtWidgets import QLabel
from ui_helpers import button, make_kiosk, make_kiosk_from, remove_filters
from update_helpers import make_keys

from kiosk.bundle_origin import ContentSource
from kiosk.catalogues import best_catalogue, interface_catalogue
from kiosk.cli import main
from kiosk.config import KioskConfig
from kiosk.content import load_bundle
from kiosk.content.bundle_catalogues import compiled_catalogues
from kiosk.content.findings import Finding
from kiosk.linguist import kiosk_interface, plural_forms, qt_tool
from kiosk.paths import english_catalogue, fonts_dir, shipped_catalogues
from kiosk.printing.words import word as slip_word
from kiosk.ui.context import language_name
from kiosk.updates.installer import install
from kiosk.updates.pack import pack

INTERFACE_RULES = (
    "no-interface-catalogue",
    "interface-bad-xml",
    "interface-language-mismatch",
    "interface-unused",
    "interface-message-missing",
    "interface-message-unknown",
    "interface-message-unfinished",
    "interface-plural-forms",
    "interface-placeholder-missing",
    "interface-placeholder-extra",
    "interface-placeholder-wrong",
    "missing-glyph",
    "ignored-file",
)
# The French words the tests look for on the real widgets, by (context, source).
FRENCH = {
    ("Header", "Quick exit"): "Sortie rapide",
    ("CoverScreen", "Quick exit"): "Sortie rapide",
    ("Header", "Back"): "Retour",
    ("Header", "Home"): "Accueil",
    ("HomeScreen", "Choose a topic"): "Choisissez un sujet",
    ("ResourceScreen", "Hours"): "Horaires",
    ("ResourceScreen", "Add to my slip"): "Ajouter à ma fiche",
    ("LanguageScreen", "Choose your language"): "Choisissez votre langue",
    ("LanguageScreen", "Part of this in {language}"): "Une partie en {language}",
    ("Slip", "Call"): "Appeler",
}
FR_PATH = "translations/kiosk_fr.ts"


def french_catalogue(language: str = "fr") -> str:
    """A complete catalogue made from the kiosk's English one: the words in
    FRENCH in French, every other message kept as its English wording (an
    editor may keep a wording), plural forms as French has them (two)."""
    tree = ET.parse(english_catalogue())
    root = tree.getroot()
    root.set("language", language)
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            french = FRENCH.get((name, message.findtext("source")))
            translation = message.find("translation")
            if french is not None and translation is not None:
                translation.text = french
    ET.indent(tree)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def interface():
    shipped = shipped_catalogues()
    return kiosk_interface(lambda code: best_catalogue(code, shipped), language_name)


def french_bundle(
    tmp_path: Path, *, catalogue: str | None = None, language: str = "fr"
) -> BundleDir:
    """The test template with French (or `language`) added to its languages
    (its texts stay English and Spanish), and, if given, its own French
    interface catalogue. The kiosk ships French words itself; German, which
    it does not, stands for a language without them."""
    bundle = make_bundle(tmp_path)
    bundle.replace("bundle.yaml", "languages: [en, es]\n", f"languages: [en, es, {language}]\n")
    if catalogue is not None:
        bundle.write(FR_PATH, catalogue)
    return bundle


def interface_findings(bundle: BundleDir) -> list[Finding]:
    result = load_bundle(bundle.path, today=TODAY, shipped_fonts=fonts_dir(), interface=interface())
    return [f for f in result.findings if f.rule in INTERFACE_RULES]


def place(text: str, needle: str, occurrence: int = 0, shift: int = 0) -> tuple[int, int]:
    """1-based line and column of the `occurrence`-th `needle` in `text`, plus `shift`."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    at += shift
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


# --- a language without interface words ---------------------------------------


def test_a_language_without_a_catalogue_is_a_warning_where_it_is_declared(tmp_path):
    bundle = french_bundle(tmp_path, language="de")
    found = interface_findings(bundle)
    assert [str(f) for f in found] == [
        'bundle.yaml:6:21: warning: language "de" has no interface catalogue: visitors '
        "choosing Deutsch will read the kiosk's own words (Quick exit, Back, Hours...) in "
        "English; add translations/kiosk_de.ts to the bundle (docs/editor-guide.md, "
        "Interface languages) [no-interface-catalogue]"
    ]


def test_every_shipped_catalogue_is_known_to_the_validator_without_a_list(tmp_path):
    """The shipped set is the catalogue files themselves: a language with a
    shipped .qm draws no warning, one without does."""
    shipped = sorted(shipped_catalogues())
    assert {"en", "es", "ar", "vi", "zh_CN", "bs", "sw"} <= set(shipped)
    codes = [name.replace("_", "-") for name in shipped] + ["hmn"]
    bundle = make_bundle(tmp_path)
    bundle.replace("bundle.yaml", "languages: [en, es]\n", f"languages: [{', '.join(codes)}]\n")
    warned = [f.message.split('"')[1] for f in interface_findings(bundle)]
    assert warned == ["hmn"]


def test_validate_command_warns_and_pack_still_packs(tmp_path, capsys):
    bundle = french_bundle(tmp_path, language="de")
    assert main(["validate", str(bundle.path)]) == 0
    out = capsys.readouterr().out
    assert 'bundle.yaml:6:21: warning: language "de" has no interface catalogue' in out
    assert main(["validate", "--strict", str(bundle.path)]) == 1


# --- a bundle's own catalogue: the hostile corpus ---------------------------------


def test_a_complete_french_catalogue_has_no_findings_and_silences_the_warning(tmp_path):
    bundle = french_bundle(tmp_path, catalogue=french_catalogue())
    assert interface_findings(bundle) == []


def _drop_message(text: str) -> str:
    start = text.index("<message>", text.index("<name>HomeScreen</name>"))
    end = text.index("</message>", start) + len("</message>")
    return text[:start] + text[end:]


def _one_form(text: str) -> str:
    start = text.index("<numerusform>My slip, %n items</numerusform>")
    return text[:start] + text[start + len("<numerusform>My slip, %n items</numerusform>") :]


CASES = {
    "missing message": (
        _drop_message,
        "interface-message-missing",
        "error",
        'no translation of "Choose a topic" (HomeScreen); every message of the kiosk\'s '
        "English catalogue must be here",
        lambda t: place(
            t, "<context>", t[: t.index("<name>HomeScreen</name>")].count("<context>") - 1
        ),
    ),
    "wrong placeholder": (
        lambda t: t.replace("<translation>Text {keyword}", "<translation>Text {keywrod}", 1),
        "interface-placeholder-wrong",
        "error",
        '{keywrod} stands where the English of "Text {keyword} to {number}" (Phone) has '
        "{keyword}; write {keyword}, which the kiosk fills in",
        lambda t: place(t, "{keywrod}"),
    ),
    "placeholder dropped": (
        lambda t: t.replace(">My slip, %n items<", ">My slip, items<", 1),
        "interface-placeholder-missing",
        "error",
        'the translation of "My slip, %n item(s)" (Header) lacks %n, which the kiosk fills '
        "in; keep every placeholder of the English",
        lambda t: place(
            t, "<translation>", t[: t.index(">My slip, items<")].count("<translation>") - 1
        ),
    ),
    "extra placeholder": (
        lambda t: t.replace(">Sortie rapide<", ">Sortie rapide %1<", 1),
        "interface-placeholder-extra",
        "error",
        '%1 is not in the English of "Quick exit" (Header); the kiosk would show it as '
        "written, or fill in the wrong thing",
        lambda t: place(t, "%1"),
    ),
    "plural forms incomplete": (
        _one_form,
        "interface-plural-forms",
        "error",
        '"My slip, %n item(s)" (Header) needs 2 plural forms in this language, filled in; it has 1',
        lambda t: place(
            t, "<translation>", t[: t.index("My slip, %n item<")].count("<translation>") - 1
        ),
    ),
    "unfinished": (
        lambda t: t.replace(
            "<translation>Choisissez un sujet",
            '<translation type="unfinished">Choisissez un sujet',
            1,
        ),
        "interface-message-unfinished",
        "error",
        'the translation of "Choose a topic" (HomeScreen) is not finished; fill it in and '
        'remove type="unfinished"',
        lambda t: place(t, '<translation type="unfinished">'),
    ),
    "glyph not covered": (
        lambda t: t.replace(">Horaires<", ">Horaires \U0001f55b<", 1),
        "missing-glyph",
        "error",
        "no font covers U+1F55B '\U0001f55b' (CLOCK FACE TWELVE OCLOCK); add a font to the "
        "bundle's fonts/ folder or remove the character",
        lambda t: place(t, "\U0001f55b"),
    ),
    "language mismatch": (
        lambda t: t.replace('language="fr"', 'language="de"', 1),
        "interface-language-mismatch",
        "error",
        'the file is named for "fr" but its TS element has language="de"; make the two '
        'agree (language="fr" for kiosk_fr.ts)',
        lambda t: place(t, "<TS"),
    ),
    "no language attribute": (
        lambda t: t.replace(' language="fr"', "", 1),
        "interface-language-mismatch",
        "error",
        'the file is named for "fr" but its TS element has no language; make the two agree '
        '(language="fr" for kiosk_fr.ts)',
        lambda t: place(t, "<TS"),
    ),
    "bad xml": (
        lambda t: t.replace("<source>Hours</source>", "<source>Hours</sorce>", 1),
        "interface-bad-xml",
        "error",
        "not well-formed XML (mismatched tag)",
        lambda t: place(t, "</sorce>", shift=2),  # expat points at the name
    ),
    "entity bomb": (
        lambda t: t.replace("<TS ", '<!DOCTYPE TS [<!ENTITY a "aaaaaaaaaa">]>\n<TS ', 1),
        "interface-bad-xml",
        "error",
        "declares entities in its DOCTYPE; a catalogue needs none",
        lambda t: place(t, "[<!ENTITY"),  # where the declarations start
    ),
    "not a catalogue": (
        lambda t: '<?xml version="1.0"?>\n<html><body/></html>\n',
        "interface-bad-xml",
        "error",
        "starts with <html>, not <TS>: not a Qt Linguist catalogue",
        lambda t: (2, 1),
    ),
    "unknown message": (
        lambda t: t.replace(
            "</context>",
            "<message><source>Old words</source>"
            "<translation>Vieux mots</translation></message></context>",
            1,
        ),
        "interface-message-unknown",
        "warning",
        'the kiosk has no message "Old words" (AboutScreen); it is never shown (an older wording?)',
        lambda t: place(t, "<message><source>Old words"),
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_broken_bundle_catalogue_is_one_exact_finding(tmp_path, case):
    edit, rule, severity, message, where = CASES[case]
    text = edit(french_catalogue())
    bundle = french_bundle(tmp_path, catalogue=text)
    found = [f for f in interface_findings(bundle) if f.rule != "no-interface-catalogue"]
    assert len(found) == 1, [str(f) for f in found]
    finding = found[0]
    assert (finding.rule, str(finding.severity)) == (rule, severity)
    assert finding.message == message
    line, col = where(text)
    assert (finding.pos.file, finding.pos.line, finding.pos.col) == (FR_PATH, line, col)


def test_a_broken_catalogue_leaves_the_language_reported_as_english(tmp_path):
    """A catalogue with errors is no catalogue: the bundle has errors, and
    the warning about German (which the kiosk has no words for) still says
    what visitors would read. A broken French one leaves the kiosk's own."""
    bundle = french_bundle(tmp_path, language="de")
    bundle.write("translations/kiosk_de.ts", _drop_message(french_catalogue("de")))
    rules = [f.rule for f in interface_findings(bundle)]
    assert rules.count("no-interface-catalogue") == 1
    assert "interface-message-missing" in rules
    french = french_bundle(tmp_path / "fr", catalogue=_drop_message(french_catalogue()))
    rules = [f.rule for f in interface_findings(french)]
    assert "interface-message-missing" in rules
    assert "no-interface-catalogue" not in rules


def test_a_catalogue_for_a_language_the_bundle_lacks_is_reported(tmp_path):
    bundle = french_bundle(tmp_path, catalogue=None)
    bundle.write("translations/kiosk_de.ts", french_catalogue("de"))
    bundle.write("translations/notes.txt", "to do")
    found = [f for f in interface_findings(bundle) if f.rule != "no-interface-catalogue"]
    assert [str(f) for f in found] == [
        'translations/kiosk_de.ts: warning: "de" is not one of the bundle\'s languages '
        "(en, es, fr), so no visitor sees this catalogue; name it after a bundle language "
        "or remove it [interface-unused]",
        "translations/notes.txt: warning: only interface catalogues named "
        "kiosk_<language>.ts are read here (kiosk_fr.ts, kiosk_pt_BR.ts); rename it or "
        "remove it [ignored-file]",
    ]


def test_plural_forms_come_from_qt_own_rules():
    qt_tool("lupdate")  # shipped inside PySide6; no PATH needed
    assert [plural_forms(name) for name in ("fr", "ar", "zh_CN", "bs", "en")] == [2, 6, 1, 3, 2]


# --- the interface words on real widgets -------------------------------------------


def _french_on_screen(kiosk) -> dict[str, str]:
    """Choose French through the picker, then read the words the visitor sees
    on the header, the home screen and a service's screen."""
    session, window = kiosk.session, kiosk.window
    session.start()
    button(window.header, "open_language").click()
    button(window, "language_fr").click()
    assert session.language == "fr"
    seen = {"quick_exit": window.header.quick_exit.text()}
    headings = [w.text() for w in window.screen.findChildren(QLabel) if w.isVisible()]
    seen["heading"] = next(t for t in headings if t in ("Choisissez un sujet", "Choose a topic"))
    session.open_topic("help")
    seen["back"] = window.header.back.text()
    session.open_resource("national-hotline")
    labels = [w.text() for w in window.screen.findChildren(QLabel) if w.isVisible()]
    seen["hours"] = next(t for t in labels if t.startswith("Horaires") or t.startswith("Hours"))
    seen["add"] = button(window.screen, "slip_toggle").text()
    return seen


def test_a_french_bundle_brings_its_words_through_pack_and_install(qtbot, tmp_path):
    bundle = french_bundle(tmp_path, catalogue=french_catalogue())
    keys = make_keys(tmp_path / "keys")
    out = tmp_path / "fr.kbundle"
    packed = pack(bundle.path, out, key=keys.secret, today=TODAY)
    assert FR_PATH in [entry.path for entry in packed.manifest.files]
    content = tmp_path / "content"
    installed = install(out, content, [keys.public], today=TODAY)
    # Compiled once, at install, beside its source; nothing compiles at start.
    assert compiled_catalogues(installed.path) == {
        "fr": installed.path / "translations/kiosk_fr.qm"
    }
    kiosk = make_kiosk_from(
        qtbot, KioskConfig(content_dir=content), ContentSource(content_dir=content)
    )
    try:
        assert "bundle:kiosk_fr" not in kiosk.ui_language.catalogues
        assert kiosk.ui_language.bundle_catalogues == {"fr"}
        seen = _french_on_screen(kiosk)
        assert kiosk.ui_language.catalogues[0] == "bundle:kiosk_fr"
        assert seen == {
            "quick_exit": "Sortie rapide",
            "heading": "Choisissez un sujet",
            "back": "\u2190 Retour",
            "hours": "Horaires",
            "add": "Ajouter à ma fiche",
        }
        # The picker has nothing to warn of for French words; the content
        # (English and Spanish only) is still partly English, said in French
        # for the visitor who reads French, with the bundle's own words.
        button(kiosk.window.header, "open_language").click()
        assert kiosk.window.screen.notes["fr"] == ["Une partie en anglais"]
        # A French slip prints the bundle's words too, whatever the screen shows.
        button(kiosk.window, "language_es").click()
        assert slip_word("voice", "fr") == "Appeler"
        assert slip_word("voice", "es") == "Llamar"
    finally:
        remove_filters(kiosk)


def test_without_its_catalogue_the_picker_says_some_words_in_english(qtbot, tmp_path):
    bundle = french_bundle(tmp_path, language="de")
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    try:
        session, window = kiosk.session, kiosk.window
        session.start()
        button(window.header, "open_language").click()
        screen = window.screen
        assert screen.buttons["de"].text() == "Deutsch"
        assert screen.notes == {
            "en": [],
            "es": [],
            "de": ["Some words in English", "Part of this in English"],
        }
        note = window.findChild(QLabel, "language_note_de")
        assert note.text() == "Some words in English\nPart of this in English"
        assert note.isVisible()
        assert screen.buttons["de"].accessibleName() == (
            "Deutsch. Some words in English. Part of this in English"
        )
        # In Spanish, the notes are in Spanish; French words stay English.
        button(window, "language_es").click()
        button(window.header, "open_language").click()
        assert window.screen.notes["de"] == [
            "Algunas palabras en inglés",
            "Parte de esto en inglés",
        ]
        button(window, "language_de").click()
        assert window.header.quick_exit.text() == "Quick exit"
    finally:
        remove_filters(kiosk)


@pytest.mark.parametrize(
    ("code", "name"),
    [("de", "Deutsch"), ("tl", "Tagalog"), ("hmn", "Hmoob"), ("am", "አማርኛ"), ("xx", "xx")],
)
def test_the_picker_names_languages_qt_lacks_or_renames(code, name):
    assert language_name(code) == name


def test_a_catalogue_named_for_the_code_is_found_even_where_qt_renames_it():
    assert best_catalogue("tl", {"tl", "en"}) == "tl"  # Qt reads tl as Filipino
    assert interface_catalogue("hmn", ["hmn"]) == "hmn"  # Qt has no Hmong at all
    assert interface_catalogue("de", []) is None
    assert interface_catalogue("zh-Hans", []) == "zh_CN"
