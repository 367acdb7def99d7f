"""The bundle format as JSON Schema (draft 2020-12), generated from the same
specs the loader reads with, for editors' YAML tooling.

`kiosk schema --out DIR` writes it; a test checks that the copy shipped in
resources/schema/ is current.

No `oneOf` at the top of a file (nor anywhere a misspelt key could land):
with one, a validator that cannot tell which branch was meant reports every
branch's complaint ("is not of type 'array'") instead of the misspelt key.
A resources/*.yaml file, which holds one resource or a list of them, is
therefore one schema keyed by type: object keywords apply to a resource,
`items` to a list.
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.content.format import BUNDLE, RESOURCE, RESOURCE_LIST, TOPIC
from kiosk.content.starter import starter_resource, starter_topic

_BASE = "https://resource-kiosk.invalid/schema/"
# The snippets VS Code's YAML extension offers in an empty file.
_SNIPPET_LANGUAGE = "en"


def _resource_file() -> dict[str, Any]:
    one, many = RESOURCE.json_schema(), RESOURCE_LIST.json_schema()
    return {
        **one,
        "type": ["object", "array"],
        "items": many["items"],
        "maxItems": many["maxItems"],
        "description": "One resource, or a list of resources",
        "markdownDescription": "One resource, or a list of resources (lines starting with `- `)",
    }


def _snippet(label: str, description: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"label": label, "description": description, "body": body}]


def schemas() -> dict[str, dict[str, Any]]:
    def document(name: str, title: str, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": _BASE + name,
            "title": title,
            **body,
        }

    topic = {
        **TOPIC.json_schema(),
        "defaultSnippets": _snippet(
            "New topic",
            "A topic with one question and one resource",
            starter_topic(_SNIPPET_LANGUAGE),
        ),
    }
    resource = {
        **_resource_file(),
        "defaultSnippets": _snippet(
            "New resource",
            "A service a visitor can contact",
            starter_resource(_SNIPPET_LANGUAGE, "the number, as the service publishes it"),
        ),
    }
    return {
        "bundle.schema.json": document("bundle.schema.json", "bundle.yaml", BUNDLE.json_schema()),
        "topic.schema.json": document("topic.schema.json", "topics/*.yaml", topic),
        "resource.schema.json": document("resource.schema.json", "resources/*.yaml", resource),
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
