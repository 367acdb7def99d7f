"""No empty boxes: every character the kiosk may show has a font that draws it.

Content tests run the real loader on real bundle folders and real font files
(built with fontTools into tmp_path); the Qt test starts a real child process
with the kiosk's own fontconfig, so no system font can stand in for ours.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from content_helpers import CHECKED_ANSWER, TODAY, BundleDir, make_bundle
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables.DefaultTable import DefaultTable

from kiosk import cli
from kiosk.content import glyphs, load_bundle
from kiosk.paths import fonts_dir, sample_bundle

ROOT = Path(__file__).resolve().parents[1]
GRINNING = "\U0001f600"  # no shipped font has emoji
GEORGIAN_AN = "\u10d0"  # nor Georgian
# What each UI language needs beyond ASCII (its letters, punctuation and
# digits as its readers write them), plus a short real sentence.
UI_LANGUAGE_SAMPLES = {
    "en": "Quick exit – “Help nearby” … 24/7 • £ € $",
    "es": "¿Dónde puedo pedir ayuda? ¡Llame gratis! áéíóúüñÁÉÍÓÚÜÑ «» ª º",
    "ar": "أين يمكنني الحصول على المساعدة؟ اتصل مجانًا ٠١٢٣٤٥٦٧٨٩ ، ؛ ٪ ـ",
    "vi": (
        "Tôi có thể tìm sự giúp đỡ ở đâu? Gọi miễn phí. "
        "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ "
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ ₫"
        # Vietnamese is also typed decomposed: base letter + combining tone mark.
        "e\u0302\u0301 o\u031b\u0300 a\u0306\u0309 u\u031b\u0303 i\u0323"
    ),
    "zh": "我在哪里可以得到帮助？免费拨打电话。快速退出，返回主页：“附近的帮助”《说明》、……",
    "bs": "Gdje mogu dobiti pomoć? Nazovite besplatno. čćđšžČĆĐŠŽ „pomoć”",
    "sw": "Ninaweza kupata msaada wapi? Piga simu bila malipo. Ondoka haraka!",
    "fr": "Où puis-je trouver de l’aide ? àâæçéèêëîïôœùûüÿ ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ « »",
    "pt": "Onde posso conseguir ajuda? Ligue de graça. ãõáâàçéêíóôúü ÃÕÁÂÀÇÉÊÍÓÔÚÜ",
    "ko": "어디에서 도움을 받을 수 있나요? 무료로 전화하세요. 빠른 나가기 ㄱㄴㄷㅏㅓ",
    "tl": "Saan ako makakakuha ng tulong? Tumawag nang libre. Ñ ñ ng̃ “Mabilis na paglabas”",
    "ru": "Где я могу получить помощь? АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ёъ № «»",
    "ht": "Ki kote mwen ka jwenn èd? Rele gratis. è ò à È Ò À “Sòti rapid”",
    "uk": "Де я можу отримати допомогу? Телефонуйте безкоштовно. ґєії ҐЄІЇ ’ «»",
    "fa": "کجا می\u200cتوانم کمک بگیرم؟ رایگان تماس بگیرید. پ چ ژ گ ی ک ۰۱۲۳۴۵۶۷۸۹ ، ؛ ٪ «»",
    "so": "Xaggee ka heli karaa caawimaad? Si bilaash ah u wac. Ka bax degdeg ah!",
    "am": "እርዳታ የት ማግኘት እችላለሁ? በነፃ ይደውሉ። ፈጣን መውጫ ። ፣ ፤ ፦ ፧ ፩፪፫ ሀ-ፐ ቐ ኈ ጐ",
}


def write_font(path: Path, characters: str, family: str = "Bundle Extra") -> Path:
    """A small but complete TrueType font drawing a square for each character."""
    names = [".notdef", *(f"uni{ord(ch):04X}" for ch in characters)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(ch): f"uni{ord(ch):04X}" for ch in characters})
    outlines = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 700))
        pen.lineTo((600, 700))
        pen.lineTo((600, 0))
        pen.closePath()
        outlines[name] = pen.glyph()
    builder.setupGlyf(outlines)
    builder.setupHorizontalMetrics({name: (700, 100) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))
    return path


def glyph_findings(result) -> list[str]:
    return [str(f) for f in result.findings if f.rule == glyphs.RULE]


def missing(code_point: str, name: str, place: str) -> str:
    return (
        f"{place}: error: no font covers U+{ord(code_point):04X} '{code_point}' ({name}); "
        f"add a font to the bundle's fonts/ folder or remove the character [missing-glyph]"
    )


TOPIC_WITH_UNCOVERED = f"""\
id: help
order: 10
title: {{en: "Getting help {GRINNING}", es: "Cómo pedir ayuda {GRINNING}"}}
icon: phone
questions:
  - question: {{en: "Who can I call? {GRINNING}", es: "¿A quién puedo llamar?"}}
    answer:
      en: |
        The hotline below answers day and night.
        Say {GEORGIAN_AN} to the operator, twice: {GEORGIAN_AN}{GEORGIAN_AN}.
      es: "La línea contesta siempre."
{CHECKED_ANSWER}resources: [national-hotline]
"""


@pytest.fixture
def uncovered_bundle(tmp_path: Path) -> BundleDir:
    bundle = make_bundle(tmp_path)
    bundle.write("topics/help.yaml", TOPIC_WITH_UNCOVERED)
    bundle.replace(
        "resources/hotline.yaml",
        'description: {en: "Confidential help in many languages."',
        f'description: {{en: "Confidential help in many languages {GRINNING}."',
    )
    return bundle


# --- the sample bundle and the UI translations ---------------------------------


def test_sample_bundle_has_no_character_without_a_font() -> None:
    result = load_bundle(sample_bundle(), today=TODAY, shipped_fonts=fonts_dir())
    assert result.bundle is not None
    assert glyph_findings(result) == []
    # The same, read independently of the loader: every character of every file.
    drawable = glyphs.drawable_characters(fonts_dir())
    files = sorted(sample_bundle().rglob("*.yaml"))
    assert len(files) > 10
    for path in files:
        assert glyphs.uncovered(path.read_text(encoding="utf-8"), drawable) == [], path.name
    # The sample really does hold non-Latin text, so the fonts were put to work.
    all_text = "".join(path.read_text(encoding="utf-8") for path in files)
    assert any("\u0600" <= ch <= "\u06ff" for ch in all_text)


def translation_texts(path: Path) -> list[str]:
    """Every string a .ts file shows: sources and translations, plural forms included."""
    shown = ("source", "translation", "numerusform", "lengthvariant")
    return [e.text for e in ET.parse(path).iter() if e.tag in shown and e.text]


TS_FILES = sorted((ROOT / "translations").glob("*.ts"))


def test_translations_exist() -> None:
    assert TS_FILES, "translations/*.ts: none found"


@pytest.mark.parametrize("ts_file", TS_FILES, ids=[p.name for p in TS_FILES])
def test_every_translation_is_covered_by_the_shipped_fonts(ts_file: Path) -> None:
    drawable = glyphs.drawable_characters(fonts_dir())
    texts = translation_texts(ts_file)
    assert texts, f"{ts_file.name} holds no text"
    problems = [
        f"{glyphs.describe(ch)} in {text[:60]!r}"
        for text in texts
        for ch in glyphs.uncovered(text, drawable)
    ]
    assert problems == [], f"{ts_file.name}: run scripts/subset_fonts.py? {problems[:10]}"


@pytest.mark.parametrize("language", sorted(UI_LANGUAGE_SAMPLES))
def test_every_ui_language_is_covered_by_the_shipped_fonts(language: str) -> None:
    sample = UI_LANGUAGE_SAMPLES[language]
    uncovered = glyphs.uncovered(sample, glyphs.drawable_characters(fonts_dir()))
    assert [glyphs.describe(ch) for ch in uncovered] == []


def test_chinese_subset_holds_all_of_gb2312_within_budget() -> None:
    pairs = (bytes((0xA0 + row, 0xA0 + cell)) for row in range(1, 95) for cell in range(1, 95))
    gb2312 = {pair.decode("gb2312", errors="ignore") for pair in pairs} - {""}
    hanzi = {ch for ch in gb2312 if "\u4e00" <= ch <= "\u9fff"}
    assert len(hanzi) == 6763
    subsets = sorted(fonts_dir().glob("NotoSansCJKsc-*-subset.ttf"))
    assert [p.name for p in subsets] == [
        "NotoSansCJKsc-Bold-subset.ttf",
        "NotoSansCJKsc-Regular-subset.ttf",
    ]
    for path in subsets:
        assert path.stat().st_size <= 4_000_000, path.name
        assert hanzi <= glyphs.font_characters(path), path.name  # both weights
    # The rest of GB 2312 (punctuation, kana, Greek, ...) is drawn by one shipped font or another.
    assert glyphs.uncovered("".join(sorted(gb2312)), glyphs.drawable_characters(fonts_dir())) == []


def test_korean_subset_holds_every_ks_x_1001_syllable_within_budget() -> None:
    pairs = (bytes((0xA0 + row, 0xA0 + cell)) for row in range(16, 41) for cell in range(1, 95))
    syllables = {pair.decode("euc_kr", errors="ignore") for pair in pairs} - {""}
    assert len(syllables) == 2350
    jamo = {chr(cp) for cp in range(0x3131, 0x318F)}
    subsets = sorted(fonts_dir().glob("NotoSansCJKkr-*-subset.ttf"))
    assert [p.name for p in subsets] == [
        "NotoSansCJKkr-Bold-subset.ttf",
        "NotoSansCJKkr-Regular-subset.ttf",
    ]
    for path in subsets:
        assert path.stat().st_size <= 2_000_000, path.name
        drawn = glyphs.font_characters(path)
        assert syllables | jamo <= drawn, path.name  # both weights
        # Hangul only: hanja and punctuation are the other fonts' work.
        assert all("\u1100" <= ch <= "\ud7ff" for ch in drawn), path.name


def test_persian_letters_and_digits_are_in_the_shipped_arabic_font() -> None:
    persian = "پچژگیک" + "".join(map(chr, range(0x06F0, 0x06FA))) + "\u200c"
    arabic = glyphs.font_characters(fonts_dir() / "NotoSansArabic-Regular.ttf")
    assert set(persian) - {"\u200c"} <= arabic


def test_every_shipped_font_has_its_licence() -> None:
    licences = "\n".join(p.read_text(encoding="utf-8") for p in fonts_dir().glob("*.txt"))
    assert "SIL OPEN FONT LICENSE Version 1.1" in licences
    for path in glyphs.shipped_font_files(fonts_dir()):
        with TTFont(str(path), lazy=True) as font:
            family = font["name"].getDebugName(1)
        assert family and family in licences, f"{path.name}: no licence names {family!r}"


# --- findings on a bundle --------------------------------------------------------


def test_uncovered_character_is_an_error_at_its_first_place_once_per_file(
    uncovered_bundle: BundleDir,
) -> None:
    result = uncovered_bundle.load()
    assert result.bundle is None
    assert glyph_findings(result) == [
        missing(GRINNING, "GRINNING FACE", "resources/hotline.yaml:4:56"),
        missing(GRINNING, "GRINNING FACE", "topics/help.yaml:3:27"),
        missing(GEORGIAN_AN, "GEORGIAN LETTER AN", "topics/help.yaml:10:13"),
    ]
    # Nothing else went wrong: a missing glyph does not hide or cause other findings.
    assert [f.rule for f in result.findings] == [glyphs.RULE] * 3


def test_validate_command_prints_the_place(
    uncovered_bundle: BundleDir, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["validate", str(uncovered_bundle.path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "topics/help.yaml:3:27: error: no font covers U+1F600" in out
    assert "topics/help.yaml:10:13: error: no font covers U+10D0" in out


def test_a_font_in_the_bundle_covers_what_the_kiosk_lacks(uncovered_bundle: BundleDir) -> None:
    fonts = uncovered_bundle.path / "fonts"
    write_font(fonts / "Extra-Regular.ttf", GRINNING + GEORGIAN_AN)
    (fonts / "OFL.txt").write_text("The extra font's licence.\n", encoding="utf-8")
    result = uncovered_bundle.load()
    assert result.findings == []
    assert result.bundle is not None


def test_a_font_covering_only_part_leaves_the_rest_reported(uncovered_bundle: BundleDir) -> None:
    write_font(uncovered_bundle.path / "fonts" / "Georgian.otf", GEORGIAN_AN)
    result = uncovered_bundle.load()
    assert glyph_findings(result) == [
        missing(GRINNING, "GRINNING FACE", "resources/hotline.yaml:4:56"),
        missing(GRINNING, "GRINNING FACE", "topics/help.yaml:3:27"),
    ]


def test_escaped_character_points_at_its_value(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    bundle.replace(
        "topics/help.yaml", 'es: "Cómo pedir ayuda"', 'es: "Cómo pedir ayuda \\U0001F600"'
    )
    result = bundle.load()
    # The file spells it as an escape, so the place is where the text starts.
    assert glyph_findings(result) == [
        missing(GRINNING, "GRINNING FACE", "topics/help.yaml:3:33"),
    ]


def test_characters_that_are_never_drawn_are_not_reported(tmp_path: Path) -> None:
    # Direction embeddings, overrides and isolates are never drawn either, but
    # a text may not hold them at all (bidi-control, tests/test_broken_bundles.py).
    invisible = (
        "\u200d\u200c\u200e\u200f"  # ZWJ, ZWNJ, LRM, RLM
        "\ufe0f\ufe0e\u00ad\u2060\ufeff\u00a0\u202f\u3000\u2003\t"
    )
    bundle = make_bundle(tmp_path)
    bundle.replace(
        "topics/help.yaml",
        'es: "Cómo pedir ayuda"',
        f'es: "Cómo{invisible}pedir ayuda"',
    )
    result = bundle.load()
    assert result.findings == []


def test_every_ui_language_in_a_bundle_loads_clean(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    languages = sorted(UI_LANGUAGE_SAMPLES)
    bundle.replace("bundle.yaml", "languages: [en, es]", f"languages: [{', '.join(languages)}]")
    texts = ", ".join(f"{code}: {json.dumps(text)}" for code, text in UI_LANGUAGE_SAMPLES.items())
    bundle.replace(
        "topics/help.yaml",
        'answer: {en: "The hotline below answers day and night.", '
        'es: "La línea contesta siempre."}',
        f"answer: {{{texts}}}",
    )
    result = bundle.load()
    assert result.errors == []
    assert result.bundle is not None
    assert set(result.bundle.topics[0].questions[0].answer) == set(UI_LANGUAGE_SAMPLES)


def test_alias_repeating_a_character_is_reported_once(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    bundle.replace(
        "topics/help.yaml",
        'title: {en: "Getting help", es: "Cómo pedir ayuda"}',
        f'title: &t {{en: "Getting help {GRINNING}"}}\nx-note: [*t, *t, *t]',
    )
    findings = [f for f in bundle.load().findings if f.rule == glyphs.RULE]
    assert [str(f.pos) for f in findings] == ["topics/help.yaml:3:30"]


# --- broken or hostile bundle fonts ----------------------------------------------


def test_a_damaged_bundle_font_is_an_error_naming_the_file(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    bundle.write("fonts/Broken.ttf", b"\x00\x01\x00\x00" + b"\xff" * 200)
    bundle.write("fonts/Web.otf", b"wOFF" + b"\x00" * 200)
    bundle.write("fonts/Notes.ttf", "not a font at all")
    result = bundle.load()
    assert result.bundle is None
    found = {(str(f.pos), f.rule) for f in result.findings}
    assert found == {
        ("fonts/Broken.ttf", "bad-font"),
        ("fonts/Notes.ttf", "bad-font"),
        ("fonts/Web.otf", "bad-font"),
    }
    messages = {str(f.pos): f.message for f in result.findings}
    assert "web font (WOFF)" in messages["fonts/Web.otf"]
    assert "not a TrueType or OpenType font" in messages["fonts/Notes.ttf"]


def test_a_character_map_of_overlapping_ranges_is_refused(tmp_path: Path) -> None:
    """Each group claims all of Unicode: expanded, that would be billions of entries."""
    path = write_font(tmp_path / "bundle" / "fonts" / "Bomb.ttf", "A")
    groups = 2000
    subtable = bytearray()
    subtable += (12).to_bytes(2, "big") + bytes(2)
    subtable += (16 + 12 * groups).to_bytes(4, "big") + bytes(4) + groups.to_bytes(4, "big")
    for _ in range(groups):
        subtable += (0).to_bytes(4, "big") + (0x10FFFF).to_bytes(4, "big") + (1).to_bytes(4, "big")
    header = (0).to_bytes(2, "big") + (1).to_bytes(2, "big")
    header += (3).to_bytes(2, "big") + (10).to_bytes(2, "big") + (12).to_bytes(4, "big")
    with TTFont(str(path)) as font:
        table = DefaultTable("cmap")
        table.data = bytes(header + subtable)
        font["cmap"] = table
        font.save(str(path))
    bundle = make_bundle(tmp_path)
    result = bundle.load()
    assert [(str(f.pos), f.rule) for f in result.findings] == [("fonts/Bomb.ttf", "bad-font")]
    assert "overlapping ranges" in result.findings[0].message


def test_a_font_linking_outside_the_bundle_is_refused(tmp_path: Path) -> None:
    outside = write_font(tmp_path / "elsewhere" / "Extra.ttf", GRINNING)
    bundle = make_bundle(tmp_path)
    (bundle.path / "fonts").mkdir()
    (bundle.path / "fonts" / "Extra.ttf").symlink_to(outside)
    result = bundle.load()
    assert [(str(f.pos), f.rule) for f in result.findings] == [("fonts/Extra.ttf", "path-escape")]


# --- Qt draws with exactly these fonts -------------------------------------------

QT_CHILD = r"""
import json, sys
from kiosk.app.fonts import load_fonts, use_shipped_fonts_only
use_shipped_fonts_only()
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QTextLayout
from PySide6.QtWidgets import QApplication
app = QApplication([])
load_fonts()
samples = json.loads(sys.argv[1])
in_font = {
    family: {ch: QFontMetrics(QFont(family, 18)).inFontUcs4(ord(ch)) for ch in chars}
    for family, chars in samples.items()
}
runs = {}
for text in json.loads(sys.argv[2]):
    for bold in (False, True):
        font = QFont(app.font())
        font.setBold(bold)
        layout = QTextLayout(text, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs[f"{text}|{bold}"] = [
            [run.rawFont().familyName(), run.rawFont().weight(), list(run.glyphIndexes())]
            for run in layout.glyphRuns()
        ]
# A font as a bundle brings it (built like the validator tests' fonts): Qt draws with it too.
bundle_font = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(sys.argv[3]))
bundle_in_font = [
    QFontMetrics(QFont(bundle_font[0], 18)).inFontUcs4(ord(ch)) for ch in json.loads(sys.argv[4])
]
print(json.dumps({
    "families": sorted(set(QFontDatabase.families()) - set(bundle_font)),
    "in_font": in_font,
    "runs": runs,
    "bundle_font": [bundle_font, bundle_in_font],
}))
"""


def shipped_families() -> set[str]:
    families = set()
    for path in glyphs.shipped_font_files(fonts_dir()):
        with TTFont(str(path), lazy=True) as font:
            families.add(font["name"].getDebugName(1))
    return families


@pytest.mark.slow
def test_qt_draws_every_script_with_the_shipped_fonts_only(tmp_path: Path) -> None:
    samples = {
        "Noto Sans": "Aaệữđơ₫ñćž",  # Latin, with Vietnamese, Spanish and Bosnian letters
        "Noto Sans Arabic": "عربيةًّ",  # Arabic letters and marks
        "Noto Sans CJK SC": "你好帮助退出。，",  # hanzi and Chinese punctuation
        "Noto Sans Ethiopic": "ፈጣንመውጫ።፣",  # Amharic letters and punctuation
        "Noto Sans CJK KR": "빠른나가기ㄱㅏ",  # Hangul syllables and letters
    }
    texts = [
        "Tiếng Việt",
        "مساعدة",
        "快速退出",
        "Ayuda 帮助 مساعدة",
        "Быстрый выход",
        "خروج سریع گچپژ ۱۲۳",
        "ፈጣን መውጫ",
        "빠른 나가기",
    ]
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    extra = write_font(tmp_path / "fonts" / "Extra-Regular.ttf", GRINNING + GEORGIAN_AN)
    process = subprocess.run(
        [
            sys.executable,
            "-c",
            QT_CHILD,
            json.dumps(samples),
            json.dumps(texts),
            str(extra),
            json.dumps([GRINNING, GEORGIAN_AN]),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert process.returncode == 0, process.stderr
    report = json.loads(process.stdout.splitlines()[-1])

    # Qt knows every shipped family, and no other font: fontconfig's generic
    # names aside, nothing from the system can stand in for a missing glyph.
    assert set(samples) == shipped_families()
    generic = {"Monospace", "Sans Serif", "Serif"}
    assert set(report["families"]) - generic == shipped_families()
    for family, chars in report["in_font"].items():
        assert chars == dict.fromkeys(samples[family], True), family

    # In the kiosk's own font, each script falls to the font that has it,
    # in the right weight, and no glyph is .notdef (glyph 0, the empty box).
    expected = {
        "Tiếng Việt": {"Noto Sans"},
        "مساعدة": {"Noto Sans Arabic"},
        "快速退出": {"Noto Sans CJK SC"},
        "Ayuda 帮助 مساعدة": {"Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic"},
        "Быстрый выход": {"Noto Sans"},
        # A space between words falls to the first family, which has one.
        "خروج سریع گچپژ ۱۲۳": {"Noto Sans", "Noto Sans Arabic"},
        "ፈጣን መውጫ": {"Noto Sans", "Noto Sans Ethiopic"},
        "빠른 나가기": {"Noto Sans", "Noto Sans CJK KR"},
    }
    for key, runs in report["runs"].items():
        text, bold = key.split("|")
        assert {family for family, _weight, _glyphs in runs} == expected[text], key
        for family, weight, indexes in runs:
            assert (weight >= 700) == (bold == "True"), (key, family, weight)
            assert indexes and 0 not in indexes, (key, family)
    assert report["bundle_font"] == [["Bundle Extra"], [True, True]]
    # fontconfig had no folder to scan, so it wrote no cache.
    assert list(home.rglob("*")) == []


def test_a_directory_id_is_never_shown_so_no_font_needs_to_draw_it(tmp_path):
    """hsds_id is kept only to match a directory's next export."""
    from content_helpers import make_bundle

    bundle = make_bundle(tmp_path)
    bundle.replace(
        "resources/hotline.yaml",
        "id: national-hotline",
        'id: national-hotline\nhsds_id: "\u0c66\u10d0"',
    )
    result = bundle.load()
    assert [f.rule for f in result.findings if f.rule == "missing-glyph"] == []
    bundle.replace(
        "resources/hotline.yaml",
        'hsds_id: "\u0c66\u10d0"',
        'hsds_id: "x"\nwebsite: "https://a.example/\u10d0"',
    )
    assert "missing-glyph" in [f.rule for f in bundle.load().findings]
