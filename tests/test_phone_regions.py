"""Phone numbers of many countries' real numbering plans, and numbers the
phone number library does not know, declared one at a time by the bundle.

Every expected display and `tel:` payload below is written out by hand from
the numbering plan (and, for relays, from the relay service's instructions:
UK Relay dials 18001 or 18002, then the full national number), never
computed by the code under test.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from content_helpers import TODAY, VERIFIED_ON, make_bundle
from test_slip_layout import decode_qr, pdf_text, rasterise

from kiosk.catalogues import is_right_to_left
from kiosk.content.compiled import from_compiled_body
from kiosk.content.compiler import compile_folder
from kiosk.content.phones import ParsedPhone, PhoneProblem, parse_phone
from kiosk.printing import Slip
from kiosk.printing.plan import TextOp
from kiosk.printing.render import render_pdf

# --- numbers the library knows: canonical form and display ----------------------

KNOWN = [
    # text, bundle region, canonical (dialled), shown
    # United States: locals as (314) 555-0100, toll-free with the 1 that dials it.
    ("(314) 555-0100", "US", "+13145550100", "(314) 555-0100"),
    ("1-800-799-7233", "US", "+18007997233", "1-800-799-7233"),
    ("(800) 799 7233", "US", "+18007997233", "1-800-799-7233"),
    ("988", "US", "988", "988"),
    ("741741", "US", "741741", "741741"),
    # A Canadian number seen from the United States: another region of +1.
    ("+1 416 555 0111", "US", "+14165550111", "+1 416-555-0111"),
    # Canada: the same shared +1 plan; toll-free numbers have the US as their
    # "home" in the library but are Canada's own too.
    ("416-555-0111", "CA", "+14165550111", "(416) 555-0111"),
    ("+1 (416) 555-0111", "CA", "+14165550111", "(416) 555-0111"),
    ("1-866-555-0188", "CA", "+18665550188", "1-866-555-0188"),
    ("1 833 456 4566", "CA", "+18334564566", "1-833-456-4566"),
    ("+1 314 555 0100", "CA", "+13145550100", "+1 314-555-0100"),
    ("686868", "CA", "686868", "686868"),
    ("988", "CA", "988", "988"),
    # Jamaica shares +1 as well.
    ("876-555-0100", "JM", "+18765550100", "(876) 555-0100"),
    ("1-866-555-0188", "JM", "+18665550188", "1-866-555-0188"),
    ("+1 876 555 0100", "CA", "+18765550100", "+1 876-555-0100"),
    # United Kingdom (Ofcom's drama ranges).
    ("0161 496 0000", "GB", "+441614960000", "0161 496 0000"),
    ("+44 20 7946 0000", "GB", "+442079460000", "020 7946 0000"),
    ("0808 2000 247", "GB", "+448082000247", "0808 200 0247"),
    ("116 123", "GB", "116123", "116123"),
    ("999", "GB", "999", "999"),
    ("+44 20 7946 0000", "CA", "+442079460000", "+44 20 7946 0000"),
    # Germany.
    ("030 1234567", "DE", "+49301234567", "030 1234567"),
    ("0800 111 0 111", "DE", "+498001110111", "0800 1110111"),
    ("110", "DE", "110", "110"),
    # France.
    ("01 44 55 66 77", "FR", "+33144556677", "01 44 55 66 77"),
    ("+33 1 99 00 12 34", "FR", "+33199001234", "01 99 00 12 34"),
    ("3919", "FR", "3919", "3919"),
    # Australia.
    ("(02) 9876 5432", "AU", "+61298765432", "(02) 9876 5432"),
    ("1800 737 732", "AU", "+611800737732", "1800 737 732"),
    ("13 11 14", "AU", "+61131114", "13 11 14"),
    ("000", "AU", "000", "000"),
    # Mexico.
    ("55 1234 5678", "MX", "+525512345678", "55 1234 5678"),
    ("800 911 2000", "MX", "+528009112000", "800 911 2000"),
    ("911", "MX", "911", "911"),
    # Israel and Egypt: right-to-left languages, left-to-right numbers.
    ("03-123-4567", "IL", "+97231234567", "03-123-4567"),
    ("+972 3 123 4567", "IL", "+97231234567", "03-123-4567"),
    ("1201", "IL", "1201", "1201"),
    ("02 2345 6789", "EG", "+20223456789", "02 23456789"),
    ("+20 2 23456789", "EG", "+20223456789", "02 23456789"),
    ("16000", "EG", "16000", "16000"),
    ("+20 2 23456789", "GB", "+20223456789", "+20 2 23456789"),
]


@pytest.mark.parametrize(("text", "region", "canonical", "shown"), KNOWN)
def test_known_numbers_are_read_and_shown_as_the_region_writes_them(text, region, canonical, shown):
    assert parse_phone(text, region) == ParsedPhone(canonical, shown, sms_only=len(text) == 6)


UNKNOWN = [
    ("45645", "CA"),  # Talk Suicide Canada's text line: not in the library
    ("116 016", "DE"),  # Hilfetelefon Gewalt gegen Frauen: not in the library
    ("18001 0161 496 0000", "GB"),  # a relay prefix is not part of a number
    ("07700 900123", "GB"),  # Ofcom's drama mobile range: never allocated
    ("*6724", "IL"),
]


@pytest.mark.parametrize(("text", "region"), UNKNOWN)
def test_numbers_the_library_does_not_know_are_errors_without_a_declaration(text, region):
    assert parse_phone(text, region) == PhoneProblem(
        f"{text!r} is not a valid phone number in region {region}; check every digit "
        "against the organisation's own published number"
    )


# --- declared numbers, read from real bundle files ---------------------------------

RESOURCE = f"""\
id: national-hotline
name: {{en: "Help line", es: "Línea de ayuda"}}
slip_name: {{en: "Help line", es: "Línea de ayuda"}}
phones:
PHONES
verified: {{on: {VERIFIED_ON.isoformat()}, by: "Content team", method: phoned}}
"""
FILE = "resources/hotline.yaml"


def bundle_with(tmp_path, region: str, phones: str):
    bundle = make_bundle(tmp_path)
    bundle.replace("bundle.yaml", "region: US", f"region: {region}")
    bundle.write(FILE, RESOURCE.replace("PHONES\n", phones))
    return bundle


DECLARED = [
    pytest.param(
        "CA",
        '  - number: "45645"\n    type: text\n    keyword: "TALK"\n    format: short-code\n',
        ("45645", "45645", "tel:45645", None),
        f"{FILE}:5:13: warning: '45645' is not a short code the phone number library "
        f"lists for CA; it is shown and dialled as written because {FILE}:8:13 declares "
        "'format: short-code': check it against the service's own published number "
        "[declared-phone]",
        id="CA-text-short-code",
    ),
    pytest.param(
        "DE",
        '  - {number: "116 016", format: short-code}\n',
        ("116016", "116 016", "tel:116016", None),
        f"{FILE}:5:14: warning: '116 016' is not a short code the phone number library "
        f"lists for DE; it is shown and dialled as written because {FILE}:5:33 declares "
        "'format: short-code': check it against the service's own published number "
        "[declared-phone]",
        id="DE-voice-short-code-spaced",
    ),
    pytest.param(
        "IL",
        '  - {number: "*6724", format: short-code}\n',
        ("*6724", "*6724", "tel:*6724", None),
        f"{FILE}:5:14: warning: '*6724' is not a short code the phone number library "
        f"lists for IL; it is shown and dialled as written because {FILE}:5:31 declares "
        "'format: short-code': check it against the service's own published number "
        "[declared-phone]",
        id="IL-star-number",
    ),
    pytest.param(
        "GB",
        '  - number: "0161 496 0000"\n    type: tty\n    relay: "18001"\n',
        ("+441614960000", "18001 0161 496 0000", "tel:1800101614960000", "18001"),
        f"{FILE}:5:13: warning: '0161 496 0000' is dialled after the relay prefix '18001' "
        f"(1800101614960000) because {FILE}:7:12 declares it: the phone number library does "
        "not know relay prefixes; check it against the relay service's own instructions "
        "[declared-phone]",
        id="GB-textphone-through-relay",
    ),
    pytest.param(
        "GB",
        '  - {number: "+44 20 7946 0000", relay: "18002"}\n',
        ("+442079460000", "18002 020 7946 0000", "tel:1800202079460000", "18002"),
        f"{FILE}:5:14: warning: '+44 20 7946 0000' is dialled after the relay prefix '18002' "
        f"(1800202079460000) because {FILE}:5:41 declares it: the phone number "
        "library does not know relay prefixes; check it against the relay service's own "
        "instructions [declared-phone]",
        id="GB-voice-caller-to-a-textphone",
    ),
    pytest.param(
        "GB",
        '  - {number: "07700 900123", format: new-range}\n',
        ("+447700900123", "07700 900123", "tel:+447700900123", None),
        f"{FILE}:5:14: warning: '07700 900123' is in no range the phone number library "
        f"knows for +44; it is shown and dialled as written because {FILE}:5:38 declares "
        "'format: new-range': check it against the organisation's own published number, "
        "and update the kiosk, whose newer library may know the range [declared-phone]",
        id="GB-new-range",
    ),
    pytest.param(
        "CA",
        '  - {number: "988", format: short-code}\n',
        ("988", "988", "tel:988", None),
        f"{FILE}:5:14: warning: the phone number library knows '988'; remove "
        "'format: short-code' so that the library keeps checking it "
        "[needless-phone-declaration]",
        id="CA-needless-short-code",
    ),
    pytest.param(
        "MX",
        '  - {number: "55 1234 5678", format: new-range}\n',
        ("+525512345678", "55 1234 5678", "tel:+525512345678", None),
        f"{FILE}:5:14: warning: the phone number library knows '55 1234 5678'; remove "
        "'format: new-range' so that the library keeps checking it "
        "[needless-phone-declaration]",
        id="MX-needless-new-range",
    ),
]


@pytest.mark.parametrize(("region", "phones", "phone", "warning"), DECLARED)
def test_a_declared_number_is_used_and_always_warned_about(
    tmp_path, region, phones, phone, warning
):
    result = bundle_with(tmp_path, region, phones).load()
    assert [str(f) for f in result.findings] == [warning]
    (read,) = result.bundle.resources["national-hotline"].phones
    assert (read.number, read.display, read.dial_uri, read.relay) == phone


def test_the_compiled_form_carries_relay_and_what_is_dialled(tmp_path):
    bundle = bundle_with(
        tmp_path, "GB", '  - {number: "0161 496 0000", type: tty, relay: "18001"}\n'
    )
    result = bundle.load()
    body = compile_folder(bundle.path, result, source="m").split(b"\n", 1)[1]
    compiled = from_compiled_body(body, today=TODAY)
    assert compiled.bundle.resources["national-hotline"].phones == (
        result.bundle.resources["national-hotline"].phones
    )
    (phone,) = compiled.bundle.resources["national-hotline"].phones
    assert (phone.display, phone.dial_uri) == ("18001 0161 496 0000", "tel:1800101614960000")
    assert [f.rule for f in compiled.findings] == ["declared-phone"]


# --- bad declarations: the hostile corpus --------------------------------------------

BAD = [
    pytest.param(
        "CA",
        '  - {number: "416-555-0111", format: short-code}\n',
        (
            f"{FILE}:5:5: error: '416-555-0111' cannot be a short code: write its 3 to 8 digits "
            'as the service writes them, such as "45645" or "116 016" [bad-phone]',
        ),
        id="full-number-as-short-code",
    ),
    pytest.param(
        "CA",
        '  - {number: "45", format: short-code}\n',
        (
            f"{FILE}:5:5: error: '45' cannot be a short code: write its 3 to 8 digits "
            'as the service writes them, such as "45645" or "116 016" [bad-phone]',
        ),
        id="two-digit-short-code",
    ),
    pytest.param(
        "CA",
        '  - {number: "123456789", format: short-code}\n',
        (
            f"{FILE}:5:5: error: '123456789' cannot be a short code: write its 3 to 8 digits "
            'as the service writes them, such as "45645" or "116 016" [bad-phone]',
        ),
        id="nine-digit-short-code",
    ),
    pytest.param(
        "CA",
        '  - {number: "456-45", format: short-code}\n',
        (
            f"{FILE}:5:5: error: '456-45' cannot be a short code: write its 3 to 8 digits "
            'as the service writes them, such as "45645" or "116 016" [bad-phone]',
        ),
        id="short-code-with-a-dash",
    ),
    pytest.param(
        "CA",
        '  - {number: "+45645", format: short-code}\n',
        (
            f"{FILE}:5:5: error: '+45645' cannot be a short code: write its 3 to 8 digits "
            'as the service writes them, such as "45645" or "116 016" [bad-phone]',
        ),
        id="short-code-with-a-plus",
    ),
    pytest.param(
        "CA",
        '  - {number: "TALK", format: short-code}\n',
        (
            f"{FILE}:5:5: error: 'TALK' cannot be a short code: write its 3 to 8 digits "
            'as the service writes them, such as "45645" or "116 016" [bad-phone]',
        ),
        id="short-code-in-letters",
    ),
    pytest.param(
        "CA",
        '  - {number: "4564S", format: short-code}\n',
        (
            f"{FILE}:5:5: error: '4564S' cannot be a short code: write its 3 to 8 digits "
            'as the service writes them, such as "45645" or "116 016" [bad-phone]',
        ),
        id="short-code-with-a-letter",
    ),
    pytest.param(
        "CA",
        '  - {number: "45645", format: shortcode}\n',
        (
            f"{FILE}:5:5: error: '45645' is not a valid phone number in region CA; check every "
            "digit against the organisation's own published number [bad-phone]",
            f"{FILE}:5:31: error: 'shortcode' is not one of: short-code, new-range; "
            "did you mean 'short-code'? [bad-choice]",
        ),
        id="format-misspelt",
    ),
    pytest.param(
        "GB",
        '  - {number: "0161 496 0000", relay: 18001}\n',
        (
            f"{FILE}:5:38: error: expected text, but YAML reads '18001' as a number; "
            'put it in quotes: "18001" [yaml-implicit-type]',
        ),
        id="relay-prefix-unquoted",
    ),
    pytest.param(
        "GB",
        '  - {number: "0161 496 0000", relay: "1800-1"}\n',
        (
            f"{FILE}:5:38: error: '1800-1' is not valid here: write the relay prefix in digits "
            'only, such as "18001" [bad-format]',
        ),
        id="relay-prefix-not-digits",
    ),
    pytest.param(
        "GB",
        '  - {number: "0161 496 0000", relay: "18"}\n',
        (
            f"{FILE}:5:38: error: '18' is not valid here: write the relay prefix in digits "
            'only, such as "18001" [bad-format]',
        ),
        id="relay-prefix-too-short",
    ),
    pytest.param(
        "GB",
        '  - {number: "18001 0161 496 0000", relay: "18001"}\n',
        (
            f"{FILE}:5:5: error: '18001 0161 496 0000' is not a valid phone number in region GB; "
            "check every digit against the organisation's own published number [bad-phone]",
        ),
        id="relay-prefix-written-twice",
    ),
    pytest.param(
        "GB",
        '  - {number: "0161 496 000", relay: "18001"}\n',
        (
            f"{FILE}:5:5: error: '0161 496 000' is not a valid phone number in region GB; "
            "check every digit against the organisation's own published number [bad-phone]",
        ),
        id="relayed-number-a-digit-short",
    ),
    pytest.param(
        "GB",
        '  - {number: "999", relay: "18001"}\n',
        (
            f"{FILE}:5:5: error: the relay prefix '18001' cannot go before '999': a relay "
            "prefix goes before a full number of GB [bad-phone]",
        ),
        id="relay-before-a-short-code",
    ),
    pytest.param(
        "GB",
        '  - {number: "+1 416 555 0111", relay: "18001"}\n',
        (
            f"{FILE}:5:5: error: the relay prefix '18001' cannot go before '+1 416 555 0111': "
            "a relay prefix goes before a full number of GB [bad-phone]",
        ),
        id="relay-before-a-foreign-number",
    ),
    pytest.param(
        "GB",
        '  - {number: "0161 496 0000", type: text, relay: "18001"}\n',
        (
            f"{FILE}:5:5: error: a relay prefix is dialled, never texted: write 'type: tty' "
            "(a textphone calls through the relay) or 'type: voice' (a voice caller reaches "
            "a textphone) [bad-phone]",
        ),
        id="relay-on-a-text-number",
    ),
    pytest.param(
        "GB",
        '  - {number: "0161 496 0000", format: new-range, relay: "18001"}\n',
        (
            f"{FILE}:5:5: error: write either 'format' or 'relay', not both: a relay prefix "
            "goes before a number the phone number library knows [bad-phone]",
        ),
        id="format-and-relay",
    ),
    pytest.param(
        "GB",
        '  - {number: "07700 900 12345", format: new-range}\n',
        (
            f"{FILE}:5:5: error: '07700 900 12345' does not have as many digits as a phone number "
            "of +44; check every digit [bad-phone]",
        ),
        id="new-range-too-short",
    ),
    pytest.param(
        "GB",
        '  - {number: "+999 1234 5678", format: new-range}\n',
        (
            f"{FILE}:5:5: error: '+999 1234 5678' is not a phone number (Could not "
            "interpret numbers after plus-sign.); check the digits [bad-phone]",
        ),
        id="new-range-no-such-country",
    ),
    pytest.param(
        "CA",
        '  - {number: "45645", format: short-code, format: new-range}\n',
        (
            f"{FILE}:5:43: error: 'format' is given twice (first at line 5); keep one "
            "[duplicate-key]",
            f"{FILE}:5:14: warning: '45645' is not a short code the phone number library "
            f"lists for CA; it is shown and dialled as written because {FILE}:5:31 declares "
            "'format: short-code': check it against the service's own published number "
            "[declared-phone]",
        ),
        id="format-given-twice",
    ),
    pytest.param(
        "CA",
        '  - {number: "45645", type: text}\n',
        (
            f"{FILE}:5:5: error: '45645' is not a valid phone number in region CA; check every "
            "digit against the organisation's own published number [bad-phone]",
        ),
        id="undeclared-short-code",
    ),
]


@pytest.mark.parametrize(("region", "phones", "messages"), BAD)
def test_a_bad_declaration_is_an_error_that_says_how_to_fix_it(tmp_path, region, phones, messages):
    """Every finding, in order: the error, and nothing taken on the bundle's
    word unless the declaration itself was read (the key given twice)."""
    result = bundle_with(tmp_path, region, phones).load()
    assert [str(f) for f in result.findings] == list(messages)
    assert result.bundle is None


# --- printed slips: the numbers as shown, the QR codes as dialled ------------------

EGYPT_BUNDLE = """\
id: cairo-help
version: 1
status: published
title: {ar: "مساعدة قريبة", en: "Help nearby"}
region: EG
languages: [ar, en]
default_language: ar
review_by: 2027-05-31
cover:
  title: {ar: "أهلاً", en: "Welcome"}
  text: {ar: "يرجى التسجيل عند مكتب الاستقبال.", en: "Please check in at the front desk."}
slip_heading: {ar: "أرقام مفيدة", en: "Useful numbers"}
"""
EGYPT_TOPIC = """\
id: help
title: {ar: "طلب المساعدة", en: "Getting help"}
resources: [national-hotline]
"""
EGYPT_RESOURCE = f"""\
id: national-hotline
name: {{ar: "خط المساعدة", en: "Help line"}}
slip_name: {{ar: "خط المساعدة", en: "Help line"}}
phones:
  - {{number: "02 2345 6789"}}
  - {{number: "16000"}}
verified: {{on: {VERIFIED_ON.isoformat()}, by: "Content team", method: phoned}}
"""

SLIPS = [
    pytest.param(
        "CA",
        '  - {number: "1-833-456-4566"}\n'
        '  - {number: "45645", type: text, keyword: "TALK", format: short-code}\n'
        '  - {number: "416-555-0111"}\n',
        "en",
        ("1-833-456-4566", "Text TALK to", "45645", "(416) 555-0111"),
        {"tel:+18334564566"},
        id="CA",
    ),
    pytest.param(
        "GB",
        '  - {number: "020 7946 0000", relay: "18002"}\n'
        '  - {number: "0161 496 0000", type: tty, relay: "18001"}\n',
        "en",
        ("18002 020 7946 0000", "18001 0161 496 0000"),
        {"tel:1800202079460000"},
        id="GB-relay",
    ),
    pytest.param(
        "DE",
        '  - {number: "116 016", format: short-code}\n  - {number: "030 1234567"}\n',
        "en",
        ("116 016", "030 1234567"),
        {"tel:116016"},
        id="DE-short-code",
    ),
]


def printed(bundle, language: str, tmp_path) -> tuple[Any, str, set[str]]:
    """The plan, the text and the decoded QR codes of a real 80 mm slip PDF."""
    pdf = tmp_path / "slip.pdf"
    plan = render_pdf(Slip(bundle, ("national-hotline",), language, layout="80mm"), pdf)
    codes: set[str] = set()
    for image in rasterise(pdf):
        codes |= decode_qr(image)
    return plan, pdf_text(pdf), codes


@pytest.mark.parametrize(("region", "phones", "language", "shown", "codes"), SLIPS)
def test_a_slip_prints_each_number_as_shown_and_encodes_it_as_dialled(
    qapp, tmp_path, region, phones, language, shown, codes
):
    result = bundle_with(tmp_path, region, phones).load()
    assert result.errors == []
    _, text, decoded = printed(result.bundle, language, tmp_path)
    for number in shown:
        assert number in text
    assert decoded == codes


def test_a_right_to_left_slip_keeps_an_egyptian_number_in_order(qapp, tmp_path):
    bundle = make_bundle(tmp_path)
    bundle.write("bundle.yaml", EGYPT_BUNDLE)
    bundle.write("topics/help.yaml", EGYPT_TOPIC)
    bundle.write(FILE, EGYPT_RESOURCE)
    result = bundle.load()
    assert [str(f) for f in result.findings] == []
    plan, text, decoded = printed(result.bundle, "ar", tmp_path)
    assert is_right_to_left(plan.content.language)
    numbers = [
        op.text for op in plan.pages[0].ops if isinstance(op, TextOp) and op.role == "number"
    ]
    assert numbers == ["02 23456789", "16000"]
    # pypdf reads Arabic in visual order, digits in logical order: the
    # numbers come out whole.
    assert "02 23456789" in text and "16000" in text
    assert decoded == {"tel:+20223456789"}


def test_an_hsds_export_says_which_relay_to_dial_through(tmp_path):
    from kiosk.hsds import export_bundle

    bundle = bundle_with(
        tmp_path, "GB", '  - {number: "0161 496 0000", type: tty, relay: "18001"}\n'
    )
    export_bundle(bundle.path, tmp_path / "out.json", today=TODAY)
    [service] = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    [phone] = service["phones"]
    assert (phone["number"], phone["type"], phone["description"]) == (
        "+441614960000",
        "textphone",
        "dial through relay: 18001 0161 496 0000",
    )
