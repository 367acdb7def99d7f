"""A service's phone numbers and street address, from HSDS to the bundle.

A wrong number is the worst bug this product can have: every number is read
with the same rules as the bundle loader (`kiosk.content.phones.parse_phone`)
for the bundle's region, and a number those rules refuse is not imported but
listed in the report, never repaired by guesswork. Fax, pager and video
numbers have no place on the kiosk and are listed too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from kiosk.content.phones import ParsedPhone, PhoneProblem, parse_phone
from kiosk.hsds.extension import KEY, apply_phone_extension
from kiosk.hsds.texts import Words
from kiosk.hsds.usage import Usage
from kiosk.hsds.values import (
    Record,
    children,
    describe,
    is_placeholder,
    number,
    shorten,
    text,
    whole_number,
)

# HSDS phone types (RFC 6350's list) to the bundle's; None: not for the kiosk.
PHONE_TYPES: Final = {
    "voice": "voice",
    "cell": "voice",
    "mobile": "voice",
    "text": "text",
    "sms": "text",
    "textphone": "tty",
    "tty": "tty",
    "fax": None,
    "pager": None,
    "video": None,
}
_NOT_FOR_KIOSK: Final = {
    "fax": "a fax number cannot be called or texted from a kiosk slip",
    "pager": "a pager number is not for visitors to call",
    "video": "a video-call number may not take ordinary calls; add it by hand if it does",
}
MAX_PHONES: Final = 20
MAX_LABEL: Final = 80
MAX_EXTENSION: Final = 10**10  # digits dialled after connecting; longer is not an extension
_QUOTES: Final = "\"'“”‘’` "


@dataclass
class PhoneReader:
    """Collects a resource's phones from several HSDS places, without duplicates."""

    region: str
    words: Words | None
    usage: Usage
    language: str
    problems: list[str] = field(default_factory=list)
    phones: list[dict[str, Any]] = field(default_factory=list)
    languages: list[tuple[Record, str]] = field(default_factory=list)
    _seen: set[tuple[str, str]] = field(default_factory=set)

    def read_all(self, owner: Record, where: str) -> None:
        for phone, place in children(owner, "phones", where):
            self._read(phone, place)
        self.usage.use(owner, "phones")

    def absorb_repeats(self, owner: Record, where: str) -> None:
        """Mark the numbers of a place that was not read (the building's, the
        organization's) that only repeat numbers already imported, so the
        report lists only the ones that differ."""
        phones = children(owner, "phones", where)
        repeats = 0
        for phone, place in phones:
            raw = text(phone, "number", place) if isinstance(phone.get("number"), str) else None
            kind = PHONE_TYPES.get((text(phone, "type", place) or "voice").casefold())
            parsed = parse_phone(raw.strip(_QUOTES), self.region) if raw else None
            if kind and isinstance(parsed, ParsedPhone) and (parsed.canonical, kind) in self._seen:
                self.usage.use_tree(phone)
                repeats += 1
        if phones and repeats == len(phones):
            self.usage.use(owner, "phones")

    def _read(self, phone: Record, where: str) -> None:
        self.usage.use(phone, "id")
        raw = phone.get("number")
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            self.usage.use(phone, "number")
            self.problems.append(
                f"phone {raw} is stored as a number, which loses leading zeros and '+': "
                "not imported, add it by hand from the organisation's own listing"
            )
            return
        number_text = text(phone, "number", where)
        if number_text is None:
            return
        number_text = number_text.strip(_QUOTES)
        self.usage.use(phone, "number", "type")
        kind_text = (text(phone, "type", where) or "voice").casefold()
        if kind_text not in PHONE_TYPES:
            self.problems.append(
                f'phone "{number_text}" has type "{kind_text}", which is not an HSDS phone type: '
                "not imported"
            )
            return
        kind = PHONE_TYPES[kind_text]
        if kind is None:
            self.problems.append(
                f'{kind_text} number "{number_text}" not imported: {_NOT_FOR_KIOSK[kind_text]}'
            )
            return
        parsed = parse_phone(number_text, self.region)
        if isinstance(parsed, PhoneProblem):
            self.problems.append(f"phone not imported: {parsed.message}")
            return
        if parsed.sms_only and kind != "text":
            self.problems.append(
                f'phone "{number_text}" is a text-message short code but is listed as {kind_text}: '
                "not imported; check how the service is reached"
            )
            return
        if (parsed.canonical, kind) in self._seen:
            # The same number listed again (for the location, a contact, ...):
            # what it says was carried by its first listing.
            self.usage.use_tree(phone)
            return
        if len(self.phones) >= MAX_PHONES:
            self.problems.append(f'phone "{number_text}" not imported: more than {MAX_PHONES}')
            return
        self._seen.add((parsed.canonical, kind))
        entry: dict[str, Any] = {"number": self._written(parsed.display, parsed.canonical)}
        entry["type"] = kind
        self.usage.use(phone, KEY)
        if isinstance(phone.get(KEY), dict):
            self.usage.use_tree(phone[KEY])
        if apply_phone_extension(entry, phone, self.language):
            # Our own export: the description only repeats the label and keyword.
            self.usage.use(phone, "description")
        else:
            label = self._label(phone, where)
            if label:
                entry["label"] = label
        self.phones.append(entry)
        self.languages.extend(children(phone, "languages", where))
        self.usage.use(phone, "languages")

    def _written(self, display: str, canonical: str) -> str:
        """The national format editors know, unless it would read back differently."""
        again = parse_phone(display, self.region)
        if isinstance(again, PhoneProblem) or again.canonical != canonical:
            return canonical
        return display

    def _label(self, phone: Record, where: str) -> str | None:
        parts = []
        extension_value = number(phone, "extension", where)
        extension = whole_number(extension_value)
        if extension_value is not None:
            if extension is None or not 0 <= extension < MAX_EXTENSION:
                self.problems.append(
                    f"phone extension {describe(phone.get('extension'))} is not an extension "
                    "(a whole number of up to 10 digits): not imported"
                )
            else:
                word = self.words.extension if self.words else "ext."
                parts.append(f"{word} {extension}")
            self.usage.use(phone, "extension")
        description = text(phone, "description", where)
        if description and not is_placeholder(description, "description"):
            room = MAX_LABEL - sum(len(p) + 2 for p in parts)
            if len(description) <= room:
                parts.insert(0, description)
                self.usage.use(phone, "description")
        return ", ".join(parts) or None


def read_address(
    locations: list[tuple[Record, str]], usage: Usage, problems: list[str]
) -> dict[str, str] | None:
    """The first physical address of the service's locations."""
    chosen: dict[str, str] | None = None
    for location, where in locations:
        usage.use(location, "id")
        location_type = (text(location, "location_type", where) or "physical").casefold()
        usage.use(location, "location_type")
        if location_type == "virtual":
            continue
        for address, place in children(location, "addresses", where):
            usage.use(address, "id")
            address_type = (text(address, "address_type", place) or "physical").casefold()
            if address_type != "physical":
                usage.use_tree(address)
                problems.append(
                    f"{address_type} address ({_one_line(address, place)}) not imported: "
                    "the kiosk shows only the physical address visitors can go to"
                )
                continue
            if chosen is not None:
                problems.append(
                    f"another physical address ({_one_line(address, place)}) not imported: "
                    "a resource has one address; add another resource if visitors can go there"
                )
                continue
            chosen = _read_one_address(address, place, usage, problems)
            usage.use(address, "address_type")
        usage.use(location, "addresses")
    return chosen


_ADDRESS_LIMITS: Final = {"street": 200, "city": 100, "state": 100, "postal_code": 20}


def _read_one_address(
    address: Record, where: str, usage: Usage, problems: list[str]
) -> dict[str, str] | None:
    def part(key: str) -> str | None:
        value = text(address, key, where)
        if value is None or is_placeholder(value, key):
            return None
        usage.use(address, key)
        return " ".join(value.split())

    street_parts = [p for p in (part("address_1"), part("address_2")) if p]
    found = {
        "street": ", ".join(street_parts) or None,
        "city": part("city"),
        "state": part("state_province") or part("region"),
        "postal_code": part("postal_code"),
    }
    result: dict[str, str] = {}
    for key, value in found.items():
        if value is None:
            continue
        if len(value) > _ADDRESS_LIMITS[key]:
            problems.append(f"address {key} is too long ({shorten(value)}): not imported")
            continue
        result[key] = value
    country = part("country")
    if country:
        if len(country) == 2 and country.isalpha():
            result["country"] = country.upper()
        else:
            problems.append(
                f"address country '{country}' is not a two-letter code such as US: not imported"
            )
    if "street" not in result and "city" not in result:
        return None
    return result


def _one_line(address: Record, where: str) -> str:
    parts = []
    for key in ("address_1", "city", "postal_code"):
        value = address.get(key)
        if isinstance(value, str) and value.strip():
            parts.append(value.strip())
    return shorten(", ".join(parts)) or where
