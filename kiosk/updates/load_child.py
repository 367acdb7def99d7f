"""Staff's Reload content, when it means checking YAML, and Roll back's
pointer swap: in a process of its own.

The staff panel's Reload content (and Roll back, and the not-ready panel's
try again) reads an installed bundle from its compiled form on the GUI
thread, a few small steps per turn of the event loop (kiosk.app.bundle_reload).
Whatever is heavier runs here instead, with the kiosk's own interpreter:

    python -B -P -m kiosk.updates.load_child --today YYYY-MM-DD
        (--content-dir DIR | --folder DIR | --sample DIR | --roll-back DIR)

- an installed bundle whose compiled form does not match it (another kiosk
  version wrote it, it was edited or cut short): its YAML is checked in full,
  as `ContentSource.load` does, falling back to the previous version as the
  kiosk does at start;
- a bundle folder given to preview (`kiosk run --bundle`, an editor's work):
  its YAML, since the editor wants to see what they just wrote;
- the built-in sample (its shipped compiled form, or its YAML when that does
  not match);
- staff's Roll back: the content folder's pointer swap (`rollback`: two small
  writes, each flushed to disk with fsync and put in place with os.replace,
  under the install lock). On a kiosk's SD card a flush can take hundreds of
  milliseconds, which the window must never wait for. This child only swaps
  and reports (`RolledBack`); the kiosk then reloads what the pointers name,
  as Reload content does, so the reload reads the pointers after the swap.

Parsing, phone numbers and every rule take seconds on a large bundle; in the
kiosk's process (any thread) they would hold the interpreter while a visitor
presses Quick exit. Here they share nothing with the window.

Apart from a roll back's pointers, the child writes nothing to disk: not
into an editor's folder, not into the content folder (`kiosk compile`
rebuilds a stale compiled form there, at staff's request). What it found
goes to stdout: one JSON line (`report`), then, for a bundle that loaded,
its compiled form (kiosk.content.compiler), sealed with what it was made
from: the signed manifest's SHA-256 the pointers name for an installed
version, the SHA-256 of the YAML files (taken before and after the load,
and the same both times) for a folder. The kiosk reads that form back in
steps and checks the seal, so what it shows is exactly what was checked
here. Never raises and never prints a traceback on stdout: a bug becomes a
refusal with its exception's name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from kiosk.updates.child import run_in_the_background
from kiosk.updates.errors import Refused

KINDS: Final = ("--content-dir", "--folder", "--sample", "--roll-back")


@dataclass(frozen=True)
class Checked:
    """The bundle loaded: its compiled form follows the report, sealed with `source`."""

    folder: Path
    source: str
    compiled: bytes = b""  # only in the child; the kiosk reads it from the stream


@dataclass(frozen=True)
class HasErrors:
    """The bundle did not load; why, in the words the not-ready panel shows."""

    reasons: tuple[str, ...]


@dataclass(frozen=True)
class RolledBack:
    """The pointers were swapped: `folder` is the version now current."""

    folder: Path


Outcome = Checked | HasErrors | RolledBack | Refused


def command(kind: str, folder: Path, today: date) -> list[str]:
    """The child's arguments after the interpreter. -B: it writes no
    bytecode; -P: nothing from the working folder can stand in for a kiosk
    module."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    module = "kiosk.updates.load_child"
    return ["-B", "-P", "-m", module, "--today", today.isoformat(), kind, str(folder)]


def roll_back(content_dir: Path) -> RolledBack | Refused:
    """Staff's Roll back: the pointer swap, or why not (nothing to go back to,
    an install holding the content folder, a write that failed)."""
    from kiosk.updates.installer import rollback

    try:
        return RolledBack(rollback(content_dir).path)
    except Refused as refusal:
        return refusal


def load(kind: str, folder: Path, today: date) -> Outcome:
    """The bundle as `ContentSource.load` reads it, compiled; or why not."""
    from kiosk.bundle_origin import ContentSource
    from kiosk.content.compiled import sample_source_digest
    from kiosk.content.compiler import compile_folder

    if kind == "--content-dir":
        from kiosk.updates.current import current_bundle_path, load_shown_bundle

        shown = load_shown_bundle(folder, today=today)
        if shown is None:
            nothing = ContentSource(content_dir=folder).nothing_loadable(
                current_bundle_path(folder)
            )
            return HasErrors(tuple(f.message for f in nothing.errors))
        source = shown.pointer.manifest_sha256
        data = compile_folder(shown.folder, shown.result, source=source)
        return Checked(shown.folder, source, data)
    try:
        before = sample_source_digest(folder)
    except OSError:
        before = None
    loaded_from, result = ContentSource(folder=folder, sample=kind == "--sample").load(today)
    if result.bundle is None:
        return HasErrors(tuple(f.message for f in result.errors))
    try:
        after = sample_source_digest(folder)
    except OSError:
        after = None
    if before is None or before != after:
        return Refused(f"the bundle folder {folder} changed while it was read; reload again")
    return Checked(loaded_from, before, compile_folder(loaded_from, result, source=before))


def run(kind: str, folder: Path, today: date) -> Outcome:
    try:
        if kind == "--roll-back":
            return roll_back(folder)
        return load(kind, folder, today)
    except Exception as exc:  # a bug must not go unreported
        what = "roll back" if kind == "--roll-back" else "reload"
        return Refused(
            f"the {what} failed unexpectedly ({type(exc).__name__}); the bundle shown is unchanged"
        )


def report(outcome: Outcome) -> str:
    """The first line of the child's stdout."""
    if isinstance(outcome, Checked):
        return json.dumps({"checked": str(outcome.folder), "source": outcome.source})
    if isinstance(outcome, HasErrors):
        return json.dumps({"errors": list(outcome.reasons)})
    if isinstance(outcome, RolledBack):
        return json.dumps({"rolled_back": str(outcome.folder)})
    return json.dumps({"refused": outcome.reason})


STOPPED: Final = "the reload stopped before it finished; the bundle shown is unchanged"


def read_report(line: bytes) -> Outcome:
    """What the child's first line says; a refusal when it says nothing
    readable (the child was killed, or crashed before it could report)."""
    try:
        said = json.loads(line.decode("utf-8", "replace"))
        if isinstance(said, dict):
            if isinstance(said.get("checked"), str) and isinstance(said.get("source"), str):
                return Checked(Path(said["checked"]), said["source"])
            errors = said.get("errors")
            if isinstance(errors, list) and all(isinstance(e, str) for e in errors):
                return HasErrors(tuple(errors))
            if isinstance(said.get("rolled_back"), str):
                return RolledBack(Path(said["rolled_back"]))
            if isinstance(said.get("refused"), str):
                return Refused(said["refused"])
    except ValueError:
        pass
    return Refused(STOPPED)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.updates.load_child")
    parser.add_argument("--today", type=date.fromisoformat, required=True)
    kinds = parser.add_mutually_exclusive_group(required=True)
    for kind in KINDS:
        kinds.add_argument(kind, type=Path, dest=kind.strip("-").replace("-", "_"))
    args = parser.parse_args(argv)
    run_in_the_background()
    kind, folder = next(
        (k, getattr(args, k.strip("-").replace("-", "_")))
        for k in KINDS
        if getattr(args, k.strip("-").replace("-", "_")) is not None
    )
    outcome = run(kind, folder, args.today)
    out = sys.stdout.buffer
    out.write(report(outcome).encode("utf-8") + b"\n")
    if isinstance(outcome, Checked):
        out.write(outcome.compiled)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
