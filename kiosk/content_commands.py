"""Editor commands: `kiosk validate` (with `--missing LANG`, the texts a
translator still has to write), `kiosk schema` and `kiosk new-bundle`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.model import Bundle


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    validate = commands.add_parser("validate", help="check a bundle folder and report findings")
    validate.add_argument("path", help="the bundle folder (the one holding bundle.yaml)")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.add_argument(
        "--missing",
        metavar="LANG",
        help="list every text with no translation into LANG, instead of the findings",
    )
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
    if args.missing is not None and result.bundle is not None:
        return _missing(args.path, result.bundle, args.missing)
    print(json_report(result) if args.format == "json" else text_report(result))
    if result.unreadable:
        return 2
    if args.missing is not None:
        print(
            "kiosk validate: the missing texts are listed once the bundle has no errors",
            file=sys.stderr,
        )
    if result.errors or (args.strict and result.warnings):
        return 1
    return 0


def _missing(path: str, bundle: Bundle, language: str) -> int:
    """Each text with no `language` translation, one a line where it is
    (`file:line:col: the default-language text`), then a count. Exit 0
    when none is missing, 1 when some are, 2 for a language the bundle
    does not have."""
    from kiosk.content.translate import LanguageError, check_language, missing, texts_of
    from kiosk.shown import shown

    try:
        check_language(bundle, language)
    except LanguageError as exc:
        print(f"kiosk validate: {shown(str(exc))}", file=sys.stderr)
        return 2
    slots = texts_of(Path(path), bundle)
    lacking = missing(slots, language)
    for slot in lacking:
        # One line each: a line break in the text is shown as \n.
        print(shown(f"{slot.pos}: {slot.default}"))
    if lacking:
        print(
            f"{len(lacking)} of {len(slots)} texts have no '{language}' translation; "
            f"the kiosk shows them in '{bundle.default_language}'"
        )
        return 1
    print(f"every text has a '{language}' translation ({len(slots)} texts)")
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
