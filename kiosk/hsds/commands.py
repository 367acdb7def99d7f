"""Editor commands: `kiosk import-hsds` and `kiosk export-hsds`.

Bad input prints one clear message on stderr (`error: FILE:LINE: ...`) and
exits 1; nothing here prints a traceback for content.
"""

from __future__ import annotations

import argparse
import sys


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    importer = commands.add_parser(
        "import-hsds",
        help="make a draft bundle from an Open Referral HSDS 3 export (JSON or CSV package)",
    )
    importer.add_argument(
        "path", help="an HSDS JSON file, a datapackage.json, or a folder of HSDS CSV files"
    )
    where = importer.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", help="the new bundle folder to write")
    where.add_argument(
        "--into",
        help="a bundle made by an earlier import: merge this export into it, keeping editors' work",
    )
    importer.add_argument(
        "--region",
        help="country whose phone numbers the directory lists (default: the one its addresses "
        "and numbers agree on; for --into, the bundle's)",
    )
    importer.add_argument(
        "--language",
        help="language the directory's texts are written in (en; for --into, the bundle's)",
    )
    importer.add_argument(
        "--id", dest="bundle_id", help="the bundle's id (default: from the title)"
    )
    importer.add_argument("--title", help="the bundle's title")
    importer.add_argument(
        "--source", help="the directory's name or web address, recorded in each verified: source"
    )
    importer.set_defaults(handler=_import)

    exporter = commands.add_parser(
        "export-hsds", help="write a bundle's resources as Open Referral HSDS 3 JSON"
    )
    exporter.add_argument("bundle", help="the bundle folder (the one holding bundle.yaml)")
    exporter.add_argument("-o", "--output", required=True, help="the JSON file to write")
    exporter.set_defaults(handler=_export)


def _import(args: argparse.Namespace) -> int:
    from kiosk.hsds.errors import HsdsError
    from kiosk.hsds.importer import ImportOptions, import_directory
    from kiosk.hsds.progress import Progress

    if args.into is not None:
        return _refresh(args)
    options = ImportOptions(
        region=args.region,
        language=args.language or "en",
        bundle_id=args.bundle_id,
        title=args.title,
        source=args.source,
    )
    progress = Progress(sys.stderr)
    try:
        outcome = import_directory(args.path, args.output, options, progress)
    except HsdsError as exc:
        progress.done()
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug of ours, not the editor's: still no traceback
        progress.done()
        print(
            f"error: the importer failed on this input ({type(exc).__name__}); please report it",
            file=sys.stderr,
        )
        return 1
    print(outcome.report.render(), end="")
    if outcome.load.errors:
        print("The bundle written does not load:", file=sys.stderr)
        for finding in outcome.load.errors:
            print(f"  {finding}", file=sys.stderr)
        return 1
    return 0


def _refresh(args: argparse.Namespace) -> int:
    from kiosk.hsds.errors import HsdsError
    from kiosk.hsds.importer import ImportOptions
    from kiosk.hsds.progress import Progress
    from kiosk.hsds.refresh import refresh_bundle

    for flag, value in (
        ("--id", args.bundle_id),
        ("--title", args.title),
        ("--language", args.language),
    ):
        if value is not None:
            print(
                f"error: {flag} is for a new bundle (-o); --into keeps the bundle's",
                file=sys.stderr,
            )
            return 1
    options = ImportOptions(region=args.region, source=args.source)
    progress = Progress(sys.stderr)
    try:
        outcome = refresh_bundle(args.path, args.into, options, progress)
    except HsdsError as exc:
        progress.done()
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug of ours, not the editor's: still no traceback
        progress.done()
        print(
            f"error: the refresh failed on this input ({type(exc).__name__}); please report it",
            file=sys.stderr,
        )
        return 1
    print(outcome.report.render(), end="")
    if outcome.load.errors:
        print("The bundle written does not load:", file=sys.stderr)
        for finding in outcome.load.errors:
            print(f"  {finding}", file=sys.stderr)
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    from kiosk.hsds.errors import HsdsError
    from kiosk.hsds.exporter import export_bundle

    try:
        outcome = export_bundle(args.bundle, args.output)
    except HsdsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.output}: {outcome.services} service(s) written as HSDS 3 JSON")
    for note in outcome.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0
