"""`kiosk import-hsds` on absurd values: each value the importer cannot use is
one line of its report, never a failure. Every case is a real JSON file beside
one good service, imported through the real command; the bundle it writes
loads, and the report line is exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content import load_bundle
from kiosk.hsds.report import MAX_LINE

GOOD = {"id": "ok", "name": "Food pantry", "phones": [{"id": "p", "number": "314-555-0100"}]}
DIGITS = "9" * 5000
PHONE = '{"id": "p", "number": "314-555-0101", "extension": %s}'
ADDRESS = (
    '{"id": "s", "name": "Clinic", "service_at_locations": [{"id": "sal", "location": '
    '{"id": "l", "addresses": [{"id": "a", "address_type": "physical", "address_1": %s, '
    '"city": "X", "state_province": "MO", "postal_code": "63366", "country": "US"}]}}]}'
)
SCHEDULE = (
    '{"id": "s", "name": "Clinic", "schedules": [{"id": "x", "freq": "WEEKLY", "byday": "MO", '
    '"opens_at": "09:00", "closes_at": "17:00", "interval": %s}]}'
)
AT_PHONE = "$[1].phones[0]: "

# (the second item of the JSON list, as JSON text; the report line it must give)
ABSURD = {
    "phone number of 5,000 digits": (
        '{"id": "s", "name": "Clinic", "phones": [{"id": "p", "number": ' + DIGITS + "}]}",
        AT_PHONE + "'number' should be text, but it is a number with 5,000 digits: not imported",
    ),
    "extension of 5,000 digits": (
        '{"id": "s", "name": "Clinic", "phones": [%s]}' % (PHONE % DIGITS),
        AT_PHONE + "'extension' should be a number, but it is a number with 5,000 digits: "
        "not imported",
    ),
    "negative number of 5,000 digits": (
        '{"id": "s", "name": "Clinic", "phones": [%s]}' % (PHONE % ("-" + DIGITS)),
        AT_PHONE + "'extension' should be a number, but it is a number with 5,000 digits: "
        "not imported",
    ),
    "extension 1e400": (
        '{"id": "s", "name": "Clinic", "phones": [%s]}' % (PHONE % "1e400"),
        AT_PHONE + "'extension' should be a number, but it is a number too large to use: "
        "not imported",
    ),
    "extension written 1e999": (
        '{"id": "s", "name": "Clinic", "phones": [%s]}' % (PHONE % '"1e999"'),
        AT_PHONE + "'extension' should be a number, but it is text ('1e999'): not imported",
    ),
    "extension NaN": (
        '{"id": "s", "name": "Clinic", "phones": [%s]}' % (PHONE % "NaN"),
        AT_PHONE + "'extension' should be a number, but it is not a usable number (NaN): "
        "not imported",
    ),
    "cost -Infinity": (
        '{"id": "s", "name": "Clinic", "cost_options": [{"id": "c", "option": "Fee", '
        '"amount": -Infinity}]}',
        "$[1].cost_options[0]: 'amount' should be a number, but it is a number too large to "
        "use: not imported",
    ),
    "schedule interval of 5,000 digits": (
        SCHEDULE % DIGITS,
        "$[1].schedules[0]: 'interval' should be a number, but it is a number with 5,000 "
        "digits: not imported",
    ),
    "address line of 5,000 digits": (
        ADDRESS % DIGITS,
        "$[1].service_at_locations[0].location.addresses[0]: 'address_1' should be text, but "
        "it is a number with 5,000 digits: not imported",
    ),
    "name nested in lists": (
        '{"id": "s", "name": [[["Clinic"]]]}',
        "$[1]: 'name' should be text, but it is a list: not imported",
    ),
    "description of nested junk": (
        '{"id": "s", "name": "Clinic", "description": {"a": {"b": [1, null, true]}}}',
        "$[1]: 'description' should be text, but it is an object: not imported",
    ),
    "description of 200,000 characters": (
        '{"id": "s", "name": "Clinic", "description": "%s"}' % ("x" * 200_000),
        "Clinic: description is 200000 characters, more than the 5000 a bundle allows: "
        "not imported, write a shorter one by hand",
    ),
    "description of invisible characters": (
        '{"id": "s", "name": "Clinic", "description": "\\u200b\\u3164\\u2800"}',
        "$[1]: 'description' has no visible character: not imported",
    ),
    "phones as text": (
        '{"id": "s", "name": "Clinic", "phones": "314-555-0101"}',
        "$[1]: 'phones' should be a list, but it is text ('314-555-0101'): not imported",
    ),
    "a phone that is a number": (
        '{"id": "s", "name": "Clinic", "phones": [5]}',
        AT_PHONE + "should be an object, but it is a number (5): not imported",
    ),
    "organization as a list": (
        '{"id": "s", "name": "Clinic", "organization": [1, 2]}',
        "$[1]: 'organization' should be an object, but it is a list: not imported",
    ),
    "website true": (
        '{"id": "s", "name": "Clinic", "url": true}',
        "$[1]: 'url' should be text, but it is true/false (true): not imported",
    ),
    "a top-level number": ("5", "$[1]: expected an HSDS object, but it is a number (5): skipped"),
    "lists nested 50 deep": (
        "[" * 50 + "]" * 50,
        "$[1][0][0][0][0][0][0][0][0]: lists nest too deeply for an HSDS export: skipped",
    ),
}


def run_import(tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str):
    source = tmp_path / "directory.json"
    source.write_text(f"[{json.dumps(GOOD)}, {second}]", encoding="utf-8")
    code = main(["import-hsds", str(source), "-o", str(tmp_path / "bundle"), "--region", "US"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def attention(report: str) -> list[str]:
    block = report.split("Needs your attention", 1)[1].split("\n\n", 1)[0]
    return [line[4:] for line in block.splitlines()[1:]]


@pytest.mark.parametrize("case", ABSURD, ids=list(ABSURD))
def test_an_absurd_value_is_a_report_line(tmp_path, capsys, case):
    second, expected = ABSURD[case]

    code, out, err = run_import(tmp_path, capsys, second)

    assert (code, err) == (0, ""), err
    assert expected in attention(out), out[:2000]
    assert "please report it" not in out + err
    result = load_bundle(tmp_path / "bundle")
    assert result.errors == [], [str(f) for f in result.errors]
    assert "food-pantry" in result.bundle.resources


def test_a_service_with_an_unusable_name_is_reported_after_the_cause(tmp_path, capsys):
    code, out, _ = run_import(tmp_path, capsys, '{"id": "s", "name": NaN}')
    assert code == 0
    assert attention(out) == [
        "$[1]: 'name' should be text, but it is not a usable number (NaN): not imported",
        "$[1]: a service with no usable name: not imported",
    ]


def test_a_huge_phone_number_text_is_one_short_line(tmp_path, capsys):
    second = '{"id": "s", "name": "Clinic", "phones": [{"id": "p", "number": "' + DIGITS + '"}]}'
    code, out, _ = run_import(tmp_path, capsys, second)
    assert code == 0
    [line] = attention(out)
    assert line.startswith("Clinic: phone not imported: '9999")
    assert line.endswith("…") and len(line) == MAX_LINE


def test_a_huge_field_name_is_listed_shortened(tmp_path, capsys):
    second = '{"id": "s", "name": "Clinic", "%s": "x"}' % ("k" * 100_000)
    code, out, _ = run_import(tmp_path, capsys, second)
    assert code == 0
    [listed] = [line for line in out.splitlines() if line.startswith("  - service.kkk")]
    assert listed.endswith("…: Clinic") and len(listed) == len("  - ") + MAX_LINE + len(": Clinic")


def test_control_and_direction_characters_never_reach_the_bundle(tmp_path, capsys):
    second = '{"id": "s", "name": "Clinic\\u0007\\u001b[31m\\u202e\\u2066"}'
    code, _, _ = run_import(tmp_path, capsys, second)
    assert code == 0
    result = load_bundle(tmp_path / "bundle")
    assert result.errors == []
    assert result.bundle.resources["clinic-31m"].name["en"] == "Clinic[31m"
