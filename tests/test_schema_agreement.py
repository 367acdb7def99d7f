"""The published JSON Schema and the loader describe the same format.

Editors' tools read YAML 1.2, where `on:` is a plain key and dates are text;
`as_json` reads the files that way so the schema is judged as they judge it.
"""

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml

from kiosk.content import load_bundle
from kiosk.content.jsonschema_export import render, schemas
from kiosk.paths import sample_bundle, schema_dir

SCHEMA_DIR = schema_dir()
SAMPLE = sample_bundle()
TODAY = date(2026, 12, 6)


def as_json(node: yaml.Node):
    if isinstance(node, yaml.MappingNode):
        return {k.value: as_json(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [as_json(v) for v in node.value]
    tag = node.tag.rsplit(":", 1)[-1]
    if tag == "int":
        return int(node.value)
    if tag == "bool":
        return node.value.lower() in ("true", "yes", "on", "y")
    if tag == "null":
        return None
    if tag == "float":
        return float(node.value)
    return node.value


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text())
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_shipped_schemas_are_current():
    for name, schema in schemas().items():
        assert (SCHEMA_DIR / name).read_text() == render(schema), (
            f"{name} is stale: run `kiosk schema --out resources/schema`"
        )


def test_schemas_are_valid_json_schema():
    for name in schemas():
        jsonschema.Draft202012Validator.check_schema(json.loads((SCHEMA_DIR / name).read_text()))


def _schema_for(rel: str) -> str:
    if rel == "bundle.yaml":
        return "bundle.schema.json"
    return "topic.schema.json" if rel.startswith("topics/") else "resource.schema.json"


def test_sample_bundle_passes_both():
    result = load_bundle(SAMPLE, today=TODAY)
    assert result.bundle is not None, [str(f) for f in result.errors]
    for path in sorted(SAMPLE.rglob("*.yaml")):
        rel = path.relative_to(SAMPLE).as_posix()
        data = as_json(yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader))
        errors = list(validator(_schema_for(rel)).iter_errors(data))
        assert not errors, f"{rel}: {errors[0].message}"


MINIMAL = {
    "bundle.yaml": (
        "id: b\nversion: 1\nstatus: draft\ntitle: {en: T}\nregion: US\nlanguages: [en]\n"
        "default_language: en\nreview_by: 2027-01-01\ncover: {title: {en: W}, text: {en: C}}\n"
    ),
    "topics/t.yaml": "id: t\ntitle: {en: T}\nresources: [r]\n",
    "resources/r.yaml": (
        "id: r\nname: {en: R}\nphones: [{number: '1-888-373-7888'}]\n"
        "verified: {on: 2026-11-01, by: me, method: phoned}\n"
    ),
}

# (file, replacement text): structural defects both must refuse.
STRUCTURAL = [
    ("bundle.yaml", MINIMAL["bundle.yaml"].replace("version: 1", "version: '1'")),
    ("bundle.yaml", MINIMAL["bundle.yaml"].replace("status: draft", "status: final")),
    ("bundle.yaml", MINIMAL["bundle.yaml"].replace("region: US\n", "")),
    ("bundle.yaml", MINIMAL["bundle.yaml"] + "colour: red\n"),
    ("topics/t.yaml", "id: T!\ntitle: {en: T}\n"),
    ("topics/t.yaml", "id: t\ntitle: [T]\n"),
    ("topics/t.yaml", "id: t\ntitle: {en: T}\nicon: rocket\n"),
    ("topics/t.yaml", "id: t\ntitle: {en: ''}\n"),
    ("resources/r.yaml", "id: r\n"),
    ("resources/r.yaml", "id: r\nname: {en: R}\nphones: [{number: '1-888-373-7888', type: fax}]\n"),
    ("resources/r.yaml", "id: r\nname: {en: R}\nwebsite: 'ftp://x.org'\n"),
    ("resources/r.yaml", "id: r\nname: {en: R}\nverified: {on: 2026-11-01, by: me}\n"),
    ("resources/r.yaml", "id: r\nname: {en: R}\nlanguages: en\n"),
    ("resources/r.yaml", "- id: r\n  name: {en: R}\n- id: s\n  nam: {en: S}\n"),
]

# Accepted by both: the other ways the format allows.
ACCEPTED = [
    ("resources/r.yaml", "- id: r\n  name: R\n  phones: [{number: '988', type: text}]\n"),
    ("topics/t.yaml", "id: t\ntitle: T\norder: 5\nicon: scales\nresources: [r]\n"),
    ("bundle.yaml", MINIMAL["bundle.yaml"] + "sensitive_words: {en: [secret]}\n"),
]


def _write(root: Path, changed: tuple[str, str]) -> None:
    for rel, text in {**MINIMAL, changed[0]: changed[1]}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")


def _schema_errors(root: Path, rel: str) -> list[str]:
    data = as_json(yaml.compose((root / rel).read_text(), Loader=yaml.SafeLoader))
    return [e.message for e in validator(_schema_for(rel)).iter_errors(data)]


@pytest.mark.parametrize("changed", STRUCTURAL, ids=lambda c: f"{c[0]}:{c[1][-30:]!r}")
def test_structural_defects_refused_by_both(tmp_path, changed):
    _write(tmp_path, changed)
    result = load_bundle(tmp_path, today=TODAY)
    assert result.bundle is None
    assert any(f.pos.file == changed[0] for f in result.errors)
    assert _schema_errors(tmp_path, changed[0])


@pytest.mark.parametrize("changed", ACCEPTED, ids=lambda c: c[0])
def test_allowed_forms_accepted_by_both(tmp_path, changed):
    _write(tmp_path, changed)
    result = load_bundle(tmp_path, today=TODAY)
    assert result.bundle is not None, [str(f) for f in result.errors]
    assert not _schema_errors(tmp_path, changed[0])
