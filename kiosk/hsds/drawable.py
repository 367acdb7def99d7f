"""Texts the kiosk can draw: the loader refuses a character no shipped font
covers (kiosk.content.glyphs), so the importer checks every text it writes.

Symbols and emoji ("☎ Call us", "Food 🍎") lose the symbol, which the report
lists. A text whose letters no font has (a script the kiosk ships no font
for) is not imported at all: cutting letters out of words would change what
they say. The report tells the editor to add a font to the bundle.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any

from kiosk.content import glyphs
from kiosk.hsds.plan import Found
from kiosk.paths import fonts_dir


@cache
def _drawable() -> frozenset[str]:
    return glyphs.drawable_characters(fonts_dir())


def fit_to_fonts(text: str) -> tuple[str | None, str]:
    """(the text as the kiosk can draw it, or None; what was wrong, or "")."""
    missing = glyphs.uncovered(text, _drawable())
    if not missing:
        return text, ""
    shown = ", ".join(glyphs.describe(ch) for ch in missing[:3])
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    if all(_is_symbol(ch) for ch in missing):
        kept = "".join(ch for ch in text if ch not in missing)
        kept = "\n".join(" ".join(line.split()) for line in kept.split("\n")).strip()
        if kept:
            return kept, f"removed symbols no kiosk font can draw ({shown}{more})"
    return None, (
        f"has characters no kiosk font can draw ({shown}{more}): not imported; "
        "add a font for them to the bundle's fonts/ folder and import again"
    )


def _is_symbol(ch: str) -> bool:
    # S*: symbols and emoji; Co, Cn: private use and unassigned; Cs: surrogates.
    category = unicodedata.category(ch)
    return category.startswith("S") or category in ("Co", "Cn", "Cs")


def fit_resource_texts(data: dict[str, Any], found: Found) -> None:
    """Every text the resource shows, as the kiosk's fonts can draw it."""
    language = found.ctx.language

    def fitted(label: str, value: str) -> str | None:
        result, problem = fit_to_fonts(value)
        if problem:
            found.problems.append(f"{label} {problem}")
        return result

    for key in ("description", "hours", "cost", "eligibility"):
        if key in data:
            value = fitted(key, data[key][language])
            if value is None:
                del data[key]
            else:
                data[key][language] = value
    for phone in data.get("phones", ()):
        if "label" in phone:
            label = fitted(f"the label of {phone['number']}", phone["label"][language])
            if label is None:
                del phone["label"]
            else:
                phone["label"][language] = label
    address = data.get("address", {})
    for key in list(address):
        value = fitted(f"address {key}", address[key])
        if value is None:
            del address[key]
        else:
            address[key] = value
    if address and not ({"street", "city"} & set(address)):
        del data["address"]
    if "website" in data and fit_to_fonts(data["website"])[1]:
        found.problems.append(f"website {data.pop('website')} has characters no font can draw")
    verified = data.get("verified")
    if verified is not None:
        if fit_to_fonts(verified["by"])[1]:
            verified["by"] = "directory import"
        verified["source"] = fit_to_fonts(verified["source"])[0] or "HSDS directory (imported)"
