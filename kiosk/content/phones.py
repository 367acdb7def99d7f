"""Phone numbers: read with the phonenumbers library for the bundle's region.

A wrong number is the worst bug this product can have, so a number that the
library does not consider valid for the region is an error, never a guess.
Results are memoised per (text, region): national hotlines recur across
resources and parsing is the costliest part of validating a large bundle.

Some real numbers are not in the library: a short code it does not list for
the region (Talk Suicide Canada's text line 45645), a relay service's prefix
dialled before a number (UK Relay's 18001), a range opened after the library
was released. A bundle may declare such a number, one number at a time
(`format: short-code`, `format: new-range`, `relay: "18001"`); the number is
then taken on the bundle's word, and the validator always says so in a
warning (kiosk.content.format), never silently.

How numbers are shown. A number of the bundle's own region (valid there,
which for a shared calling code such as +1 includes the toll-free numbers
every NANP country shares) is shown in the library's national format, as
people there write it: `(416) 555-0111`, `0161 496 0000`, `03-123-4567`.
One exception: NANP toll-free numbers are written with the 1 that dials them,
`1-866-555-0188`, as services in Canada and the United States print them;
the library's national form `(866) 555-0188` omits it. Any other number is
shown in international format (`+44 20 7946 0000`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

import phonenumbers
from phonenumbers import NumberFormat, PhoneNumberFormat, ValidationResult
from phonenumbers.shortnumberinfo import is_sms_service_for_region

_NANP: Final = 1
# "1-866-555-0188": the 1 that dials a toll-free number, then the area code.
_NANP_TOLL_FREE: Final = [NumberFormat(pattern=r"(\d{3})(\d{3})(\d{4})", format=r"1-\1-\2-\3")]
# A declared short code: 3 to 8 digits, spaced as the service writes them
# (116 016), after an optional star (Israel's *6724 numbers).
_SHORT_CODE: Final = re.compile(r"\*?\d+(?: \d+)*")
SHORT_CODE_DIGITS: Final = range(3, 9)


@dataclass(frozen=True, slots=True)
class ParsedPhone:
    canonical: str  # E.164, or the digits of a short code
    display: str  # national format, as people in the region write it
    sms_only: bool = False  # a short code that takes text messages, not calls
    # What a phone dials when that is not `canonical`: a relay prefix and the
    # national number it goes before ("1800101614960000").
    dialled: str | None = None


@dataclass(frozen=True, slots=True)
class PhoneProblem:
    message: str


@dataclass(frozen=True, slots=True)
class Declared:
    """A number read on the bundle's word: what it comes to, and what the
    validator must say about it (rule and message of a warning)."""

    phone: ParsedPhone
    rule: str
    message: str


def _letters_or_too_short(text: str) -> PhoneProblem | None:
    if sum(ch.isdigit() for ch in text) < 3:
        return PhoneProblem(f"{text!r} is not a phone number; write its digits")
    if any(ch.isalpha() for ch in text):
        # The library would read letters as keypad digits (1-800-FLOWERS);
        # one wrong letter then dials a stranger.
        return PhoneProblem(f"{text!r} has letters; write the number in digits only")
    return None


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | PhoneProblem:
    problem = _letters_or_too_short(text)
    if problem is not None:
        return problem
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        return PhoneProblem(f"{text!r} is not a phone number ({exc._msg}); check the digits")


def _shown(number: phonenumbers.PhoneNumber, region: str) -> str:
    """The number as people in `region` write it (see the module's docstring)."""
    if number.country_code != phonenumbers.country_code_for_region(region):
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if number.country_code == _NANP and _toll_free_in(region).fullmatch(
        phonenumbers.national_significant_number(number)
    ):
        return phonenumbers.format_by_pattern(number, PhoneNumberFormat.NATIONAL, _NANP_TOLL_FREE)
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)


@cache
def _toll_free_in(region: str) -> re.Pattern[str]:
    """The region's toll-free range, from the library's metadata. Asked of
    the bundle's region alone: `number_type` would first walk every region
    sharing the calling code to find the number's own, which for a number
    already known valid in `region` changes nothing and costs a third of
    reading it."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    pattern = (
        metadata.toll_free.national_number_pattern if metadata and metadata.toll_free else None
    )
    return re.compile(pattern or r"(?!)")


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
    number = _parse(text, region)
    if isinstance(number, PhoneProblem):
        return number.message
    digits = phonenumbers.national_significant_number(number)
    if len(digits) <= 8 and phonenumbers.is_valid_short_number_for_region(number, region):
        return (digits, digits, is_sms_service_for_region(number, region))
    if phonenumbers.is_valid_number_for_region(number, region):
        # The common case, asked first: a number of the bundle's own region
        # (for +1 that includes the toll-free numbers every NANP region
        # shares). Valid here means valid in the region the library would
        # file it under, so the walk through the regions sharing the calling
        # code (~25 for +1) is needed only for the numbers that are not.
        return (
            phonenumbers.format_number(number, PhoneNumberFormat.E164),
            _shown(number, region),
            False,
        )
    # is_valid_number(number) is exactly is_valid_number_for_region(number,
    # region_code_for_number(number)); spelt out, the region is found once.
    home = phonenumbers.region_code_for_number(number)
    if home is not None and phonenumbers.is_valid_number_for_region(number, home):
        return (
            phonenumbers.format_number(number, PhoneNumberFormat.E164),
            phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
            False,
        )
    return (
        f"{text!r} is not a valid phone number in region {region}; check every digit "
        "against the organisation's own published number"
    )


def _needless(text: str, declared: str, known: ParsedPhone) -> Declared:
    return Declared(
        known,
        "needless-phone-declaration",
        f"the phone number library knows {text!r}; remove '{declared}' so that the "
        "library keeps checking it",
    )


def parse_short_code(text: str, region: str, where: str) -> Declared | PhoneProblem:
    """A short code the library does not list for `region`, declared by the
    bundle at `where` (file:line:col): dialled exactly as written."""
    known = parse_phone(text, region)
    if isinstance(known, ParsedPhone) and len(known.canonical) <= 8:
        return _needless(text, "format: short-code", known)
    written = " ".join(text.split())
    digits = written.replace(" ", "").lstrip("*")
    if not _SHORT_CODE.fullmatch(written) or len(digits) not in SHORT_CODE_DIGITS:
        return PhoneProblem(
            f"{text!r} cannot be a short code: write its 3 to 8 digits as the service "
            'writes them, such as "45645" or "116 016"'
        )
    return Declared(
        ParsedPhone(written.replace(" ", ""), written),
        "declared-phone",
        f"{text!r} is not a short code the phone number library lists for {region}; "
        f"it is shown and dialled as written because {where} declares "
        "'format: short-code': check it against the service's own published number",
    )


def parse_new_range(text: str, region: str, where: str) -> Declared | PhoneProblem:
    """A full number in a range the library does not list yet, declared by
    the bundle at `where`: it must still have a right length for its country.
    Shown as written: the library's formats for the range are unknown too."""
    known = parse_phone(text, region)
    if isinstance(known, ParsedPhone):
        return _needless(text, "format: new-range", known)
    number = _parse(text, region)
    if isinstance(number, PhoneProblem):
        return number
    if phonenumbers.is_possible_number_with_reason(number) != ValidationResult.IS_POSSIBLE:
        return PhoneProblem(
            f"{text!r} does not have as many digits as a phone number of "
            f"+{number.country_code}; check every digit"
        )
    return Declared(
        ParsedPhone(
            phonenumbers.format_number(number, PhoneNumberFormat.E164), " ".join(text.split())
        ),
        "declared-phone",
        f"{text!r} is in no range the phone number library knows for "
        f"+{number.country_code}; it is shown and dialled as written because {where} "
        "declares 'format: new-range': check it against the organisation's own published "
        "number, and update the kiosk, whose newer library may know the range",
    )


def parse_relayed(text: str, prefix: str, region: str, where: str) -> Declared | PhoneProblem:
    """A number of `region` dialled through a relay service, declared by the
    bundle at `where`: the prefix, then the full national number with its
    trunk prefix (UK Relay: 18001 then 0161 496 0000, no pause)."""
    known = parse_phone(text, region)
    if isinstance(known, PhoneProblem):
        return known
    number = phonenumbers.parse(text, region)
    national = phonenumbers.format_number_for_mobile_dialing(number, region, with_formatting=False)
    if (
        len(known.canonical) <= 8
        or not national.isdigit()
        or not (phonenumbers.is_valid_number_for_region(number, region))
    ):
        return PhoneProblem(
            f"the relay prefix {prefix!r} cannot go before {text!r}: a relay prefix goes "
            f"before a full number of {region}"
        )
    return Declared(
        ParsedPhone(known.canonical, f"{prefix} {known.display}", dialled=prefix + national),
        "declared-phone",
        f"{text!r} is dialled after the relay prefix {prefix!r} ({prefix}{national}) because "
        f"{where} declares it: the phone number library does not know relay prefixes; "
        "check it against the relay service's own instructions",
    )
