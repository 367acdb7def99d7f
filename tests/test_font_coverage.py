"""The recorded coverage of the shipped fonts (resources/fonts/coverage.txt)
is what fontTools reads from them, and a record is used only for the very
font it was made from."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content import glyphs
from kiosk.paths import fonts_dir

ROOT = Path(__file__).resolve().parents[1]


def from_fonttools(folder: Path) -> frozenset[str]:
    found: set[str] = set()
    for path in glyphs.shipped_font_files(folder):
        found |= glyphs.font_characters(path)
    return frozenset(found)


@pytest.fixture
def fonts_copy(tmp_path) -> Path:
    folder = tmp_path / "fonts"
    shutil.copytree(fonts_dir(), folder)
    return folder


def test_the_coverage_file_is_what_fonttools_reads_from_the_shipped_fonts():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "font_coverage.py"), "--check"],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_shipped_font_has_a_record_that_matches_it():
    recorded = glyphs.recorded_coverage(fonts_dir())
    for path in glyphs.shipped_font_files(fonts_dir()):
        record = recorded[path.name]
        assert record.cmap == glyphs.cmap_fingerprint(path)
        found: set[str] = set()
        record.add_to(found)
        assert found == glyphs.font_characters(path), path.name


def test_the_shipped_characters_from_the_records_equal_a_full_read():
    assert glyphs.shipped_characters(fonts_dir()) == from_fonttools(fonts_dir())


def test_a_font_changed_after_its_record_was_made_is_read_again(fonts_copy):
    # Same file name, other font: its character map no longer matches the record.
    arabic = fonts_copy / "NotoSansArabic-Regular.ttf"
    (fonts_copy / "NotoSans-Regular.ttf").replace(arabic)
    (fonts_copy / "NotoSansArabic-Bold.ttf").unlink()
    recorded = glyphs.recorded_coverage(fonts_copy)
    assert recorded[arabic.name].cmap != glyphs.cmap_fingerprint(arabic)
    found = glyphs.shipped_characters(fonts_copy)
    assert found == from_fonttools(fonts_copy)
    assert "\u0627" not in found  # ARABIC LETTER ALEF: no Arabic font is left


def test_a_record_whose_ranges_were_edited_by_hand_would_be_trusted_so_the_check_catches_it(
    fonts_copy,
):
    """The kiosk trusts a matching record: what keeps records true is the
    generator and the test above, which a hand edit fails."""
    coverage = fonts_copy / glyphs.COVERAGE_FILE
    text = coverage.read_text(encoding="utf-8")
    coverage.write_text(text.replace(" 20-7E ", " 21-7E ", 1), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "font_coverage.py"), "--check",
         "--fonts", str(fonts_copy)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 1
    assert "stale" in done.stdout


@pytest.mark.parametrize(
    "content", [None, b"", b"\xff\xfe not text", b"NotoSans-Regular.ttf\n", b"# only a comment\n"]
)
def test_a_missing_or_broken_coverage_file_means_reading_every_font(fonts_copy, content):
    coverage = fonts_copy / glyphs.COVERAGE_FILE
    if content is None:
        coverage.unlink()
    else:
        coverage.write_bytes(content)
    assert glyphs.shipped_characters(fonts_copy) == from_fonttools(fonts_copy)


def test_a_collection_or_a_damaged_font_has_no_fingerprint(tmp_path):
    collection = tmp_path / "a.ttf"
    collection.write_bytes(b"ttcf" + bytes(40))
    short = tmp_path / "b.ttf"
    short.write_bytes(b"\x00\x01\x00\x00\x00\x01")
    cut = tmp_path / "c.ttf"
    cut.write_bytes((fonts_dir() / "NotoSans-Regular.ttf").read_bytes()[:2000])
    for path in (collection, short, cut, tmp_path / "missing.ttf"):
        assert glyphs.cmap_fingerprint(path) is None, path.name


def test_the_written_out_whitespace_is_what_python_calls_whitespace():
    computed = {chr(cp) for cp in range(0x110000) if chr(cp).isspace()} - {"\u1680"}
    assert set(glyphs.WHITESPACE) == computed
    assert len(glyphs.WHITESPACE) == len(computed)


LOAD_WITHOUT_FONTTOOLS = """
import sys
from kiosk.content import load_bundle
from kiosk.paths import fonts_dir, sample_bundle
result = load_bundle(sample_bundle(), shipped_fonts=fonts_dir())
assert result.bundle is not None
print("fontTools" in sys.modules, "hashlib" in sys.modules)
"""


def test_loading_a_bundle_without_fonts_does_not_import_fonttools():
    done = subprocess.run(
        [sys.executable, "-c", LOAD_WITHOUT_FONTTOOLS],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    assert done.stdout.split() == ["False", "False"]
