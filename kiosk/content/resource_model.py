"""A service (`Resource`) and its parts: phones, address, verification. Part
of kiosk.content.model, which hands these out on first use (see the end of
that module); import them from there. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.content.findings import Pos
from kiosk.content.model import LangText, PhoneType, Place, Trust, VerifyMethod


@dataclass(frozen=True, slots=True)
class Verification:
    on: date
    by: str
    method: VerifyMethod
    source: str
    place: Place

    @property
    def pos(self) -> Pos:
        return Pos(*self.place)


@dataclass(frozen=True, slots=True)
class Phone:
    """A number as the editor meant it: `number` is canonical (E.164, or the
    short code itself), `display` is what a visitor in the region dials."""

    number: str
    display: str
    type: PhoneType
    label: LangText | None
    keyword: str | None
    place: Place
    # A relay service's prefix dialled before the number (UK Relay: 18001),
    # and the digits a phone then dials: the prefix and the national number.
    relay: str | None = None
    dialled: str | None = None

    @property
    def pos(self) -> Pos:
        return Pos(*self.place)

    @property
    def dial_uri(self) -> str:
        return f"tel:{self.dialled or self.number}"


@dataclass(frozen=True, slots=True)
class Address:
    street: str | None
    city: str | None
    state: str | None
    postal_code: str | None
    country: str | None

    def lines(self) -> list[str]:
        locality = " ".join(p for p in (self.state, self.postal_code) if p)
        city_line = ", ".join(p for p in (self.city, locality) if p)
        return [p for p in (self.street, city_line) if p]


@dataclass(frozen=True, slots=True)
class Resource:
    id: str
    name: LangText
    slip_name: LangText | None
    description: LangText | None
    phones: tuple[Phone, ...]
    address: Address | None
    hours: LangText | None
    languages: tuple[str, ...]
    cost: LangText | None
    eligibility: LangText | None
    website: str | None
    verified: Verification | None
    place: Place
    # Set by `kiosk import-hsds`: the directory's own id for the service, and
    # whether a refresh found it gone from the directory's export.
    hsds_id: str | None = None
    hsds_status: str | None = None

    @property
    def pos(self) -> Pos:
        return Pos(*self.place)

    def trust(self, today: date, max_age_days: int) -> Trust:
        if self.verified is None:
            return Trust.UNVERIFIED
        if (today - self.verified.on).days > max_age_days:
            return Trust.STALE
        return Trust.VERIFIED
