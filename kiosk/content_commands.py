"""Editor commands: `kiosk validate` and `kiosk schema`."""

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


def _validate(args: argparse.Namespace) -> int:
    from kiosk.catalogues import best_catalogue
    from kiosk.content import load_bundle
    from kiosk.content.report import json_report, text_report
    from kiosk.linguist import kiosk_interface
    from kiosk.paths import fonts_dir, shipped_catalogues

    # Qt's locale rules decide which shipped catalogue serves a language, as
    # they do when the kiosk runs (kiosk.ui.translation); the content layer
    # is told the answer, never the rules.
    from kiosk.ui.context import language_name

    shipped = shipped_catalogues()
    interface = kiosk_interface(lambda code: best_catalogue(code, shipped), language_name)
    result = load_bundle(args.path, shipped_fonts=fonts_dir(), interface=interface)
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
