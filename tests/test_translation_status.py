"""The UI languages' review status: one table (kiosk.translation_status),
the same as translations/README.md says, the same catalogues as are built
and shipped, and shown to staff in the staff panel in their language."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from test_i18n_helpers import restore_english  # noqa: F401  (a fixture)
from ui_helpers import make_kiosk, remove_filters

from kiosk.catalogues import catalogue_dir
from kiosk.translation_status import (
    CATALOGUE_NAMES,
    CATALOGUES,
    CatalogueStatus,
    Review,
    bundle_code,
)
from kiosk.ui.translation_status import TranslationStatusList

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "translations" / "README.md"
ROW = re.compile(
    r"^\| (?P<language>[^|]+) \| `kiosk_(?P<name>\w+)\.ts` \| [^|]+ "
    r"\| (?P<by>[^|]+) \| (?P<review>[^|]+) \|$"
)
REVIEWED = re.compile(r"reviewed (?P<day>\d{4}-\d{2}-\d{2}) \((?P<role>[^)]+)\)")

pytestmark = pytest.mark.usefixtures("restore_english")


def readme_rows() -> list[CatalogueStatus]:
    rows = []
    for line in README.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match is None:
            continue
        review_text = match["review"].strip()
        reviewed = REVIEWED.fullmatch(review_text)
        if review_text == "source text":
            review, day, role = Review.SOURCE, None, ""
        elif review_text == "**needed**":
            review, day, role = Review.DRAFTED, None, ""
        elif reviewed is not None:
            review, day, role = (
                Review.REVIEWED,
                date.fromisoformat(reviewed["day"]),
                reviewed["role"],
            )
        else:
            raise AssertionError(f"README row with an unknown review status: {line}")
        rows.append(
            CatalogueStatus(
                match["name"], match["language"].strip(), match["by"].strip(), review, day, role
            )
        )
    return rows


def test_the_readme_table_is_the_status_table():
    assert readme_rows() == list(CATALOGUES)


def test_at_least_seventeen_languages_and_every_one_is_built_and_shipped():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert len(CATALOGUES) >= 17
    assert translations.LANGUAGES == CATALOGUE_NAMES
    shipped = {p.stem.removeprefix("kiosk_") for p in catalogue_dir().glob("kiosk_*.qm")}
    assert shipped == set(CATALOGUE_NAMES)
    assert len(set(CATALOGUE_NAMES)) == len(CATALOGUE_NAMES)


def test_no_ai_drafted_language_claims_a_review():
    for status in CATALOGUES:
        if status.written_by == "AI-drafted":
            assert status.review is Review.DRAFTED, status.catalogue
        if status.review is Review.REVIEWED:
            assert status.reviewed_on is not None and status.reviewer, status.catalogue


@pytest.mark.parametrize(
    ("review", "expected"),
    [
        (
            CatalogueStatus("en", "English", "the developers", Review.SOURCE),
            "English (en): source text",
        ),
        (
            CatalogueStatus("fil", "Tagalog", "AI-drafted", Review.DRAFTED),
            "Tagalog (tl): drafted, needs native review",
        ),
        (
            CatalogueStatus("zh_CN", "Chinese", "AI-drafted", Review.DRAFTED),
            "中文（简体） (zh-Hans): drafted, needs native review",
        ),
        (
            CatalogueStatus(
                "so",
                "Somali",
                "a translator",
                Review.REVIEWED,
                date(2026, 3, 1),
                "clinic interpreter",
            ),
            "Soomaali (so): reviewed by a native speaker on 2026-03-01",
        ),
        # A review with no date is not claimed.
        (
            CatalogueStatus("am", "Amharic", "a translator", Review.REVIEWED),
            "አማርኛ (am): drafted, needs native review",
        ),
    ],
)
def test_each_status_line_says_it_plainly(qtbot, review, expected):
    widget = TranslationStatusList([review])
    qtbot.addWidget(widget)
    assert widget.lines == [expected]
    assert [label.text() for label in widget.findChildren(QLabel, "catalogue_status")] == [expected]


@pytest.fixture
def kiosk(qtbot):
    built = make_kiosk(qtbot)
    yield built
    remove_filters(built)


def status_lines(kiosk) -> list[str]:
    panel = kiosk.window.overlays.panel
    return [label.text() for label in panel.findChildren(QLabel, "catalogue_status")]


def test_the_staff_panel_lists_every_language_and_its_review(kiosk):
    kiosk.session.start()
    kiosk.staff.open_panel()
    lines = status_lines(kiosk)
    assert len(lines) == len(CATALOGUES)
    assert lines[0] == "English (en): source text"
    assert "Tagalog (tl): drafted, needs native review" in lines
    assert "Kreyòl ayisyen (ht): drafted, needs native review" in lines
    assert "አማርኛ (am): drafted, needs native review" in lines
    for status, line in zip(CATALOGUES, lines, strict=True):
        assert f"({bundle_code(status.catalogue)})" in line
        needed = status.review is Review.DRAFTED
        assert line.endswith("drafted, needs native review") == needed, line
    heading = QCoreApplication.translate("TranslationStatusList", "Interface languages")
    panel = kiosk.window.overlays.panel
    assert heading in [label.text() for label in panel.findChildren(QLabel)]


def test_the_staff_panel_says_it_in_the_language_on_screen(kiosk):
    kiosk.session.start()
    kiosk.session.set_language("es")
    kiosk.staff.open_panel()
    lines = status_lines(kiosk)
    assert lines[1] == "Español (es): borrador, necesita revisión de un hablante nativo"
    assert lines[0] == "English (en): texto original"
