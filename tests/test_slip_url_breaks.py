"""Web addresses on printed slips break after a slash or before a dot (or a
query's ? and &), never inside a name, on real PDFs read back with pypdf.

A roll prints the address as the caption under its QR code (35 mm wide on an
80 mm roll, 23 mm on a 58 mm one, at 7 to 7.5 pt); a card prints it as a text
row. Before, Qt's line breaker split "www.stcharlescoun|tymo.gov/".
"""

from __future__ import annotations

import re
import unicodedata

import pypdf
import pytest
from content_helpers import make_bundle

from kiosk.printing import Slip
from kiosk.printing.plan import TextOp
from kiosk.printing.render import render_pdf
from kiosk.printing.typeset import _ADDRESS_BREAK, LINE_SEPARATOR

COUNTY = "https://www.stcharlescountymo.gov/departments/community-services/victim-assistance"
QUERY = "https://example.org/find?location=saint-charles&service=legal-aid"
LONG_PART = "https://example.org/" + "a" * 60 + "/contact"


@pytest.mark.parametrize(
    ("address", "parts"),
    [
        ("www.sccmo.org", ["www", ".sccmo", ".org"]),
        ("lsem.org/get-help/", ["lsem", ".org/", "get-help/"]),
        ("example.org/a//b", ["example", ".org/", "a//", "b"]),  # "//" stays whole
        ("example.org/find?x=1&y=2#top", ["example", ".org/", "find", "?x=1", "&y=2", "#top"]),
        ("example.org/v1.2...3", ["example", ".org/", "v1", ".2", "...3"]),  # "..." stays whole
        ("localhost", ["localhost"]),
    ],
)
def test_where_an_address_may_break(address, parts):
    assert [part for part in _ADDRESS_BREAK.split(address) if part] == parts


# (address, layout) -> the exact lines printed: each break after "/" or before
# ".", "?" or "&"; a part wider than the line ("a" * 60) is the only thing
# broken inside, and a hyphenated name may break at its hyphen.
PRINTED = {
    (COUNTY, "80mm"): [
        "www.stcharlescountymo",
        ".gov/departments/",
        "community-services/",
        "victim-assistance",
    ],
    (COUNTY, "58mm"): [
        "www",
        ".stcharlescountymo",
        ".gov/departments/",
        "community-",
        "services/",
        "victim-assistance",
    ],
    (COUNTY, "cards-letter"): [
        "www.stcharlescountymo.gov/departments/",
        "community-services/victim-assistance",
    ],
    (QUERY, "80mm"): ["example.org/find", "?location=saint-charles", "&service=legal-aid"],
    (QUERY, "58mm"): ["example.org/find", "?location=saint-", "charles", "&service=legal-aid"],
    (LONG_PART, "80mm"): ["example.org/", "a" * 23, "a" * 23, "a" * 14 + "/", "contact"],
    (LONG_PART, "58mm"): ["example.org/", "a" * 16, "a" * 16, "a" * 16, "a" * 12 + "/", "contact"],
}


def pdf_lines(path) -> list[str]:
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    # NFKC: the "fi" ligature glyph of "find" reads back as "ﬁ".
    text = unicodedata.normalize("NFKC", text)
    return [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]


def layout_lines(op: TextOp) -> list[str]:
    text = op.layout.text()
    lines = []
    for i in range(op.layout.lineCount()):
        line = op.layout.lineAt(i)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    return [line.rstrip(LINE_SEPARATOR) for line in lines]


@pytest.mark.parametrize(("address", "layout"), list(PRINTED), ids=lambda v: v[-12:])
def test_printed_address_breaks_between_parts(qapp, tmp_path, address, layout):
    bundle = make_bundle(tmp_path)
    bundle.replace(
        "resources/hotline.yaml",
        'website: "https://humantraffickinghotline.org"',
        f'website: "{address}"',
    )
    result = bundle.load()
    assert result.bundle is not None, [str(f) for f in result.errors]
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(result.bundle, ("national-hotline",), "en", layout=layout), pdf)
    shown = address.removeprefix("https://")
    ops = [
        op for page in plan.pages for op in page.ops if isinstance(op, TextOp) and op.text == shown
    ]
    assert len(ops) == 1  # the op holds the address itself, without the breaks
    expected = PRINTED[address, layout]
    assert layout_lines(ops[0]) == expected
    assert "".join(expected) == shown  # nothing lost or added
    # The PDF says the same: those lines, one after another.
    lines = pdf_lines(pdf)
    start = lines.index(expected[0])
    assert lines[start : start + len(expected)] == expected
    assert LINE_SEPARATOR not in "".join(lines)


# The longest address the format allows (website: max_length 500), one name.
LONGEST = "https://" + ("wm" * 250)[:483] + ".org/help"


@pytest.mark.parametrize("layout", ["80mm", "58mm", "cards-letter"])
def test_the_longest_legal_address_is_printed_whole_inside_its_box(qapp, tmp_path, layout):
    assert len(LONGEST) == 500
    bundle = make_bundle(tmp_path)
    bundle.replace(
        "resources/hotline.yaml",
        'website: "https://humantraffickinghotline.org"',
        f'website: "{LONGEST}"',
    )
    result = bundle.load()
    assert result.bundle is not None and not result.errors
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(result.bundle, ("national-hotline",), "en", layout=layout), pdf)
    shown = LONGEST.removeprefix("https://")
    (op,) = [o for p in plan.pages for o in p.ops if isinstance(o, TextOp) and o.text == shown]
    lines = layout_lines(op)
    assert "".join(lines) == shown
    # Broken inside the 483-letter name (it cannot fit), and after it at the dot.
    assert lines[-1] == ".org/help"
    for i in range(op.layout.lineCount()):
        assert op.layout.lineAt(i).naturalTextWidth() / 100 <= op.box.width + 0.01
    assert "".join(pdf_lines(pdf)).count(shown) == 1
