"""The `kiosk` command: run the kiosk, and the editor's and staff's tools.

Each area registers its own subcommands (a `register(commands)` function in
the modules listed below), so this file stays a table of contents. Only the
module of the command asked for is imported: `kiosk run` starts the kiosk
without importing the signing, HSDS and slip tools first, which would cost a
visitor-facing kiosk about a fifth of a second at every start.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each command and the module that registers it (tests/test_cold_start.py
# checks this table against what the modules register).
COMMANDS = {
    "validate": "kiosk.content.commands",
    "schema": "kiosk.content.commands",
    "run": "kiosk.app_commands",
    "hash-pin": "kiosk.app_commands",
    "check-config": "kiosk.app_commands",
    "slip": "kiosk.printing.commands",
    "keygen": "kiosk.updates.commands",
    "pack": "kiosk.updates.commands",
    "verify": "kiosk.updates.commands",
    "install": "kiosk.updates.commands",
    "status": "kiosk.updates.commands",
    "rollback": "kiosk.updates.commands",
    "import-hsds": "kiosk.hsds.commands",
    "export-hsds": "kiosk.hsds.commands",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: with just the command's own module when argv
    names a command, with every command otherwise (help, a typo, no argv)."""
    parser = argparse.ArgumentParser(prog="kiosk", description="Offline resource kiosk")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    first = argv[0] if argv else None
    modules = (COMMANDS[first],) if first in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(argv).parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
