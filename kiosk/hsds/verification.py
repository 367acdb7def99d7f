"""HSDS's assured_date and assurer_email as the bundle's `verified:` entry.

A directory's check is a desk check by the directory, recorded as such: the
editor's own checks replace it before a bundle is published.
"""

from __future__ import annotations

from typing import Any

from kiosk.hsds.plan import TEXT_LIMITS, Found
from kiosk.hsds.values import Record, iso_date, real_email, shorten, text


def read_verified(data: dict[str, Any], s: Record, where: str, found: Found) -> None:
    assured = text(s, "assured_date", where)
    if assured is None:
        return
    found.usage.use(s, "assured_date")
    on = iso_date(assured)
    if on is None:
        found.problems.append(f"assured_date '{assured}' is not a date: left unverified")
        return
    if on > found.ctx.today:
        found.problems.append(f"assured_date {on} is in the future: left unverified")
        return
    by = "directory import"
    email = text(s, "assurer_email", where)
    if email:
        found.usage.use(s, "assurer_email")
        if real_email(email) and len(email) <= TEXT_LIMITS["by"]:
            by = email
        else:
            found.problems.append(
                f"assurer_email '{email}' is not a real address: 'by' says 'directory import'"
            )
    source = f"{found.ctx.source_label} (imported)"
    data["verified"] = {
        "on": on,
        "by": by,
        "method": "desk-check",
        "source": shorten(source, TEXT_LIMITS["source"]),
    }
