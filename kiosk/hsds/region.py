"""Which country's phone numbers a directory lists, from the directory itself.

A number written without its country code means something else in every
country, so the importer never assumes one: the region is taken from the
addresses' `country` and the numbers written with a `+` only when every one
of them agrees, and otherwise the editor is asked for `--region`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import phonenumbers

from kiosk.hsds.errors import HsdsError
from kiosk.hsds.reading_json import Directory

_QUOTES: Final = "\"'“”‘’` "
MAX_VISITED: Final = 1_000_000  # records looked at; a directory is never this deep
ASK: Final = "give --region with the two-letter code of the country, such as --region US"


def infer_region(directory: Directory, source: str) -> str:
    countries: set[str] = set()
    codes: set[int] = set()
    number_regions: set[str] = set()
    for key, record in _lists_of(directory):
        if key == "addresses":
            country = record.get("country")
            if (
                isinstance(country, str)
                and country.strip().upper() in phonenumbers.SUPPORTED_REGIONS
            ):
                countries.add(country.strip().upper())
        elif key == "phones":
            number = record.get("number")
            if not isinstance(number, str) or not number.strip(_QUOTES).startswith("+"):
                continue
            try:
                parsed = phonenumbers.parse(number.strip(_QUOTES)[:40], None)
            except phonenumbers.NumberParseException:
                continue
            if parsed.country_code is None:
                continue
            codes.add(parsed.country_code)
            if region := phonenumbers.region_code_for_number(parsed):
                number_regions.add(region)
    if len(countries) == 1:
        (region,) = countries
        if codes <= {phonenumbers.country_code_for_region(region)}:
            return region
    elif not countries and len(codes) == 1 and len(number_regions) == 1:
        return next(iter(number_regions))
    if not countries and not codes:
        raise HsdsError(
            f"{source}: no address names its country and no phone number is written with "
            f"its country code, so the importer cannot tell which country the numbers are "
            f"in: {ASK}"
        )
    shown_countries = ", ".join(sorted(countries)) or "none"
    shown_codes = ", ".join(f"+{code}" for code in sorted(codes)) or "none"
    raise HsdsError(
        f"{source}: the addresses and phone numbers do not agree on one country "
        f"(address countries: {shown_countries}; phone country codes: {shown_codes}): {ASK}"
    )


def _lists_of(directory: Directory) -> Iterator[tuple[str, dict[str, Any]]]:
    """(key, record) for every record inside an `addresses` or `phones` list."""
    stack: list[Any] = [item.record for item in directory.services]
    visited = 0
    while stack and visited < MAX_VISITED:
        value = stack.pop()
        visited += 1
        if isinstance(value, dict):
            for key, child in value.items():
                if key in ("addresses", "phones") and isinstance(child, list):
                    for record in child:
                        if isinstance(record, dict):
                            yield key, record
                stack.append(child)
        elif isinstance(value, list):
            stack.extend(value)
