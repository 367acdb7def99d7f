"""A new bundle's first files: one topic and one resource for an editor to
replace, in the bundle's default language.

One source for `kiosk new-bundle` (which writes them as YAML) and for the
JSON Schema's `defaultSnippets` (which VS Code's YAML extension offers as
"New topic" and "New resource" in an empty file), so the two start alike.

The resource's number is the phone number library's example number for the
region: it reads as a real number, and nothing promises it is not one. The
bundle is therefore written with `status: sample` (every screen says so) and
the resource without `verified:` (the validator warns until someone checks a
real service's number and records it).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Final

STARTER_TOPIC_ID: Final = "getting-help"
STARTER_RESOURCE_ID: Final = "example-service"
# A new bundle is due for review half a year after it is started.
REVIEW_AFTER: Final = timedelta(days=182)


def starter_topic(language: str) -> dict[str, Any]:
    return {
        "id": STARTER_TOPIC_ID,
        "order": 10,
        "title": {language: "Getting help"},
        "icon": "phone",
        "questions": [
            {
                "question": {language: "Who can I call?"},
                "answer": {
                    language: "Replace this with a short, plain answer. "
                    "Then check it against its sources and add a 'checked:' entry."
                },
            }
        ],
        "resources": [STARTER_RESOURCE_ID],
    }


def starter_resource(language: str, phone: str | None) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "id": STARTER_RESOURCE_ID,
        "name": {language: "Example service (replace it)"},
        "description": {language: "What the service does, in a sentence or two."},
    }
    if phone is not None:
        resource["phones"] = [{"number": phone, "type": "voice"}]
    resource["hours"] = {language: "Opening hours in words"}
    resource["languages"] = [language]
    return resource


def starter_bundle(
    bundle_id: str, region: str, languages: list[str], today: date
) -> dict[str, Any]:
    default = languages[0]
    return {
        "id": bundle_id,
        "version": 1,
        "status": "sample",
        "title": {default: "Help and information"},
        "region": region,
        "languages": languages,
        "default_language": default,
        "review_by": today + REVIEW_AFTER,
        "cover": {
            "title": {default: "Welcome"},
            "text": {default: "Please check in at the front desk."},
        },
        "slip_heading": {default: "Useful numbers"},
    }


def example_phone(region: str) -> str | None:
    """The library's example number for the region, written as dialled there."""
    import phonenumbers

    number = phonenumbers.example_number(region)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
