"""What staff see about updates: `kiosk status` and the staff panel.

status.json keeps the last install, the last refusal and the last rollback.
It says nothing about visitors: there is nothing to say.

File names and reasons come from outside (an inbox file may be named
"x\ncurrent: ... version 999\n.kbundle"); status.json and the JSON report
keep them exactly, in ASCII escapes, and the text report shows them through
kiosk.shown, one line each.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from kiosk.shown import shown
from kiosk.updates.current import CURRENT_ROLE, PREVIOUS_ROLE, load_shown_bundle
from kiosk.updates.fsutil import atomic_write
from kiosk.updates.pointers import Pointer, read_pointers, version_dir

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
    data = (json.dumps(status, indent=2, sort_keys=True) + "\n").encode("ascii")
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


def status_report(content_dir: str | Path, *, shown_folder: Path | None = None) -> dict[str, Any]:
    """What is installed and what the kiosk shows of it.

    `kiosk status` asks the very choice the kiosk makes at start
    (kiosk.updates.current.load_shown_bundle). A running kiosk passes the
    folder it shows instead: loading a large bundle again would freeze its
    screen, Quick exit included, for seconds."""
    folder = Path(content_dir)
    pointers = read_pointers(folder)
    not_compiled = None
    if shown_folder is None:
        on_show = load_shown_bundle(folder)
        role = on_show.role if on_show else None
        if on_show is not None and on_show.not_compiled is not None:
            not_compiled = on_show.not_compiled.reason
    else:
        role = next(
            (
                r
                for r, p in ((CURRENT_ROLE, pointers.current), (PREVIOUS_ROLE, pointers.previous))
                if p is not None and version_dir(folder, p.dir) == shown_folder
            ),
            None,
        )
    report: dict[str, Any] = {
        "content_dir": str(folder),
        "current": _pointer_dict(pointers.current),
        "previous": _pointer_dict(pointers.previous),
        # "current", "previous", or None: nothing installed loads, and the
        # kiosk shows "not ready yet".
        "shown": role,
        # Why the shown bundle's YAML is checked at every start instead of
        # its compiled form being read; None when the compiled form is used.
        "not_compiled": not_compiled,
    }
    events = read_status(folder)
    for event in _EVENTS:
        report[event] = events.get(event)
    return report


def _pointer_dict(pointer: Pointer | None) -> dict[str, Any] | None:
    if pointer is None:
        return None
    fields = asdict(pointer)
    del fields["rollback_to"]  # reported as "previous"
    return fields


def status_json(report: dict[str, Any]) -> str:
    # ASCII escapes: a name holding a bidi override or a byte that is not
    # UTF-8 reaches a terminal as plain text, and a tool gets it back exactly.
    return json.dumps(report, indent=2)


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
    on_show = report.get("shown")
    if on_show is None:
        lines.append('no installed bundle loads here: the kiosk shows visitors "not ready yet"')
    elif on_show != "current":
        lines.append(
            "the kiosk shows the previous bundle: the current one is missing, garbled or broken"
        )
    if report.get("not_compiled"):
        lines.append(
            f"start is slow: {report['not_compiled']}, so the kiosk checks the YAML at every "
            "start; rebuild it with `kiosk compile`"
        )
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
    # Every value above may come from a file name or a file on disk; the
    # templates hold no control characters, so escaping whole lines escapes
    # exactly those values.
    return "\n".join(shown(line) for line in lines)
