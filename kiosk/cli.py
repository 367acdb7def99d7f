"""The `kiosk` command: run the kiosk, and the editor's and staff's tools.

Each area registers its own subcommands (a `register(commands)` function in
the modules listed below), so this file stays a table of contents.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES = (
    "kiosk.content.commands",  # validate, schema
    "kiosk.app_commands",  # run, hash-pin
    "kiosk.printing.commands",  # slip
    "kiosk.updates.commands",  # keygen, pack, verify, install, status, rollback
    "kiosk.hsds.commands",  # import-hsds, export-hsds
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Offline resource kiosk")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
