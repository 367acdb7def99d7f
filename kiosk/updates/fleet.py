"""A kiosk's status file for the fleet, and the coordinator's report of many.

After each install or refusal (never at start-up, never during a visit) the
install child writes `<kiosk_name>.status.json` into the kiosk's outbox, a
folder a sync tool (Syncthing, rsync, a USB stick) carries back to whoever
looks after the kiosks. `kiosk fleet-report DIR...` reads those files and
lists the kiosks, the ones that need someone first.

The file says what is installed and how the kiosk is; it holds nothing about
visitors, because the kiosk keeps nothing about them (docs/privacy.md lists
every field). Text from outside (an inbox file's name, a refusal's reason)
is stored through kiosk.shown, so a name holding a newline or a terminal
escape arrives as visible escapes in the report.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final, cast

from kiosk.shown import shown
from kiosk.updates.fsutil import atomic_write
from kiosk.updates.status import now_utc, read_status

FORMAT: Final = 1
STATUS_SUFFIX: Final = ".status.json"
MAX_FILE_BYTES: Final = 64 * 1024
FIELDS: Final = (
    "format",
    "kiosk",
    "written_at",
    "event",
    "kiosk_version",
    "bundle_id",
    "bundle_version",
    "installed_at",
    "review_by",
    "shown",
    "stale_contacts",
    "unverified_contacts",
    "last_refusal",
    "printer",
)
LPSTAT_TIMEOUT_S: Final = 5.0


# --- the kiosk side ------------------------------------------------------------


def status_document(
    content_dir: Path,
    kiosk_name: str,
    event: str,
    *,
    printer: str,
    today: date | None = None,
    written_at: str | None = None,
    kiosk_version: str | None = None,
) -> dict[str, Any]:
    """What the status file says about this kiosk right after `event`
    ("installed", "already installed" or "refused")."""
    from kiosk.updates.current import load_shown_bundle

    day = today or date.today()
    doc: dict[str, Any] = dict.fromkeys(FIELDS)
    doc.update(
        format=FORMAT,
        kiosk=kiosk_name,
        written_at=written_at or now_utc(),
        event=event,
        kiosk_version=kiosk_version or installed_kiosk_version(),
        printer=printer,
    )
    on_show = load_shown_bundle(content_dir, today=day)
    if on_show is not None and on_show.result.bundle is not None:
        bundle = on_show.result.bundle
        trusts = [bundle.trust(r, day).value for r in bundle.resources.values()]
        doc.update(
            bundle_id=on_show.pointer.bundle_id,
            bundle_version=on_show.pointer.version,
            installed_at=on_show.pointer.installed_at,
            review_by=bundle.review_by.isoformat(),
            shown=on_show.role,
            stale_contacts=trusts.count("stale"),
            unverified_contacts=trusts.count("unverified"),
        )
    refusal = read_status(content_dir).get("last_refusal")
    if refusal:
        doc["last_refusal"] = {
            "time": shown(str(refusal.get("time"))),
            "file": shown(str(refusal.get("file"))),
            "reason": shown(str(refusal.get("reason"))),
        }
    return doc


def write_status_file(outbox: Path, kiosk_name: str, doc: dict[str, Any]) -> Path:
    """Atomically, so a sync tool never carries half a file. Raises OSError."""
    path = outbox / f"{kiosk_name}{STATUS_SUFFIX}"
    data = (json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")
    atomic_write(path, data)
    return path


def installed_kiosk_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("resource-kiosk")
    except PackageNotFoundError:
        return "unknown"


def printer_state(name: str | None) -> str:
    """ "ready", "printing", "offline", "none" (CUPS knows no such printer) or
    "unknown" (no CUPS client here, or it did not answer). Asked through
    CUPS's own `lpstat`: the install child holds no Qt."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return "unknown"
    env = {**os.environ, "LC_ALL": "C"}
    try:
        if name is None:
            default = subprocess.run(
                [lpstat, "-d"], capture_output=True, text=True, timeout=LPSTAT_TIMEOUT_S, env=env
            )
            found = re.search(r"system default destination: (\S+)", default.stdout)
            if found is None:
                return "none" if default.returncode == 0 else "unknown"
            name = found.group(1)
        said = subprocess.run(
            [lpstat, "-p", name], capture_output=True, text=True, timeout=LPSTAT_TIMEOUT_S, env=env
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return lpstat_state(said.returncode, said.stdout, said.stderr)


def lpstat_state(returncode: int, out: str, err: str) -> str:
    """The state `lpstat -p NAME` reports, in the words of the status file."""
    if "Invalid destination name" in err or "not exist" in err:
        return "none"
    if returncode != 0 or not out.startswith("printer "):
        return "unknown"
    first = out.splitlines()[0]
    if " disabled " in first or first.endswith(" disabled"):
        return "offline"
    if " now printing " in first:
        return "printing"
    if " is idle" in first:
        return "ready"
    return "unknown"


def report_after_install(
    outbox: Path, kiosk_name: str, content_dir: Path, event: str, printer_name: str | None
) -> str | None:
    """Write the status file after an install or refusal; the reason it could
    not be written (for the journal), or None. Never raises: the install
    itself is done, and a full disk must not turn it into a crash."""
    try:
        doc = status_document(content_dir, kiosk_name, event, printer=printer_state(printer_name))
        write_status_file(outbox, kiosk_name, doc)
    except OSError as exc:
        return f"the fleet status file was not written to {shown(str(outbox))}: {exc.strerror}"
    return None


# --- the coordinator's side ------------------------------------------------------

DEFAULT_SILENT_DAYS: Final = 30
# What needs someone, most urgent first; rows sort by these in this order.
ATTENTION: Final = (
    "unreadable",
    "refused",
    "old bundle",
    "stale contacts",
    "printer down",
    "not heard from",
)


@dataclass(frozen=True)
class FleetRow:
    kiosk: str
    file: str
    doc: dict[str, Any]
    attention: tuple[str, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        return {"kiosk": self.kiosk, "file": self.file, "attention": list(self.attention), **{
            k: self.doc.get(k) for k in FIELDS if k not in ("kiosk", "format")
        }}  # fmt: skip


def status_files(folders: list[Path]) -> list[Path]:
    """Every status file directly in the folders (sync tools' hidden
    temporary files left out), each once."""
    found: dict[Path, None] = {}
    for folder in folders:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            if name.endswith(STATUS_SUFFIX) and not name.startswith("."):
                found[folder / name] = None
    return list(found)


def read_status_file(path: Path) -> dict[str, Any] | None:
    """The file's fields, or None when it is not a status file this kiosk
    version can read (garbled, cut short, too large, another format)."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return None
        doc = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return None
    if not isinstance(doc.get("kiosk"), str) or not isinstance(doc.get("written_at"), str):
        return None
    return doc


def fleet_rows(
    files: list[Path], *, today: date, silent_days: int = DEFAULT_SILENT_DAYS
) -> list[FleetRow]:
    """One row per status file, the kiosks that need someone first."""
    read = [(path, read_status_file(path)) for path in files]
    newest: dict[str, int] = {}
    for _, doc in read:
        if doc and isinstance(doc.get("bundle_id"), str) and _is_int(doc.get("bundle_version")):
            bid = doc["bundle_id"]
            newest[bid] = max(newest.get(bid, 0), doc["bundle_version"])
    rows = []
    for path, doc in read:
        name = path.name[: -len(STATUS_SUFFIX)]
        if doc is None:
            rows.append(FleetRow(shown(name), shown(str(path)), {}, ("unreadable",)))
            continue
        attention = _attention(doc, newest, today, silent_days)
        rows.append(FleetRow(shown(doc["kiosk"]), shown(str(path)), doc, attention))
    return sorted(rows, key=lambda r: ([a not in r.attention for a in ATTENTION], r.kiosk, r.file))


def _attention(
    doc: dict[str, Any], newest: dict[str, int], today: date, silent_days: int
) -> tuple[str, ...]:
    found = set()
    if doc.get("event") == "refused":
        found.add("refused")
    version, bid = doc.get("bundle_version"), doc.get("bundle_id")
    review_by = _day(doc.get("review_by"))
    current = _is_int(version) and isinstance(bid, str) and cast(int, version) >= newest.get(bid, 0)
    if not current or review_by is None or review_by < today:
        found.add("old bundle")
    stale = doc.get("stale_contacts")
    if _is_int(stale) and cast(int, stale) > 0:
        found.add("stale contacts")
    if doc.get("printer") in ("offline", "none"):
        found.add("printer down")
    written = _day(str(doc.get("written_at"))[:10])
    if written is None or written < today - timedelta(days=silent_days):
        found.add("not heard from")
    return tuple(a for a in ATTENTION if a in found)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def report_json(rows: list[FleetRow]) -> str:
    return json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=True)


def report_text(rows: list[FleetRow]) -> str:
    """One line per kiosk; every cell through kiosk.shown."""
    header = ("KIOSK", "BUNDLE", "REVIEW BY", "STALE", "UNVERIFIED", "PRINTER", "HEARD", "NEEDS")
    table: list[tuple[str, ...]] = [header]
    for row in rows:
        d = row.doc
        bundle = (
            f"{d.get('bundle_id')} v{d.get('bundle_version')}" if d.get("bundle_id") else "none"
        )
        needs = ", ".join(row.attention) or "-"
        refusal = d.get("last_refusal")
        if "refused" in row.attention and isinstance(refusal, dict):
            needs += f" ({refusal.get('file')}: {refusal.get('reason')})"
        cells = (
            row.kiosk,
            bundle if d else "?",
            _cell(d.get("review_by")),
            _cell(d.get("stale_contacts")),
            _cell(d.get("unverified_contacts")),
            _cell(d.get("printer")),
            _cell(d.get("written_at"))[:10],
            needs,
        )
        table.append(tuple(shown(c) for c in cells))
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1]
        for r in table
    )


def _cell(value: Any) -> str:
    return "-" if value is None else str(value)


def today_utc() -> date:
    return datetime.now(UTC).date()
