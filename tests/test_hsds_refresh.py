"""`kiosk import-hsds SOURCE --into BUNDLE`: a directory's next export merged
into a bundle an editor has worked on. Real exports (the HSDS 3 standard's own
example, small GB, CA and DE directories), real YAML files, the real CLI.
Every outcome is asserted exactly: report lines, merged fields, messages."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from kiosk.cli import main
from kiosk.content import load_bundle
from kiosk.hsds import ImportOptions, export_bundle, import_directory
from kiosk.hsds.refresh import refresh_bundle
from kiosk.hsds.usage import slug
from kiosk.paths import fonts_dir, sample_bundle
from tests.content_helpers import make_bundle

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT.parent / "shared" / "hsds-3.0" / "examples"
TODAY = date(2026, 12, 6)
A_ID = "ac148810-d857-441c-9679-408f346de14b"  # the official example's service
B_ID = "0b0b0b0b-0000-4000-8000-000000000002"
C_ID = "0c0c0c0c-0000-4000-8000-000000000003"
D_ID = "0d0d0d0d-0000-4000-8000-000000000004"
OLD_PHONE, NEW_PHONE = '"+44 1234 234567"', '"+44 1234 234999"'

needs_examples = pytest.mark.skipif(
    not EXAMPLES.is_dir(), reason="the HSDS examples (shared/hsds-3.0) are not beside the repo"
)


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out, captured.err


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def small(service_id: str, name: str, number: str = "020 7946 0958", **extra) -> dict:
    return {
        "id": service_id,
        "name": name,
        "phones": [{"id": f"{service_id}-p", "number": number}],
        **extra,
    }


def official_directory(version: int) -> list[dict]:
    """Version 1: the official example (A) and two more services (B, C).
    Version 2: A's description and number changed, B renamed, C gone, D new."""
    a = json.loads((EXAMPLES / "service_full.json").read_text(encoding="utf-8"))
    b = small(B_ID, "Women's helpline", "+44 20 7946 0123")
    c = small(C_ID, "Food bank", "+44 20 7946 0456")
    if version == 1:
        return [a, b, c]
    a = json.loads(json.dumps(a).replace(json.dumps(OLD_PHONE)[1:-1], json.dumps(NEW_PHONE)[1:-1]))
    a["description"] = "Counselling by trained professionals, now also in the evening."
    b["name"] = "Women's 24-hour helpline"
    d = small(D_ID, "Night shelter", "+44 20 7946 0789")
    return [a, b, d]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@needs_examples
def test_a_refresh_takes_the_directory_changes_and_keeps_the_editor_work(tmp_path, capsys):
    bundle = tmp_path / "bundle"
    v1 = write_json(tmp_path / "v1.json", official_directory(1))
    code, _, err = cli(capsys, "import-hsds", v1, "-o", bundle, "--region", "GB")
    assert code == 0, err
    a_file = bundle / "resources" / "community-counselling.yaml"
    b_file = bundle / "resources" / "womens-helpline.yaml"
    topic_file = bundle / "topics" / "services.yaml"
    assert yaml.safe_load(a_file.read_text(encoding="utf-8"))["hsds_id"] == A_ID
    # The editor's work: a comment, a slip name, a translation, a keyword, a
    # question with its check record, and a name of their own for B.
    edit(a_file, "description:\n", "# Checked by phone with the front desk.\ndescription:\n")
    edit(
        a_file, '  en: "Counselling Services', '  es: "Asesoramiento."\n  en: "Counselling Services'
    )
    edit(a_file, "phones:\n", 'slip_name:\n  en: "CC"\nphones:\n')
    edit(b_file, 'en: "Women\'s helpline"', 'en: "Helpline for women"')
    edit(bundle / "bundle.yaml", '- "en"', '- "en"\n- "es"')
    question = (
        'questions:\n- question: {en: "Is it free?"}\n  answer: {en: "Ask the service."}\n'
        "  checked: {on: 2026-11-20, by: content-editor, method: desk-check,"
        ' sources: ["https://example.org/counselling/fees"]}\n'
    )
    topic_file.write_text(topic_file.read_text(encoding="utf-8") + question, encoding="utf-8")
    topic_before = topic_file.read_bytes()

    v2 = write_json(tmp_path / "v2.json", official_directory(2))
    code, printed, err = cli(capsys, "import-hsds", v2, "--into", bundle)

    assert code == 0, err
    changes = printed.split("Changes taken from the directory (")[1].split("\n\n")[0]
    assert changes.splitlines()[1:] == [
        "  - community-counselling: description: 'Counselling Services provided by trained "
        "professionals. Suitable for people wit…' -> "
        "'Counselling by trained professionals, now also in the evening.'",
        "  - community-counselling: phones: +441234234567 -> +441234234999",
    ]
    attention = printed.split("Needs your attention (")[1].split("\n\n")[0].splitlines()[1:]
    assert attention == [
        "  - community-counselling: description: the translations (es) translate the old "
        "text: translate the new one",
        "  - womens-helpline: name: you changed it and so did the directory: kept yours "
        "('Helpline for women'); the directory now says 'Women's 24-hour helpline'",
        "  - food-bank: no longer in the directory's export: marked hsds_status: "
        "removed-upstream; check it, then delete the resource or remove that line",
        "  - night-shelter: new in the directory's export: added with hsds_status: "
        "new-upstream and in no topic; check it and add it to a topic",
    ]
    assert "Read 3 service(s): 2 changed, 1 new, 1 no longer listed, 0 unchanged." not in printed
    assert "Read 3 service(s): 1 changed, 1 new, 1 no longer listed, 1 unchanged." in printed

    a = yaml.safe_load(a_file.read_text(encoding="utf-8"))
    assert "# Checked by phone with the front desk.\n" in a_file.read_text(encoding="utf-8")
    assert a["id"] == "community-counselling" and a["hsds_id"] == A_ID
    assert a["description"] == {
        "es": "Asesoramiento.",
        "en": "Counselling by trained professionals, now also in the evening.",
    }
    assert a["slip_name"] == {"en": "CC"}
    assert a["phones"] == [{"number": "01234 234999", "type": "voice", "label": {"en": "ext. 100"}}]
    b = yaml.safe_load(b_file.read_text(encoding="utf-8"))
    assert b["name"] == {"en": "Helpline for women"} and "hsds_status" not in b
    c = yaml.safe_load((bundle / "resources" / "food-bank.yaml").read_text(encoding="utf-8"))
    assert c["hsds_status"] == "removed-upstream" and c["hsds_id"] == C_ID
    d = yaml.safe_load((bundle / "resources" / "night-shelter.yaml").read_text(encoding="utf-8"))
    assert (d["hsds_status"], d["hsds_id"], d["name"]) == (
        "new-upstream",
        D_ID,
        {"en": "Night shelter"},
    )
    assert topic_file.read_bytes() == topic_before  # topics, questions, checks untouched

    result = load_bundle(bundle, today=TODAY, shipped_fonts=fonts_dir())
    assert result.errors == []
    flagged = sorted((f.rule, f.pos.file) for f in result.warnings if f.rule.endswith("-upstream"))
    assert flagged == [
        ("new-upstream", "resources/night-shelter.yaml"),
        ("removed-upstream", "resources/food-bank.yaml"),
    ]
    assert (bundle / "REFRESH-REPORT.txt").read_text(encoding="utf-8") == printed

    # The same export again: nothing changes, the conflict is not raised twice.
    code, printed, _ = cli(capsys, "import-hsds", v2, "--into", bundle)
    assert code == 0
    assert "Changes taken from the directory (0):" in printed
    assert "you changed it" not in printed
    assert "food-bank: still not in the directory's export" in printed


def refreshable(tmp_path: Path, services: list[dict]) -> Path:
    bundle = tmp_path / "bundle"
    import_directory(
        write_json(tmp_path / "v1.json", services),
        bundle,
        ImportOptions(today=TODAY, region="GB"),
    )
    return bundle


def test_a_checked_contact_whose_number_changed_is_no_longer_called_checked(tmp_path):
    first = small("s1", "Advice line", assured_date="2026-01-05")
    bundle = refreshable(tmp_path, [first])
    path = bundle / "resources" / "advice-line.yaml"
    edit(path, 'method: "desk-check"', 'method: "phoned"')
    changed = {**first, "phones": [{"id": "s1-p", "number": "020 7946 0999"}]}

    outcome = refresh_bundle(
        write_json(tmp_path / "v2.json", [changed]), bundle, ImportOptions(today=TODAY)
    )

    assert outcome.report.changes == ["advice-line: phones: +442079460958 -> +442079460999"]
    assert outcome.report.attention == [
        "advice-line: verified: your check (2026-01-05 by directory import, phoned) was of "
        "the old contact details: replaced by the directory's (2026-01-05 by directory import, "
        "desk-check); check the new details"
    ]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["verified"]["method"] == "desk-check"


def test_an_editor_check_stays_when_the_contact_details_did_not_change(tmp_path):
    first = small("s1", "Advice line", assured_date="2026-01-05")
    bundle = refreshable(tmp_path, [first])
    path = bundle / "resources" / "advice-line.yaml"
    edit(path, 'method: "desk-check"', 'method: "phoned"')
    newer = {**first, "assured_date": "2026-06-01", "description": "Free advice."}

    outcome = refresh_bundle(
        write_json(tmp_path / "v2.json", [newer]), bundle, ImportOptions(today=TODAY)
    )

    assert outcome.report.changes == ["advice-line: description: (none) -> 'Free advice.'"]
    assert outcome.report.attention == [
        "advice-line: verified: kept your check (2026-01-05 by directory import, phoned); "
        "the directory's is 2026-06-01 by directory import, desk-check"
    ]
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["verified"]["method"] == "phoned"


def test_a_keyword_and_label_translations_survive_a_changed_phone_list(tmp_path):
    text_line = {"id": "t", "number": "07911 123456", "type": "text", "description": "Text us"}
    first = {**small("s1", "Chat line"), "phones": [text_line]}
    bundle = refreshable(tmp_path, [first])
    path = bundle / "resources" / "chat-line.yaml"
    edit(path, '    en: "Text us"', '    en: "Text us"\n    es: "Escríbenos"\n  keyword: "HELP"')
    edit(bundle / "bundle.yaml", '- "en"', '- "en"\n- "es"')
    voice = {"id": "v", "number": "020 7946 0958"}
    second = {**first, "phones": [text_line, voice]}

    refresh_bundle(write_json(tmp_path / "v2.json", [second]), bundle, ImportOptions(today=TODAY))

    phones = yaml.safe_load(path.read_text(encoding="utf-8"))["phones"]
    assert phones == [
        {
            "number": "+44 7911 123456",
            "type": "text",
            "label": {"en": "Text us", "es": "Escríbenos"},
            "keyword": "HELP",
        },
        {"number": "020 7946 0958", "type": "voice"},
    ]


def test_a_service_that_comes_back_loses_its_removed_mark(tmp_path):
    first = small("s1", "Advice line")
    bundle = refreshable(tmp_path, [first, small("s2", "Food bank", "020 7946 0111")])
    refresh_bundle(write_json(tmp_path / "v2.json", [first]), bundle, ImportOptions(today=TODAY))
    path = bundle / "resources" / "food-bank.yaml"
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["hsds_status"] == "removed-upstream"

    outcome = refresh_bundle(
        write_json(tmp_path / "v3.json", [first, small("s2", "Food bank", "020 7946 0111")]),
        bundle,
        ImportOptions(today=TODAY),
    )

    assert outcome.report.changes == [
        "food-bank: back in the directory's export: hsds_status removed"
    ]
    assert "hsds_status" not in yaml.safe_load(path.read_text(encoding="utf-8"))


# --- hostile corpus ------------------------------------------------------------


def _not_imported(tmp_path: Path) -> Path:
    return make_bundle(tmp_path).path


def _duplicate_in_bundle(tmp_path: Path) -> Path:
    bundle = refreshable(tmp_path, [small("s1", "Advice line")])
    text = (bundle / "resources" / "advice-line.yaml").read_text(encoding="utf-8")
    copy_text = text.replace('id: "advice-line"', 'id: "advice-line-copy"')
    (bundle / "resources" / "advice-line-copy.yaml").write_text(copy_text, encoding="utf-8")
    topic = bundle / "topics" / "services.yaml"
    edit(topic, '- "advice-line"', '- "advice-line"\n- "advice-line-copy"')
    return bundle


def _record_missing(tmp_path: Path) -> Path:
    bundle = refreshable(tmp_path, [small("s1", "Advice line")])
    (bundle / "HSDS-IMPORTED.json").unlink()
    return bundle


def _record_broken(tmp_path: Path) -> Path:
    bundle = refreshable(tmp_path, [small("s1", "Advice line")])
    (bundle / "HSDS-IMPORTED.json").write_text('{"format": 1,\n"services": [', encoding="utf-8")
    return bundle


def _record_foreign(tmp_path: Path) -> Path:
    bundle = refreshable(tmp_path, [small("s1", "Advice line")])
    (bundle / "HSDS-IMPORTED.json").write_text('{"services": []}', encoding="utf-8")
    return bundle


def _does_not_load(tmp_path: Path) -> Path:
    bundle = refreshable(tmp_path, [small("s1", "Advice line")])
    edit(bundle / "resources" / "advice-line.yaml", 'type: "voice"', 'type: "pigeon"')
    return bundle


def _no_bundle(tmp_path: Path) -> Path:
    (tmp_path / "empty").mkdir()
    return tmp_path / "empty"


HOSTILE_BUNDLES = {
    "a bundle not made by import": (
        _not_imported,
        [],
        "error: {b}: no resource has an hsds_id, so this bundle was not made by `kiosk "
        "import-hsds` and there is nothing to match the export on; import into a new folder "
        "with -o instead",
    ),
    "two resources with one hsds_id": (
        _duplicate_in_bundle,
        [],
        "error: resources/advice-line.yaml: 'advice-line' has hsds_id 's1', as "
        "'advice-line-copy' in resources/advice-line-copy.yaml has; a directory's service is "
        "one resource: remove the hsds_id from one of them",
    ),
    "the import record is missing": (
        _record_missing,
        [],
        "error: {b}/HSDS-IMPORTED.json: not found: this bundle was not made by `kiosk "
        "import-hsds`, or the file was lost, so a refresh cannot tell your edits from the "
        "directory's changes; restore the file from a copy of the bundle, or import into a "
        "new folder with -o",
    ),
    "the import record is cut short": (
        _record_broken,
        [],
        "error: {b}/HSDS-IMPORTED.json:2: not valid JSON; restore the file from a copy of the "
        "bundle",
    ),
    "the import record is someone else's": (
        _record_foreign,
        [],
        "error: {b}/HSDS-IMPORTED.json: not a record this kiosk wrote (format 1 with "
        "'services'); restore the file from a copy of the bundle",
    ),
    "the bundle does not load": (
        _does_not_load,
        [],
        "error: {b}: the bundle has 1 error(s), so a refresh could not check what it writes; "
        "fix them first (`kiosk validate`), the first: resources/advice-line.yaml:6:9: error: "
        "'pigeon' is not one of: voice, text, tty [bad-choice]",
    ),
    "no bundle at all": (
        _no_bundle,
        [],
        "error: {b}: no bundle.yaml here; give the folder of the bundle to refresh",
    ),
    "another region": (
        lambda tmp: refreshable(tmp, [small("s1", "Advice line")]),
        ["--region", "US"],
        "error: --region US: the bundle's region is GB, and a refresh reads the numbers for "
        "the bundle's region; leave --region out",
    ),
    "a new title": (
        lambda tmp: refreshable(tmp, [small("s1", "Advice line")]),
        ["--title", "New"],
        "error: --title is for a new bundle (-o); --into keeps the bundle's",
    ),
}


@pytest.mark.parametrize("case", HOSTILE_BUNDLES, ids=list(HOSTILE_BUNDLES))
def test_a_bundle_that_cannot_be_refreshed_gets_one_exact_message(tmp_path, capsys, case):
    make, extra, expected = HOSTILE_BUNDLES[case]
    bundle = make(tmp_path)
    export = write_json(tmp_path / "next.json", [small("s1", "Advice line")])
    before = {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()}

    code, printed, err = cli(capsys, "import-hsds", export, "--into", bundle, *extra)

    assert (code, printed) == (1, "")
    if case == "two resources with one hsds_id":
        assert err.strip() == expected
    else:
        assert err.strip() == expected.format(b=bundle)
    assert {p: p.read_bytes() for p in bundle.rglob("*") if p.is_file()} == before


HOSTILE_EXPORTS = {
    "a service listed twice": (
        [small("s1", "Advice line", "020 7946 0999"), small("s1", "Other line")],
        [
            "advice-line: the export lists service s1 more than once: left as it is; ask the "
            "directory which one is right"
        ],
    ),
    "a service without an id": (
        [small("s1", "Advice line"), {"name": "Drop-in", "phones": [{"number": "020 7946 0111"}]}],
        [
            "'Drop-in' has no id in the export, so it cannot be matched with the bundle: not "
            "added; ask the directory for its service ids"
        ],
    ),
    "a service now closed": (
        [{**small("s1", "Advice line"), "status": "defunct"}, small("s2", "Other line")],
        [
            "advice-line: no longer in the directory's export: marked hsds_status: "
            "removed-upstream; check it, then delete the resource or remove that line",
            "other-line: new in the directory's export: added with hsds_status: new-upstream "
            "and in no topic; check it and add it to a topic",
        ],
    ),
}


@pytest.mark.parametrize("case", HOSTILE_EXPORTS, ids=list(HOSTILE_EXPORTS))
def test_an_odd_export_is_refreshed_with_an_exact_line_for_what_it_could_not(
    tmp_path, capsys, case
):
    services, expected = HOSTILE_EXPORTS[case]
    bundle = refreshable(tmp_path, [small("s1", "Advice line")])
    before = (bundle / "resources" / "advice-line.yaml").read_text(encoding="utf-8")

    code, printed, _ = cli(
        capsys, "import-hsds", write_json(tmp_path / "n.json", services), "--into", bundle
    )

    assert code == 0
    attention = printed.split("Needs your attention (")[1].split("\n\n")[0].splitlines()[1:]
    assert attention == [f"  - {line}" for line in expected]
    after = (bundle / "resources" / "advice-line.yaml").read_text(encoding="utf-8")
    if case != "a service now closed":
        assert after == before


# --- ids, regions, round trip ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Women's helpline", "womens-helpline"),
        ("Women’s helpline", "womens-helpline"),
        ("St. Mary's `Drop-in`", "st-marys-drop-in"),
        ("Legal aid", "legal-aid"),
    ],
)
def test_an_apostrophe_joins_a_word_in_an_id(name, expected):
    assert slug(name) == expected


FOREIGN = {
    "GB": small(
        "gb1",
        "Citizens Advice Example",
        "0300 123 3393",
        service_at_locations=[
            {
                "id": "x",
                "location": {
                    "id": "l",
                    "addresses": [
                        {
                            "id": "a",
                            "address_1": "1 High Street",
                            "city": "Leeds",
                            "state_province": "",
                            "postal_code": "LS1 1AA",
                            "country": "GB",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    ),
    "CA": small(
        "ca1",
        "Toronto distress line",
        "416-392-2489",
        service_at_locations=[
            {
                "id": "x",
                "location": {
                    "id": "l",
                    "addresses": [
                        {
                            "id": "a",
                            "address_1": "100 Queen St W",
                            "city": "Toronto",
                            "state_province": "ON",
                            "postal_code": "M5H 2N2",
                            "country": "CA",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
    ),
    "DE": small("de1", "Telefonseelsorge Berlin", "+49 30 901820"),
}


@pytest.mark.parametrize("region", FOREIGN)
def test_a_directory_from_another_country_imports_with_its_own_region(tmp_path, capsys, region):
    source = write_json(tmp_path / "in.json", [FOREIGN[region]])

    code, _, err = cli(capsys, "import-hsds", source, "-o", tmp_path / "b")

    assert code == 0, err
    result = load_bundle(tmp_path / "b", today=TODAY, shipped_fonts=fonts_dir())
    assert result.errors == [] and result.bundle.region == region
    [resource] = result.bundle.resources.values()
    assert len(resource.phones) == 1 and resource.hsds_id == FOREIGN[region]["id"]


@pytest.mark.parametrize(
    ("services", "expected"),
    [
        (
            [small("s1", "A line", "020 7946 0958")],
            "no address names its country and no phone number is written with its country "
            "code, so the importer cannot tell which country the numbers are in",
        ),
        (
            [FOREIGN["GB"], small("s2", "Other", "+1 416 392 2489")],
            "the addresses and phone numbers do not agree on one country (address countries: "
            "GB; phone country codes: +1)",
        ),
        (
            [FOREIGN["GB"], FOREIGN["CA"]],
            "the addresses and phone numbers do not agree on one country (address countries: "
            "CA, GB; phone country codes: none)",
        ),
    ],
    ids=["no evidence", "a number from elsewhere", "two countries"],
)
def test_an_import_that_cannot_tell_the_country_asks_for_region(
    tmp_path, capsys, services, expected
):
    source = write_json(tmp_path / "in.json", services)

    code, printed, err = cli(capsys, "import-hsds", source, "-o", tmp_path / "b")

    assert (code, printed) == (1, "")
    assert err == (
        f"error: {source}: {expected}: give --region with the two-letter code of the country, "
        "such as --region US\n"
    )
    assert not (tmp_path / "b").exists()


def test_export_import_export_gives_the_same_file(tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_bundle(sample_bundle(), first, today=TODAY)

    outcome = import_directory(first, tmp_path / "again", ImportOptions(today=TODAY))
    export_bundle(tmp_path / "again", second, today=TODAY)

    assert outcome.load.errors == []
    assert second.read_bytes() == first.read_bytes()
    sample = load_bundle(sample_bundle(), today=TODAY).bundle
    again = outcome.load.bundle
    assert again.region == "US"  # from the numbers, not a default
    assert list(again.resources) == list(sample.resources)
    for rid, resource in sample.resources.items():
        twin = again.resources[rid]
        for field in ("name", "slip_name", "description", "hours", "cost", "eligibility"):
            assert getattr(twin, field) == getattr(resource, field), (rid, field)
        assert [(p.number, p.type, p.label, p.keyword) for p in twin.phones] == [
            (p.number, p.type, p.label, p.keyword) for p in resource.phones
        ], rid
        checks = [
            None if r.verified is None else (r.verified.on, r.verified.by, r.verified.method)
            for r in (twin, resource)
        ]
        assert checks[0] == checks[1], rid


def test_a_directory_edit_of_an_exported_text_drops_the_stale_translation(tmp_path):
    export_bundle(sample_bundle(), tmp_path / "first.json", today=TODAY)
    services = json.loads((tmp_path / "first.json").read_text(encoding="utf-8"))
    edited = copy.deepcopy(services)
    translated = next(s for s in edited if "description" in s["kiosk"].get("texts", {}))
    translated["description"] = "A new description from the directory."

    outcome = import_directory(
        write_json(tmp_path / "edited.json", edited), tmp_path / "b", ImportOptions(today=TODAY)
    )

    resource = outcome.load.bundle.resources[translated["kiosk"]["resource_id"]]
    assert dict(resource.description) == {"en": "A new description from the directory."}
    others = ", ".join(sorted(set(translated["kiosk"]["texts"]["description"]) - {"en"}))
    assert (
        f"description: the translations ({others}) in the kiosk extension translate another "
        "text than the directory's: not imported, translate the new text"
    ) in outcome.report.render()


@pytest.mark.parametrize("status", ["new-upstream", "removed-upstream"])
@pytest.mark.parametrize("bundle_status", ["published", "draft"])
def test_a_refresh_mark_is_a_warning_in_a_draft_and_an_error_when_published(
    tmp_path, status, bundle_status
):
    bundle = make_bundle(tmp_path)
    bundle.replace("bundle.yaml", "status: published", f"status: {bundle_status}")
    bundle.write(
        "resources/hotline.yaml",
        bundle.read("resources/hotline.yaml") + f"hsds_id: s1\nhsds_status: {status}\n",
    )

    result = bundle.load()

    found = [
        (f.severity.value, f.rule, str(f.pos)) for f in result.findings if "upstream" in f.rule
    ]
    severity = "error" if bundle_status == "published" else "warning"
    assert found == [(severity, status, "resources/hotline.yaml:1:1")]
    assert result.bundle is not None or severity == "error"
