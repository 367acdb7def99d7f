"""One HSDS service (with its organization and locations) to one bundle resource.

The resource is plain data ready for YAML. Texts go under the bundle's
default language; what the bundle format has no place for, or what fails the
loader's own rules (an invalid number, an over-long text, a date in the
future), is reported instead of written.
"""

from __future__ import annotations

from typing import Any, Final

from kiosk.hsds.contacts import PhoneReader, read_address
from kiosk.hsds.costs import read_cost
from kiosk.hsds.drawable import fit_resource_texts, fit_to_fonts
from kiosk.hsds.extension import (
    KEY,
    ServiceExtension,
    apply_service_extension,
    read_service_extension,
)
from kiosk.hsds.languages import read_languages
from kiosk.hsds.plan import TEXT_LIMITS, Found, MapContext, ResourcePlan, ServiceInput
from kiosk.hsds.schedules import describe_hours
from kiosk.hsds.taxonomy import read_terms
from kiosk.hsds.usage import Usage
from kiosk.hsds.values import (
    Record,
    child,
    children,
    is_placeholder,
    shorten,
    text,
    web_address_problem,
)
from kiosk.hsds.verification import read_verified

CLOSED_STATUSES: Final = ("inactive", "defunct", "temporarily closed")
MAX_HSDS_ID: Final = 200  # the bundle format's limit for hsds_id


def map_service(item: ServiceInput, ctx: MapContext) -> ResourcePlan | None:
    s, where = item.record, item.where
    usage = Usage()
    usage.use_all(item.pre_used)
    usage.use(s, "id", "name", "status")
    name = text(s, "name", where)
    if name is None or is_placeholder(name, "name"):
        shown = f" ('{name}')" if name else ""
        ctx.report.need(where, f"a {item.kind} with no usable name{shown}: not imported")
        return None
    name = " ".join(name.split())  # a name is one line on screen and on the slip
    status = text(s, "status", where)
    if status and status.casefold() in CLOSED_STATUSES:
        ctx.report.need(name, f"status is '{status}': not imported")
        return None
    found = Found(ctx, usage, name)
    full_name, name_problem = fit_to_fonts(_name_with_organization(s, where, name, usage))
    if full_name is None:
        ctx.report.need(name, f"the name {name_problem}")
        return None
    if name_problem:
        found.problems.append(f"name: {name_problem}")
    if len(full_name) > TEXT_LIMITS["name"]:
        ctx.report.need(name, f"the name is longer than {TEXT_LIMITS['name']}: not imported")
        return None
    hsds_id = text(s, "id", where)
    extension = read_service_extension(s)
    usage.use(s, KEY)
    if isinstance(s.get(KEY), dict):
        usage.use_tree(s[KEY])  # ours: read in full, or left for a good reason
    data: dict[str, Any] = {
        "id": _resource_id(hsds_id, extension, name, ctx),
        "name": found.lang(full_name),
    }
    found.text_field(data, "description", s, "description", where)
    _absorb_same_description(s, where, usage)
    _website(data, s, where, found)
    sals = children(s, "service_at_locations", where)
    usage.use(s, "service_at_locations")
    locations = []
    for sal, place in sals:
        usage.use(sal, "location")
        location = child(sal, "location", place)
        if location is not None:
            locations.append((location, f"{place}.location"))
    _phones(data, s, where, sals, locations, found)
    address = read_address(locations, usage, found.problems)
    if address:
        data["address"] = address
    organization = child(s, "organization", where)
    if organization is not None:
        location_ids = {i for loc, place in locations if (i := text(loc, "id", place)) is not None}
        _absorb_repeats(organization, "locations", f"{where}.organization", location_ids, usage)
    _hours(data, s, where, sals, locations, found)
    read_languages(data, s, where, locations, found)
    read_cost(data, s, where, found)
    found.text_field(data, "eligibility", s, "eligibility_description", where)
    read_verified(data, s, where, found)
    terms = read_terms(s, where, found)
    fit_resource_texts(data, found)
    if extension is not None:
        apply_service_extension(data, extension, found)
    if hsds_id is not None and len(hsds_id) <= MAX_HSDS_ID:
        data["hsds_id"] = hsds_id  # what a refresh matches the directory's next export on
    for problem in found.problems:
        ctx.report.need(name, problem)
    origin = item.origin if item.origin is not None else s
    for path in usage.unmapped_fields(origin, item.kind):
        ctx.report.not_imported(path, name)
    return ResourcePlan(data["id"], full_name, data, terms)


def _resource_id(
    hsds_id: str | None, extension: ServiceExtension | None, name: str, ctx: MapContext
) -> str:
    """The id the bundle already gave this service (a refresh), else the one
    our own export recorded, else one made from the name. Once given, an id
    never changes: topics and translations refer to it."""
    if hsds_id is not None and hsds_id in ctx.fixed_ids:
        return ctx.fixed_ids[hsds_id]
    wanted = extension.resource_id if extension is not None else None
    if wanted is not None and not ctx.ids.is_taken(wanted):
        ctx.ids.reserve(wanted)
        return wanted
    return ctx.ids.allocate(name)


def _name_with_organization(s: Record, where: str, name: str, usage: Usage) -> str:
    """The service's name, followed by its organization's when that adds something:
    directories are full of services called "Food pantry" or "Case management"."""
    organization = child(s, "organization", where)
    usage.use(s, "organization")
    if organization is None:
        return name
    usage.use(organization, "id")
    org_name = text(organization, "name", f"{where}.organization")
    if org_name is None or is_placeholder(org_name, "name"):
        return name
    usage.use(organization, "name")
    org_name = " ".join(org_name.split())
    if org_name.casefold() in name.casefold():
        return name
    combined = f"{name} ({org_name})"
    return combined if len(combined) <= TEXT_LIMITS["name"] else name


def _absorb_same_description(s: Record, where: str, usage: Usage) -> None:
    """An organization described in the service's own words adds nothing."""
    organization = child(s, "organization", where)
    if organization is None or not usage.is_used(s, "description"):
        return
    place = f"{where}.organization"
    if text(organization, "description", place) == text(s, "description", where):
        usage.use(organization, "description")


def _website(data: dict[str, Any], s: Record, where: str, found: Found) -> None:
    url = text(s, "url", where)
    owner, key = s, "url"
    organization = child(s, "organization", where)
    if url is None and organization is not None:
        # A service without its own page: its organization's site.
        url = text(organization, "website", f"{where}.organization")
        owner, key = organization, "website"
    if url is None:
        return
    found.usage.use(owner, key)
    problem = web_address_problem(url)
    if problem:
        found.problems.append(f"website {shorten(url)} {problem}: not imported")
    else:
        data["website"] = url


def _phones(
    data: dict[str, Any],
    s: Record,
    where: str,
    sals: list[tuple[Record, str]],
    locations: list[tuple[Record, str]],
    found: Found,
) -> None:
    reader = PhoneReader(found.ctx.region, found.ctx.words, found.usage, found.ctx.language)
    reader.read_all(s, where)
    for sal, place in sals:
        reader.read_all(sal, place)
    # The building's or the organization's numbers only when the service has
    # none of its own: they reach the same people, one step further away.
    fallbacks = [*locations]
    organization = child(s, "organization", where)
    if organization is not None:
        fallbacks.append((organization, f"{where}.organization"))
    for owner, place in fallbacks:
        if reader.phones:
            reader.absorb_repeats(owner, place)
        else:
            reader.read_all(owner, place)
    found.problems.extend(reader.problems)
    found.phone_languages = reader.languages
    if reader.phones:
        for phone in reader.phones:
            if isinstance(phone.get("label"), str):
                phone["label"] = found.lang(phone["label"])
        data["phones"] = reader.phones


def _hours(
    data: dict[str, Any],
    s: Record,
    where: str,
    sals: list[tuple[Record, str]],
    locations: list[tuple[Record, str]],
    found: Found,
) -> None:
    """The service's own schedules; else those of the service at its location;
    else the location's opening hours."""
    groups = ([(s, where)], sals, locations)
    found_in = [
        [pair for owner, place in owners for pair in children(owner, "schedules", place)]
        for owners in groups
    ]
    chosen = next((index for index, schedules in enumerate(found_in) if schedules), None)
    if chosen is None:
        return
    schedules = found_in[chosen]
    for owner, _ in groups[chosen]:
        found.usage.use(owner, "schedules")
    used_ids = {i for sched, place in schedules if (i := text(sched, "id", place)) is not None}
    for owner, place in [pair for group in groups[chosen + 1 :] for pair in group]:
        _absorb_repeats(owner, "schedules", place, used_ids, found.usage)
    hours = describe_hours(schedules, found.ctx.words, found.ctx.today)
    found.usage.use_all(hours.used)
    found.problems.extend(hours.problems)
    if hours.text:
        data["hours"] = found.lang(hours.text)


def _absorb_repeats(owner: Record, key: str, where: str, used_ids: set[str], usage: Usage) -> None:
    """Mark records that repeat (by id) ones already imported, so the report
    lists only what differs."""
    items = children(owner, key, where)
    repeats = [item for item, place in items if text(item, "id", place) in used_ids]
    for item in repeats:
        usage.use_tree(item)
    if items and len(repeats) == len(items):
        usage.use(owner, key)
