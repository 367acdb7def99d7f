"""`parse_phone`'s shortcut gives exactly what phonenumbers' documented calls give.

`parse_phone` finds a number's region once instead of calling
`is_valid_number`; it is compared here with the straightforward use of the
library on random input (Hypothesis). (The specs have no fast path to
compare: each reads a value in one path.)"""

from __future__ import annotations

import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from kiosk.content import phones
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
    if not phonenumbers.is_valid_number_for_region(number, region):
        return canonical, phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if number.country_code == 1 and phonenumbers.number_type(number) == PhoneNumberType.TOLL_FREE:
        # NANP toll-free numbers are written with the 1 that dials them.
        digits = phonenumbers.national_significant_number(number)
        return canonical, f"1-{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return canonical, national


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
    phones.clear_cache()
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
