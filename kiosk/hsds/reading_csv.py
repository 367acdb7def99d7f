"""Reading an HSDS 3 tabular data package: one CSV per table, linked by ids.

The tables are found through datapackage.json when it can be read, else by
their standard file names (the standard's own example ships a datapackage.json
that is a copied link, not JSON). Rows are put together into the same nested
services the JSON reader produces, so one mapper serves both. A row that
links to nothing is reported, not dropped.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Final

from kiosk.hsds.errors import HsdsError, read_utf8
from kiosk.hsds.plan import ServiceInput
from kiosk.hsds.reading_json import Directory, organization_as_service
from kiosk.hsds.values import Record, shorten

MAX_CSV_BYTES: Final = 512 * 1024 * 1024

# Table name (as in HSDS's schema files) -> standard file name.
TABLE_FILES: Final = {
    "organization": "organizations.csv",
    "service": "services.csv",
    "location": "locations.csv",
    "address": "addresses.csv",
    "phone": "phones.csv",
    "schedule": "schedules.csv",
    "language": "languages.csv",
    "service_at_location": "service_at_location.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "taxonomy": "taxonomies.csv",
    "attribute": "attributes.csv",
    "contact": "contacts.csv",
    "cost_option": "cost_options.csv",
    "funding": "funding.csv",
    "program": "programs.csv",
    "required_document": "required_documents.csv",
    "service_area": "service_areas.csv",
    "accessibility": "accessibility.csv",
    "organization_identifier": "organization_identifiers.csv",
    "metadata": "metadata.csv",
    "meta_table_description": "meta_table_descriptions.csv",
}
# Columns without which a table's rows cannot be placed or read.
REQUIRED_COLUMNS: Final = {
    "service": ("id", "name"),
    "organization": ("id", "name"),
    "location": ("id",),
    "address": ("location_id",),
    "phone": ("number",),
    "service_at_location": ("service_id", "location_id"),
    "taxonomy_term": ("id", "name"),
    "attribute": ("link_id", "taxonomy_term_id"),
}
# Tables whose rows hang under a service, location, organization, ...: rows
# that link to none of them are reported.
_LINKED_TABLES: Final = (
    "phone", "schedule", "language", "address", "service_at_location", "attribute", "contact",
    "cost_option", "funding", "required_document", "service_area", "accessibility",
    "organization_identifier", "location", "program",
)  # fmt: skip
_UNUSED_TABLES: Final = ("metadata", "meta_table_description", "taxonomy")

Row = tuple[Record, str]


def read_package(folder: Path, descriptor: Path | None = None) -> Directory:
    directory = Directory()
    files = _table_files(folder, descriptor, directory)
    if "service" not in files:
        raise HsdsError(
            f"{folder}: no services.csv (and no 'service' table in datapackage.json): "
            "nothing to import"
        )
    tables = {name: _read_csv(path, name) for name, path in files.items()}
    _Linker(tables, directory).link()
    return directory


def _table_files(folder: Path, descriptor: Path | None, directory: Directory) -> dict[str, Path]:
    descriptor = descriptor or folder / "datapackage.json"
    files: dict[str, Path] = {}
    if descriptor.is_file():
        files = _from_descriptor(folder, descriptor, directory)
    if not files:
        for name, file_name in TABLE_FILES.items():
            if (folder / file_name).is_file():
                files[name] = folder / file_name
    known = {path.name for path in files.values()}
    for extra in sorted(folder.glob("*.csv")):
        if extra.name not in known:
            directory.notes.append(f"{extra.name}: not an HSDS table: not read")
    return files


def _from_descriptor(folder: Path, descriptor: Path, directory: Directory) -> dict[str, Path]:
    try:
        data = json.loads(descriptor.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "it is not valid JSON"
        directory.notes.append(
            f"{descriptor.name} could not be read ({reason}): the tables were found by their "
            "standard file names instead"
        )
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list):
        directory.notes.append(
            f"{descriptor.name} lists no resources: the tables were found by their standard "
            "file names instead"
        )
        return {}
    for key in ("title", "name"):
        if isinstance(data.get(key), str) and data[key].strip():
            directory.title = shorten(data[key], 120)
            break
    by_plural = {f.removesuffix(".csv"): name for name, f in TABLE_FILES.items()}
    files: dict[str, Path] = {}
    for resource in data["resources"]:
        if not isinstance(resource, dict):
            continue
        raw_name, raw_path = resource.get("name"), resource.get("path")
        if not isinstance(raw_name, str) or not isinstance(raw_path, str):
            continue
        name = raw_name if raw_name in TABLE_FILES else by_plural.get(raw_name)
        relative = PurePosixPath(raw_path)
        if name is None:
            directory.notes.append(f"{descriptor.name}: table '{raw_name}' is not HSDS: not read")
        elif "://" in raw_path or relative.is_absolute() or ".." in relative.parts:
            directory.notes.append(
                f"{descriptor.name}: table '{raw_name}' is at {raw_path!r}, outside the package "
                "folder: not read"
            )
        elif (folder / relative).is_file():
            files[name] = folder / relative
    return files


def _read_csv(path: Path, table: str) -> list[Row]:
    label = path.name
    content = read_utf8(path, label, MAX_CSV_BYTES, "the tables")
    reader = csv.reader(io.StringIO(content, newline=""), strict=True)
    rows: list[Row] = []
    try:
        header = next(reader, None)
        if header is None:
            raise HsdsError(f"{label}: the file is empty; it needs a header line of column names")
        columns = [name.strip() for name in header]
        _check_header(columns, table, label)
        for values in reader:
            if not any(value.strip() for value in values):
                continue
            if len(values) != len(columns):
                raise HsdsError(
                    f"{label}:{reader.line_num}: {len(values)} values, but the header names "
                    f"{len(columns)} columns; check the commas and quotes on this line"
                )
            row = {c: v for c, v in zip(columns, values, strict=True) if v.strip()}
            rows.append((row, f"{label}:{reader.line_num}"))
    except csv.Error as exc:
        raise HsdsError(f"{label}:{reader.line_num}: not a valid CSV line: {exc}") from None
    return rows


def _check_header(columns: list[str], table: str, label: str) -> None:
    seen: set[str] = set()
    for column in columns:
        if column in seen:
            raise HsdsError(f"{label}:1: column '{column}' is named twice; keep one")
        seen.add(column)
    for column in REQUIRED_COLUMNS.get(table, ()):
        if column not in seen:
            raise HsdsError(
                f"{label}:1: missing column '{column}', which HSDS requires in this table"
            )


@dataclass
class _Linker:
    """Nests rows under the rows they link to, as HSDS's "full" JSON does."""

    tables: dict[str, list[Row]]
    directory: Directory
    placed: set[int] = field(default_factory=set)
    _by: dict[tuple[str, str], dict[str, list[Record]]] = field(default_factory=dict)
    # Built once: an organization with thousands of services shares them.
    _built: dict[tuple[str, int], Record] = field(default_factory=dict)

    def link(self) -> None:
        for row, _ in self.tables.get("taxonomy_term", []):
            if "id" in row:
                self.directory.terms[row["id"]] = row
        # A row without an id (empty cells are left out) links to nothing.
        organizations = {
            row["id"]: row for row, _ in self.tables.get("organization", []) if "id" in row
        }
        with_services: set[str] = set()
        for row, where in self.tables["service"]:
            self.directory.services.append(ServiceInput(self._service(row, organizations), where))
            with_services.add(row.get("organization_id", ""))
        for row, where in self.tables.get("organization", []):
            if row.get("id") not in with_services:
                organization = self._organization(row)
                self.directory.services.append(organization_as_service(organization, where))
        self._report_unplaced()

    def _children(self, table: str, column: str, value: str | None) -> list[Record]:
        if not value:
            return []
        key = (table, column)
        if key not in self._by:
            index: dict[str, list[Record]] = {}
            for row, _ in self.tables.get(table, []):
                if row.get(column):
                    index.setdefault(row[column], []).append(row)
            self._by[key] = index
        found = self._by[key].get(value, [])
        self.placed.update(id(row) for row in found)
        return found

    def _service(self, row: Record, organizations: dict[str, Record]) -> Record:
        service = dict(row)
        sid = row.get("id")
        organization_id = row.get("organization_id")
        organization = organizations.get(organization_id or "")
        if organization is not None:
            service["organization"] = self._organization(organization)
        elif organization_id and organizations:
            self.directory.notes.append(
                f"service {sid or ''}: organization {organization_id} is not in organizations.csv"
            )
        programs = self._children("program", "id", row.get("program_id"))
        if programs:
            service["program"] = programs[0]
        attributes = [
            a
            for a in self._children("attribute", "link_id", sid)
            if a.get("link_entity", "service") == "service"
        ]
        nested: dict[str, list[Record]] = {
            "phones": self._phones("service_id", sid),
            "schedules": self._children("schedule", "service_id", sid),
            "languages": self._children("language", "service_id", sid),
            "service_at_locations": [
                self._at_location(sal)
                for sal in self._children("service_at_location", "service_id", sid)
            ],
            "cost_options": self._children("cost_option", "service_id", sid),
            "funding": self._children("funding", "service_id", sid),
            "required_documents": self._children("required_document", "service_id", sid),
            "service_areas": self._children("service_area", "service_id", sid),
            "contacts": self._children("contact", "service_id", sid),
            "attributes": attributes,
        }
        service.update({key: value for key, value in nested.items() if value})
        return service

    def _organization(self, row: Record) -> Record:
        key = ("organization", id(row))
        if key not in self._built:
            self._built[key] = self._build_organization(row)
        return self._built[key]

    def _build_organization(self, row: Record) -> Record:
        oid = row.get("id")
        nested = {
            "phones": self._phones("organization_id", oid),
            "locations": [
                self._location(loc) for loc in self._children("location", "organization_id", oid)
            ],
            "funding": self._children("funding", "organization_id", oid),
            "contacts": self._children("contact", "organization_id", oid),
            "programs": self._children("program", "organization_id", oid),
            "organization_identifiers": self._children(
                "organization_identifier", "organization_id", oid
            ),
        }
        return {**row, **{key: value for key, value in nested.items() if value}}

    def _at_location(self, row: Record) -> Record:
        sal_id = row.get("id")
        nested: dict[str, Any] = {
            "phones": self._phones("service_at_location_id", sal_id),
            "schedules": self._children("schedule", "service_at_location_id", sal_id),
            "contacts": self._children("contact", "service_at_location_id", sal_id),
        }
        locations = self._children("location", "id", row.get("location_id"))
        if locations:
            nested["location"] = self._location(locations[0])
        else:
            self.directory.notes.append(
                f"service_at_location {row.get('id', '')}: location {row.get('location_id')} is "
                "not in locations.csv: its address is not imported"
            )
        return {**row, **{key: value for key, value in nested.items() if value}}

    def _location(self, row: Record) -> Record:
        key = ("location", id(row))
        if key not in self._built:
            self._built[key] = self._build_location(row)
        return self._built[key]

    def _build_location(self, row: Record) -> Record:
        lid = row.get("id")
        nested = {
            "addresses": self._children("address", "location_id", lid),
            "phones": self._phones("location_id", lid),
            "schedules": self._children("schedule", "location_id", lid),
            "languages": self._children("language", "location_id", lid),
            "accessibility": self._children("accessibility", "location_id", lid),
            "contacts": self._children("contact", "location_id", lid),
        }
        return {**row, **{key: value for key, value in nested.items() if value}}

    def _phones(self, column: str, value: str | None) -> list[Record]:
        phones = []
        for phone in self._children("phone", column, value):
            languages = self._children("language", "phone_id", phone.get("id"))
            phones.append({**phone, "languages": languages} if languages else phone)
        return phones

    def _report_unplaced(self) -> None:
        for table in _LINKED_TABLES:
            rows = self.tables.get(table, [])
            lost = [where.split(":")[-1] for row, where in rows if id(row) not in self.placed]
            if lost:
                lines = ", ".join(lost[:5]) + (
                    f" and {len(lost) - 5} more" if len(lost) > 5 else ""
                )
                self.directory.notes.append(
                    f"{TABLE_FILES[table]}: {len(lost)} row(s) (line {lines}) link to no service, "
                    "location or organization in the package: not imported"
                )
        for table in _UNUSED_TABLES:
            rows = self.tables.get(table, [])
            if rows:
                self.directory.notes.append(
                    f"{TABLE_FILES[table]}: {len(rows)} row(s) not imported (the bundle format "
                    "has no place for them)"
                )
