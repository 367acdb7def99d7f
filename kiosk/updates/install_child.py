"""One install from the inbox, in a process of its own.

The inbox watcher (kiosk.updates.watcher) runs this module with the kiosk's
own interpreter for each settled file:

    python -B -P -m kiosk.updates.install_child [--outbox DIR --kiosk-name NAME
        [--printer NAME]] FILE CONTENT_DIR [KEY ...]

Installing parses every YAML file, checks every phone number, runs every rule
and writes the compiled form: seconds of Python for a large directory. On a
thread of the kiosk's process that work would hold the interpreter lock
while the visitor presses Quick exit; here it shares nothing with the window.

What happened is printed as one JSON line on stdout, the last thing the
process writes there (`report`), and read back by `read_report`: nothing
else crosses between the two processes. Never raises and never prints a
traceback on stdout: a bug becomes a refusal with its exception's name.

With an outbox, the child then writes the kiosk's fleet status file there
(kiosk.updates.fleet): this is the only moment the kiosk reports anything,
after an install or a refusal, never at start-up or during a visit.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.updates.child import PARENT_ENV, die_with_the_kiosk, run_in_the_background
from kiosk.updates.errors import Refused
from kiosk.updates.installer import InstallBusy, Installed, install, load_trusted_keys
from kiosk.updates.status import record_refusal

# Where they lived first; the watcher and a test still find them here.
__all__ = ["PARENT_ENV", "die_with_the_kiosk", "main", "read_report", "report", "run"]


def run(kbundle: Path, content_dir: Path, trusted_keys: Sequence[Path]) -> Installed | Refused:
    """The install of `kbundle`, or why it was refused."""
    try:
        try:
            keys = load_trusted_keys(trusted_keys)
        except Refused as refusal:  # the config's fault, but staff must see it
            record_refusal(content_dir, refusal.reason, kbundle.name)
            raise
        return install(kbundle, content_dir, keys)
    except Refused as refusal:
        return refusal
    except Exception as exc:  # a bug must not go unreported
        return Refused(
            f"the install failed unexpectedly ({type(exc).__name__}); the current bundle is "
            "unchanged"
        )


def report(outcome: Installed | Refused) -> str:
    """The one line that tells the kiosk what happened."""
    if isinstance(outcome, Installed):
        return json.dumps(
            {
                "installed": outcome.bundle_id,
                "version": outcome.version,
                "path": str(outcome.path),
                "already": outcome.already,
            }
        )
    return json.dumps({"refused": outcome.reason, "busy": isinstance(outcome, InstallBusy)})


def read_report(output: bytes) -> Installed | Refused:
    """What the child's stdout says happened; a refusal when it says nothing
    readable (the child was killed, or crashed before it could report)."""
    lines = output.decode("utf-8", "replace").strip().splitlines()
    try:
        said = json.loads(lines[-1]) if lines else None
        if isinstance(said, dict) and isinstance(said.get("installed"), str):
            return Installed(
                said["installed"], int(said["version"]), Path(said["path"]), said.get("already")
            )
        if isinstance(said, dict) and isinstance(said.get("refused"), str):
            kind = InstallBusy if said.get("busy") is True else Refused
            return kind(said["refused"])
    except (ValueError, TypeError, KeyError):
        pass
    return Refused("the install stopped before it finished; the current bundle is unchanged")


def event_of(outcome: Installed | Refused) -> str | None:
    """What the fleet status file calls the outcome; None for an install
    that waits for another (nothing happened yet)."""
    if isinstance(outcome, InstallBusy):
        return None
    if isinstance(outcome, Refused):
        return "refused"
    return "already installed" if outcome.already_installed else "installed"


OPTIONS = ("--outbox", "--kiosk-name", "--printer")
USAGE = (
    "usage: python -m kiosk.updates.install_child [--outbox DIR --kiosk-name NAME "
    "[--printer NAME]] FILE CONTENT_DIR [KEY ...]"
)


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    options: dict[str, str] = {}
    while len(args) >= 2 and args[0] in OPTIONS:
        options[args[0]] = args[1]
        del args[:2]
    if len(args) < 2 or ("--outbox" in options) != ("--kiosk-name" in options):
        print(USAGE)
        return 2
    run_in_the_background()
    kbundle, content_dir, *keys = (Path(arg) for arg in args)
    outcome = run(kbundle, content_dir, keys)
    print(report(outcome), flush=True)
    event = event_of(outcome)
    if "--outbox" in options and event is not None:
        from kiosk.updates.fleet import report_after_install

        problem = report_after_install(
            Path(options["--outbox"]),
            options["--kiosk-name"],
            content_dir,
            event,
            options.get("--printer"),
        )
        if problem:
            print(problem, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
