"""Each answer's check record, as visitors and staff see it: the line under
the answer in the visitor's language, a plain warning when it was never
checked or checked too long ago, and the staff chart beside the contacts'."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from content_helpers import CHECKED_ANSWER, TODAY, VERIFIED_ON, make_bundle
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel
from ui_helpers import make_kiosk

from kiosk.content.freshness import Age, claim_ages
from kiosk.ui.staff import StaffPanel, VerificationChart


def long(day, language: str = "en") -> str:
    """A date as the kiosk writes it for a visitor (Qt's long format for the language)."""
    return QLocale(language).toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )


def answer_line(kiosk) -> QLabel:
    kiosk.session.open_topic("help")
    lines = [
        w
        for w in kiosk.window.screen.findChildren(QLabel)
        if w.objectName() in ("answer_checked", "answer_stale")
    ]
    assert len(lines) == 1
    return lines[0]


@pytest.fixture
def bundle(tmp_path):
    return make_bundle(tmp_path)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Last checked on {date} by the content editor."),
        ("es", "Revisado por última vez el {date} por la persona editora del contenido."),
    ],
)
def test_the_visitor_sees_when_and_by_whom_an_answer_was_checked(qtbot, bundle, language, expected):
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.session.start()
    kiosk.session.set_language(language)
    line = answer_line(kiosk)
    assert line.objectName() == "answer_checked"
    assert line.text() == expected.format(date=long(VERIFIED_ON, language))
    kiosk.shut_down()


def test_a_claim_about_the_law_says_the_day_it_holds_for(qtbot, bundle):
    bundle.replace("topics/help.yaml", CHECKED_ANSWER, CHECKED_ANSWER + "    as_of: 2026-11-01\n")
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.session.start()
    assert answer_line(kiosk).text() == (
        f"As of {long(date(2026, 11, 1))}. "
        f"Last checked on {long(VERIFIED_ON)} by the content editor."
    )
    kiosk.shut_down()


def test_an_answer_checked_too_long_ago_tells_the_visitor_to_ask(qtbot, bundle):
    long_ago = VERIFIED_ON - timedelta(days=200)
    bundle.replace("topics/help.yaml", f"on: {VERIFIED_ON}", f"on: {long_ago}")
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.session.start()
    line = answer_line(kiosk)
    assert line.objectName() == "answer_stale"
    assert line.text() == (
        f"Last checked on {long(long_ago)} by the content editor. "
        "This may have changed since: ask staff."
    )
    kiosk.shut_down()


def test_an_answer_never_checked_says_so_in_a_draft(qtbot, bundle):
    bundle.replace("topics/help.yaml", CHECKED_ANSWER, "")
    bundle.replace("bundle.yaml", "status: published", "status: draft")
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.session.start()
    line = answer_line(kiosk)
    assert line.objectName() == "answer_stale"
    assert line.text() == "Not checked yet: ask staff before relying on this."
    kiosk.shut_down()


def test_staff_see_the_answers_ages_beside_the_contacts(qtbot, bundle):
    long_ago = VERIFIED_ON - timedelta(days=200)
    bundle.replace("topics/help.yaml", f"on: {VERIFIED_ON}", f"on: {long_ago}")
    loaded = bundle.load()
    assert loaded.bundle is not None
    ages = claim_ages(loaded.bundle, TODAY)
    assert ages[Age.WITHIN_12_MONTHS] == 1 and sum(ages.values()) == 1
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.session.start()
    kiosk.staff.open_panel()
    panel = kiosk.window.overlays.panel
    assert isinstance(panel, StaffPanel)
    charts = {c.objectName(): c for c in panel.findChildren(VerificationChart)}
    assert set(charts) == {"verification_chart", "claims_chart"}
    assert charts["claims_chart"].ages == ages
    assert charts["claims_chart"].accessibleName() == (
        "Answers last checked: Within 3 months 0, 3 to 6 months 0, 6 to 12 months 1, "
        "Over a year 0, Never checked 0"
    )
    findings = [w.text() for w in panel.findChildren(QLabel) if w.objectName() == "finding"]
    assert findings[0].startswith("topics/help.yaml:10:7: warning: this answer was last checked")
    kiosk.shut_down()
