"""`kiosk new-bundle`: a small bundle that validates at once, with only the
warnings that tell an editor what is still to do; refusals in one line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from content_helpers import TODAY

from kiosk import cli
from kiosk.content import load_bundle
from kiosk.content.new_bundle import write_new_bundle
from kiosk.paths import fonts_dir, schema_dir


def _warnings(root: Path, today: date) -> list[str]:
    result = load_bundle(root, today=today, shipped_fonts=fonts_dir())
    assert result.errors == [], [str(f) for f in result.errors]
    assert result.bundle is not None
    return [str(f) for f in result.warnings]


@pytest.mark.parametrize(
    ("region", "languages", "number"),
    [
        ("CA", "en,fr", "(506) 234-5678"),
        ("US", "en,es,ar", "(201) 555-0123"),
        ("FR", "fr", "01 23 45 67 89"),
        ("GB", "en,pl,zh-Hans", "0121 234 5678"),
        ("DE", "de,tr,uk", "030 123456"),
    ],
)
def test_new_bundle_validates_with_only_its_intended_warnings(
    tmp_path: Path, region: str, languages: str, number: str
) -> None:
    root = tmp_path / "riverside-clinic"
    write_new_bundle(root, region, languages, schema_dir(), today=TODAY)
    codes = languages.split(",")
    expected = [
        "bundle.yaml:5:9: warning: status is 'sample': every screen says so; a site must "
        "review it before real use [sample-bundle]",
        *(
            # At the first text without the language: the bundle's title.
            f"bundle.yaml:7:3: warning: '{code}' has 0 of 10 texts (0%); this is the first "
            f"text without it; the rest is shown in '{codes[0]}' [incomplete-translation]"
            for code in codes[1:]
        ),
        "resources/example-service.yaml:3:1: warning: 'example-service' has no 'verified:' "
        "entry, so the kiosk marks it unverified; check the details and add "
        "verified: {on, by, method, source} [unverified]",
        "topics/getting-help.yaml:9:3: warning: this answer has no 'checked:' entry; check "
        "it against its sources and add checked: {on, by, method, sources} [unchecked-answer]",
    ]
    assert _warnings(root, TODAY) == expected
    bundle = load_bundle(root, today=TODAY).bundle
    assert bundle is not None
    assert bundle.id == "riverside-clinic" and bundle.region == region
    assert bundle.languages == tuple(codes) and bundle.default_language == codes[0]
    assert bundle.resources["example-service"].phones[0].display == number
    assert bundle.review_by == date(2027, 6, 6)


def test_each_file_names_its_schema_and_passes_it(tmp_path: Path) -> None:
    written = write_new_bundle(tmp_path / "b", "CA", "en,fr", schema_dir(), today=TODAY)
    kinds = {"bundle.yaml": "bundle", "getting-help.yaml": "topic"}
    for path in written:
        kind = kinds.get(path.name, "resource")
        first = path.read_text(encoding="utf-8").splitlines()[0]
        schema_path = schema_dir() / f"{kind}.schema.json"
        assert first == f"# yaml-language-server: $schema={schema_path.as_posix()}"
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        data = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        assert list(jsonschema.Draft202012Validator(schema).iter_errors(data)) == []


def test_cli_writes_a_bundle_that_validates(tmp_path: Path, capsys) -> None:
    root = tmp_path / "new"
    assert cli.main(["new-bundle", str(root), "--region", "CA", "--languages", "en,fr"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        str(root / "bundle.yaml"),
        str(root / "topics" / "getting-help.yaml"),
        str(root / "resources" / "example-service.yaml"),
    ]
    # The command dates the review from the machine's day; validate as of it.
    assert len(_warnings(root, date.today())) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--region", "XX", "--languages", "en"],
            "'XX' is not a region the phone number rules know; use a two-letter "
            "country code such as US or CA",
        ),
        (
            ["--region", "ca", "--languages", "en"],
            "'ca' is not a region the phone number rules know; use a two-letter "
            "country code such as US or CA",
        ),
        (
            ["--region", "CA", "--languages", "en,French"],
            "'French' is not a language code; write codes such as en,fr or en,zh-Hans",
        ),
        (
            ["--region", "CA", "--languages", "en,,fr"],
            "'' is not a language code; write codes such as en,fr or en,zh-Hans",
        ),
        (
            ["--region", "CA", "--languages", "en,fr,en"],
            "a language is given twice in --languages",
        ),
    ],
)
def test_cli_refuses_bad_arguments_in_one_line(
    tmp_path: Path, capsys, args: list[str], message: str
) -> None:
    root = tmp_path / "new"
    assert cli.main(["new-bundle", str(root), *args]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"kiosk new-bundle: error: {message}\n"
    assert not root.exists()


def test_cli_refuses_a_folder_with_files_and_touches_nothing(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("mine\n")
    assert cli.main(["new-bundle", str(tmp_path), "--region", "CA", "--languages", "en"]) == 2
    assert capsys.readouterr().err == (
        f"kiosk new-bundle: error: {tmp_path} is not an empty folder; give a new or empty one\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    written = write_new_bundle(tmp_path, "US", "en", schema_dir(), today=TODAY)
    assert len(written) == 3
    assert _warnings(tmp_path, TODAY)[0].endswith("[sample-bundle]")
