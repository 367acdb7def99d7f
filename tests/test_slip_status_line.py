"""A slip of sample or draft content says so on paper, in the slip's language(s);
a published bundle's slip never does. Checked in real PDFs read back with pypdf
(the preview and the printer draw the same plan: kiosk.printing.plan)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from content_helpers import make_bundle

from kiosk.config import SLIP_LAYOUTS
from kiosk.content.model import Bundle
from kiosk.printing import Slip, compose_slip
from kiosk.printing.plan import TextOp, plan_slip
from kiosk.printing.render import render_pdf

LANGUAGES = ("en", "es", "ar", "vi", "zh-Hans", "bs", "sw")
# Written out here, not read from kiosk.printing.words: the test states what
# the paper must say.
SAMPLE_LINE = {
    "en": "Sample content, not reviewed by this site",
    "es": "Contenido de muestra, no revisado por este lugar",
    "ar": "محتوى تجريبي، لم يراجعه هذا المكان",
    "vi": "Nội dung mẫu, nơi này chưa xem xét",
    "zh-Hans": "示例内容，本机构尚未审核",
    "bs": "Primjer sadržaja, ova ustanova ga nije pregledala",
    "sw": "Maudhui ya mfano, kituo hiki hakijayakagua",
}
DRAFT_LINE = {
    "en": "Draft content, not yet published by this site",
    "es": "Contenido en borrador, aún no publicado por este lugar",
    "ar": "محتوى مسودة، لم ينشره هذا المكان بعد",
    "vi": "Nội dung bản nháp, nơi này chưa công bố",
    "zh-Hans": "草稿内容，本机构尚未发布",
    "bs": "Nacrt sadržaja, ova ustanova ga još nije objavila",
    "sw": "Maudhui ya rasimu, kituo hiki bado hakijayachapisha",
}
LINE = {"sample": SAMPLE_LINE, "draft": DRAFT_LINE}
HOTLINE = ("national-hotline",)


def bundle_with(tmp_path: Path, status: str, sensitive: str | None = None) -> Bundle:
    bundle = make_bundle(tmp_path, f"bundle-{status}")
    bundle.replace("bundle.yaml", "status: published", f"status: {status}")
    bundle.replace(
        "bundle.yaml", "languages: [en, es]", "languages: [" + ", ".join(LANGUAGES) + "]"
    )
    if sensitive is not None:
        bundle.replace("bundle.yaml", "en: [trafficking, prostitution]", sensitive)
    result = bundle.load()
    assert result.bundle is not None, [str(f) for f in result.errors]
    return result.bundle


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> dict[str, Bundle]:
    folder = tmp_path_factory.mktemp("status")
    return {status: bundle_with(folder, status) for status in ("sample", "draft", "published")}


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return re.sub(r"[ \t]+", " ", unicodedata.normalize("NFKC", text))


def printed(line: str, language: str, text: str) -> bool:
    """Is `line` in the PDF's text? pypdf gives Arabic in visual order, each
    word's letters reversed and on a line of its own: look for every word."""
    if language == "ar":
        return all(word[::-1] in text for word in line.split())
    return unicodedata.normalize("NFKC", line) in text


def any_status_line(language: str, text: str) -> list[str]:
    return [status for status, lines in LINE.items() if printed(lines[language], language, text)]


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
@pytest.mark.parametrize("status", ["sample", "draft", "published"])
def test_every_layout_says_what_the_content_is(qapp, bundles, tmp_path, status, layout):
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(bundles[status], HOTLINE, "en", layout=layout), pdf)
    text = pdf_text(pdf)
    assert "1-888-373-7888" in text  # the slip itself printed
    expected = [] if status == "published" else [status]
    assert any_status_line("en", text) == expected
    footers = [op.text for page in plan.pages for op in page.ops if isinstance(op, TextOp)]
    footers = [t for t in footers if t in (SAMPLE_LINE["en"], DRAFT_LINE["en"])]
    assert footers == ([] if status == "published" else [LINE[status]["en"]])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("status", ["sample", "draft", "published"])
@pytest.mark.parametrize("layout", ["80mm", "cards-a4"])
def test_the_line_is_in_the_slips_language(qapp, bundles, tmp_path, status, language, layout):
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(bundles[status], HOTLINE, language, layout=layout), pdf)
    text = pdf_text(pdf)
    if status == "published":
        assert plan.content.footer is None
        assert any_status_line(language, text) == []
        return
    assert plan.content.footer is not None
    assert plan.content.footer.text == LINE[status][language]
    assert plan.content.footer.second is None
    assert any_status_line(language, text) == [status]
    if language != "en":
        # No English line was added to a slip printed in another language.
        assert any_status_line("en", text) == []


@pytest.mark.parametrize("status", ["sample", "draft"])
def test_a_second_language_roll_carries_both_lines(qapp, bundles, tmp_path, status):
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(bundles[status], HOTLINE, "es", "en", layout="80mm"), pdf)
    text = pdf_text(pdf)
    assert plan.content.footer is not None
    assert plan.content.footer.text == LINE[status]["es"]
    assert plan.content.footer.second == LINE[status]["en"]
    assert printed(LINE[status]["es"], "es", text)
    assert printed(LINE[status]["en"], "en", text)


@pytest.mark.parametrize("status", ["sample", "draft"])
def test_a_card_says_it_once_in_the_slips_language(qapp, bundles, tmp_path, status):
    # Cards have one small line to spare under the heading, on every card.
    pdf = tmp_path / "slip.pdf"
    render_pdf(Slip(bundles[status], HOTLINE, "es", "en", layout="cards-letter"), pdf)
    text = pdf_text(pdf)
    assert text.count(LINE[status]["es"]) == 1
    assert not printed(LINE[status]["en"], "en", text)


def test_the_preview_draws_the_same_line(qapp, bundles):
    plan = plan_slip(Slip(bundles["draft"], HOTLINE, "bs", layout="58mm"))
    ops = [op for page in plan.pages for op in page.ops if isinstance(op, TextOp)]
    assert [op.text for op in ops if op.role == "footer"] == [DRAFT_LINE["bs"]]


# --- a line that would hold a sensitive word is not printed ----------------------


@pytest.mark.parametrize(
    ("sensitive", "language", "second", "footer"),
    [
        # "sample" is one of the bundle's sensitive words: the English line goes,
        # the Spanish one (which lacks it) stays.
        ("en: [sample]", "en", None, None),
        ("en: [sample]", "es", "en", (SAMPLE_LINE["es"], None)),
        ("en: [sample]", "en", "es", (SAMPLE_LINE["es"], None)),
        ("en: [muestra]", "es", "en", (SAMPLE_LINE["en"], None)),
        ("en: [reviewed, muestra]", "en", "es", None),
        ("en: [hotline]", "es", "en", (SAMPLE_LINE["es"], SAMPLE_LINE["en"])),
    ],
)
def test_a_status_line_never_prints_a_sensitive_word(tmp_path, sensitive, language, second, footer):
    bundle = bundle_with(tmp_path, "sample", sensitive)
    content = compose_slip(Slip(bundle, HOTLINE, language, second))
    got = None if content.footer is None else (content.footer.text, content.footer.second)
    assert got == footer
