"""Random JSON fed to the importer: it either writes a bundle that loads with no
errors, or raises its own HsdsError with a message. Never another exception."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import load_bundle
from kiosk.hsds import HsdsError, ImportOptions, import_directory

TODAY = date(2026, 11, 27)

# HSDS field names, so that random structures reach deep into the mapper.
KEYS = [
    "id", "name", "description", "status", "url", "website", "email", "phones", "number",
    "type", "extension", "schedules", "freq", "interval", "byday", "byweekno", "opens_at",
    "closes_at", "valid_from", "valid_to", "count", "until", "languages", "code", "note",
    "service_at_locations", "location", "location_type", "addresses", "address_1",
    "address_2", "city", "region", "state_province", "postal_code", "country",
    "address_type", "organization", "services", "service", "contents", "total_items",
    "total_pages", "attributes", "taxonomy_term", "taxonomy_term_id", "parent_id",
    "taxonomy", "assured_date", "assurer_email", "cost_options", "option", "amount",
    "currency", "amount_description", "fees_description", "fees", "eligibility_description",
    "locations", "accessibility", "contacts",
]  # fmt: skip

plausible_text = st.sampled_from(
    [
        "", " ", "string", "name", "no", "10:30", "01234", "Food pantry", "+44 1234 234567",
        '"+1 314 555 0100"', "314-555-0100", "911", "233733", "555-0100", "voice", "text",
        "fax", "textphone", "video", "MO,TU,WE", "SA,SU", "1MO", "WEEKLY", "MONTHLY",
        "09:00", "17:00:00", "25:99", "2025-01-01", "2030-12-31", "2026-02-30", "physical",
        "postal", "virtual", "http://example.com", "https://help.example.org.uk", "www.x.org",
        "en", "eng", "Spanish", "zh_hans", "US", "usa", "active", "defunct", "a@b.org",
        "x" * 600, "y " * 3000, "line\r\nbreak\x00\x7f\x85\u2028\ud800\ufeff", "é🙂",
    ]
)  # fmt: skip
scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
values = plausible_text | scalars
json_values = st.recursive(
    values,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=8)
    ),
    max_leaves=40,
)

# Mostly well-typed HSDS records, so that imports succeed often and every
# mapping path (phones, hours, addresses, topics) meets odd values.
field_value = plausible_text | st.text(max_size=20)
number_value = st.integers(-5, 10**12) | st.floats(allow_nan=False, allow_infinity=False)
NUMBERS = ("extension", "interval", "amount")
# Likely values per field, mixed with anything at all.
LIKELY = {
    "number": ["314-555-0100", "(636) 555-0123", '"+44 1234 234567"', "911", "233733", "12"],
    "type": ["voice", "text", "cell", "textphone", "fax", "pager", "video", "radio"],
    "assured_date": ["2026-01-31", "2005-01-01", "2027-06-01", "2026-02-30T10:00:00Z"],
    "byday": ["MO,TU,WE,TH,FR", "SA", "SU,MO", "2TU", "mo, tu"],
    "opens_at": ["09:00", "00:00", "8:30:00", "24:00", "noon"],
    "closes_at": ["17:00", "23:59", "12:00:00Z", "25:00"],
    "freq": ["WEEKLY", "MONTHLY", "weekly"],
    "address_type": ["physical", "postal", "virtual"],
    "country": ["US", "us", "USA", "GB"],
    "code": ["en", "eng", "spa", "zh_hans", "xx-y"],
}


def field_for(key: str) -> st.SearchStrategy:
    if key in NUMBERS:
        return number_value
    if key in LIKELY:
        return st.sampled_from(LIKELY[key]) | field_value
    return field_value


def record(*keys: str, **nested: st.SearchStrategy) -> st.SearchStrategy:
    optional = {key: field_for(key) for key in keys}
    optional.update({key: strategy for key, strategy in nested.items()})
    return st.fixed_dictionaries({}, optional=optional)


phone = record(
    "id",
    "number",
    "type",
    "extension",
    "description",
    languages=st.lists(record("code", "name"), max_size=2),
)
schedule = record(
    "id",
    "freq",
    "interval",
    "byday",
    "byweekno",
    "opens_at",
    "closes_at",
    "valid_from",
    "valid_to",
    "description",
)
address = record(
    "address_1",
    "address_2",
    "city",
    "state_province",
    "region",
    "postal_code",
    "country",
    "address_type",
)
location = record(
    "id",
    "location_type",
    addresses=st.lists(address, max_size=2),
    phones=st.lists(phone, max_size=2),
    schedules=st.lists(schedule, max_size=2),
)
term = record("id", "name", "parent_id", "taxonomy")
structured_service = record(
    "id", "status", "description", "url", "assured_date", "assurer_email", "fees_description",
    "fees", "eligibility_description",
    phones=st.lists(phone, max_size=4),
    schedules=st.lists(schedule, max_size=3),
    languages=st.lists(record("code", "name"), max_size=3),
    service_at_locations=st.lists(record(location=location), max_size=2),
    cost_options=st.lists(record("option", "amount", "currency", "valid_to"), max_size=2),
    attributes=st.lists(record("taxonomy_term_id", taxonomy_term=term), max_size=2),
    organization=record("name", "website", phones=st.lists(phone, max_size=2)),
).map(lambda r: {"name": "Clinic", **r})  # fmt: skip

service_like = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=12).map(
    lambda record: {"name": "Clinic", **record}
)
documents = st.one_of(
    json_values,
    st.lists(structured_service, min_size=1, max_size=5),
    st.lists(structured_service, min_size=1, max_size=5),
    st.lists(service_like, max_size=4),
    service_like,
    service_like.map(lambda s: {"contents": [s], "total_items": 3}),
    service_like.map(lambda s: {"name": "Org", "description": "d", "services": [s]}),
)


@pytest.mark.slow
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(documents)
def test_random_json_gives_a_loadable_bundle_or_a_clean_error(document):
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        out = Path(folder) / "bundle"
        try:
            outcome = import_directory(source, out, ImportOptions(today=TODAY, region="US"))
        except HsdsError as exc:
            assert str(exc).strip()
            return
        result = load_bundle(out, today=TODAY)
        assert result.errors == [], [str(f) for f in result.errors]
        assert outcome.load.errors == []
        assert (out / "IMPORT-REPORT.txt").is_file()


TABLES = {
    "services.csv": ["id", "name", "organization_id", "description", "status", "assured_date"],
    "organizations.csv": ["id", "name", "website"],
    "phones.csv": ["id", "service_id", "organization_id", "location_id", "number", "type",
                   "extension"],
    "schedules.csv": ["id", "service_id", "location_id", "freq", "byday", "opens_at",
                      "closes_at", "description"],
    "service_at_location.csv": ["id", "service_id", "location_id"],
    "locations.csv": ["id", "organization_id", "location_type"],
    "addresses.csv": ["id", "location_id", "address_1", "city", "postal_code", "country",
                      "address_type"],
}  # fmt: skip
ids = st.sampled_from(["s1", "s2", "o1", "l1", ""])


def cell(column: str) -> st.SearchStrategy:
    if column == "id" or column.endswith("_id"):
        return ids
    return field_for(column).map(lambda v: v if isinstance(v, str) else str(v))


tables = st.fixed_dictionaries(
    {"services.csv": st.lists(st.tuples(*map(cell, TABLES["services.csv"])), max_size=3)},
    optional={
        name: st.lists(st.tuples(*map(cell, columns)), max_size=3)
        for name, columns in TABLES.items()
        if name != "services.csv"
    },
)


@pytest.mark.slow
@settings(
    max_examples=75,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(tables)
def test_random_csv_packages_give_a_loadable_bundle_or_a_clean_error(package):
    import csv

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "package"
        root.mkdir()
        for name, rows in package.items():
            with open(root / name, "w", encoding="utf-8", errors="replace", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(TABLES[name])
                writer.writerows(rows)
        out = Path(folder) / "bundle"
        try:
            import_directory(root, out, ImportOptions(today=TODAY, region="US"))
        except HsdsError as exc:
            assert str(exc).strip()
            return
        result = load_bundle(out, today=TODAY)
        assert result.errors == [], [str(f) for f in result.errors]
