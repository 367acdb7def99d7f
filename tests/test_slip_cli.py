"""`kiosk slip` as staff run it: a child process, a real bundle, a real PDF.

The child gets no QT_QPA_PLATFORM and no display, so each test also proves
that the command sets up its own offscreen Qt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from content_helpers import make_bundle

import kiosk
from kiosk.paths import sample_bundle

REPO = Path(kiosk.__file__).resolve().parents[1]
SAMPLE = sample_bundle()
MM_PER_PT = 25.4 / 72


def kiosk_slip(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "slip", *map(str, args)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_writes_the_slip_to_a_pdf(tmp_path):
    out = tmp_path / "handout.pdf"
    done = kiosk_slip(
        "--bundle", SAMPLE,
        "--resource", "lifeline-988",
        "--resource", "national-dv-hotline",
        "--layout", "58mm",
        "--lang", "es",
        "--second-lang", "en",
        "--pdf", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    reader = pypdf.PdfReader(out)
    assert float(reader.pages[0].mediabox.width) * MM_PER_PT == pytest.approx(58.0, abs=0.4)
    text = " ".join(page.extract_text() for page in reader.pages).replace("\t", " ")
    for expected in ("988", "1-800-799-7233", "88788", "Línea de apoyo", "Support line"):
        assert expected in text
    assert reader.metadata is not None and reader.metadata.title == "Document"


def test_card_sheet_for_handouts_is_filled(tmp_path):
    out = tmp_path / "cards.pdf"
    done = kiosk_slip(
        "--bundle", SAMPLE, "--resource", "lifeline-988", "--layout", "cards-a4",
        "--fill-sheet", "--pdf", out,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pypdf.PdfReader(out).pages[0].extract_text().replace("\t", " ")
    assert text.count("Support line") == 10


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--resource", "lifeline-98"), "no resource 'lifeline-98' in bundle"),
        (("--resource", "lifeline-988", "--lang", "xx"), "language 'xx' is not one of"),
        (("--resource", "lifeline-988", "--second-lang", "fr"), "second language 'fr'"),
    ],
)
def test_a_wrong_id_or_language_is_a_clear_error(tmp_path, args, message):
    out = tmp_path / "slip.pdf"
    done = kiosk_slip("--bundle", SAMPLE, *args, "--layout", "80mm", "--pdf", out)
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_an_invalid_bundle_is_reported_with_file_and_line(tmp_path):
    bundle = make_bundle(tmp_path)
    bundle.replace("resources/hotline.yaml", 'number: "1-888-373-7888"', 'number: "1-888-373"')
    out = tmp_path / "slip.pdf"
    done = kiosk_slip(
        "--bundle", bundle.path, "--resource", "national-hotline", "--layout", "80mm",
        "--pdf", out,
    )  # fmt: skip
    assert done.returncode == 1
    assert "cannot use the bundle" in done.stderr
    assert "resources/hotline.yaml:6:" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_an_unwritable_output_is_a_clear_error(tmp_path):
    done = kiosk_slip(
        "--bundle", SAMPLE, "--resource", "emergency-911", "--layout", "80mm",
        "--pdf", tmp_path / "missing" / "slip.pdf",
    )  # fmt: skip
    assert done.returncode == 1
    assert "no such folder" in done.stderr
    assert "Traceback" not in done.stderr
