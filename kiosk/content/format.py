"""The bundle format: what each file holds, as specs that read YAML nodes into
model objects. `kiosk.content.jsonschema` publishes the same specs as JSON Schema.

One module per kind of file: kiosk.content.format_resources (resources/*.yaml),
kiosk.content.format_topics (topics/*.yaml), kiosk.content.format_bundle
(bundle.yaml), with the fields they share in kiosk.content.format_fields. This
module names them all in one place, for the loader and the schema export.
"""

from __future__ import annotations

from kiosk.content.format_bundle import BUNDLE, BUNDLE_FIELDS, COVER
from kiosk.content.format_fields import LANGUAGE
from kiosk.content.format_resources import (
    ADDRESS,
    HSDS_STATUSES,
    PHONE,
    RESOURCE,
    RESOURCE_LIST,
    URL_PATTERN,
    VERIFIED,
)
from kiosk.content.format_topics import CHECKED, ICONS, QUESTION, TOPIC

__all__ = [
    "ADDRESS",
    "BUNDLE",
    "BUNDLE_FIELDS",
    "CHECKED",
    "COVER",
    "HSDS_STATUSES",
    "ICONS",
    "LANGUAGE",
    "PHONE",
    "QUESTION",
    "RESOURCE",
    "RESOURCE_LIST",
    "TOPIC",
    "URL_PATTERN",
    "VERIFIED",
]
