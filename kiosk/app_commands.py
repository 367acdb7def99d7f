"""`kiosk run` and `kiosk hash-pin`."""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app import Kiosk
    from kiosk.config import KioskConfig
    from kiosk.content import LoadResult
    from kiosk.content_source import ContentSource


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    run = commands.add_parser("run", help="start the kiosk (the sample bundle by default)")
    run.add_argument("--bundle", help="a bundle folder to show (editors' preview)")
    run.add_argument("--config", help="the kiosk's config file (YAML)")
    run.add_argument("--windowed", action="store_true", help="a normal window, not full screen")
    run.add_argument("--screen", type=int, help="which screen to fill (0 = first)")
    run.set_defaults(handler=_run)

    pin = commands.add_parser("hash-pin", help="make the staff_pin_hash line for the config")
    pin.set_defaults(handler=_hash_pin)


@dataclass
class RunPlan:
    """What `kiosk run` found before any Qt is loaded: the config and a bundle
    that loaded without errors. Everything Qt-free is done first, so a
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
        from kiosk.app import start

        return start(
            self.config,
            self.result,
            windowed=self.windowed,
            screen=self.screen,
            source=self.source,
            bundle_folder=self.bundle_dir,
        )


def plan_run(args: argparse.Namespace) -> RunPlan | int:
    """The config, the bundle and the display checked; an exit code when one is wrong."""
    from kiosk.config import ConfigError, KioskConfig, load_config
    from kiosk.content_source import ContentSource
    from kiosk.display_check import display_problem

    try:
        config = load_config(args.config) if args.config else KioskConfig()
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        print("kiosk: the config file has errors; fix them and start again", file=sys.stderr)
        return 2
    source = ContentSource.from_config(config, args.bundle)
    bundle_dir, result = source.load()
    if result.bundle is None:
        for finding in result.errors:
            print(f"{bundle_dir}/{finding}", file=sys.stderr)
        print(
            f"kiosk: the bundle in {bundle_dir} cannot be shown; fix the errors above",
            file=sys.stderr,
        )
        return 2
    problem = display_problem()
    if problem:
        print(f"kiosk: {problem}", file=sys.stderr)
        return 3
    screen = args.screen if args.screen is not None else config.screen
    return RunPlan(config, source, bundle_dir, result, args.windowed, screen)


def _run(args: argparse.Namespace) -> int:
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="kiosk: %(message)s")
    plan = plan_run(args)
    if isinstance(plan, int):
        return plan
    return plan.start().app.exec()


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
