"""The editor's schema agrees with `kiosk validate` on the broken-bundle corpus.

Every case of tests/test_broken_bundles.py is run twice: through the loader,
and through a JSON Schema validator (the `jsonschema` library) reading the
broken file as VS Code's YAML extension reads it with `yaml.yamlVersion:
"1.1"`, the setting the editor guide advises. Where the schema can express
the defect, its errors must name the very place the validator names: the
misspelt key for an unknown field, the mapping for a missing one, the value
for a wrong one. Rules the schema cannot express are listed below, each with
the reason; a new rule in the corpus must be put in one list or the other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from content_helpers import make_bundle
from test_broken_bundles import CASES, Case, _case, apply

from kiosk.content.jsonschema_export import schemas

# Rules a JSON Schema states: a field's presence, name, type, shape or form.
EXPRESSIBLE = frozenset(
    {
        "unknown-field",
        "missing-field",
        "expected-text",
        "expected-list",
        "expected-integer",
        "bad-choice",
        "bad-format",
        "empty-value",
        "text-too-long",
        "out-of-range",
        "yaml-implicit-type",
    }
)

OUT_OF_SCOPE = {
    # Reading the file at all: an editor shows its own parser's message.
    "yaml-syntax": "a file that is not YAML never reaches a schema",
    "yaml-structure": "aliases and documents are the YAML parser's business",
    "yaml-tag": "an editor's parser drops or keeps tags; a schema never sees them",
    "empty-file": "an empty file is valid YAML (null); the kiosk needs fields",
    "not-utf8": "an encoding problem stops the reader before any schema",
    "control-character": "JSON Schema cannot single out invisible characters in any text",
    "bidi-control": "JSON Schema cannot single out direction controls in any text",
    "invisible-text": "whether a text has a visible character needs Unicode data",
    "too-many-aliases": "counting alias reuse is the loader's guard, not the format's",
    "file-too-large": "a size limit on the file, not on a value",
    "duplicate-key": "an editor's YAML parser keeps one of the two keys",
    # The bundle's files and folders.
    "path-escape": "where a file really lives is not in the file",
    "bad-file-name": "a file name is not in the file",
    "not-a-bundle": "a missing bundle.yaml is not in any file",
    "no-topics": "counting the topics/ folder's files is not in any file",
    # Facts from another file: a schema reads one file on its own.
    "missing-default-language": "the default language is declared in bundle.yaml",
    "undeclared-language": "the bundle's languages are declared in bundle.yaml",
    "default-language-not-listed": "a cross-field rule on the bundle's languages",
    "dangling-reference": "a reference to an id in another file (cross-file ref)",
    "duplicate-id": "ids unique across files (cross-file)",
    "duplicate-reference": "a warning about a list's meaning, not its shape",
    "unreachable-resource": "which topics list a resource is in other files",
    "sensitive-slip-name": "sensitive words are declared in bundle.yaml and compared by skeleton",
    "incomplete-translation": "counted over the whole bundle",
    # Phone numbers: validity needs the phone number library and the region.
    "bad-phone": "phone validity needs the phone number library and bundle.yaml's region",
    # Dates: real calendar dates and their age need a calendar and a clock.
    "bad-date": "an editor set to YAML 1.1 reads a date as a date and checks nothing in it",
    "verified-in-future": "needs today's date",
    "checked-in-future": "needs today's date",
    "as-of-in-future": "needs today's date",
    "stale-verification": "needs today's date",
    "stale-claim": "needs today's date",
    "review-overdue": "needs today's date",
    # Warnings about meaning and status.
    "unverified": "a policy on bundle.yaml's status, not a shape",
    "unchecked-answer": "a policy on bundle.yaml's status, not a shape",
    "source-home-page": "whether a web address is a home page is a judgement on its text",
    "sample-bundle": "a warning about a valid value",
    "ignored-file": "a file the loader does not read",
}

SCHEMA_OF = {"bundle.yaml": "bundle.schema.json"}


def schema_name(rel: str) -> str:
    if rel in SCHEMA_OF:
        return SCHEMA_OF[rel]
    return "topic.schema.json" if rel.startswith("topics/") else "resource.schema.json"


# --- the file as a YAML 1.1 editor reads it -----------------------------------


class Located:
    """A YAML node's data as the editor's JSON, and where each part is."""

    def __init__(self, text: str) -> None:
        self.places: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.key_places: dict[tuple[Any, ...], tuple[int, int]] = {}
        self.data = self._read(yaml.compose(text, Loader=yaml.SafeLoader), ())

    @staticmethod
    def _at(node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def _read(self, node: yaml.Node, path: tuple[Any, ...]) -> Any:
        self.places[path] = self._at(node)
        if isinstance(node, yaml.MappingNode):
            result = {}
            for key, value in node.value:
                name = _editor_key(key)
                self.key_places[(*path, name)] = self._at(key)
                result[name] = self._read(value, (*path, name))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self._read(v, (*path, i)) for i, v in enumerate(node.value)]
        return _editor_scalar(node)


def _editor_scalar(node: yaml.ScalarNode) -> Any:
    """YAML 1.1 types, as the editor's parser gives them (`no` false, `10:30`
    630); a date stays its text, which the editor leaves unchecked."""
    if node.tag.endswith(":timestamp"):
        return node.value
    return yaml.SafeLoader(node.value).construct_object(node)


def _editor_key(node: yaml.Node) -> str:
    value = _editor_scalar(node) if isinstance(node, yaml.ScalarNode) else node.value
    return json.dumps(value) if isinstance(value, (bool, int, float)) or value is None else value


def schema_places(rel: str, text: str) -> list[tuple[tuple[int, int], str]]:
    """Where the schema's errors point, each with its message."""
    located = Located(text)
    validator = jsonschema.Draft202012Validator(schemas()[schema_name(rel)])
    found = []
    for error in validator.iter_errors(located.data):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            # jsonschema names the object; the editor names each unexpected key.
            extra = set(error.instance) - set(error.schema.get("properties", {}))
            for key in sorted(extra):
                found.append((located.key_places[(*path, key)], error.message))
        elif "propertyNames" in error.schema_path:
            # A bad key: jsonschema names the object and gives the key as the instance.
            found.append((located.key_places[(*path, error.instance)], error.message))
        else:
            found.append((located.places[path], error.message))
    return found


# --- the agreement ----------------------------------------------------------


def _expressible() -> list[object]:
    return [pytest.param(_case(c), id=_case(c).id) for c in CASES if _case(c).rule in EXPRESSIBLE]


def test_every_rule_of_the_corpus_is_classified() -> None:
    rules = {_case(c).rule for c in CASES}
    assert not EXPRESSIBLE & OUT_OF_SCOPE.keys()
    assert rules <= EXPRESSIBLE | OUT_OF_SCOPE.keys(), rules - EXPRESSIBLE - OUT_OF_SCOPE.keys()
    assert len(_expressible()) >= 15


@pytest.mark.parametrize("case", _expressible())
def test_schema_names_the_place_the_validator_names(case: Case, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    for rel, content in case.changes.items():
        apply(bundle, rel, content)
    result = bundle.load()
    finding = next(
        f
        for f in result.findings
        if (f.pos.file, f.pos.line, f.rule) == (case.file, case.line, case.rule)
    )
    where = (finding.pos.line, finding.pos.col)

    places = schema_places(case.file, bundle.read(case.file))

    assert places, f"the schema accepts what the validator refuses: {finding}"
    assert {p for p, _ in places} == {where}, f"validator: {finding}\nschema: {places}"


def test_a_misspelt_key_in_a_resource_file_is_named_not_the_list_branch() -> None:
    text = 'id: legal-aid\nnam: {en: "Legal aid"}\n'
    assert schema_places("resources/x.yaml", text) == [
        ((2, 1), "Additional properties are not allowed ('nam' was unexpected)"),
        ((1, 1), "'name' is a required property"),
    ]


def test_a_misspelt_key_in_a_list_of_resources_is_named() -> None:
    text = '- id: a\n  name: A\n- id: b\n  name: B\n  hour: "9-5"\n'
    assert schema_places("resources/x.yaml", text) == [
        ((5, 3), "Additional properties are not allowed ('hour' was unexpected)")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `on:` reaches a YAML 1.1 editor as the key `true`: accepted as `on`.
        ("on: 2026-11-01\nby: me\nmethod: phoned\n", []),
        ('"on": 2026-11-01\nby: me\nmethod: phoned\n', []),
        ("by: me\nmethod: phoned\n", [((1, 1), "'on' is a required property")]),
    ],
)
def test_on_is_accepted_as_a_yaml_1_1_editor_reads_it(text: str, expected: list[object]) -> None:
    resource = "id: r\nname: R\nverified:\n" + "".join(f"  {line}\n" for line in text.splitlines())
    shifted = [((line + 3, col + 2), message) for (line, col), message in expected]
    assert schema_places("resources/r.yaml", resource) == shifted


def test_every_field_has_a_markdown_description() -> None:
    missing: list[str] = []

    def walk(schema: Any, where: str) -> None:
        if isinstance(schema, dict):
            for name, sub in schema.get("properties", {}).items():
                if not sub.get("markdownDescription"):
                    missing.append(f"{where}.{name}")
            for key, sub in schema.items():
                walk(sub, f"{where}/{key}")
        elif isinstance(schema, list):
            for i, sub in enumerate(schema):
                walk(sub, f"{where}[{i}]")

    for name, schema in schemas().items():
        walk(schema, name)
    assert missing == []


def test_no_one_of_or_any_of_left_to_confuse_error_reports() -> None:
    for name, schema in schemas().items():
        text = json.dumps(schema)
        assert '"oneOf"' not in text and '"anyOf"' not in text, name


def test_snippets_offer_a_new_topic_and_a_new_resource() -> None:
    topic = schemas()["topic.schema.json"]["defaultSnippets"]
    resource = schemas()["resource.schema.json"]["defaultSnippets"]
    assert [s["label"] for s in topic] == ["New topic"]
    assert [s["label"] for s in resource] == ["New resource"]
    # The topic snippet is a valid topic as it stands.
    validator = jsonschema.Draft202012Validator(schemas()["topic.schema.json"])
    assert list(validator.iter_errors(topic[0]["body"])) == []
