"""The loader's fast paths give exactly what the plain paths give.

`parse_phone` finds a number's region once instead of calling
`is_valid_number`; the specs read well-formed values without the checks that
only find faults. Both are compared here with the straightforward code on
random input (Hypothesis), on real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import phonenumbers
from content_helpers import make_bundle
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat

from kiosk.content import schema
from kiosk.content.phones import ParsedPhone, PhoneProblem, parse_phone

REGIONS = ["US", "CA", "GB", "DE", "FR", "MX", "BA", "VN", "CN", "EG", "JM", "PR", "AU", "IN"]


def reference_phone(text: str, region: str) -> tuple[str, str] | None:
    """The library's own validity and formats, spelt out as documented."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    canonical = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if phonenumbers.region_code_for_number(number) == region:
        return canonical, phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return canonical, phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)


numbers = st.one_of(
    st.from_regex(r"\+?1?[-. (]?[2-9]\d{2}[-. )]{0,2}\d{3}[-. ]?\d{4}", fullmatch=True),
    st.from_regex(r"\+\d{1,3} ?\d{2,5} ?\d{3,8}", fullmatch=True),
    st.from_regex(r"0\d{2,4} ?\d{3,8}", fullmatch=True),
    st.sampled_from(
        ["911", "988", "233733", "+1 888 373 7888", "(314) 534-4200", "1-800-799-7233"]
    ),
)


@settings(max_examples=400, deadline=None)
@given(text=numbers, region=st.sampled_from(REGIONS))
def test_parse_phone_agrees_with_is_valid_number(text: str, region: str) -> None:
    parse_phone.cache_clear()
    parsed = parse_phone(text, region)
    expected = reference_phone(text, region)
    if isinstance(parsed, ParsedPhone) and len(parsed.canonical) > 8:
        assert expected == (parsed.canonical, parsed.display)
    elif expected is not None:
        # Valid for the library: either read as a short number first, or refused
        # for letters or too few digits, which parse_phone checks before it.
        assert isinstance(parsed, ParsedPhone) or "digits" in parsed.message
    else:
        assert isinstance(parsed, PhoneProblem) or len(parsed.canonical) <= 8


# --- specs: fast reading against the checked reading -------------------------

values = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", " ", "  x  ", "no", "on", "10:30", "0644", "~", "null", "2026-11-20"]),
    st.from_regex(r"[a-z0-9][a-z0-9-]{0,70}", fullmatch=True),
)
keys = st.sampled_from(["en", "es", "ar", "xx", "EN", "no", "'en'", "1", "en-US", "!!str en", "''"])


def yaml_scalar(value: str, style: int) -> str:
    if style == 0:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if style == 1:
        return "'" + value.replace("'", "''") + "'"
    return value if value.strip() and value.isalnum() else '"' + value + '"'


@settings(max_examples=200, deadline=None)
@given(
    pairs=st.lists(st.tuples(keys, values, st.integers(0, 2)), min_size=0, max_size=4),
    plain_text=st.booleans(),
)
def test_language_maps_read_fast_as_checked(
    pairs: list[tuple[str, str, int]], plain_text: bool, tmp_path_factory: Any
) -> None:
    if plain_text and pairs:
        body = yaml_scalar(pairs[0][1], pairs[0][2])
    else:
        body = "{" + ", ".join(f"{k}: {yaml_scalar(v, s)}" for k, v, s in pairs) + "}"
    text = (
        "id: legal-aid\n"
        f"name: {body}\n"
        f"description: {body}\n"
        "phones: [{number: 314-534-4200}]\n"
        "verified: {on: 2026-11-01, by: Someone, method: phoned}\n"
    )
    bundle = make_bundle(tmp_path_factory.mktemp("b"))
    bundle.write("resources/extra.yaml", text)
    fast = [(str(f.pos), f.rule, f.message) for f in bundle.load().findings]
    slow = _load_without_fast_paths(bundle)
    assert fast == slow


def _load_without_fast_paths(bundle: Any) -> list[tuple[str, str, str]]:
    """The same load with every quick read refused, so the checked reading
    (the code before the fast paths) does everything."""
    saved_quick = schema.Text.quick
    saved_lang = schema.LangMap._quick
    schema.Text.quick = lambda self, node: None  # type: ignore[method-assign]
    schema.LangMap._quick = lambda self, node, ctx: None  # type: ignore[method-assign]
    try:
        return [(str(f.pos), f.rule, f.message) for f in bundle.load().findings]
    finally:
        schema.Text.quick = saved_quick  # type: ignore[method-assign]
        schema.LangMap._quick = saved_lang  # type: ignore[method-assign]


def test_the_template_reads_the_same_without_fast_paths(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    fast = bundle.load()
    assert fast.findings == []
    assert _load_without_fast_paths(bundle) == []
