"""The kiosk's extension fields in HSDS: what a bundle holds that the standard
has no field for, so that export -> import -> export gives the same file.

HSDS 3 lets a publisher add fields; ours are all under one key, `kiosk`, on a
service and on a phone (docs/hsds.md lists them):

    service.kiosk.resource_id      the bundle's id for the resource
    service.kiosk.texts            {field: {language: text}} for the name,
                                   slip_name, description, hours, cost and
                                   eligibility, when the bundle has more than
                                   the default language (or a slip name)
    service.kiosk.verified         {by, method, source} of `verified:`
    phone.kiosk                    {label: {language: text}, keyword}

A directory that edits a standard field without knowing about these keeps
its word: translations are taken only while their default-language text is
the one the standard field holds, so a stale translation is never shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

from kiosk.content import model
from kiosk.content.ids import ID_PATTERN
from kiosk.content.schema import LANGUAGE_CODE
from kiosk.hsds.drawable import fit_to_fonts
from kiosk.hsds.plan import TEXT_LIMITS, Found
from kiosk.hsds.values import Record

KEY: Final = "kiosk"
TRANSLATED: Final = ("name", "description", "hours", "cost", "eligibility")
LIMITS: Final = {**TEXT_LIMITS, "slip_name": 80, "hours": 500, "label": 80}
METHODS: Final = tuple(method.value for method in model.VerifyMethod)


# --- export ------------------------------------------------------------------


def service_extension(resource: model.Resource, default_language: str) -> dict[str, Any]:
    texts: dict[str, dict[str, str]] = {}
    if resource.slip_name is not None:
        texts["slip_name"] = dict(resource.slip_name)
    for name in TRANSLATED:
        value = getattr(resource, name)
        if value is not None and set(value) - {default_language}:
            texts[name] = dict(value)
    extension: dict[str, Any] = {"resource_id": resource.id}
    if texts:
        extension["texts"] = texts
    if resource.verified is not None:
        verified = resource.verified
        extension["verified"] = {
            "by": verified.by,
            "method": verified.method.value,
            "source": verified.source,
        }
    return extension


def phone_extension(phone: model.Phone) -> dict[str, Any] | None:
    extension: dict[str, Any] = {}
    if phone.label is not None:
        extension["label"] = dict(phone.label)
    if phone.keyword:
        extension["keyword"] = phone.keyword
    return extension or None


# --- import ------------------------------------------------------------------


@dataclass
class ServiceExtension:
    resource_id: str | None = None
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    verified: dict[str, str] | None = None


def read_service_extension(s: Record) -> ServiceExtension | None:
    """The extension as written by `kiosk export-hsds`; a part of another
    shape is ignored (it is the publisher's field, not ours to report)."""
    raw = s.get(KEY)
    if not isinstance(raw, dict):
        return None
    found = ServiceExtension()
    resource_id = raw.get("resource_id")
    if isinstance(resource_id, str) and re.fullmatch(ID_PATTERN, resource_id):
        found.resource_id = resource_id
    texts = raw.get("texts")
    if isinstance(texts, dict):
        for name, value in texts.items():
            if name in (*TRANSLATED, "slip_name") and (clean := lang_map(value, LIMITS[name])):
                found.texts[name] = clean
    verified = raw.get("verified")
    if isinstance(verified, dict):
        by, method, source = (verified.get(k) for k in ("by", "method", "source"))
        if (
            isinstance(by, str)
            and isinstance(method, str)
            and isinstance(source, str)
            and method in METHODS
            and 0 < len(by) <= TEXT_LIMITS["by"]
            and len(source) <= TEXT_LIMITS["source"]
            and all(fit_to_fonts(v)[0] == v for v in (by, method, source) if v)
        ):
            found.verified = {"by": by, "method": method, "source": source}
    return found


def lang_map(value: Any, limit: int) -> dict[str, str] | None:
    """{language: text} with only well-formed entries a kiosk font can draw."""
    if not isinstance(value, dict):
        return None
    result = {}
    for language, text in value.items():
        if (
            isinstance(language, str)
            and re.fullmatch(LANGUAGE_CODE, language)
            and isinstance(text, str)
            and 0 < len(text.strip()) <= limit
            and fit_to_fonts(text)[0] == text
        ):
            result[language] = text
    return result or None


def apply_service_extension(
    data: dict[str, Any], extension: ServiceExtension, found: Found
) -> None:
    language = found.ctx.language
    slip_name = extension.texts.get("slip_name")
    if slip_name is not None:
        data["slip_name"] = slip_name
    for name in TRANSLATED:
        texts = extension.texts.get(name)
        if texts is None or name not in data:
            continue
        if texts.get(language) == data[name].get(language):
            data[name] = texts
        else:
            others = ", ".join(sorted(set(texts) - {language}))
            found.problems.append(
                f"{name}: the translations ({others}) in the kiosk extension translate another "
                "text than the directory's: not imported, translate the new text"
            )
    verified = data.get("verified")
    if verified is not None and extension.verified is not None:
        verified.update(extension.verified)
        if not verified["source"]:
            del verified["source"]


def apply_phone_extension(entry: dict[str, Any], phone: Record, language: str) -> bool:
    """The phone's label (in every language) and keyword; True when the
    extension gave the label, so the description needs no reading."""
    raw = phone.get(KEY)
    if not isinstance(raw, dict):
        return False
    keyword = raw.get("keyword")
    if isinstance(keyword, str) and 0 < len(keyword) <= 30 and keyword.isprintable():
        entry["keyword"] = keyword
    label = lang_map(raw.get("label"), LIMITS["label"])
    if label is not None and language in label:
        entry["label"] = label
        return True
    return "label" not in raw and "keyword" in entry
