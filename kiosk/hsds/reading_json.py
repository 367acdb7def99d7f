"""Finding the services in an HSDS 3 JSON file, whatever shape it has.

Accepted: a service; a list of services; an organization with its services;
a service at a location (with its service); a page of an HSDS API result
(`{"contents": [...], "total_items": ...}`); taxonomy terms (to name topics);
and a list of any of these. Each service comes out with its organization and
locations attached, as in a "full" HSDS API answer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kiosk.hsds.errors import HsdsError, read_utf8
from kiosk.hsds.plan import ServiceInput
from kiosk.hsds.values import (
    Record,
    child,
    children,
    describe,
    number,
    read_integer,
    text,
)

MAX_FILE_BYTES: Final = 1024 * 1024 * 1024
MAX_NESTING: Final = 8  # lists of pages of lists...: deeper is not a directory export

_ORGANIZATION_ONLY: Final = frozenset(
    {
        "services", "website", "tax_status", "tax_id", "year_incorporated", "legal_status",
        "logo", "uri", "parent_organization_id", "locations", "programs",
        "organization_identifiers",
    }
)  # fmt: skip
_SERVICE_ONLY: Final = frozenset(
    {
        "status", "url", "interpretation_services", "application_process", "fees_description",
        "wait_time", "fees", "accreditations", "eligibility_description", "minimum_age",
        "maximum_age", "assured_date", "assurer_email", "licenses", "alert", "last_modified",
        "schedules", "service_areas", "service_at_locations", "organization", "cost_options",
        "program", "required_documents",
    }
)  # fmt: skip
_TERM_ONLY: Final = frozenset(
    {"code", "parent_id", "taxonomy", "taxonomy_detail", "taxonomy_id", "term_uri"}
)


@dataclass
class Directory:
    """What was read: services to map, taxonomy terms, and notes for the report."""

    services: list[ServiceInput] = field(default_factory=list)
    terms: dict[str, Record] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    title: str | None = None


def read_json_file(path: Path) -> Any:
    """The parsed JSON, or HsdsError saying where it is broken."""
    content = read_utf8(path, str(path), MAX_FILE_BYTES, "the directory")
    try:
        # NaN and Infinity are not JSON, but exports hold them: read as floats,
        # each is then a value the importer cannot use (a line in the report).
        return json.loads(content, parse_int=read_integer)
    except json.JSONDecodeError as exc:
        cut_short = not content.rstrip().endswith(("}", "]"))
        raise HsdsError(
            f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}"
            + ("; the file seems cut short: export it again" if cut_short else "")
        ) from None
    except RecursionError:
        raise HsdsError(f"{path}: the JSON nests too deeply to read") from None


def find_services(data: Any, source: str) -> Directory:
    directory = Directory()
    if not isinstance(data, (dict, list)):
        raise HsdsError(
            f"{source}: expected HSDS JSON (an object or a list of objects), "
            f"but the file holds {describe(data)}"
        )
    _collect(data, "$", directory, 0)
    return directory


def _collect(value: Any, where: str, directory: Directory, depth: int) -> None:
    if depth > MAX_NESTING:
        directory.notes.append(f"{where}: lists nest too deeply for an HSDS export: skipped")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            _collect(item, f"{where}[{index}]", directory, depth + 1)
        return
    if not isinstance(value, dict):
        directory.notes.append(
            f"{where}: expected an HSDS object, but it is {describe(value)}: skipped"
        )
        return
    keys = set(value)
    if "contents" in value:
        _page(value, where, directory, depth)
    elif isinstance(value.get("service"), dict):
        _service_at_location(value, where, directory)
    elif "services" in keys or (keys & _ORGANIZATION_ONLY and not keys & _SERVICE_ONLY):
        _organization(value, where, directory)
    elif keys & _TERM_ONLY and not keys & _SERVICE_ONLY:
        term_id = text(value, "id", where)
        directory.terms[term_id or where] = value
    elif "name" in keys:
        directory.services.append(ServiceInput(value, where))
    else:
        directory.notes.append(
            f"{where}: not an HSDS service, organization, service at a location or "
            "taxonomy term (it has no name): skipped"
        )


def _page(page: Record, where: str, directory: Directory, depth: int) -> None:
    contents = page.get("contents")
    if not isinstance(contents, list):
        directory.notes.append(
            f"{where}: 'contents' should be a list, but it is {describe(contents)}: skipped"
        )
        return
    _collect(contents, f"{where}.contents", directory, depth + 1)
    total = number(page, "total_items", where)
    pages = number(page, "total_pages", where)
    if (total is not None and total > len(contents)) or (pages is not None and pages > 1):
        shown = f"{total:g} items" if total is not None else f"{pages:g} pages"
        directory.notes.append(
            f"{where}: this is one page of a longer list ({shown} in all): only the "
            f"{len(contents)} item(s) in this file were imported; export every page"
        )


def _service_at_location(record: Record, where: str, directory: Directory) -> None:
    service = dict(child(record, "service", where) or {})
    at_location = {key: value for key, value in record.items() if key != "service"}
    existing = children(service, "service_at_locations", f"{where}.service")
    service["service_at_locations"] = [item for item, _ in existing] + [at_location]
    directory.services.append(ServiceInput(service, f"{where}.service"))


def _organization(record: Record, where: str, directory: Directory) -> None:
    services = children(record, "services", where)
    organization = {key: value for key, value in record.items() if key != "services"}
    for service, place in services:
        if service.get("organization") is None:
            service = {**service, "organization": organization}
        directory.services.append(ServiceInput(service, place))
    if not services:
        directory.services.append(organization_as_service(organization, where))


def organization_as_service(organization: Record, where: str) -> ServiceInput:
    """An organization listed without services becomes one resource: its
    name, description, site, numbers and first physical address."""
    locations = children(organization, "locations", where)
    service = {
        "id": organization.get("id"),
        "name": organization.get("name"),
        "description": organization.get("description"),
        "url": organization.get("website"),
        "phones": organization.get("phones"),
        "service_at_locations": [{"location": location} for location, _ in locations],
    }
    used = [(organization, key) for key in ("id", "name", "description", "website", "phones")]
    used.append((organization, "locations"))
    return ServiceInput(service, where, "organization", used, origin=organization)
