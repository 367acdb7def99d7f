"""`kiosk import-hsds` on the HSDS 3 standard's own examples and on small
directories written here: the bundle written loads with no errors, carries the
mapped values, and the report lists what could not be mapped."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from kiosk.content import load_bundle
from kiosk.hsds import HsdsError, ImportOptions, import_directory

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT.parent / "shared" / "hsds-3.0" / "examples"
TODAY = date(2026, 11, 27)
OPTIONS = ImportOptions(today=TODAY, region="US")

pytestmark = pytest.mark.skipif(
    not EXAMPLES.is_dir(), reason="the HSDS examples (shared/hsds-3.0) are not beside the repo"
)

# Every example but service_list.json, which is the API's short form of a service.
FULL_EXAMPLES = [
    "service_full.json",
    "organization_full.json",
    "service_at_location_full.json",
    "csv",
    "csv/datapackage.json",
    "csv/services.csv",
]
OFFICIAL_INPUTS = [*FULL_EXAMPLES, "service_list.json"]
COUNSELLING = "community-counselling"


def scalar_styles(path: Path) -> list[tuple[str, str | None]]:
    """(value, style) of every text scalar that is a value, not a key."""
    found = []

    def walk(node: yaml.Node) -> None:
        if isinstance(node, yaml.MappingNode):
            for _key, value in node.value:
                walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)
        elif node.tag == "tag:yaml.org,2002:str":
            found.append((node.value, node.style))

    walk(yaml.compose(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("name", FULL_EXAMPLES)
def test_each_official_example_imports_into_a_bundle_that_loads(tmp_path, name):
    outcome = import_directory(EXAMPLES / name, tmp_path / "bundle", OPTIONS)

    result = load_bundle(tmp_path / "bundle", today=TODAY)
    assert result.errors == [], [str(f) for f in result.errors]
    bundle = result.bundle
    assert bundle.status.value == "draft" and bundle.default_language == "en"
    assert list(bundle.resources) == [COUNSELLING] == outcome.resource_ids
    resource = bundle.resources[COUNSELLING]
    assert resource.name["en"] == "Community Counselling (Example Organization Inc.)"
    # Stored with literal quotes in the example: read, not refused, not mangled.
    [phone] = resource.phones
    assert (phone.number, phone.display, phone.type.value) == (
        "+441234234567",
        "+44 1234 234567",
        "voice",
    )
    assert phone.label["en"] == "ext. 100"
    assert resource.verified.on == date(2005, 1, 1)
    assert resource.verified.by == "directory import"  # email@example.com is no one
    assert resource.verified.method.value == "desk-check"
    assert resource.verified.source.endswith("(imported)")
    # The rule uses byweekno/bymonthday/...: its description, not a wrong summary.
    assert resource.hours["en"].startswith("The service is available from 10 am to 6pm weekdays")
    assert resource.languages == ("ur",)
    assert resource.cost["en"].startswith("Non-NHS patients are expected to pay")
    assert "£50 per hour" in resource.cost["en"]
    assert resource.eligibility["en"].startswith("This service is intended for all people aged 12")
    assert resource.website is None  # http://example.com/counselling
    assert resource.address is None  # the example's only address is a postal one
    assert [t.title["en"] for t in bundle.topics] == ["Services"]
    assert bundle.topics[0].resource_ids == (COUNSELLING,)


def test_the_official_paged_list_imports_what_its_page_holds(tmp_path):
    outcome = import_directory(EXAMPLES / "service_list.json", tmp_path / "bundle", OPTIONS)

    result = load_bundle(tmp_path / "bundle", today=TODAY)
    assert result.errors == [], [str(f) for f in result.errors]
    resource = result.bundle.resources[COUNSELLING]
    assert resource.name["en"] == "Community Counselling (Example Organization Inc.)"
    assert resource.verified.on == date(2005, 1, 1)
    assert resource.eligibility["en"].startswith("This service is intended for all people aged 12")
    assert resource.phones == () and resource.hours is None  # the short form has neither
    report = outcome.report.render()
    assert "one page of a longer list (10 items in all): only the 1 item(s)" in report
    assert "service.program: Community Counselling" in report
    assert "service.organization.legal_status: Community Counselling" in report


@pytest.mark.parametrize("name", FULL_EXAMPLES)
def test_the_report_lists_what_the_official_examples_hold_but_the_bundle_cannot(tmp_path, name):
    import_directory(EXAMPLES / name, tmp_path / "bundle", OPTIONS)

    report = (tmp_path / "bundle" / "IMPORT-REPORT.txt").read_text(encoding="utf-8")
    for expected in (
        "website http://example.com/counselling is an example address",
        "postal address (1-30 Main Street, MyCity, ABC 1234) not imported",
        "it uses byweekno, bymonthday, byyearday, count, until",
        "valid only until 2005-01-01",
        "a price (Under 18s and Over 60s: 35 GBP per 1 hour session) was valid only until "
        "2022-12-31: not imported",
        "assurer_email 'email@example.com' is not a real address",
        "service.alert: Community Counselling",
        "service.service_at_locations.location.accessibility: Community Counselling",
        "service.required_documents: Community Counselling",
        "service.wait_time: Community Counselling",
    ):
        assert expected in report, expected
    if name.startswith("csv"):
        assert "datapackage.json could not be read" in report
        assert "attributes.csv: 1 row(s) (line 2) link to no service" in report
        assert "metadata.csv: 1 row(s) not imported" in report
    else:
        assert "service.organization.funding: Community Counselling" in report
        assert "taxonomy term 'name' looks like a placeholder" in report


def test_the_bundle_files_quote_every_text_so_yaml_traps_cannot_bite(tmp_path):
    service = {
        "id": "s1",
        "name": "no",  # YAML 1.1 would read it as false
        "status": "active",
        "description": "10:30",  # ... as 630
        "languages": [{"id": "l1", "code": "no", "name": "Norwegian"}],
        "service_at_locations": [
            {
                "id": "sal",
                "location": {
                    "id": "loc",
                    "location_type": "physical",
                    "addresses": [
                        {
                            "id": "a",
                            "address_1": "1 Main St",
                            "city": "Yes",
                            "state_province": "ON",
                            "postal_code": "01234",  # ... as 668
                            "country": "us",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    }
    source = write_json(tmp_path, service)

    import_directory(source, tmp_path / "bundle", OPTIONS)

    result = load_bundle(tmp_path / "bundle", today=TODAY)
    assert result.errors == []
    resource = result.bundle.resources["no"]
    assert resource.name["en"] == "no" and resource.description["en"] == "10:30"
    assert resource.languages == ("no",)
    assert (resource.address.city, resource.address.state) == ("Yes", "ON")
    assert (resource.address.postal_code, resource.address.country) == ("01234", "US")
    for rel in ("bundle.yaml", "topics/services.yaml", "resources/no.yaml"):
        styles = scalar_styles(tmp_path / "bundle" / rel)
        assert styles and all(style == '"' for _, style in styles), (rel, styles)


def write_json(folder: Path, data: object, name: str = "directory.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def weekly(days: str, opens: str, closes: str, **extra: object) -> dict:
    return {"id": f"{days}-{opens}", "freq": "WEEKLY", "byday": days, "opens_at": opens,
            "closes_at": closes, **extra}  # fmt: skip


def imported(tmp_path: Path, services: list[dict], options: ImportOptions = OPTIONS):
    source = write_json(tmp_path, services)
    outcome = import_directory(source, tmp_path / "bundle", options)
    result = load_bundle(tmp_path / "bundle", today=TODAY)
    assert result.errors == [], [str(f) for f in result.errors]
    report = (tmp_path / "bundle" / "IMPORT-REPORT.txt").read_text(encoding="utf-8")
    return result.bundle, report, outcome


def test_plain_weekly_schedules_become_hours_in_words(tmp_path):
    services = [
        {"id": "a", "name": "Weekdays", "schedules": [
            weekly("MO,TU,WE,TH,FR", "09:00:00", "17:00:00"),
            weekly("SA", "10:00", "14:30"),
        ]},
        # One schedule per day, as many directories write them: merged.
        {"id": "b", "name": "Day by day", "schedules": [
            weekly(day, "08:30", "12:00") for day in ("MO", "TU", "WE", "FR")
        ]},
        {"id": "c", "name": "Always open", "schedules": [
            weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59")
        ]},
        {"id": "d", "name": "Monthly", "schedules": [
            {"id": "m", "freq": "MONTHLY", "byday": "1MO", "opens_at": "10:00",
             "closes_at": "12:00", "description": "First Monday of the month, 10 to noon"},
        ]},
        {"id": "e", "name": "Every other week", "schedules": [
            weekly("TU", "10:00", "12:00", interval=2),
        ]},
    ]  # fmt: skip

    bundle, report, _ = imported(tmp_path, services)

    hours = {r.id: r.hours["en"] if r.hours else None for r in bundle.resources.values()}
    assert hours == {
        "weekdays": "Mon-Fri 9:00-17:00; Sat 10:00-14:30",
        "day-by-day": "Mon-Wed, Fri 8:30-12:00",
        "always-open": "Every day, 24 hours",
        "monthly": "First Monday of the month, 10 to noon",
        "every-other-week": None,
    }
    assert "Monthly: schedule (freq=MONTHLY" in report
    assert "its description is used instead" in report
    assert (
        "Every other week: schedule (freq=WEEKLY, byday=TU, opens_at=10:00, closes_at=12:00) "
        "cannot be put into plain hours (it repeats every 2 weeks) and has no description: "
        "hours not imported"
    ) in report


def test_hours_are_written_in_the_bundles_language(tmp_path):
    services = [
        {"id": "a", "name": "Clínica", "schedules": [weekly("MO,TU,WE,TH,FR", "9:00", "17:00")]}
    ]

    bundle, _, _ = imported(
        tmp_path, services, ImportOptions(language="es", today=TODAY, region="US")
    )

    assert bundle.default_language == "es"
    assert bundle.resources["clinica"].hours["es"] == "lun-vie 9:00-17:00"
    assert bundle.topics[0].title["es"] == "Servicios"


def test_phone_types_map_and_bad_numbers_are_listed_never_guessed(tmp_path):
    phones = [
        {"id": "1", "number": "(636) 555-0123", "type": "voice", "description": "Front desk"},
        {"id": "2", "number": "233733", "type": "text"},
        {"id": "3", "number": "711", "type": "textphone"},
        {"id": "4", "number": "314-555-0188", "type": "cell"},
        {"id": "5", "number": "636-555-0199", "type": "fax"},
        {"id": "6", "number": "636-555-0177", "type": "pager"},
        {"id": "7", "number": "555-0100", "type": "voice"},
        {"id": "8", "number": 6365550111, "type": "voice"},
        {"id": "9", "number": "1-800-FLOWERS", "type": "voice"},
        {"id": "10", "number": "string"},
        {"id": "11", "number": "(636) 555-0123", "type": "voice"},  # listed twice
    ]

    bundle, report, _ = imported(tmp_path, [{"id": "s", "name": "Clinic", "phones": phones}])

    got = [(p.number, p.type.value) for p in bundle.resources["clinic"].phones]
    assert got == [
        ("+16365550123", "voice"),
        ("233733", "text"),
        ("711", "tty"),
        ("+13145550188", "voice"),
    ]
    assert bundle.resources["clinic"].phones[0].label["en"] == "Front desk"
    for expected in (
        'fax number "636-555-0199" not imported',
        'pager number "636-555-0177" not imported',
        "'555-0100' is not a valid phone number in region US",
        "phone 6365550111 is stored as a number",
        "'1-800-FLOWERS' has letters",
        "'string' is not a phone number",
    ):
        assert f"Clinic: {expected}" in report or expected in report, expected


def test_taxonomy_terms_make_a_topic_per_top_level_term(tmp_path):
    health = {"id": "t-health", "name": "Health Care", "description": "d", "taxonomy": "local"}
    dental = {"id": "t-dental", "name": "Dental Care", "description": "d", "parent_id": "t-health"}
    legal = {"id": "t-legal", "name": "Legal Aid", "description": "d", "code": "L"}

    def tagged(service_id: str, name: str, *terms: dict) -> dict:
        attributes = [{"id": f"{service_id}-{t['id']}", "taxonomy_term": t} for t in terms]
        return {"id": service_id, "name": name, "attributes": attributes}

    data = [
        health,  # the parent, listed on its own as a taxonomy term
        tagged("s1", "Dental clinic", dental),
        tagged("s2", "Legal clinic", legal),
        tagged("s3", "Walk-in clinic", health, legal),
        {"id": "s4", "name": "Food pantry"},
    ]

    bundle, report, _ = imported(tmp_path, data)

    topics = {t.title["en"]: t.resource_ids for t in bundle.topics}
    assert topics == {
        "Health Care": ("dental-clinic", "walk-in-clinic"),
        "Legal Aid": ("legal-clinic", "walk-in-clinic"),
        "Other services": ("food-pantry",),
    }
    assert "check that every topic title is neutral" in report


def test_languages_are_read_from_codes_or_names(tmp_path):
    languages = [
        {"id": "1", "code": "eng"},
        {"id": "2", "name": "Spanish"},
        {"id": "3", "code": "zh_hans"},
        {"id": "4", "name": "American Sign Language"},
        {"id": "5", "code": "EN"},
        {"id": "6", "name": "Klingonese"},
    ]

    bundle, report, _ = imported(tmp_path, [{"id": "s", "name": "Clinic", "languages": languages}])

    assert bundle.resources["clinic"].languages == ("en", "es", "zh-Hans", "ase")
    assert "language 'Klingonese' is not one the importer can read" in report


def test_assured_date_becomes_the_verification_unless_it_cannot_be_true(tmp_path):
    services = [
        {"id": "1", "name": "Checked", "assured_date": "2026-10-01",
         "assurer_email": "ana@211stl.org"},
        {"id": "2", "name": "Future", "assured_date": "2027-01-01"},
        {"id": "3", "name": "Garbled", "assured_date": "last spring"},
        {"id": "4", "name": "Never"},
    ]  # fmt: skip

    bundle, report, _ = imported(
        tmp_path, services, ImportOptions(today=TODAY, source="211 St. Louis", region="US")
    )

    checked = bundle.resources["checked"].verified
    assert (checked.on, checked.by, checked.source) == (
        date(2026, 10, 1),
        "ana@211stl.org",
        "211 St. Louis (imported)",
    )
    assert bundle.resources["future"].verified is None
    assert bundle.resources["garbled"].verified is None
    assert bundle.resources["never"].verified is None
    assert "Future: assured_date 2027-01-01 is in the future: left unverified" in report
    assert "Garbled: assured_date 'last spring' is not a date" in report


def test_closed_services_are_left_out_and_listed(tmp_path):
    services = [
        {"id": "1", "name": "Open", "status": "active"},
        {"id": "2", "name": "Gone", "status": "defunct"},
        {"id": "3", "name": "Paused", "status": "temporarily closed"},
    ]

    bundle, report, _ = imported(tmp_path, services)

    assert list(bundle.resources) == ["open"]
    assert "Gone: status is 'defunct': not imported" in report
    assert "Paused: status is 'temporarily closed': not imported" in report


def test_an_organization_without_services_becomes_one_resource(tmp_path):
    organization = {
        "id": "o1",
        "name": "Neighbourhood Legal Centre",
        "description": "Free legal advice.",
        "website": "https://legal.example.org.uk",
        "phones": [{"id": "p", "number": "314-555-0142"}],
        "services": [],
    }

    bundle, report, _ = imported(tmp_path, [organization])

    resource = bundle.resources["neighbourhood-legal-centre"]
    assert resource.description["en"] == "Free legal advice."
    assert resource.website == "https://legal.example.org.uk"
    assert [p.number for p in resource.phones] == ["+13145550142"]
    assert "Not imported: 0 HSDS field(s)" in report


def test_a_data_package_is_read_through_its_datapackage_json(tmp_path):
    package = tmp_path / "package"
    (package / "tables").mkdir(parents=True)
    (package / "tables" / "svc.csv").write_text(
        'id,name,description,assured_date\ns1,Food pantry,"Groceries, once a week",2026-09-30\n',
        encoding="utf-8",
    )
    (package / "tables" / "tel.csv").write_text(
        "id,service_id,number,type\np1,s1,314-555-0100,voice\np2,s1,314-555-0101,fax\n",
        encoding="utf-8",
    )
    descriptor = {
        "name": "north-county-directory",
        "title": "North County Directory",
        "resources": [
            {"name": "services", "path": "tables/svc.csv"},
            {"name": "phone", "path": "tables/tel.csv"},
            {"name": "language", "path": "../outside.csv"},
        ],
    }
    write_json(package, descriptor, "datapackage.json")

    outcome = import_directory(package, tmp_path / "bundle", OPTIONS)

    result = load_bundle(tmp_path / "bundle", today=TODAY)
    assert result.errors == []
    assert result.bundle.title["en"] == "North County Directory"
    resource = result.bundle.resources["food-pantry"]
    assert resource.description["en"] == "Groceries, once a week"
    assert [p.number for p in resource.phones] == ["+13145550100"]
    assert resource.verified.source == "North County Directory (imported)"
    report = outcome.report.render()
    assert 'fax number "314-555-0101" not imported' in report
    assert "table 'language' is at '../outside.csv', outside the package folder" in report


def test_an_existing_folder_is_never_written_over(tmp_path):
    source = write_json(tmp_path, [{"id": "s", "name": "Clinic"}])
    out = tmp_path / "bundle"
    out.mkdir()
    (out / "bundle.yaml").write_text("id: precious\n", encoding="utf-8")

    with pytest.raises(HsdsError, match="already exists and is not empty"):
        import_directory(source, out, OPTIONS)

    assert (out / "bundle.yaml").read_text(encoding="utf-8") == "id: precious\n"


def test_texts_are_fitted_to_the_characters_the_kiosk_can_draw(tmp_path):
    services = [
        {"id": "1", "name": "Food pantry ☎", "description": "Call us 📞 today"},
        {"id": "2", "name": "ქართული კონსულტაცია"},  # Georgian: no kiosk font
        {"id": "3", "name": "Clinic", "description": "नमस्ते"},
    ]

    bundle, report, _ = imported(tmp_path, services)

    assert sorted(bundle.resources) == ["clinic", "food-pantry"]
    pantry = bundle.resources["food-pantry"]
    assert (pantry.name["en"], pantry.description["en"]) == ("Food pantry", "Call us today")
    assert bundle.resources["clinic"].description is None
    assert "removed symbols no kiosk font can draw (U+260E '☎' (BLACK TELEPHONE))" in report
    assert "ქართული კონსულტაცია: the name has characters no kiosk font can draw" in report
    assert "Clinic: description has characters no kiosk font can draw" in report
    assert "add a font for them to the bundle's fonts/ folder" in report


@pytest.mark.slow
def test_a_large_directory_fits_the_loaders_limits(tmp_path):
    """Past 4000 resources the files hold lists (the loader reads at most 5000
    files), and a topic lists at most 500 resources."""
    services = [{"id": f"s{n}", "name": f"Service {n}"} for n in range(4001)]

    bundle, report, _ = imported(tmp_path, services)

    assert len(bundle.resources) == 4001
    assert len(list((tmp_path / "bundle" / "resources").iterdir())) == 41
    sizes = [len(topic.resource_ids) for topic in bundle.topics]
    assert sizes == [500] * 8 + [1]
    assert bundle.topics[0].title["en"] == "Services (1)"
    assert {rid for topic in bundle.topics for rid in topic.resource_ids} == set(bundle.resources)
    assert "more than the 500 a topic can list: split into 9 topics" in report
