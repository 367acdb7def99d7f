"""The shipped sample says where each claim comes from, and says plainly what
could not be confirmed: SOURCES.md beside it names every page its check
records name, every contact, and every contact still to confirm by phone.
These tests read the real sample folder and its real SOURCES.md."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from content_helpers import TODAY
from update_helpers import make_keys, sample_bundle

from kiosk.content import load_bundle
from kiosk.content.model import CheckedBy, CheckMethod, VerifyMethod
from kiosk.paths import sample_bundle as shipped_sample
from kiosk.updates.pack import pack

SAMPLE = shipped_sample()
SOURCES = SAMPLE / "SOURCES.md"
CHECK_DAY = "2026-12-06"
# Confirmed from a specific current page of the service or of a government.
VERIFIED = {
    "emergency-911": "https://www.911.gov/calling-911/frequently-asked-questions/",
    "lifeline-988": "https://www.samhsa.gov/newsroom/press-announcements/20230713/"
    "988-suicide-crisis-lifeline-adds-spanish-text-chat-service-ahead-one-year-anniversary",
    "mo-child-abuse-hotline": "https://dss.mo.gov/cd/keeping-kids-safe/can.htm",
    "mo-safe-at-home": "https://sos.mo.gov/business/safeathome/Agencies",
    "national-dv-hotline": "https://ovc.ojp.gov/news/grantee-news/"
    "national-domestic-violence-hotline-answers-6-million-contacts",
    "national-trafficking-hotline": "https://humantraffickinghotline.org/about-us/what-we-do",
    "rainn-hotline": "https://rainn.org/get-help/national-sexual-assault-hotline",
    "samhsa-helpline": "https://www.samhsa.gov/find-help/national-helpline",
}
# Found only on old or secondary pages, or not at all: the kiosk says
# "Not verified: ask staff" and never prints them.
TO_CONFIRM_BY_PHONE = {
    "crimestoppers-stl",
    "healing-action-network",
    "legal-services-eastern-mo",
    "mo-crime-victims-compensation",
    "ncmec-cybertipline",
    "stcharles-victim-assistance",
}


@pytest.fixture(scope="module")
def result():
    loaded = load_bundle(SAMPLE, today=TODAY)
    assert loaded.bundle is not None, [str(f) for f in loaded.errors]
    return loaded


@pytest.fixture(scope="module")
def sources_text() -> str:
    return SOURCES.read_text(encoding="utf-8")


def section(text: str, heading: str) -> str:
    """The body of a `## heading` section, up to the next `## `."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match is not None, f"SOURCES.md has no '## {heading}' section"
    return match.group(1)


def test_the_sample_validates_with_only_the_warnings_its_sources_explain(result):
    """No home page as a source, no answer without a check record, Arabic
    complete: what is left is the sample status and the honest gaps."""
    found = sorted((f.pos.file, f.rule) for f in result.findings)
    assert found == sorted(
        [("bundle.yaml", "sample-bundle"), ("resources/healing-action-network.yaml", "no-contact")]
        + [(f"resources/{rid}.yaml", "unverified") for rid in TO_CONFIRM_BY_PHONE]
    )
    assert result.texts_by_language["ar"] == result.texts_by_language["en"]
    assert result.texts_by_language["es"] == result.texts_by_language["en"]


def test_every_answer_records_the_desk_check_of_the_day_it_was_made(result):
    questions = [q for topic in result.bundle.topics for q in topic.questions]
    assert len(questions) == 15
    for question in questions:
        checked = question.checked
        assert checked is not None, question.question["en"]
        assert (checked.on.isoformat(), checked.by, checked.method) == (
            CHECK_DAY,
            CheckedBy("content-editor"),
            CheckMethod("desk-check"),
        )
        assert checked.sources, question.question["en"]


@pytest.mark.parametrize(
    ("question_en", "as_of"),
    [
        ("Is prostitution legal in O'Fallon, Missouri?", "2026-12-06"),
        ("What are the penalties for prostitution in Missouri?", "2026-12-06"),
        ("What does Missouri law say about human trafficking?", "2025-08-28"),
        ("Can I clear a prostitution record?", "2026-02-05"),
        ("Can I get help without getting in trouble with the law?", "2026-12-06"),
        ("What are police doing about trafficking in this area?", "2026-12-06"),
    ],
)
def test_claims_about_the_law_say_which_day_they_hold_for(result, question_en, as_of):
    (question,) = [
        q for t in result.bundle.topics for q in t.questions if q.question["en"] == question_en
    ]
    assert question.as_of is not None and question.as_of.isoformat() == as_of


def test_contacts_are_verified_only_where_a_specific_page_confirmed_them(result):
    resources = result.bundle.resources
    assert set(resources) == set(VERIFIED) | TO_CONFIRM_BY_PHONE
    for rid, page in VERIFIED.items():
        verified = resources[rid].verified
        assert verified is not None, rid
        assert (verified.on.isoformat(), verified.by, verified.method, verified.source) == (
            CHECK_DAY,
            "Sample content editor",
            VerifyMethod("desk-check"),
            page,
        )
    for rid in TO_CONFIRM_BY_PHONE:
        assert resources[rid].verified is None, rid


def test_sources_md_names_every_page_the_check_records_name(result, sources_text):
    pages = {s for t in result.bundle.topics for q in t.questions for s in q.checked.sources}
    pages |= {r.verified.source for r in result.bundle.resources.values() if r.verified}
    urls = {p for p in pages if p.startswith("http")}
    assert len(urls) > 20
    missing = sorted(u for u in urls if u not in sources_text)
    assert missing == []


def test_sources_md_lists_every_topic_and_every_contact(result, sources_text):
    for topic in result.bundle.topics:
        assert f"## Topic: {topic.title['en']} (`{topic.id}`)" in sources_text
        for question in topic.questions:
            assert question.question["en"] in sources_text
    contacts = section(sources_text, "Contacts")
    for rid in result.bundle.resources:
        assert re.search(rf"^\| {re.escape(rid)}\b", contacts, re.M), rid


def test_sources_md_lists_exactly_the_unverified_contacts_to_phone(sources_text):
    table = section(sources_text, "To confirm by phone")
    listed = set(re.findall(r"^\| ([a-z0-9-]+) \|", table, re.M))
    assert listed == TO_CONFIRM_BY_PHONE


def test_the_bundle_points_at_sources_md_beside_it():
    first = (SAMPLE / "bundle.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# SAMPLE bundle.") and "SOURCES.md beside this file" in first
    assert SOURCES.is_file()


def test_packing_the_sample_leaves_sources_md_with_the_editor(tmp_path: Path):
    keys = make_keys(tmp_path / "keys")
    folder = sample_bundle(tmp_path, 2)
    out = tmp_path / "sample.kbundle"
    packed = pack(folder, out, key=keys.secret, today=TODAY)
    assert packed.skipped == ["SOURCES.md"]
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert "bundle/bundle.yaml" in names
    assert not any(n.endswith(".md") for n in names)
