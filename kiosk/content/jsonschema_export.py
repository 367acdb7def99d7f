"""The bundle format as JSON Schema (draft 2020-12), generated from the same
specs the loader reads with, for editors' YAML tooling.

`kiosk schema --out DIR` writes it; a test checks that the copy shipped in
resources/schema/ is current.
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.content.format import BUNDLE, RESOURCE, RESOURCE_LIST, TOPIC

_BASE = "https://resource-kiosk.invalid/schema/"


def schemas() -> dict[str, dict[str, Any]]:
    def document(name: str, title: str, body: dict[str, Any]) -> dict[str, Any]:
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": _BASE + name,
            "title": title,
            **body,
        }

    return {
        "bundle.schema.json": document("bundle.schema.json", "bundle.yaml", BUNDLE.json_schema()),
        "topic.schema.json": document("topic.schema.json", "topics/*.yaml", TOPIC.json_schema()),
        "resource.schema.json": document(
            "resource.schema.json",
            "resources/*.yaml",
            {"oneOf": [RESOURCE.json_schema(), RESOURCE_LIST.json_schema()]},
        ),
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
