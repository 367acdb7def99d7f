"""`kiosk new-bundle DIR --region CA --languages en,fr`: a small, valid bundle
to start from (kiosk.content.starter), each file headed by the line that
tells VS Code's YAML extension which schema checks it.

The schema line names the schema files of this kiosk installation by their
absolute path: it works wherever the bundle folder is, on the computer that
wrote it. A bundle shared with editors on other computers is better served
by the `yaml.schemas` setting (docs/editor-guide.md), which the files do
not need to carry.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kiosk.content.ids import ID_PATTERN
from kiosk.content.schema import LANGUAGE_CODE
from kiosk.content.starter import (
    STARTER_RESOURCE_ID,
    STARTER_TOPIC_ID,
    example_phone,
    starter_bundle,
    starter_resource,
    starter_topic,
)

_HEADER = """\
# yaml-language-server: $schema={schema}
# {what}
"""


class NewBundleError(Exception):
    """Why no bundle was written, in one line."""


def write_new_bundle(
    target: Path, region: str, languages_text: str, schemas: Path, today: date | None = None
) -> list[Path]:
    """Check everything first, then write the three files; returns their paths.
    `schemas`: the folder of this installation's schema files (kiosk.paths,
    which this layer does not know)."""
    import phonenumbers

    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise NewBundleError(f"{target} is not an empty folder; give a new or empty one")
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise NewBundleError(
            f"'{region}' is not a region the phone number rules know; "
            "use a two-letter country code such as US or CA"
        )
    languages = [code.strip() for code in languages_text.split(",")]
    for code in languages:
        if not re.fullmatch(LANGUAGE_CODE, code):
            raise NewBundleError(
                f"'{code}' is not a language code; write codes such as en,fr or en,zh-Hans"
            )
    if len(set(languages)) != len(languages):
        raise NewBundleError("a language is given twice in --languages")
    name = target.resolve().name
    bundle_id = name if re.fullmatch(ID_PATTERN, name) and len(name) <= 64 else "my-bundle"
    default = languages[0]
    files: dict[str, tuple[str, str, Any]] = {
        "bundle.yaml": (
            "bundle.schema.json",
            "What the bundle is. 'status: sample' makes every screen say so; "
            "make it draft, then published, once the content is real.",
            starter_bundle(bundle_id, region, languages, today or date.today()),
        ),
        f"topics/{STARTER_TOPIC_ID}.yaml": (
            "topic.schema.json",
            "One topic button. Replace the question and answer; add one file per topic.",
            starter_topic(default),
        ),
        f"resources/{STARTER_RESOURCE_ID}.yaml": (
            "resource.schema.json",
            "An example service: its number is the phone number library's example "
            "for the region, not a real service. Replace it and add 'verified:'.",
            starter_resource(default, example_phone(region)),
        ),
    }
    written = []
    for rel, (schema, what, data) in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        header = _HEADER.format(schema=(schemas / schema).as_posix(), what=what)
        body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=88)
        path.write_text(header + body, encoding="utf-8")
        written.append(path)
    return written
