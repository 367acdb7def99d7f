"""What staff see about updates: `kiosk status` and the staff panel.

status.json keeps the last install, the last refusal and the last rollback.
It says nothing about visitors: there is nothing to say.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from kiosk.updates.fsutil import atomic_write
from kiosk.updates.pointers import CURRENT, PREVIOUS, Pointer, read_pointer

STATUS_FILE: Final = "status.json"
MAX_STATUS_BYTES: Final = 64 * 1024
_EVENTS: Final = ("last_install", "last_refusal", "last_rollback")


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_status(content_dir: Path) -> dict[str, Any]:
    """The recorded events; a missing or garbled file reads as no events."""
    try:
        with open(content_dir / STATUS_FILE, "rb") as f:
            raw = json.loads(f.read(MAX_STATUS_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if k in _EVENTS and isinstance(v, dict)}


def _record(content_dir: Path, event: str, details: dict[str, Any]) -> None:
    status = read_status(content_dir)
    status[event] = details
    data = (json.dumps(status, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()
    # A read-only or full disk must not turn a refusal into a crash.
    with contextlib.suppress(OSError):
        atomic_write(content_dir / STATUS_FILE, data)


def record_refusal(content_dir: Path, reason: str, file: str) -> None:
    _record(content_dir, "last_refusal", {"time": now_utc(), "file": file, "reason": reason})


def record_install(content_dir: Path, pointer: Pointer) -> None:
    _record(
        content_dir,
        "last_install",
        {
            "time": pointer.installed_at,
            "file": pointer.source,
            "bundle_id": pointer.bundle_id,
            "version": pointer.version,
        },
    )


def record_rollback(content_dir: Path, to: Pointer, away_from: Pointer | None) -> None:
    _record(
        content_dir,
        "last_rollback",
        {
            "time": now_utc(),
            "bundle_id": to.bundle_id,
            "version": to.version,
            "from_version": away_from.version if away_from else None,
        },
    )


def status_report(content_dir: str | Path) -> dict[str, Any]:
    folder = Path(content_dir)
    current, previous = read_pointer(folder, CURRENT), read_pointer(folder, PREVIOUS)
    report: dict[str, Any] = {
        "content_dir": str(folder),
        "current": asdict(current) if current else None,
        "previous": asdict(previous) if previous else None,
    }
    events = read_status(folder)
    for event in _EVENTS:
        report[event] = events.get(event)
    return report


def status_text(report: dict[str, Any]) -> str:
    def bundle(p: dict[str, Any] | None) -> str:
        if not p:
            return "none"
        return (
            f"{p['bundle_id']} version {p['version']} "
            f"(installed {p['installed_at']} from {p['source']})"
        )

    lines = [
        f"content folder: {report['content_dir']}",
        f"current:  {bundle(report['current'])}",
        f"previous: {bundle(report['previous'])}",
    ]
    if not report["current"]:
        lines.append("no bundle is installed: the kiosk has nothing to show from this folder")
    refusal = report.get("last_refusal")
    lines.append(
        f"last refusal: {refusal.get('time')} {refusal.get('file')}: {refusal.get('reason')}"
        if refusal
        else "last refusal: none"
    )
    rollback = report.get("last_rollback")
    if rollback:
        lines.append(
            f"last rollback: {rollback.get('time')} to version {rollback.get('version')}"
            f" (from {rollback.get('from_version')})"
        )
    return "\n".join(lines)
