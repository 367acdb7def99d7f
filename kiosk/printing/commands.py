"""Staff command: `kiosk slip`, the kiosk's slip written to a PDF (handouts, checks)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.config import SLIP_LAYOUTS


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    slip = commands.add_parser(
        "slip",
        help="write a printable slip to a PDF (the same slip the kiosk prints)",
        description="Write the discreet slip the kiosk would print for these resources to a PDF.",
    )
    slip.add_argument("--bundle", required=True, metavar="DIR", help="the bundle folder")
    slip.add_argument(
        "--resource",
        required=True,
        action="append",
        metavar="ID",
        help="a resource id to print (repeat for more)",
    )
    slip.add_argument("--layout", required=True, choices=SLIP_LAYOUTS, help="paper to lay out for")
    slip.add_argument("--lang", metavar="CODE", help="the slip's language (default: the bundle's)")
    slip.add_argument(
        "--second-lang", metavar="CODE", help="a second language printed under each line"
    )
    slip.add_argument(
        "--fill-sheet",
        action="store_true",
        help="card layouts: repeat the cards until the sheet is full (front-desk handouts)",
    )
    slip.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    slip.set_defaults(handler=_slip)


def _slip(args: argparse.Namespace) -> int:
    from kiosk.content import load_bundle
    from kiosk.paths import fonts_dir
    from kiosk.printing.slip import Slip

    result = load_bundle(args.bundle, shipped_fonts=fonts_dir())
    if result.bundle is None:
        _error(f"cannot use the bundle at {args.bundle}; fix these first (see `kiosk validate`):")
        for finding in result.errors:
            where = "" if os.path.isabs(finding.pos.file) else f"{args.bundle.rstrip('/')}/"
            print(f"  {where}{finding}", file=sys.stderr)
        return 1
    bundle = result.bundle
    slip = Slip(
        bundle,
        tuple(args.resource),
        args.lang or bundle.default_language,
        args.second_lang,
        args.layout,
        fill_sheet=args.fill_sheet,
    )
    problems = slip.problems()
    if problems:
        for problem in problems:
            _error(problem)
        return 1

    folder = Path(args.pdf).resolve().parent
    if not folder.is_dir():
        _error(f"cannot write {args.pdf}: no such folder {folder}")
        return 1

    from kiosk.printing.documents import ensure_gui_application
    from kiosk.printing.render import RenderError, render_pdf

    ensure_gui_application()

    try:
        plan = render_pdf(slip, args.pdf)
    except RenderError as exc:
        _error(str(exc))
        return 1
    for resource_id in plan.content.left_out:
        print(
            f"warning: '{resource_id}' has nothing that may be printed on a discreet slip "
            "(no slip_name, number, hours or address without a sensitive word); left out",
            file=sys.stderr,
        )
    pages = len(plan.pages)
    print(f"{args.pdf}: {args.layout}, {len(plan.content.items)} item(s), {pages} page(s)")
    return 0


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
