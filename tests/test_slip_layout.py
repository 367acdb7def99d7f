"""Slips rendered by the real renderer to real PDFs, read back with pypdf.

How the QR codes are checked: the PDF is rasterised with poppler's pdftoppm
(the preview with Qt itself) and every code on the page is decoded by
zxing-cpp, an independent decoder. The decoded payloads must be exactly the
ones the sample bundle implies (`tel:` + the E.164 number of each resource's
first voice phone, and each website that holds no sensitive word), written
out below by hand from the YAML, not computed by the code under test.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pypdf
import pytest
import zxingcpp
from content_helpers import make_bundle
from PySide6.QtGui import QImage

from kiosk.config import SLIP_LAYOUTS, KioskConfig
from kiosk.content import load_bundle
from kiosk.content.model import Bundle
from kiosk.paths import sample_bundle
from kiosk.printing import (
    Slip,
    SlipError,
    SlipSettings,
    compose_slip,
    sensitive_hits,
    visitor_slip,
)
from kiosk.printing.layout import layout_for
from kiosk.printing.plan import LineOp, TextOp, plan_slip
from kiosk.printing.render import RenderError, render_pdf, render_preview

SAMPLE = sample_bundle()
TODAY = date(2026, 12, 6)
MM_PER_PT = 25.4 / 72

# Three sample resources: voice + text + TTY, voice + text with a keyword, one voice.
THREE = ("national-trafficking-hotline", "national-dv-hotline", "mo-safe-at-home")
THREE_NUMBERS = ("1-888-373-7888", "233733", "711", "1-800-799-7233", "88788", "1-866-509-1409")
# humantraffickinghotline.org holds "trafficking": it must be neither printed nor encoded.
THREE_CODES = {
    "tel:+18883737888",
    "tel:+18007997233",
    "https://www.thehotline.org",
    "tel:+18665091409",
    "https://www.sos.mo.gov/business/safeathome",
}
PAGE_MM = {
    "80mm": (80.0, None),
    "58mm": (58.0, None),
    "cards-letter": (215.9, 279.4),
    "cards-a4": (210.0, 297.0),
}


@pytest.fixture(scope="module")
def sample() -> Bundle:
    result = load_bundle(SAMPLE, today=TODAY)
    assert result.bundle is not None, [str(f) for f in result.errors]
    return result.bundle


def pdf_text(path: Path) -> str:
    """The PDF's text, normalised: runs of blanks as one space (Qt places each
    glyph itself and pypdf reports some word gaps as tabs), ligatures spelled out."""
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    # NFKC: a ligature glyph ("ﬃ") must not hide a word from the checks below.
    return re.sub(r"[ \t]+", " ", unicodedata.normalize("NFKC", text))


def page_mm(path: Path, index: int = 0) -> tuple[float, float]:
    box = pypdf.PdfReader(path).pages[index].mediabox
    return float(box.width) * MM_PER_PT, float(box.height) * MM_PER_PT


def decode_qr(image: QImage) -> set[str]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())
    rows = b"".join(raw[y * stride : y * stride + width] for y in range(height))
    pixels = memoryview(rows).cast("B", (height, width))
    return {code.text for code in zxingcpp.read_barcodes(pixels)}


def rasterise(pdf: Path, dpi: int = 300) -> list[QImage]:
    assert shutil.which("pdftoppm"), "pdftoppm (poppler-utils, a dependency of cups) is needed"
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(prefix)], check=True)
    images = [QImage(str(p)) for p in sorted(pdf.parent.glob(f"{prefix.name}-*.png"))]
    assert images and not any(i.isNull() for i in images)
    return images


# --- page geometry -------------------------------------------------------------


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_page_size_follows_the_layout(qapp, sample, tmp_path, layout):
    pdf = tmp_path / "slip.pdf"
    render_pdf(Slip(sample, THREE, "en", layout=layout), pdf)
    width, height = page_mm(pdf)
    want_width, want_height = PAGE_MM[layout]
    assert width == pytest.approx(want_width, abs=0.4)
    if want_height is not None:
        assert height == pytest.approx(want_height, abs=0.4)


@pytest.mark.parametrize("layout", ["80mm", "58mm"])
def test_roll_length_is_fitted_to_the_content(qapp, sample, tmp_path, layout):
    one, three = tmp_path / "one.pdf", tmp_path / "three.pdf"
    render_pdf(Slip(sample, THREE[:1], "en", layout=layout), one)
    plan = render_pdf(Slip(sample, THREE, "en", layout=layout), three)
    assert page_mm(three)[1] > page_mm(one)[1] + 30  # two more items, each several cm
    # The content ends just before the page does: only the margin and the cutter's feed follow.
    page = plan.pages[0]
    bottom = max(op.box.y + op.box.height for op in page.ops)
    spec = layout_for(layout)
    assert page.height_mm - bottom == pytest.approx(spec.margin_mm + spec.end_feed_mm, abs=0.5)


# --- what is printed -------------------------------------------------------------


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_every_phone_number_is_printed_in_display_form(qapp, sample, tmp_path, layout):
    pdf = tmp_path / "slip.pdf"
    render_pdf(Slip(sample, THREE, "en", layout=layout), pdf)
    text = pdf_text(pdf)
    for resource_id in THREE:
        for phone in sample.resources[resource_id].phones:
            assert phone.display in text, (resource_id, phone.display)
    for number in THREE_NUMBERS:  # the same, written out by hand
        assert number in text
    assert "(888) 373-7888" not in text  # toll-free: written with the 1 that dials it
    assert "Text START to" in text  # a text number says what to send
    assert "TTY: dial 711 (relay)" in text


def printable(bundle: Bundle) -> tuple[str, ...]:
    """Every resource a slip may carry: all but the unverified ones."""
    return tuple(sorted(rid for rid, r in bundle.resources.items() if r.verified is not None))


@pytest.mark.parametrize("language", ["en", "es", "ar"])
@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_no_sensitive_word_and_no_real_name_on_any_sample_slip(
    qapp, sample, tmp_path, layout, language
):
    every = printable(sample)
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(sample, every, language, "en", layout=layout), pdf)
    text = pdf_text(pdf)
    assert sensitive_hits(text, sample) == []
    assert sensitive_hits(plan.content.printed_text(), sample) == []
    for code in (c for page in plan.pages for c in page.codes()):
        assert sensitive_hits(code, sample) == [], code
    for resource in sample.resources.values():
        for lang in (language, "en"):
            name = resource.name.in_language(lang)
            slip_name = resource.slip_name.in_language(lang) if resource.slip_name else None
            if name != slip_name:
                assert name not in text, name


def test_language_of_the_slip(qapp, sample, tmp_path):
    english, spanish = tmp_path / "en.pdf", tmp_path / "es.pdf"
    render_pdf(Slip(sample, THREE, "en", layout="80mm"), english)
    render_pdf(Slip(sample, THREE, "es", layout="80mm"), spanish)
    en, es = pdf_text(english), pdf_text(spanish)
    assert "Useful numbers" in en and "Help line" in en and "Call, 24 hours" in en
    assert "Números útiles" not in en and "Línea de ayuda" not in en
    assert "Números útiles" in es and "Línea de ayuda" in es and "Llamar, 24 horas" in es
    assert "Useful numbers" not in es and "Help line" not in es
    assert "Envíe START por mensaje de texto al" in es


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_second_language_is_printed_under_each_line(qapp, sample, tmp_path, layout):
    pdf = tmp_path / "slip.pdf"
    render_pdf(Slip(sample, THREE, "es", "en", layout=layout), pdf)
    text = pdf_text(pdf)
    for spanish, english in [
        ("Números útiles", "Useful numbers"),
        ("Línea de ayuda", "Help line"),
        ("Llamar, 24 horas", "Call, 24 hours"),
        ("24 horas, todos los días", "24 hours, every day"),
    ]:
        assert spanish in text and english in text
    # Smaller: each second-language line is set in smaller type than the line above it.
    plan = plan_slip(Slip(sample, THREE, "es", "en", layout=layout))
    ops = [op for op in plan.pages[0].ops if isinstance(op, TextOp)]
    for above, below in itertools.pairwise(ops):
        if below.role == "second":
            assert below.layout.font().pixelSize() < above.layout.font().pixelSize()


def test_without_a_second_language_nothing_english_is_added(qapp, sample, tmp_path):
    pdf = tmp_path / "slip.pdf"
    render_pdf(Slip(sample, THREE, "es", layout="58mm"), pdf)
    assert "Help line" not in pdf_text(pdf)


# --- discreet by construction ---------------------------------------------------

INDISCREET_RESOURCE = """\
id: clinic
name: {en: "Trafficking Survivors Legal Clinic", es: "Clínica legal"}
phones:
  - number: "314-555-0142"
    type: voice
    label: {en: "Trafficking intake line"}
  - number: "314-555-0199"
    type: tty
hours: {en: "Prostitution diversion court, Mondays", es: "Lunes"}
address: {street: "12 Main St", city: "St. Louis", state: "MO", postal_code: "63101"}
website: "https://traffickingclinic.example.org"
verified: {on: 2026-11-20, by: "Test", method: phoned, source: "call"}
"""


@pytest.fixture
def indiscreet(tmp_path) -> Bundle:
    bundle = make_bundle(tmp_path)
    bundle.write("resources/clinic.yaml", INDISCREET_RESOURCE)
    result = bundle.load()
    assert result.bundle is not None, [str(f) for f in result.errors]
    return result.bundle


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_a_resource_without_slip_name_prints_numbers_only(qapp, indiscreet, tmp_path, layout):
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(indiscreet, ("clinic",), "en", layout=layout), pdf)
    text = pdf_text(pdf)
    assert "(314) 555-0142" in text and "(314) 555-0199" in text
    assert "12 Main St" in text and "St. Louis, MO 63101" in text
    assert "Clinic" not in text and "Legal" not in text  # no name at all
    assert sensitive_hits(text, indiscreet) == []
    assert "Call" in text and "TTY" in text  # the unsafe label gave way to a plain one
    assert "Mondays" not in text  # hours with a sensitive word are left out whole
    codes = [c for page in plan.pages for c in page.codes()]
    assert codes == ["tel:+13145550142"]  # no code for the indiscreet web address
    assert plan.content.items[0].name is None


def test_sensitive_hits_finds_words_of_every_language_inside_words(sample):
    assert sensitive_hits("Call the TRAFFICKING line", sample) == ["trafficking"]
    assert sensitive_hits("https://humantraffickinghotline.org", sample) == ["trafficking"]
    assert sensitive_hits("Línea contra la trata", sample) == ["trata"]
    assert sensitive_hits("Useful numbers\n1-888-373-7888", sample) == []


def test_composition_never_names_a_topic(sample):
    content = compose_slip(Slip(sample, tuple(sample.resources), "en"))
    printed = content.printed_text()
    for topic in sample.topics:
        assert topic.title.in_language("en") not in printed


# --- QR codes round-trip --------------------------------------------------------


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_qr_codes_decode_to_the_expected_payloads(qapp, sample, tmp_path, layout):
    pdf = tmp_path / "slip.pdf"
    render_pdf(Slip(sample, THREE, "en", layout=layout), pdf)
    decoded: set[str] = set()
    for image in rasterise(pdf):
        decoded |= decode_qr(image)
    assert decoded == THREE_CODES


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_preview_is_the_same_slip(qapp, sample, layout):
    slip = Slip(sample, THREE, "en", layout=layout)
    image = render_preview(slip, 2400 if layout.startswith("cards") else 900)
    assert image.width() in (900, 2400)
    page = plan_slip(slip).pages[0]
    assert image.height() == pytest.approx(image.width() * page.height_mm / page.width_mm, abs=2)
    assert decode_qr(image) == THREE_CODES


def test_card_preview_can_show_just_the_cards(qapp, sample):
    slip = Slip(sample, THREE, "en", layout="cards-a4")
    whole = render_preview(slip, 800)
    cards = render_preview(slip, 800, cards_only=True)
    assert cards.height() < whole.height() / 2  # 2 rows of cards, not a whole A4 page
    assert decode_qr(render_preview(slip, 1600, cards_only=True)) == THREE_CODES


# --- nothing clipped ------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es", "ar"])
@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_everything_stays_inside_its_card_or_margins(qapp, sample, layout, language):
    plan = plan_slip(Slip(sample, printable(sample), language, "en", layout=layout))
    spec = layout_for(layout)
    for page in plan.pages:
        for op in page.ops:
            assert page.box.contains(op.box), op
            if isinstance(op, TextOp) and op.role == "number":
                assert op.layout.lineCount() == 1, op.text  # a number is never broken
                assert op.layout.lineAt(0).naturalTextWidth() / 100 <= op.box.width + 0.01
        if spec.is_roll:
            inner = page.box
            for op in page.ops:
                assert op.box.x >= spec.margin_mm - 0.01
                assert op.box.x + op.box.width <= inner.width - spec.margin_mm + 0.01
            continue
        contents = [spec.card_content_box(slot) for slot in range(spec.cards_per_page)]
        for op in page.ops:
            if isinstance(op, LineOp):
                # Cut marks: in the sheet's margin, off every card, and far enough
                # from the edge for a printer to print them.
                assert not any(_overlaps(op.box, spec.card_box(s)) for s in range(10)), op
                assert op.box.y >= 4.0 and op.box.y + op.box.height <= page.height_mm - 4.0
            else:
                assert any(box.contains(op.box) for box in contents), op


def _overlaps(a, b) -> bool:
    return (
        a.x < b.x + b.width - 0.01
        and b.x < a.x + a.width - 0.01
        and a.y < b.y + b.height - 0.01
        and b.y < a.y + a.height - 0.01
    )


def test_cut_marks_are_printed_where_the_cards_are_cut(qapp, sample, tmp_path):
    pdf = tmp_path / "sheet.pdf"
    render_pdf(Slip(sample, THREE, "en", layout="cards-a4"), pdf)
    dpi = 150
    image = rasterise(pdf, dpi)[0]
    marks = layout_for("cards-a4").cut_marks()
    assert len(marks) == 2 * 3 + 2 * 6  # 3 vertical and 6 horizontal card edges, both ends
    for mark in marks:
        x = round((mark.x1 + mark.x2) / 2 / 25.4 * dpi)
        y = round((mark.y1 + mark.y2) / 2 / 25.4 * dpi)
        darkest = min(
            image.pixelColor(x + dx, y + dy).lightness() for dx in (-1, 0, 1) for dy in (-1, 0, 1)
        )
        assert darkest < 128, mark
    # Between the marks, inside a card's edge, the paper stays blank.
    corner = layout_for("cards-a4").card_box(0)
    x = round((corner.x + corner.width - 0.5) / 25.4 * dpi)
    y = round((corner.y + corner.height - 0.5) / 25.4 * dpi)
    assert image.pixelColor(x, y).lightness() > 200


def test_an_item_too_tall_for_one_card_continues_on_the_next(qapp, tmp_path):
    bundle = make_bundle(tmp_path)
    numbers = [f"314-555-01{n:02d}" for n in range(10, 22)]
    phones = "".join(f'  - number: "{n}"\n    type: voice\n' for n in numbers)
    bundle.write(
        "resources/many.yaml",
        f'id: many\nname: {{en: "Many"}}\nslip_name: {{en: "Office"}}\nphones:\n{phones}'
        'verified: {on: 2026-11-20, by: "Test", method: phoned, source: "call"}\n',
    )
    loaded = bundle.load().bundle
    assert loaded is not None
    pdf = tmp_path / "cards.pdf"
    plan = render_pdf(Slip(loaded, ("many",), "en", layout="cards-letter"), pdf)
    assert len(plan.pages[0].cards) >= 2
    text = pdf_text(pdf)
    for number in numbers:
        assert f"(314) 555-{number[-4:]}" in text
    assert text.count("Office") == len(plan.pages[0].cards)  # the name on every card


def test_fill_sheet_repeats_the_cards_for_handouts(qapp, sample, tmp_path):
    plan = plan_slip(Slip(sample, ("lifeline-988",), "en", layout="cards-letter", fill_sheet=True))
    assert len(plan.pages) == 1 and len(plan.pages[0].cards) == 10
    assert plan.pages[0].codes().count("tel:988") == 10
    visitor = plan_slip(Slip(sample, ("lifeline-988",), "en", layout="cards-letter"))
    assert len(visitor.pages[0].cards) == 1  # no spare copies left in the tray


def test_right_to_left_slip_keeps_numbers_in_order(qapp, sample, tmp_path):
    pdf = tmp_path / "ar.pdf"
    plan = render_pdf(Slip(sample, THREE, "ar", layout="80mm"), pdf)
    numbers = [op for op in plan.pages[0].ops if isinstance(op, TextOp) and op.role == "number"]
    assert [op.text for op in numbers] == list(THREE_NUMBERS)
    first = numbers[0].layout.lineAt(0)
    # Aligned to the right edge of the text column, as Arabic text is.
    start, _ = first.cursorToX(0)
    end, _ = first.cursorToX(len(numbers[0].text))
    assert start < end == pytest.approx(first.width(), abs=1)
    assert "1-888-373-7888" in pdf_text(pdf)


# --- errors -------------------------------------------------------------------


def test_an_unprintable_slip_says_why(sample):
    slip = Slip(sample, ("lifeline-98", "emergency-911"), "xx", "de", "60mm")
    with pytest.raises(SlipError) as caught:
        slip.check()
    problems = caught.value.problems
    assert any("'lifeline-98'" in p and "did you mean 'lifeline-988'" in p for p in problems)
    assert any("language 'xx'" in p for p in problems)
    assert any("second language 'de'" in p for p in problems)
    assert any("unknown layout '60mm'" in p for p in problems)


def test_a_pdf_that_cannot_be_written_is_an_error_not_a_crash(qapp, sample, tmp_path):
    with pytest.raises(RenderError, match="cannot write"):
        render_pdf(Slip(sample, THREE, "en"), tmp_path / "no-such-folder" / "slip.pdf")


def test_same_resource_twice_prints_once(sample):
    slip = Slip(sample, ("emergency-911", "emergency-911"), "en", "en")
    assert slip.resource_ids == ("emergency-911",)
    assert slip.second_language is None


def test_what_a_slip_says_is_decided_without_qt():
    """The slip model (Slip, compose, layout) imports no Qt, like kiosk.content."""
    code = (
        "import sys\n"
        "from kiosk.printing import Slip, compose_slip, layout_for, sensitive_hits\n"
        "qt = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "assert not qt, qt\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=SAMPLE.parents[3], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


def test_the_kiosk_config_chooses_paper_and_second_language(sample):
    config = SlipSettings.from_config(
        KioskConfig(slip_layout="cards-a4", slip_second_language="en")
    )
    slip = visitor_slip(sample, ["lifeline-988"], "es", config)
    assert (slip.layout, slip.language, slip.second_language) == ("cards-a4", "es", "en")
    # English visitors get no English copy; a language the bundle lacks is dropped, not fatal.
    assert visitor_slip(sample, ["lifeline-988"], "en", config).second_language is None
    german = SlipSettings.from_config(KioskConfig(slip_second_language="de"))
    assert visitor_slip(sample, ["lifeline-988"], "es", german).problems() == []
