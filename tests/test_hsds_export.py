"""`kiosk export-hsds`: the sample bundle as HSDS 3 JSON that validates against
the standard's own JSON Schemas (resolved offline from shared/hsds-3.0/schema),
and that imports back with every name and phone number intact."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from kiosk.cli import main
from kiosk.content import load_bundle
from kiosk.hsds import HsdsError, ImportOptions, export_bundle, import_directory
from kiosk.paths import sample_bundle

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT.parent / "shared" / "hsds-3.0" / "schema"
SAMPLE = sample_bundle()
TODAY = date(2026, 12, 6)

pytestmark = pytest.mark.skipif(
    not SCHEMAS.is_dir(), reason="the HSDS schemas (shared/hsds-3.0) are not beside the repo"
)


@pytest.fixture(scope="module")
def services_validator() -> Draft202012Validator:
    """A validator for a list of HSDS services. The registry holds every schema
    file under its own name, so "$ref": "phone.json" resolves with no network
    (a registry without a retrieve function cannot fetch anything)."""
    registry = Registry().with_resources(
        (path.name, DRAFT202012.create_resource(json.loads(path.read_text(encoding="utf-8"))))
        for path in sorted(SCHEMAS.glob("*.json"))
        if path.name != "openapi.json"
    )
    checker = Draft202012Validator.FORMAT_CHECKER
    # uuid, email and uri formats are checked, not just types.
    assert {"uuid", "email", "uri"} <= set(checker.checkers)
    schema = {"type": "array", "items": {"$ref": "service.json"}}
    return Draft202012Validator(schema, registry=registry, format_checker=checker)


def schema_errors(validator: Draft202012Validator, data: object) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]


def test_the_sample_bundle_exports_as_valid_hsds(tmp_path, services_validator):
    out = tmp_path / "sample.json"

    outcome = export_bundle(SAMPLE, out, today=TODAY)

    services = json.loads(out.read_text(encoding="utf-8"))
    assert schema_errors(services_validator, services) == []
    sample = load_bundle(SAMPLE, today=TODAY).bundle
    assert outcome.services == len(services) == len(sample.resources)
    by_name = {s["name"]: s for s in services}
    hotline = by_name["National Human Trafficking Hotline"]
    assert [(p["number"], p["type"]) for p in hotline["phones"]] == [
        ("+18883737888", "voice"),
        ("233733", "text"),
        ("711", "textphone"),
    ]
    assert hotline["assured_date"] == "2026-12-06"
    assert hotline["schedules"] == [
        {"id": hotline["schedules"][0]["id"], "description": "24 hours, every day"}
    ]
    assert [lang["code"] for lang in hotline["languages"]] == ["en", "es"]
    assert hotline["organization"]["name"] == "National Human Trafficking Hotline"
    assert any("translations, phone keywords" in note for note in outcome.notes)
    assert hotline["kiosk"]["resource_id"] == "national-trafficking-hotline"


def test_the_schemas_do_catch_a_broken_export(tmp_path, services_validator):
    """The validation above can fail: the same check refuses what HSDS forbids."""
    export_bundle(SAMPLE, tmp_path / "sample.json", today=TODAY)
    services = json.loads((tmp_path / "sample.json").read_text(encoding="utf-8"))

    for damage, expected in (
        (lambda s: s[0].pop("status"), "'status' is a required property"),
        (lambda s: s[0].update(id="not-a-uuid"), "is not a 'uuid'"),
        (lambda s: s[0]["phones"][0].update(number=18663718477), "is not of type 'string'"),
    ):
        broken = copy.deepcopy(services)
        damage(broken)
        assert any(expected in e for e in schema_errors(services_validator, broken)), expected


def test_an_address_exports_as_a_physical_location(tmp_path, services_validator):
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            {
                "id": "s",
                "name": "Food pantry",
                "service_at_locations": [
                    {
                        "id": "sal",
                        "location": {
                            "id": "l",
                            "location_type": "physical",
                            "addresses": [
                                {"id": "a", "address_1": "12 Elm St", "city": "O'Fallon",
                                 "state_province": "MO", "postal_code": "63366",
                                 "country": "US", "address_type": "physical"}
                            ],
                        },
                    }
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    import_directory(source, tmp_path / "bundle", ImportOptions(today=TODAY, region="US"))

    export_bundle(tmp_path / "bundle", tmp_path / "out.json", today=TODAY)

    [service] = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert schema_errors(services_validator, [service]) == []
    [address] = service["service_at_locations"][0]["location"]["addresses"]
    assert {k: v for k, v in address.items() if k != "id"} == {
        "address_1": "12 Elm St",
        "city": "O'Fallon",
        "state_province": "MO",
        "postal_code": "63366",
        "country": "US",
        "address_type": "physical",
    }


def test_import_of_the_export_keeps_every_name_and_phone_number(tmp_path):
    export_bundle(SAMPLE, tmp_path / "sample.json", today=TODAY)

    outcome = import_directory(
        tmp_path / "sample.json", tmp_path / "again", ImportOptions(today=TODAY, region="US")
    )

    assert outcome.load.errors == []
    sample = load_bundle(SAMPLE, today=TODAY).bundle
    again = outcome.load.bundle

    def contacts(bundle):
        return sorted(
            (r.name["en"], tuple((p.number, p.type.value) for p in r.phones))
            for r in bundle.resources.values()
        )

    assert contacts(again) == contacts(sample)
    assert "Not imported: 0 HSDS field(s)" in outcome.report.render()
    for resource in again.resources.values():
        original = next(r for r in sample.resources.values() if r.name["en"] == resource.name["en"])
        if original.verified is not None:
            assert resource.verified.on == original.verified.on


def test_the_export_is_the_same_every_time(tmp_path):
    export_bundle(SAMPLE, tmp_path / "one.json", today=TODAY)
    export_bundle(SAMPLE, tmp_path / "two.json", today=TODAY)

    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()


def test_a_bundle_that_does_not_load_is_not_exported(tmp_path, capsys):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "bundle.yaml").write_text("id: x\nversion: nope\n", encoding="utf-8")

    with pytest.raises(HsdsError, match="does not load, so it cannot be exported"):
        export_bundle(broken, tmp_path / "out.json", today=TODAY)

    assert main(["export-hsds", str(broken), "-o", str(tmp_path / "out.json")]) == 1
    err = capsys.readouterr().err
    assert "error:" in err and "bundle.yaml:2:10" in err and "Traceback" not in err
    assert not (tmp_path / "out.json").exists()


def test_the_export_command_writes_the_file_and_says_what_was_left_out(tmp_path, capsys):
    out = tmp_path / "sample.json"

    assert main(["export-hsds", str(SAMPLE), "-o", str(out)]) == 0

    captured = capsys.readouterr()
    sample = load_bundle(SAMPLE, today=TODAY).bundle
    count = len(sample.resources)
    assert f"{out}: {count} service(s) written as HSDS 3 JSON" in captured.out
    assert f"note: {len(sample.topics)} topic(s) and their questions are not" in captured.err
    assert len(json.loads(out.read_text(encoding="utf-8"))) == count
