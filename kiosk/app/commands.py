"""`kiosk run`, `kiosk check-config` and `kiosk hash-pin`."""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

log = logging.getLogger("kiosk")

if TYPE_CHECKING:
    from kiosk.app.kiosk import Kiosk
    from kiosk.bundle_origin import ContentSource
    from kiosk.config import KioskConfig
    from kiosk.content import LoadResult


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    run = commands.add_parser("run", help="start the kiosk (the sample bundle by default)")
    run.add_argument("--bundle", help="a bundle folder to show (editors' preview)")
    run.add_argument("--config", help="the kiosk's config file (YAML)")
    run.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    run.add_argument("--screen", type=int, help="which screen to fill (0 = first)")
    run.set_defaults(handler=_run)

    check = commands.add_parser(
        "check-config",
        help="run every start-time check of a config without opening a window",
    )
    check.add_argument("config", help="the kiosk's config file (YAML)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.set_defaults(handler=_check_config)

    pin = commands.add_parser("hash-pin", help="make the staff_pin_hash line for the config")
    pin.set_defaults(handler=_hash_pin)


@dataclass
class RunPlan:
    """What `kiosk run` found before any Qt window: the config and a bundle
    that loaded without errors (or, from a content folder with nothing
    loadable, none: the kiosk starts "not ready"). Everything Qt-free is done first, so a
    mistake is reported at once, and so the Qt bindings' import hook (which
    reads the source of every module imported after PySide6) has fewer
    modules to look at."""

    config: KioskConfig
    source: ContentSource
    bundle_dir: Path
    result: LoadResult
    windowed: bool
    screen: int

    def start(self) -> Kiosk:
        """The kiosk on screen, before the event loop."""
        from kiosk.app.start import start

        return start(
            self.config,
            self.result,
            windowed=self.windowed,
            screen=self.screen,
            source=self.source,
            bundle_folder=self.bundle_dir,
        )


def plan_run(args: argparse.Namespace) -> RunPlan | int:
    """Every start-time check (kiosk.start_checks), before any Qt window: an
    exit code when one fails, with one `file:line:col: error:` line each.
    Warnings go to the journal and the kiosk starts; a content folder with
    nothing to show starts the kiosk on its "not ready" screen."""
    from kiosk.start_checks import check_start

    check = check_start(args.config, args.bundle)
    if check.errors:
        for finding in check.errors:
            print(finding, file=sys.stderr)
        return 3 if check.only_display_errors else 2
    for finding in check.warnings:
        log.warning("%s", finding)
    assert check.config is not None and check.source is not None
    assert check.bundle_dir is not None and check.result is not None
    screen = args.screen if args.screen is not None else check.config.screen
    return RunPlan(
        check.config, check.source, check.bundle_dir, check.result, args.windowed, screen
    )


def _run(args: argparse.Namespace) -> int:
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="kiosk: %(message)s")
    plan = plan_run(args)
    if isinstance(plan, int):
        return plan
    return plan.start().app.exec()


def _check_config(args: argparse.Namespace) -> int:
    """Exit codes as `kiosk validate`'s: 2 when the file cannot be read as a
    config at all, 1 for errors (or warnings with --strict), else 0."""
    from kiosk.start_checks import check_start

    check = check_start(args.config)
    for finding in check.findings:
        print(finding)
    errors, warnings = len(check.errors), len(check.warnings)
    print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    if check.unreadable:
        return 2
    if errors or (args.strict and warnings):
        return 1
    return 0


def _hash_pin(args: argparse.Namespace) -> int:
    import getpass

    from kiosk.config import hash_pin

    if sys.stdin.isatty():
        pin = getpass.getpass("New staff PIN (digits): ")
        again = getpass.getpass("Again: ")
        if pin != again:
            print("The two PINs differ.", file=sys.stderr)
            return 1
    else:
        pin = sys.stdin.readline().strip()
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        print("A staff PIN is 4 to 12 digits.", file=sys.stderr)
        return 1
    print(f'staff_pin_hash: "{hash_pin(pin)}"')
    return 0
