"""The `kiosk` command: run the kiosk, and the editor's and staff's tools.

Each area registers its own subcommands (a `register(commands)` function in
the modules listed below), so this file stays a table of contents. Only the
module of the command asked for is imported: `kiosk run` starts the kiosk
without importing the signing, HSDS and slip tools first, which would cost a
visitor-facing kiosk about a fifth of a second at every start.

Output read by a program that stops early (`kiosk status | head -1`) ends
the command quietly with exit status 141, what a shell reports for a Unix
tool stopped by SIGPIPE, instead of a BrokenPipeError traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, Final

DISTRIBUTION: Final = "resource-kiosk"  # pyproject.toml's [project] name
# 128 + SIGPIPE: the status a shell reports for `yes | head -1`'s yes.
EXIT_PIPE_CLOSED: Final = 141

# Each command and the module that registers it (tests/test_cold_start.py
# checks this table against what the modules register).
COMMANDS = {
    "validate": "kiosk.content_commands",
    "schema": "kiosk.content_commands",
    "translate": "kiosk.translate_commands",
    "new-bundle": "kiosk.content_commands",
    "run": "kiosk.app.commands",
    "hash-pin": "kiosk.app.commands",
    "check-config": "kiosk.app.commands",
    "slip": "kiosk.printing.commands",
    "keygen": "kiosk.updates.commands",
    "pack": "kiosk.updates.commands",
    "verify": "kiosk.updates.commands",
    "install": "kiosk.updates.commands",
    "status": "kiosk.updates.commands",
    "rollback": "kiosk.updates.commands",
    "compile": "kiosk.updates.commands",
    "fleet-report": "kiosk.updates.commands",
    "due": "kiosk.recheck_commands",
    "mark-checked": "kiosk.recheck_commands",
    "import-hsds": "kiosk.hsds.commands",
    "export-hsds": "kiosk.hsds.commands",
    "read": "kiosk.speech.commands",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: with just the command's own module when argv
    names a command, with every command otherwise (help, a typo, no argv)."""
    parser = _Parser(prog="kiosk", description="Offline resource kiosk")
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    first = argv[0] if argv else None
    modules = (COMMANDS[first],) if first in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(commands)
    return parser


class _Parser(argparse.ArgumentParser):
    """argparse drops a write error while printing help; here a closed pipe
    reaches main() like any other output's (subcommands' parsers are of this
    class too)."""

    def print_help(self, file: Any = None) -> None:
        (file or sys.stdout).write(self.format_help())


class _VersionAction(argparse.Action):
    """`kiosk --version`: the installed distribution's version, which
    pyproject.toml sets. Looked up only when asked, so `kiosk run` does not
    pay for reading package metadata."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version(DISTRIBUTION)
        except PackageNotFoundError:
            parser.exit(1, f"kiosk: the {DISTRIBUTION} package is not installed (pip install .)\n")
        print(f"kiosk {found}")
        parser.exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        try:
            args = build_parser(argv).parse_args(argv)
            return int(args.handler(args))
        finally:
            # Output to a pipe is buffered: a reader that has gone shows up
            # here, not at exit where Python could only complain about it.
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_closed_pipe()
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        return 130


def _quiet_closed_pipe() -> None:
    """The reader of our output has gone (`| head -1`): say nothing more.
    Python flushes stdout and stderr again at exit; pointing both at devnull
    keeps that flush from failing once more (the pattern in Python's signal
    module docs)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):  # no file descriptor (replaced by a test)
            continue
    os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
