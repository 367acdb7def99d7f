"""Editor commands: `kiosk validate`, `kiosk schema` and `kiosk new-bundle`."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    validate = commands.add_parser("validate", help="check a bundle folder and report findings")
    validate.add_argument("path", help="the bundle folder (the one holding bundle.yaml)")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.set_defaults(handler=_validate)

    schema = commands.add_parser("schema", help="write the bundle format's JSON Schemas")
    schema.add_argument("--out", required=True, help="folder to write the schema files into")
    schema.set_defaults(handler=_schema)

    new = commands.add_parser("new-bundle", help="write a small, valid bundle to start from")
    new.add_argument("path", help="an empty or new folder for the bundle")
    new.add_argument("--region", required=True, help="country code for phone numbers, such as CA")
    new.add_argument(
        "--languages", required=True, help="language codes, default first, such as en,fr"
    )
    new.set_defaults(handler=_new_bundle)


def _validate(args: argparse.Namespace) -> int:
    from kiosk.content import load_bundle
    from kiosk.content.report import json_report, text_report
    from kiosk.paths import fonts_dir

    result = load_bundle(args.path, shipped_fonts=fonts_dir())
    print(json_report(result) if args.format == "json" else text_report(result))
    if result.unreadable:
        return 2
    if result.errors or (args.strict and result.warnings):
        return 1
    return 0


def _schema(args: argparse.Namespace) -> int:
    from kiosk.content.jsonschema_export import render, schemas

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (out / name).write_text(render(schema), encoding="utf-8")
        print(out / name)
    return 0


def _new_bundle(args: argparse.Namespace) -> int:
    import sys

    from kiosk.content.new_bundle import NewBundleError, write_new_bundle
    from kiosk.paths import schema_dir

    try:
        written = write_new_bundle(Path(args.path), args.region, args.languages, schema_dir())
    except NewBundleError as exc:
        print(f"kiosk new-bundle: error: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(path)
    return 0
