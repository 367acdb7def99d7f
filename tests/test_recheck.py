"""The yearly re-check: `kiosk due` lists what to check (text, CSV, JSON, a
PDF call sheet) and `kiosk mark-checked` records each result in the bundle's
own YAML, changing nothing else, and refuses what would not validate."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import pytest
from content_helpers import CHECKED_ANSWER, RESOURCE_YAML, TODAY, VERIFIED_ON, make_bundle

from kiosk.cli import main

SOON = TODAY + timedelta(days=200)  # the template's answer falls due at 180 days


@pytest.fixture
def bundle(tmp_path):
    return make_bundle(tmp_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([*argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_nothing_is_due_in_a_freshly_checked_bundle(capsys, bundle):
    code, out, _ = run(capsys, "due", str(bundle.path), "--today", TODAY.isoformat())
    assert code == 0
    assert out.splitlines()[-1] == "Nothing is due."


def test_due_lists_what_runs_out_within_the_days_given_oldest_first(capsys, bundle):
    bundle.replace("bundle.yaml", "review_by:", "claims_max_age_days: 30\nreview_by:")
    code, out, _ = run(capsys, "due", str(bundle.path), "--today", TODAY.isoformat(),
                       "--within", "30", "--format", "json")  # fmt: skip
    assert code == 0
    items = json.loads(out)
    assert [(i["kind"], i["id"], i["due"]) for i in items] == [
        ("answer", "help#1", (VERIFIED_ON + timedelta(days=30)).isoformat())
    ]
    answer = items[0]
    assert answer["title"] == "Who can I call?"
    assert answer["last_checked"] == VERIFIED_ON.isoformat()
    assert answer["age_days"] == (TODAY - VERIFIED_ON).days
    assert answer["by"] == "content-editor" and answer["method"] == "desk-check"
    assert answer["sources"] == ["https://www.law.cornell.edu/uscode/text/22/7105"]
    assert {"what": "answer", "value": "The hotline below answers day and night."} in answer[
        "to_check"
    ]
    assert answer["result"] == ""


def test_never_checked_comes_first_then_oldest(capsys, bundle):
    bundle.replace("topics/help.yaml", CHECKED_ANSWER, "")
    bundle.replace("bundle.yaml", "status: published", "status: draft")
    code, out, _ = run(capsys, "due", str(bundle.path), "--today", SOON.isoformat(),
                       "--within", "365", "--format", "csv")  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["kind"], r["id"], r["last_checked"]) for r in rows] == [
        ("answer", "help#1", ""),
        ("contact", "national-hotline", VERIFIED_ON.isoformat()),
    ]
    contact = rows[1]
    assert contact["to_check"].splitlines() == [
        "phone (voice): 1-888-373-7888",
        "phone (text): 233733, text HELP",
        "hours: 24 hours, every day",
        "website: https://humantraffickinghotline.org",
    ]
    assert contact["result"] == contact["checked_on"] == contact["checked_by"] == ""


def test_the_text_call_sheet_names_the_command_that_records_the_result(capsys, bundle):
    code, out, _ = run(capsys, "due", str(bundle.path), "--today", SOON.isoformat())
    assert code == 0
    assert "1. answer help#1: Who can I call?" in out
    assert f"kiosk mark-checked {bundle.path} 'help#1' --on" in out
    assert "   result: ______" in out


def test_the_call_sheet_prints_to_a_real_pdf(capsys, bundle, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    sheet = tmp_path / "calls.pdf"
    code, out, _ = run(capsys, "due", str(bundle.path), "--today", SOON.isoformat(),
                       "--within", "365", "--pdf", str(sheet))  # fmt: skip
    assert code == 0 and out.strip() == f"{sheet}: 2 item(s) due"
    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(sheet).pages)
    for expected in ("Call sheet", "help#1", "national-hotline", "1-888-373-7888", "Result:"):
        assert expected in text


# --- mark-checked --------------------------------------------------------------------


NEW_ANSWER_RECORD = """\
    checked:
      on: 2026-11-25
      by: lawyer
      method: legal-review
      sources:
        - "https://revisor.mo.gov/main/OneSection.aspx?section=566.210"
        - "RSMo 566.211"
"""


# The record NEW_ANSWER_RECORD holds, as mark-checked's arguments.
BY_A_LAWYER = (
    "--on", "2026-11-25", "--by", "lawyer", "--method", "legal-review",
    "--source", "https://revisor.mo.gov/main/OneSection.aspx?section=566.210",
    "--source", "RSMo 566.211", "--today", TODAY.isoformat(),
)  # fmt: skip


def test_an_answers_record_is_replaced_in_place_and_nothing_else_changes(capsys, bundle):
    topic = bundle.path / "topics" / "help.yaml"
    commented = topic.read_text(encoding="utf-8").replace(
        "questions:\n", "questions:  # reviewed every spring\n"
    )
    topic.write_text(commented, encoding="utf-8")
    code, out, err = run(capsys, "mark-checked", str(bundle.path), "help#1", *BY_A_LAWYER)
    assert code == 0, err
    assert out.splitlines()[0] == "topics/help.yaml: updated the record of help#1"
    assert topic.read_text(encoding="utf-8") == commented.replace(CHECKED_ANSWER, NEW_ANSWER_RECORD)
    loaded = bundle.load()
    checked = loaded.bundle.topics[0].questions[0].checked
    assert checked.on.isoformat() == "2026-11-25" and str(checked.by) == "lawyer"
    assert checked.sources[1] == "RSMo 566.211"


def test_an_answer_without_a_record_gets_one_after_its_last_field(capsys, bundle):
    bundle.replace("topics/help.yaml", CHECKED_ANSWER, "")
    topic = bundle.path / "topics" / "help.yaml"
    before = topic.read_text(encoding="utf-8")
    code, out, err = run(capsys, "mark-checked", str(bundle.path), "help#1", *BY_A_LAWYER)
    assert code == 0, err
    assert "added the record" in out
    expected = before.replace(
        '    sources: ["22 U.S.C. 7105"]\n', '    sources: ["22 U.S.C. 7105"]\n' + NEW_ANSWER_RECORD
    )
    assert topic.read_text(encoding="utf-8") == expected


def test_a_contacts_record_is_replaced_in_place(capsys, bundle):
    code, _, err = run(
        capsys, "mark-checked", str(bundle.path), "national-hotline", "--on", "2026-11-26",
        "--by", "site staff", "--method", "phoned",
        "--source", "https://humantraffickinghotline.org/en/contact-hotline",
        "--today", TODAY.isoformat(),
    )  # fmt: skip
    assert code == 0, err
    text = (bundle.path / "resources" / "hotline.yaml").read_text(encoding="utf-8")
    assert text == RESOURCE_YAML.replace(
        f'verified:\n  on: {VERIFIED_ON.isoformat()}\n  by: "Content team"\n  method: phoned\n'
        '  source: "https://humantraffickinghotline.org/en/contact"\n',
        'verified:\n  on: 2026-11-26\n  by: "site staff"\n  method: phoned\n'
        '  source: "https://humantraffickinghotline.org/en/contact-hotline"\n',
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["help#1", "--by", "Jane Doe", "--method", "phoned", "--source", "x"], 2,
         "error: --by 'Jane Doe' is not a role; use one of: site-staff, content-editor"),
        (["help#1", "--by", "lawyer", "--method", "asked", "--source", "x"], 2,
         "error: --method 'asked' is not one of: desk-check, legal-review, phoned, emailed"),
        (["help#1", "--by", "lawyer", "--method", "phoned"], 2,
         "error: give at least one --source"),
        (["national-hotline", "--by", "", "--method", "phoned"], 2, "error: --by is empty"),
        (["national-hotline", "--by", "staff", "--method", "legal-review"], 2,
         "error: --method 'legal-review' is not one of: phoned, emailed, visited, desk-check"),
        (["help#9", "--by", "lawyer", "--method", "phoned", "--source", "x"], 1,
         "error: 'help#9': topic 'help' has 1 question(s); name one as help#1 to help#1"),
        (["nowhere#1", "--by", "lawyer", "--method", "phoned", "--source", "x"], 1,
         "error: no topic has the id 'nowhere'"),
        (["no-such-service", "--by", "staff", "--method", "phoned"], 1,
         "error: no resource has the id 'no-such-service'"),
        (["help#1", "--by", "lawyer", "--method", "phoned", "--source", "see\u202epage"], 1,
         "error: the new record does not validate; topics/help.yaml is unchanged:"),
    ],
)  # fmt: skip
def test_a_record_that_cannot_be_written_changes_nothing(capsys, bundle, args, code, message):
    before = {p: p.read_bytes() for p in bundle.path.rglob("*.yaml")}
    got, _, err = run(
        capsys, "mark-checked", str(bundle.path), *args, "--on", "2026-11-25",
        "--today", TODAY.isoformat(),
    )  # fmt: skip
    assert got == code
    assert err.splitlines()[0].startswith(message), err
    assert {p: p.read_bytes() for p in bundle.path.rglob("*.yaml")} == before


def test_a_date_after_today_is_refused(capsys, bundle):
    got, _, err = run(
        capsys, "mark-checked", str(bundle.path), "national-hotline", "--on", "2026-12-31",
        "--by", "staff", "--method", "phoned", "--today", TODAY.isoformat(),
    )  # fmt: skip
    assert got == 2 and err.startswith(f"error: --on 2026-12-31 is after today ({TODAY})")


def test_an_entry_written_on_one_line_is_left_for_the_editor(capsys, bundle):
    bundle.replace("topics/help.yaml", CHECKED_ANSWER, "")
    bundle.replace("bundle.yaml", "status: published", "status: draft")
    text = (bundle.path / "topics" / "help.yaml").read_text(encoding="utf-8")
    flow = text.replace(
        '  - question: {en: "Who can I call?", es: "¿A quién puedo llamar?"}\n'
        '    answer: {en: "The hotline below answers day and night.", '
        'es: "La línea contesta siempre."}\n'
        '    sources: ["22 U.S.C. 7105"]\n',
        '  - {question: {en: "Who?"}, answer: {en: "Call."}}\n',
    )
    assert flow != text
    (bundle.path / "topics" / "help.yaml").write_text(flow, encoding="utf-8")
    got, _, err = run(
        capsys, "mark-checked", str(bundle.path), "help#1", "--on", "2026-11-25", "--by", "lawyer",
        "--method", "phoned", "--source", "x", "--today", TODAY.isoformat(),
    )  # fmt: skip
    assert got == 1
    assert err.strip() == (
        "error: this entry is written on one line, in { }; add its checked: record by hand"
    )
    assert (bundle.path / "topics" / "help.yaml").read_text(encoding="utf-8") == flow
