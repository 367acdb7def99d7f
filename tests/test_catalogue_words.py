"""A slip's own words (heading, "Call", "Text", "TTY", the keyword line, the
sample line) come from the kiosk's catalogue of the slip's language, whatever
the screen shows, for every shipped catalogue; a slip prints no English word
in another language; dates on screen are written the way CLDR writes them.

Expected words are read from translations/kiosk_<name>.ts, the translators'
source, while the kiosk reads the compiled .qm files; slips are real PDFs
read back with pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pypdf
import pytest
from content_helpers import make_bundle
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel
from test_i18n_helpers import (
    ROOT,
    TS_DIR,
    all_language_bundle,
    catalogue,
    restore_english,  # noqa: F401  (a fixture)
)
from ui_helpers import make_kiosk, remove_filters

from kiosk.catalogues import is_right_to_left, long_date
from kiosk.content.model import Bundle
from kiosk.printing import Slip
from kiosk.printing.render import render_pdf
from kiosk.printing.words import SOURCES
from kiosk.ui.staff import StaffPanel
from kiosk.ui.translation import UiLanguage

pytestmark = pytest.mark.usefixtures("restore_english")

# Every shipped catalogue, as the folder has them now (a language added later
# is covered without a change here), and the code a bundle would give it.
SHIPPED = sorted(p.stem.removeprefix("kiosk_") for p in TS_DIR.glob("kiosk_*.ts"))
CODE_OF = {name: name.replace("_", "-") for name in SHIPPED}
OTHER_THAN_ENGLISH = [name for name in SHIPPED if name != "en"]

KEYWORD = "AYUDA"
VOICE, TEXT, KEYWORD_NUMBER, TTY = "1-888-373-7888", "233733", "741741", "1-800-787-3224"
HOTLINE = ("national-hotline",)

RESOURCE_YAML = """\
id: national-hotline
name: {en: "National hotline"}
phones:
  - number: "1-888-373-7888"
    type: voice
  - number: "233733"
    type: text
  - number: "741741"
    type: text
    keyword: "AYUDA"
  - number: "1-800-787-3224"
    type: tty
verified:
  on: 2026-11-20
  by: "Content team"
  method: phoned
  source: "https://example.org/contact"
"""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Bundle:
    """A sample bundle in every shipped language with no slip heading of its
    own and one resource of bare numbers: every word its slip prints
    (numbers and the keyword aside) is the kiosk's."""
    folder = make_bundle(tmp_path_factory.mktemp("words"), "all-words")
    folder.replace("bundle.yaml", "status: published", "status: sample")
    codes = ", ".join(CODE_OF.values())
    folder.replace("bundle.yaml", "languages: [en, es]", f"languages: [{codes}]")
    folder.replace(
        "bundle.yaml", 'slip_heading: {en: "Useful numbers", es: "Números útiles"}\n', ""
    )
    folder.write("resources/hotline.yaml", RESOURCE_YAML)
    result = folder.load()
    assert result.bundle is not None, [str(f) for f in result.errors]
    return result.bundle


def slip_word(name: str, key: str) -> str:
    """The translation of slip word `key` in catalogue `name`, from its .ts file."""
    [text] = catalogue(name)[("Slip", SOURCES[key])]
    assert text, (name, key)
    return text


def expected_lines(name: str) -> dict[str, str]:
    return {
        "heading": slip_word(name, "heading"),
        "voice": slip_word(name, "voice"),
        "text": slip_word(name, "text"),
        "text_keyword": slip_word(name, "text_keyword").format(keyword=KEYWORD),
        "tty": slip_word(name, "tty"),
        "sample": slip_word(name, "sample"),
    }


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


LETTERS = re.compile(r"[^\W\d_]+")


def _letters(word: str) -> str:
    return "".join(sorted(word))


def printed(line: str, name: str, text: str) -> bool:
    """Is `line` in pypdf's text? Right-to-left text comes out in visual
    order, each word on its own with its letters reversed (and a ligature such
    as lam-alef kept in logical order): there, look for each word's letters."""
    line = unicodedata.normalize("NFKC", line)
    if not is_right_to_left(CODE_OF[name]):
        return line in text
    found = {_letters(token) for token in LETTERS.findall(text)}
    return all(_letters(word) in found for word in LETTERS.findall(line))


def unexplained_words(text: str, lines: list[str], name: str) -> list[str]:
    """The words of `text` that none of `lines` accounts for."""
    lines = [unicodedata.normalize("NFKC", line) for line in lines]
    if is_right_to_left(CODE_OF[name]):
        known = {_letters(word) for line in lines for word in LETTERS.findall(line)}
        return [t for t in LETTERS.findall(text) if _letters(t) not in known]
    for line in sorted(lines, key=len, reverse=True):
        text = text.replace(line, " ")
    return LETTERS.findall(text)


def print_slip(bundle: Bundle, tmp_path: Path, name: str, second: str | None = None, **kw) -> str:
    pdf = tmp_path / f"{name}-{second}.pdf"
    code = CODE_OF[name]
    render_pdf(Slip(bundle, HOTLINE, code, CODE_OF[second] if second else None, **kw), pdf)
    return pdf_text(pdf)


@pytest.mark.parametrize("name", SHIPPED)
def test_every_slip_word_comes_from_the_slips_catalogue(qapp, bundle, tmp_path, name):
    plan_lines = expected_lines(name)
    text = print_slip(bundle, tmp_path, name, layout="80mm")
    for key, line in plan_lines.items():
        assert printed(line, name, text), (name, key, line, text)
    for number in (VOICE, TEXT, KEYWORD_NUMBER, TTY):
        assert number in text


@pytest.mark.parametrize("name", SHIPPED)
def test_a_slip_prints_nothing_but_its_catalogues_words_and_the_numbers(
    qapp, bundle, tmp_path, name
):
    """Take away every word the catalogue gives and every number: no letter is
    left. A word written into the printing code, in English or any language,
    would be."""
    text = print_slip(bundle, tmp_path, name, layout="80mm")
    known = [*expected_lines(name).values(), VOICE, TEXT, KEYWORD_NUMBER, TTY, KEYWORD]
    assert unexplained_words(text, known, name) == []


@pytest.mark.parametrize("name", OTHER_THAN_ENGLISH)
def test_no_english_slip_word_is_printed_in_another_language(qapp, bundle, tmp_path, name):
    text = print_slip(bundle, tmp_path, name)
    own = {w.casefold() for line in expected_lines(name).values() for w in re.findall(r"\w+", line)}
    english = {
        word
        for line in expected_lines("en").values()
        for word in re.findall(r"[^\W\d_]+", line.casefold())
    } - own
    assert english, name  # the check has English words to look for
    printed_words = set(re.findall(r"[^\W\d_]+", text.casefold()))
    assert printed_words & english == set(), name


@pytest.mark.parametrize(
    ("first", "second"),
    [("vi", "es"), ("ar", "vi"), ("zh_CN", "bs"), ("sw", "ar"), ("es", "en"), ("bs", "zh_CN")],
)
def test_a_two_language_slip_prints_both_catalogues_words(qapp, bundle, tmp_path, first, second):
    text = print_slip(bundle, tmp_path, first, second, layout="80mm")
    mine, theirs = expected_lines(first), expected_lines(second)
    for key in mine:
        assert printed(mine[key], first, text), (first, key)
        if theirs[key] != mine[key]:
            assert printed(theirs[key], second, text), (second, key)


@pytest.mark.parametrize("screen", ["ar", "zh", "en"])
def test_the_slip_language_not_the_screens_decides(qapp, bundle, tmp_path, screen):
    """A Vietnamese slip printed while the screen speaks another language."""
    UiLanguage(qapp, pseudo="").set(screen)
    assert QCoreApplication.translate("Slip", "Call") == slip_word(
        {"zh": "zh_CN"}.get(screen, screen), "voice"
    )
    text = print_slip(bundle, tmp_path, "vi", layout="cards-letter")
    assert printed(slip_word("vi", "voice"), "vi", text)
    assert printed(slip_word("vi", "heading"), "vi", text)
    if screen != "en":
        assert not printed(slip_word(screen if screen != "zh" else "zh_CN", "voice"), "vi", text)


@pytest.mark.parametrize(
    ("code", "name"),
    [("es-MX", "es"), ("zh", "zh_CN"), ("zh-Hans-CN", "zh_CN"), ("ar-EG", "ar"), ("sw-KE", "sw")],
)
def test_a_regional_code_finds_its_languages_catalogue_as_the_screen_does(
    qapp, bundle, tmp_path, code, name
):
    from kiosk.printing.words import word

    UiLanguage(qapp, pseudo="").set(code)
    for key in SOURCES:
        if key == "text_keyword":
            continue
        assert word(key, code) == slip_word(name, key)
        assert QCoreApplication.translate("Slip", SOURCES[key]) == word(key, code)


@pytest.mark.parametrize("code", ["de", "zh-Hant", "it-IT", "xx"])
def test_a_language_without_a_catalogue_prints_english_as_the_screen_shows(qapp, code):
    from kiosk.printing.words import word

    UiLanguage(qapp, pseudo="").set(code)
    for key in SOURCES:
        assert word(key, code, keyword=KEYWORD) == slip_word("en", key).format(keyword=KEYWORD)
        assert QCoreApplication.translate("Slip", SOURCES[key]) == SOURCES[key]


# --- a new language's catalogue, built the way translators build it ------------

NEW_CATALOGUE = """
import sys
from pathlib import Path
import pypdf
import kiosk.catalogues
kiosk.catalogues.catalogue_dir = lambda: Path(sys.argv[1])
from kiosk.printing.documents import ensure_gui_application
ensure_gui_application()
from kiosk.content import load_bundle
from kiosk.paths import fonts_dir
from kiosk.printing import Slip
from kiosk.printing.render import render_pdf
bundle = load_bundle(Path(sys.argv[2]), shipped_fonts=fonts_dir()).bundle
render_pdf(Slip(bundle, ("national-hotline",), "fr", layout="80mm"), sys.argv[3])
import unicodedata
text = " ".join(page.extract_text() for page in pypdf.PdfReader(sys.argv[3]).pages)
print(unicodedata.normalize("NFKC", text))
"""

FRENCH = {
    "Useful numbers": "Numéros utiles",
    "Call": "Appeler",
    "Text": "SMS",
    "TTY": "ATS (TTY)",
    "Text {keyword} to": "Envoyez {keyword} par SMS au",
    "Sample content, not reviewed by this site": "Contenu d'exemple, non vérifié par ce lieu",
    "Draft content, not yet published by this site": "Brouillon, pas encore publié par ce lieu",
}


def test_a_french_catalogue_built_with_lupdate_and_lrelease_makes_french_slips(bundle, tmp_path):
    """What translations/README.md says to do for a new language, on the
    slip's words: lupdate, translate, lrelease; the kiosk reads the result."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).parent / "pyside6-lupdate"
    )
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    if not Path(lupdate).exists() or not Path(lrelease).exists():
        pytest.skip("pyside6-lupdate/lrelease are not installed (PySide6's tools)")
    folder = tmp_path / "translations"
    shutil.copytree(TS_DIR, folder, ignore=shutil.ignore_patterns("*.ts"))
    ts = tmp_path / "kiosk_fr.ts"
    subprocess.run(
        [lupdate, "kiosk/printing/words.py", "-target-language", "fr", "-ts", str(ts)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    source = ts.read_text(encoding="utf-8")
    for english, french in FRENCH.items():
        message = re.escape(f"<source>{english}</source>")
        source, found = re.subn(
            rf"({message}\s*(?:<extracomment>[^<]*</extracomment>\s*)?)"
            r'<translation type="unfinished"></translation>',
            lambda m, french=french: (
                m.group(1) + f"<translation>{french.replace(chr(39), '&apos;')}</translation>"
            ),
            source,
        )
        assert found == 1, english
    ts.write_text(source, encoding="utf-8")
    subprocess.run(
        [lrelease, str(ts), "-qm", str(folder / "kiosk_fr.qm")], check=True, capture_output=True
    )
    bundle_dir = make_bundle(tmp_path, "french")
    bundle_dir.replace("bundle.yaml", "status: published", "status: sample")
    bundle_dir.replace("bundle.yaml", "languages: [en, es]", "languages: [en, es, fr]")
    bundle_dir.replace(
        "bundle.yaml", 'slip_heading: {en: "Useful numbers", es: "Números útiles"}\n', ""
    )
    bundle_dir.write("resources/hotline.yaml", RESOURCE_YAML)
    done = subprocess.run(
        [sys.executable, "-c", NEW_CATALOGUE, str(folder), str(bundle_dir.path),
         str(tmp_path / "fr.pdf")],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = re.sub(r"\s+", " ", done.stdout)
    for french in ("Numéros utiles", "Appeler", "ATS (TTY)", "Envoyez AYUDA par SMS au"):
        assert french in text
    assert "Contenu d'exemple, non vérifié par ce lieu" in text
    assert "Call" not in text and "Useful" not in text


# --- dates -----------------------------------------------------------------------

DAY = date(2025, 3, 5)  # a Wednesday
# Written out here from CLDR's long date forms, not computed: the test says
# what a visitor reads.
LONG_DATES = {
    "en": "Wednesday, March 5, 2025",
    "es": "miércoles, 5 de marzo de 2025",
    "ar": "الأربعاء، ٥ مارس ٢٠٢٥",
    "vi": "Thứ Tư, 5 tháng 3, 2025",
    "zh-Hans": "2025年3月5日星期三",
    "bs": "srijeda, 5. mart 2025.",
    "sw": "Jumatano, 5 Machi 2025",
    "fr": "mercredi 5 mars 2025",
}


@pytest.mark.parametrize(("code", "written"), LONG_DATES.items())
def test_a_date_is_written_as_cldr_writes_it_in_the_language(code, written):
    assert long_date(DAY, code) == written


# --- dates on screen, in the visitor's language ----------------------------------

SCREEN_LANGUAGES = {"en": "en", "es": "es", "ar": "ar", "vi": "vi", "zh-Hans": "zh_CN"}
SCREEN_LANGUAGES |= {"bs": "bs", "sw": "sw"}


@pytest.fixture(scope="module")
def all_languages_folder(tmp_path_factory) -> Path:
    return all_language_bundle(tmp_path_factory.mktemp("screen-dates"))


@pytest.mark.parametrize(("code", "name"), SCREEN_LANGUAGES.items())
def test_a_resources_checked_date_is_in_the_visitors_language(
    qtbot, all_languages_folder, code, name
):
    kiosk = make_kiosk(qtbot, bundle=all_languages_folder)
    try:
        session = kiosk.session
        session.start()
        session.set_language(code)
        resource = next(r for r in session.bundle.resources.values() if r.verified is not None)
        session.open_resource(resource.id)
        line = kiosk.window.screen.findChild(QLabel, "verified_line")
        assert line is not None and line.isVisible()
        assert resource.verified is not None
        [sentence] = catalogue(name)[("Trust", "Checked on {date}")]
        day = resource.verified.on
        assert line.text() == sentence.format(date=long_date(day, code))
        weekday = QLocale(code).dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        assert weekday and weekday in line.text()
    finally:
        remove_filters(kiosk)


@pytest.mark.parametrize(("code", "name"), [("es", "es"), ("vi", "vi"), ("ar", "ar")])
def test_the_staff_panel_writes_the_status_and_review_date_in_its_language(
    qtbot, all_languages_folder, code, name
):
    kiosk = make_kiosk(qtbot, bundle=all_languages_folder)
    try:
        kiosk.session.start()
        kiosk.session.set_language(code)
        kiosk.staff.open_panel()
        panel = kiosk.window.overlays.panel
        assert isinstance(panel, StaffPanel)
        bundle = kiosk.session.bundle
        words = catalogue(name)
        [facts] = words[
            ("StaffPanel", "Bundle: {id}, version {version}, status {status}, review by {review}")
        ]
        [status] = words[("StaffPanel", str(bundle.status))]
        expected = facts.format(
            id=bundle.id,
            version=bundle.version,
            status=status,
            review=long_date(bundle.review_by, code),
        )
        assert expected in [w.text() for w in panel.findChildren(QLabel)]
        assert bundle.review_by.isoformat() not in expected
    finally:
        remove_filters(kiosk)
