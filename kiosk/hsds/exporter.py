"""`kiosk export-hsds`: a bundle's resources as HSDS 3 JSON (a list of services).

Each resource becomes a service with its organization, phones, location and
address, hours (as a schedule's description), languages and assured_date.
A resource imported from a directory keeps the directory's service id; other
ids are UUIDs derived from the bundle and resource ids, so exporting the same
bundle twice gives the same file. What the bundle holds beyond HSDS (slip
names, translations, phone keywords, how a contact was verified) goes into
the `kiosk` extension fields (kiosk.hsds.extension), so that an export
imported again gives the same bundle. The bundle must load without errors first:
an export never spreads content the kiosk itself would refuse.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from kiosk.content import load_bundle, model
from kiosk.hsds.errors import HsdsError
from kiosk.hsds.extension import KEY as EXTENSION_KEY
from kiosk.hsds.extension import phone_extension, service_extension
from kiosk.hsds.values import real_email
from kiosk.hsds.writing import write_text
from kiosk.paths import fonts_dir

# Fixed, so the same bundle always exports with the same ids.
_ID_NAMESPACE: Final = uuid.UUID("6f1d3a52-8c1e-4d0b-9a57-2f3c9e1b7d40")
_PHONE_TYPES: Final = {
    model.PhoneType.VOICE: "voice",
    model.PhoneType.TEXT: "text",
    model.PhoneType.TTY: "textphone",
}
MAX_ERRORS_SHOWN: Final = 20


@dataclass
class ExportOutcome:
    services: int
    notes: list[str] = field(default_factory=list)


def export_bundle(
    bundle_dir: str | Path, out: str | Path, *, today: date | None = None
) -> ExportOutcome:
    result = load_bundle(bundle_dir, today=today, shipped_fonts=fonts_dir())
    if result.bundle is None:
        shown = [str(f) for f in result.errors[:MAX_ERRORS_SHOWN]]
        raise HsdsError(
            f"{bundle_dir}: the bundle does not load, so it cannot be exported; fix these first "
            "(`kiosk validate` lists them all):\n" + "\n".join(f"  {line}" for line in shown)
        )
    bundle = result.bundle
    services = [_service(bundle, resource) for resource in bundle.resources.values()]
    content = json.dumps(services, ensure_ascii=False, indent=2) + "\n"
    write_text(Path(out), content)
    return ExportOutcome(len(services), _notes(bundle))


def _service(bundle: model.Bundle, resource: model.Resource) -> dict[str, Any]:
    language = bundle.default_language
    # The directory's own id when the resource came from one, so that the
    # directory (and a refresh) can match it; else one made from the ids.
    # (HSDS 3 ids are UUIDs: another kind of id is not the directory's to keep.)
    service_id = _uuid_or_none(resource.hsds_id) or str(
        uuid.uuid5(_ID_NAMESPACE, "/".join((bundle.id, resource.id, "service")))
    )

    def uid(*parts: str) -> str:
        if parts == ("service",):
            return service_id
        return str(uuid.uuid5(_ID_NAMESPACE, "/".join((service_id, *parts))))

    def words(text: model.LangText | None) -> str | None:
        return text.in_language(language) if text is not None else None

    name = resource.name.in_language(language)
    description = words(resource.description)
    service: dict[str, Any] = {"id": uid("service"), "name": name, "status": "active"}
    optional = {
        "description": description,
        "url": resource.website,
        "fees_description": words(resource.cost),
        "eligibility_description": words(resource.eligibility),
    }
    service.update({key: value for key, value in optional.items() if value})
    if resource.verified is not None:
        service["assured_date"] = resource.verified.on.isoformat()
        if real_email(resource.verified.by):
            service["assurer_email"] = resource.verified.by
    service["organization"] = {
        "id": uid("organization"),
        "name": name,
        "description": description or name,
    }
    if resource.phones:
        service["phones"] = [
            _phone(phone, uid("phone", str(index)), language)
            for index, phone in enumerate(resource.phones)
        ]
    if resource.hours is not None:
        service["schedules"] = [{"id": uid("schedule"), "description": words(resource.hours)}]
    if resource.languages:
        service["languages"] = [
            {"id": uid("language", code), "code": code} for code in resource.languages
        ]
    service[EXTENSION_KEY] = service_extension(resource, language)
    if resource.address is not None:
        service["service_at_locations"] = [
            {
                "id": uid("service-at-location"),
                "location": {
                    "id": uid("location"),
                    "location_type": "physical",
                    "name": name,
                    "addresses": [_address(resource.address, uid("address"), bundle.region)],
                },
            }
        ]
    return service


def _uuid_or_none(value: str | None) -> str | None:
    try:
        return str(uuid.UUID(value)) if value is not None else None
    except ValueError:
        return None


def _phone(phone: model.Phone, phone_id: str, language: str) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": phone_id, "number": phone.number}
    entry["type"] = _PHONE_TYPES[phone.type]
    parts = []
    if phone.label is not None:
        parts.append(phone.label.in_language(language))
    if phone.keyword:
        parts.append(f"keyword: {phone.keyword}")
    if phone.relay:
        # HSDS has no field for it: the number alone would reach the line
        # without the relay service the bundle says to dial first.
        parts.append(f"dial through relay: {phone.display}")
    if parts:
        entry["description"] = ", ".join(parts)
    extension = phone_extension(phone)
    if extension is not None:
        entry[EXTENSION_KEY] = extension
    return entry


def _address(address: model.Address, address_id: str, region: str) -> dict[str, Any]:
    # HSDS requires every one of these fields; a part the bundle does not
    # have is left empty rather than made up.
    return {
        "id": address_id,
        "address_1": address.street or "",
        "city": address.city or "",
        "state_province": address.state or "",
        "postal_code": address.postal_code or "",
        "country": address.country or region,
        "address_type": "physical",
    }


def _notes(bundle: model.Bundle) -> list[str]:
    """What HSDS has no place for, so the editor knows the export is partial."""
    notes = []
    if bundle.topics:
        notes.append(f"{len(bundle.topics)} topic(s) and their questions are not exported")
    notes.append(
        "slip names, translations, phone keywords and how each contact was verified are in "
        "the 'kiosk' extension fields, which other HSDS tools may ignore"
    )
    return notes
