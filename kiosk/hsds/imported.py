"""HSDS-IMPORTED.json: what the directory said at the last import or refresh.

A refresh compares three things for each field: what the directory said
last time (this file), what the bundle says now, and what the directory says
now. Only so can it tell an editor's change (kept) from the directory's
(taken), and see when both changed the same field (kept, and reported).

The file stays beside the bundle, like the import report: `kiosk pack`
packs only what the kiosk reads, so it never reaches a kiosk.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Final

from kiosk.hsds.errors import HsdsError, read_utf8
from kiosk.hsds.plan import ResourcePlan
from kiosk.hsds.writing import write_text

IMPORTED_NAME: Final = "HSDS-IMPORTED.json"
FORMAT: Final = 1
MAX_BYTES: Final = 256 * 2**20


def as_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_json(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def imported_record(data: dict[str, Any]) -> dict[str, Any]:
    """A resource as the directory gave it: without the bundle's own id."""
    record: dict[str, Any] = as_json({key: value for key, value in data.items() if key != "id"})
    return record


def write_imported(
    bundle: Path, plans: list[ResourcePlan], kept: dict[str, Any] | None = None
) -> None:
    services = dict(kept or {})
    for plan in plans:
        hsds_id = plan.data.get("hsds_id")
        if isinstance(hsds_id, str):
            services[hsds_id] = imported_record(plan.data)
    content = {"format": FORMAT, "services": services}
    write_text(
        bundle / IMPORTED_NAME,
        json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
    )


def read_imported(bundle: Path) -> dict[str, dict[str, Any]]:
    path = bundle / IMPORTED_NAME
    if not path.is_file():
        raise HsdsError(
            f"{path}: not found: this bundle was not made by `kiosk import-hsds`, or the file "
            "was lost, so a refresh cannot tell your edits from the directory's changes; "
            "restore the file from a copy of the bundle, or import into a new folder with -o"
        )
    text = read_utf8(path, str(path), MAX_BYTES, IMPORTED_NAME)
    try:
        content = json.loads(text)
    except ValueError as exc:
        line = getattr(exc, "lineno", 1)
        raise HsdsError(
            f"{path}:{line}: not valid JSON; restore the file from a copy of the bundle"
        ) from None
    services = content.get("services") if isinstance(content, dict) else None
    if (
        not isinstance(content, dict)
        or content.get("format") != FORMAT
        or not isinstance(services, dict)
        or not all(isinstance(v, dict) for v in services.values())
    ):
        raise HsdsError(
            f"{path}: not a record this kiosk wrote (format {FORMAT} with 'services'); "
            "restore the file from a copy of the bundle"
        )
    return services
