"""Phone numbers: read with the phonenumbers library for the bundle's region.

A wrong number is the worst bug this product can have, so a number that the
library does not consider valid for the region is an error, never a guess.
Results are memoised per (text, region): national hotlines recur across
resources and parsing is the costliest part of validating a large bundle.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneNumberFormat
from phonenumbers.shortnumberinfo import is_sms_service_for_region


@dataclass(frozen=True, slots=True)
class ParsedPhone:
    canonical: str  # E.164, or the digits of a short code
    display: str  # national format, as people in the region write it
    sms_only: bool = False  # a short code that takes text messages, not calls


@dataclass(frozen=True, slots=True)
class PhoneProblem:
    message: str


def parse_phone(text: str, region: str) -> ParsedPhone | PhoneProblem:
    """Full numbers in any common format, and the short numbers (911, 988, SMS
    short codes) that the library lists as valid for the region."""
    read = _read_number(text, region)
    if type(read) is str:
        return PhoneProblem(read)
    return ParsedPhone(*read)


def clear_cache() -> None:
    """Forget every number read so far (for tests that time or compare reading)."""
    _read_number.cache_clear()


# The memo holds plain tuples and strings, not ParsedPhone objects: the garbage
# collector stops tracking those, so a bundle's 10,000 numbers add nothing to
# the collections that run while the rest of it loads.
@lru_cache(maxsize=65536)
def _read_number(text: str, region: str) -> tuple[str, str, bool] | str:
    """parse_phone's answer: (canonical, display, sms_only), or the problem."""
    if sum(ch.isdigit() for ch in text) < 3:
        return f"{text!r} is not a phone number; write its digits"
    if any(ch.isalpha() for ch in text):
        # The library would read letters as keypad digits (1-800-FLOWERS);
        # one wrong letter then dials a stranger.
        return f"{text!r} has letters; write the number in digits only"
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        return f"{text!r} is not a phone number ({exc._msg}); check the digits"
    digits = phonenumbers.national_significant_number(number)
    if len(digits) <= 8 and phonenumbers.is_valid_short_number_for_region(number, region):
        return (digits, digits, is_sms_service_for_region(number, region))
    # is_valid_number(number) is exactly is_valid_number_for_region(number,
    # region_code_for_number(number)); spelt out, the region (a walk through
    # the ~25 regions sharing +1, say) is found once, not twice.
    home = phonenumbers.region_code_for_number(number)
    if home is not None and phonenumbers.is_valid_number_for_region(number, home):
        canonical = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        if home == region:
            display = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        else:
            display = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
        return (canonical, display, False)
    return (
        f"{text!r} is not a valid phone number in region {region}; check every digit "
        "against the organisation's own published number"
    )
