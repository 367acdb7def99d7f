"""Translators find and fill what is missing: `kiosk validate --missing`,
`kiosk translate export` to a spreadsheet's CSV and `kiosk translate
import` back into the YAML, on real bundle files with comments.

The sheet is filled as a spreadsheet saves it (a byte order mark, CRLF,
cells with commas, quotes, line breaks and Arabic); the YAML must come back
byte for byte but for the new texts. A hostile corpus of returned sheets
asserts each exact message and exit status, and that nothing is written."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from content_helpers import CHECKED_ANSWER, TODAY, BundleDir, make_bundle

from kiosk.cli import main

ROOT = Path(__file__).resolve().parents[1]

BUNDLE_YAML = """\
# Riverside: what the waiting-room kiosk says.
id: test-bundle
version: 1
status: published
title: {en: "Help nearby", es: "Ayuda cercana"}
region: US
languages: [en, es, ar]
default_language: en
review_by: 2027-05-31
cover:
  title: Welcome  # the first word a visitor reads
  # The text under it:
  text:
    en: "Please check in at the front desk."
    es: "Por favor, regístrese en la recepción."
slip_heading: {en: "Useful numbers", es: "Números útiles"}
"""

TOPIC_YAML = (
    """\
id: help
order: 10
# A neutral title: people behind the visitor can read it.
title:
  en: Getting help
  es: Cómo pedir ayuda
icon: phone
questions:
  - question: Who can I call?
    # Two paragraphs, kept as the editor wrote them.
    answer:
      en: |
        The hotline below answers day and night.

        It speaks many languages.
      es: |
        La línea contesta siempre.

        Habla muchos idiomas.
    sources: ["22 U.S.C. 7105"]
"""
    + CHECKED_ANSWER
    + "resources: [national-hotline]\n"
)

BUNDLE_FILES = ("bundle.yaml", "topics/help.yaml", "resources/hotline.yaml")


@pytest.fixture
def bundle(tmp_path: Path) -> BundleDir:
    made = make_bundle(tmp_path)
    made.write("bundle.yaml", BUNDLE_YAML)
    made.write("topics/help.yaml", TOPIC_YAML)
    # Only the translations are incomplete.
    assert {f.rule for f in made.load(today=TODAY).findings} == {"incomplete-translation"}
    return made


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(bundle: BundleDir) -> dict[str, bytes]:
    return {rel: bundle.file(rel).read_bytes() for rel in BUNDLE_FILES}


def exported(bundle: BundleDir, capsys, language: str = "ar") -> tuple[Path, list[list[str]]]:
    sheet = bundle.path.parent / f"{language}.csv"
    code, out, _ = run(
        ["translate", "export", str(bundle.path), "--lang", language, "-o", str(sheet)], capsys
    )
    assert code == 0, out
    rows = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"), newline="")))
    return sheet, rows


def saved_by_spreadsheet(rows: list[list[str]], *, encoding: str = "utf-8-sig", **fmt) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, **fmt).writerows(rows)  # the excel dialect: CRLF between rows
    return out.getvalue().encode(encoding)


# --- kiosk validate --missing -------------------------------------------------

AR_MISSING = [
    "bundle.yaml:5:13: Help nearby",
    "bundle.yaml:11:10: Welcome",
    "bundle.yaml:14:9: Please check in at the front desk.",
    "bundle.yaml:16:20: Useful numbers",
    "topics/help.yaml:5:7: Getting help",
    "topics/help.yaml:9:15: Who can I call?",
    "topics/help.yaml:12:11: The hotline below answers day and night.\\n\\n"
    "It speaks many languages.",
    "resources/hotline.yaml:2:12: National Human Trafficking Hotline",
    "resources/hotline.yaml:3:17: Help line",
    "resources/hotline.yaml:4:19: Confidential help in many languages.",
    "resources/hotline.yaml:8:17: Call, 24 hours",
    "resources/hotline.yaml:12:13: 24 hours, every day",
    "12 of 12 texts have no 'ar' translation; the kiosk shows them in 'en'",
]


def test_missing_lists_each_text_where_it_is_in_file_order(bundle, capsys):
    code, out, err = run(["validate", str(bundle.path), "--missing", "ar"], capsys)
    assert (code, err) == (1, "")
    assert out.splitlines() == AR_MISSING


def test_missing_for_a_complete_language_is_one_line_and_exit_0(bundle, capsys):
    bundle.replace("bundle.yaml", "title: Welcome ", "title: {en: Welcome, es: Bienvenidos} ")
    bundle.replace(
        "topics/help.yaml",
        "question: Who can I call?",
        'question: {en: "Who can I call?", es: "¿A quién llamo?"}',
    )
    code, out, err = run(["validate", str(bundle.path), "--missing", "es"], capsys)
    assert (code, out, err) == (0, "every text has a 'es' translation (12 texts)\n", "")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "fr",
            "kiosk validate: 'fr' is not one of the bundle's languages (en, es, ar); "
            "translate into es, ar, or add 'fr' to languages in bundle.yaml first",
        ),
        (
            "en",
            "kiosk validate: 'en' is the bundle's default language, the one every text is "
            "written in; name a language to translate into",
        ),
        (
            "a\x1b[2Kr",
            "kiosk validate: 'a\\x1b[2Kr' is not one of the bundle's languages (en, es, ar); "
            "translate into es, ar, or add 'a\\x1b[2Kr' to languages in bundle.yaml first",
        ),
    ],
    ids=["undeclared", "default", "escape-in-code"],
)
def test_missing_for_a_language_the_bundle_lacks_is_one_clear_line(
    bundle, capsys, language, message
):
    code, out, err = run(["validate", str(bundle.path), "--missing", language], capsys)
    assert (code, out, err) == (2, "", message + "\n")


def test_missing_on_a_broken_bundle_shows_the_errors_instead(bundle, capsys):
    bundle.replace("topics/help.yaml", "icon: phone", "icon: rocket")
    code, out, err = run(["validate", str(bundle.path), "--missing", "ar"], capsys)
    assert code == 1
    assert out.splitlines()[0].startswith("topics/help.yaml:7:7: error: 'rocket' is not one of")
    assert err == "kiosk validate: the missing texts are listed once the bundle has no errors\n"


# --- export ----------------------------------------------------------------


def test_export_writes_a_sheet_spreadsheets_open_right(bundle, capsys):
    sheet = bundle.path.parent / "es.csv"
    code, out, _ = run(
        ["translate", "export", str(bundle.path), "--lang", "es", "-o", str(sheet)], capsys
    )
    assert (code, out) == (
        0,
        f"wrote 12 texts to {sheet}; 2 of the bundle's 12 texts have no 'es' translation yet\n",
    )
    data = sheet.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,file:line,en,es,note\r\n")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[1] == [
        "bundle.yaml#title", "bundle.yaml:5", "Help nearby", "Ayuda cercana",
        "The bundle's name, shown to staff. Up to 120 characters.",
    ]  # fmt: skip
    assert rows[6] == [
        "topics/help.yaml#questions[0].question", "topics/help.yaml:9", "Who can I call?", "",
        "The question as a visitor would ask it. Up to 300 characters.",
    ]  # fmt: skip
    assert rows[7][:4] == [
        "topics/help.yaml#questions[0].answer", "topics/help.yaml:12",
        "The hotline below answers day and night.\n\nIt speaks many languages.",
        "La línea contesta siempre.\n\nHabla muchos idiomas.",
    ]  # fmt: skip
    # A cell with a line break is quoted; rows end in CRLF.
    assert b'"The hotline below answers day and night.\n\nIt speaks many languages."' in data
    assert [row[0] for row in rows[8:]] == [
        "resources/hotline.yaml#name", "resources/hotline.yaml#slip_name",
        "resources/hotline.yaml#description", "resources/hotline.yaml#phones[0].label",
        "resources/hotline.yaml#hours",
    ]  # fmt: skip


def test_export_missing_only(bundle, capsys):
    sheet = bundle.path.parent / "es.csv"
    code, out, _ = run(
        [
            "translate",
            "export",
            str(bundle.path),
            "--lang",
            "es",
            "-o",
            str(sheet),
            "--missing-only",
        ],
        capsys,
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"), newline="")))
    assert [r[0] for r in rows[1:]] == [
        "bundle.yaml#cover.title", "topics/help.yaml#questions[0].question",
    ]  # fmt: skip
    assert out.startswith("wrote 2 texts to ")


# --- export, fill in, import -----------------------------------------------

AR_FILLED = {
    "bundle.yaml#title": 'مساعدة قريبة، "الآن", هنا',
    "bundle.yaml#cover.title": "أهلاً وسهلاً",
    # A spreadsheet cell with a line break, saved as CRLF.
    "bundle.yaml#cover.text": "يرجى التسجيل،\r\nفي مكتب الاستقبال.",
    "topics/help.yaml#title": "الحصول على المساعدة",
    "topics/help.yaml#questions[0].question": "بمن يمكنني الاتصال؟",
    "topics/help.yaml#questions[0].answer": "يجيب الخط ليلاً ونهاراً.\n\nيتحدث لغات كثيرة.",
    "resources/hotline.yaml#name": 'الخط الوطني, "للمساعدة"',
    "resources/hotline.yaml#hours": "  no  ",  # YAML 1.1 would read a plain no as false
}


def filled(rows: list[list[str]], texts: dict[str, str]) -> list[list[str]]:
    return [rows[0]] + [[r[0], r[1], r[2], texts.get(r[0], r[3]), r[4]] for r in rows[1:]]


def test_export_fill_import_changes_only_the_translated_values(bundle, capsys):
    before = snapshot(bundle)
    sheet, rows = exported(bundle, capsys)
    sheet.write_bytes(saved_by_spreadsheet(filled(rows, AR_FILLED)))
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbfid,") and b"\r\n" in sheet.read_bytes()
    code, out, err = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "imported 8 'ar' texts into 3 files; 0 rows refused, 0 texts not written, "
        "4 empty rows skipped, 0 unchanged",
        "validated: no errors; 4 texts still have no 'ar' translation "
        f"(kiosk validate {bundle.path} --missing ar)",
    ]
    # Byte for byte the files as they were, but for the new texts.
    assert snapshot(bundle) == {
        rel: edited(before[rel].decode(), AR_EDITS[rel]).encode() for rel in BUNDLE_FILES
    }
    code, out, _ = run(["validate", str(bundle.path), "--missing", "ar"], capsys)
    assert (code, out.splitlines()) == (
        1,
        [
            "bundle.yaml:21:20: Useful numbers",
            "resources/hotline.yaml:3:17: Help line",
            "resources/hotline.yaml:4:19: Confidential help in many languages.",
            "resources/hotline.yaml:8:17: Call, 24 hours",
            "4 of 12 texts have no 'ar' translation; the kiosk shows them in 'en'",
        ],
    )
    assert bundle.load(today=TODAY).errors == []


def edited(text: str, edits: list[tuple[str, str]]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


AR_EDITS = {
    "bundle.yaml": [
        ('es: "Ayuda cercana"}', 'es: "Ayuda cercana", ar: "مساعدة قريبة، \\"الآن\\", هنا"}'),
        (
            "  title: Welcome  # the first word a visitor reads\n",
            "  title:\n    en: Welcome  # the first word a visitor reads\n    ar: أهلاً وسهلاً\n",
        ),
        (
            '    es: "Por favor, regístrese en la recepción."\n',
            '    es: "Por favor, regístrese en la recepción."\n'
            "    ar: |-\n      يرجى التسجيل،\n      في مكتب الاستقبال.\n",
        ),
    ],
    "topics/help.yaml": [
        ("  es: Cómo pedir ayuda\n", "  es: Cómo pedir ayuda\n  ar: الحصول على المساعدة\n"),
        (
            "  - question: Who can I call?\n",
            "  - question:\n      en: Who can I call?\n      ar: بمن يمكنني الاتصال؟\n",
        ),
        (
            "        Habla muchos idiomas.\n",
            "        Habla muchos idiomas.\n"
            "      ar: |-\n        يجيب الخط ليلاً ونهاراً.\n\n        يتحدث لغات كثيرة.\n",
        ),
    ],
    "resources/hotline.yaml": [
        (
            'es: "Línea Nacional contra la Trata"}',
            'es: "Línea Nacional contra la Trata", ar: "الخط الوطني, \\"للمساعدة\\""}',
        ),
        ('es: "24 horas, todos los días"}', 'es: "24 horas, todos los días", ar: "no"}'),
    ],
}


# --- hostile sheets: refused whole, nothing written ---------------------------

HEADER = ["id", "file:line", "en", "ar", "note"]
TITLE_ROW = ["bundle.yaml#title", "bundle.yaml:5", "Help nearby", "مساعدة قريبة", ""]
COVER_ROW = ["bundle.yaml#cover.title", "bundle.yaml:11", "Welcome", "Bienvenue à vous", ""]
SAVE_AS = 'save it as "CSV UTF-8" (comma-separated) and import it again; nothing was imported'


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            saved_by_spreadsheet([HEADER, TITLE_ROW], encoding="utf-16"),
            '{sheet}: the file was saved as UTF-16 ("Unicode text"); ' + SAVE_AS,
        ),
        (
            saved_by_spreadsheet([HEADER, TITLE_ROW], encoding="utf-16-le"),
            '{sheet}: the file was saved as UTF-16 ("Unicode text"); ' + SAVE_AS,
        ),
        (
            saved_by_spreadsheet([HEADER, COVER_ROW], encoding="latin-1"),
            "{sheet}:2: byte 0xe0 is not UTF-8: the file was saved in another encoding "
            "(Latin-1 or Windows-1252?); " + SAVE_AS,
        ),
        (b"", "{sheet}: the file is empty; export the texts again; nothing was imported"),
        (
            saved_by_spreadsheet([["id", "where", "en", "ar", "note"], TITLE_ROW]),
            "{sheet} row 1: the first row must name the columns id, file:line, <default language>, "
            "<language>, note, as `kiosk translate export` writes them; found: id, where, en, "
            "ar, note; nothing was imported",
        ),
        (
            saved_by_spreadsheet([["id", "en", "ar"], TITLE_ROW]),
            "{sheet} row 1: the first row must name the columns id, file:line, <default language>, "
            "<language>, note, as `kiosk translate export` writes them; found: id, en, ar; "
            "nothing was imported",
        ),
        (
            saved_by_spreadsheet([["id", "file:line", "es", "ar", "note"], TITLE_ROW]),
            "{sheet} row 1: the third column holds 'es' texts, but the bundle's default language "
            "is 'en'; is this a sheet of another bundle?; nothing was imported",
        ),
        (
            saved_by_spreadsheet([["id", "file:line", "en", "fr", "note"], TITLE_ROW]),
            "{sheet} row 1: the fourth column's language: 'fr' is not one of the bundle's "
            "languages (en, es, ar); translate into es, ar, or add 'fr' to languages in "
            "bundle.yaml first; nothing was imported",
        ),
        (
            saved_by_spreadsheet([HEADER, TITLE_ROW, ["bundle.yaml#cover.title", "x"]]),
            "{sheet} row 3: this row has 2 cells, expected 5 (id, file:line, the two texts, note); "
            "was a column deleted?; nothing was imported",
        ),
        (
            saved_by_spreadsheet([HEADER, TITLE_ROW]) + b'bundle.yaml#cover.title,x,"Welcome',
            "{sheet} row 3: not a readable CSV row (unexpected end of data); " + SAVE_AS,
        ),
        (
            b"\xef\xbb\xbf" + "\r\n".join(",".join(r) for r in [HEADER, TITLE_ROW]).encode()
            + b"\r\n\x00,,,\r\n",
            "{sheet}: the file holds NUL characters; " + SAVE_AS,
        ),
    ],
    ids=[
        "utf16-bom", "utf16-no-bom", "latin1", "empty", "renamed-column", "missing-columns",
        "other-default", "undeclared-language", "short-row", "open-quote", "nul",
    ],
)  # fmt: skip
def test_a_sheet_that_is_not_one_is_refused_whole(bundle, capsys, data, message):
    before = snapshot(bundle)
    sheet = bundle.path.parent / "returned.csv"
    sheet.write_bytes(data)
    code, out, err = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert (code, out) == (2, "")
    assert err == "kiosk translate: " + message.format(sheet=sheet) + "\n"
    assert snapshot(bundle) == before


# --- hostile rows: each refused with its id, the others imported --------------

ANSWER_ID = "topics/help.yaml#questions[0].answer"
ANSWER_EN = "The hotline below answers day and night.\n\nIt speaks many languages."


@pytest.mark.parametrize(
    ("row", "refusal"),
    [
        (
            [ANSWER_ID, "", ANSWER_EN.replace("night", "evening"), "يجيب الخط", ""],
            "{ANSWER_ID}: the 'en' text changed since the export: it was \"…hotline below "
            'answers day and evening.\\n\\nIt speaks many langu…", it is now "…hotline '
            'below answers day and night.\\n\\nIt speaks many languag…"; translate the new '
            "text (export again)",
        ),
        (
            ["topics/help.yaml#questions[1].answer", "", ANSWER_EN, "يجيب الخط", ""],
            "topics/help.yaml#questions[1].answer: no text of the bundle has this id (moved, "
            "removed or mistyped?); export the texts again",
        ),
        (
            ["", "", "Help nearby", "مساعدة", ""],
            "(no id): no text of the bundle has this id (moved, removed or mistyped?); "
            "export the texts again",
        ),
        (
            ["bundle.yaml#title", "", "Help nearby", "مساعدة قريبة أخرى", ""],
            "bundle.yaml#title: this id is also on row 2; keep one of the rows",
        ),
        (
            ["bundle.yaml#cover.title", "", "Welcome", "أ" * 121, ""],
            "bundle.yaml#cover.title: the 'ar' text is 121 characters, more than 120; shorten it",
        ),
        (
            ["bundle.yaml#cover.title", "", "Welcome", "أهلاً\u202eوسهلاً", ""],
            "bundle.yaml#cover.title: the 'ar' text: direction control U+202E (RIGHT-TO-LEFT "
            "OVERRIDE) can make the text read in another order on screen; delete it (the kiosk "
            "sets the direction of every text itself)",
        ),
        (
            ["bundle.yaml#cover.title", "", "Welcome", "أهلاً\x1b[2Kوسهلاً", ""],
            "bundle.yaml#cover.title: the 'ar' text: invisible control character U+001B; delete it",
        ),
    ],
    ids=["stale", "unknown-id", "no-id", "twice", "too-long", "bidi-override", "escape"],
)
def test_a_bad_row_is_refused_by_its_id_and_the_rest_imported(bundle, capsys, row, refusal):
    sheet = bundle.path.parent / "returned.csv"
    sheet.write_bytes(saved_by_spreadsheet([HEADER, TITLE_ROW, row]))
    code, out, err = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    # As every line a staff tool prints: hidden characters shown (kiosk.shown).
    refused = refusal.format(ANSWER_ID=ANSWER_ID).replace("\u202e", "\\u202e")
    refused = refused.replace("\x1b", "\\x1b")
    assert lines[0] == f"{sheet} row 3: {refused} [refused]"
    assert lines[1] == (
        "imported 1 'ar' texts into 1 file; 1 rows refused, 0 texts not written, "
        "0 empty rows skipped, 0 unchanged"
    )
    assert 'ar: "مساعدة قريبة"}' in bundle.read("bundle.yaml")
    assert "Welcome  #" in bundle.read("bundle.yaml") and "يجيب" not in bundle.read(
        "topics/help.yaml"
    )


def test_a_sheet_saved_with_semicolons_and_lf_imports_too(bundle, capsys):
    sheet = bundle.path.parent / "returned.csv"
    sheet.write_bytes(
        saved_by_spreadsheet(
            [HEADER, TITLE_ROW], encoding="utf-8", delimiter=";", lineterminator="\n"
        )
    )
    code, out, _ = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert code == 0, out
    assert 'ar: "مساعدة قريبة"}' in bundle.read("bundle.yaml")


def test_a_file_whose_layout_cannot_be_kept_is_left_whole_and_the_others_written(bundle, capsys):
    # Three-space indentation: the writer would re-indent the whole file.
    odd = TOPIC_YAML.replace(
        "\n  en: Getting help\n  es: Cómo pedir ayuda",
        "\n   en: Getting help\n   es: Cómo pedir ayuda",
    )
    bundle.write("topics/help.yaml", odd)
    before = bundle.file("topics/help.yaml").read_bytes()
    sheet, rows = exported(bundle, capsys)
    sheet.write_bytes(saved_by_spreadsheet(filled(rows, AR_FILLED)))
    code, out, _ = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert code == 1
    assert out.splitlines()[:2] == [
        "topics/help.yaml: not written, 3 'ar' texts left out: the YAML writer cannot keep "
        "this file's layout exactly (its indentation or line breaks are unusual); add these "
        "translations by hand",
        "imported 5 'ar' texts into 2 files; 0 rows refused, 3 texts not written, "
        "4 empty rows skipped, 0 unchanged",
    ]
    assert bundle.file("topics/help.yaml").read_bytes() == before
    assert "ar: أهلاً وسهلاً" in bundle.read("bundle.yaml")


def test_a_file_with_crlf_and_a_byte_order_mark_keeps_both(bundle, capsys):
    original = b"\xef\xbb\xbf" + bundle.file("bundle.yaml").read_bytes().replace(b"\n", b"\r\n")
    bundle.write("bundle.yaml", original)
    sheet = bundle.path.parent / "returned.csv"
    sheet.write_bytes(saved_by_spreadsheet([HEADER, TITLE_ROW]))
    code, out, _ = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert code == 0, out
    assert bundle.file("bundle.yaml").read_bytes() == original.replace(
        b'es: "Ayuda cercana"}', 'es: "Ayuda cercana", ar: "مساعدة قريبة"}'.encode()
    )


def test_importing_the_same_sheet_twice_changes_nothing_more(bundle, capsys):
    sheet, rows = exported(bundle, capsys)
    sheet.write_bytes(saved_by_spreadsheet(filled(rows, AR_FILLED)))
    assert run(["translate", "import", str(bundle.path), str(sheet)], capsys)[0] == 0
    after = snapshot(bundle)
    code, out, _ = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert code == 0
    assert out.splitlines()[0] == (
        "imported 0 'ar' texts into 0 files; 0 rows refused, 0 texts not written, "
        "4 empty rows skipped, 8 unchanged"
    )
    assert snapshot(bundle) == after


@pytest.mark.parametrize("action", ["export", "import"])
def test_a_bundle_with_errors_is_not_translated(bundle, capsys, action):
    bundle.replace("topics/help.yaml", "icon: phone", "icon: rocket")
    before = snapshot(bundle)
    sheet = bundle.path.parent / "ar.csv"
    sheet.write_bytes(saved_by_spreadsheet([HEADER, TITLE_ROW]))
    argv = ["translate", action, str(bundle.path)]
    argv += ["--lang", "ar", "-o", str(sheet)] if action == "export" else [str(sheet)]
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out.splitlines()[-1] == (
        "1 error, 2 warnings; the bundle cannot be used until the errors are fixed"
    )
    assert err == (
        "kiosk translate: the bundle must load without errors before its texts are "
        "translated; fix the errors above first\n"
    )
    assert snapshot(bundle) == before


def test_export_to_a_folder_that_is_not_there_says_so(bundle, capsys):
    target = bundle.path.parent / "no-such-folder" / "ar.csv"
    code, out, err = run(
        ["translate", "export", str(bundle.path), "--lang", "ar", "-o", str(target)], capsys
    )
    assert (code, out) == (2, "")
    assert err == f"kiosk translate: cannot write {target}: No such file or directory\n"


NOTHING_OF_TRANSLATE = """
import sys
from kiosk.cli import build_parser
from kiosk.app.commands import plan_run
argv = ["run", "--windowed"]
plan_run(build_parser(argv).parse_args(argv))
print(sorted(m for m in sys.modules if m.split(".")[0] in ("csv", "_csv", "ruamel")
    or m in ("kiosk.translate_commands", "kiosk.content.texts", "kiosk.content.sheet",
             "kiosk.content.translate", "kiosk.content.translation_writer")))
"""


def test_kiosk_run_imports_nothing_of_the_translators_tools():
    done = subprocess.run(
        [sys.executable, "-c", NOTHING_OF_TRANSLATE],
        capture_output=True, text=True, cwd=ROOT, check=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.stdout == "[]\n"


def test_a_refused_row_is_named_by_its_spreadsheet_row_not_its_file_line(bundle, capsys):
    sheet = bundle.path.parent / "returned.csv"
    answer = [ANSWER_ID, "", ANSWER_EN, "يجيب الخط،\nليلاً ونهاراً.", ""]  # five lines in the file
    unknown = ["bundle.yaml#cover.subtitle", "", "x", "y", ""]
    sheet.write_bytes(saved_by_spreadsheet([HEADER, answer, unknown]))
    code, out, _ = run(["translate", "import", str(bundle.path), str(sheet)], capsys)
    assert code == 1
    assert out.splitlines()[0] == (
        f"{sheet} row 3: bundle.yaml#cover.subtitle: no text of the bundle has this id "
        "(moved, removed or mistyped?); export the texts again [refused]"
    )
