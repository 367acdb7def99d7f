"""Translators' commands: `kiosk translate export` writes a bundle's texts to
a spreadsheet (CSV), `kiosk translate import` writes the translated texts
back into the bundle's YAML files and validates the bundle again.

`kiosk validate BUNDLE --missing LANG` (kiosk.content_commands) lists what
is still missing. Like every staff tool, this module and what it imports
(the csv module, ruamel.yaml) load only when the command is asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.shown import shown

if TYPE_CHECKING:
    from kiosk.content.model import Bundle

EXIT_REFUSED = 1  # some rows or files were not imported, or the bundle has errors
EXIT_UNUSABLE = 2  # no bundle, a language it does not have, or a file that is no sheet


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    translate = commands.add_parser(
        "translate", help="export a bundle's texts for translators and import them back"
    )
    actions = translate.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write the texts to a CSV file for a spreadsheet")
    export.add_argument("path", help="the bundle folder (the one holding bundle.yaml)")
    export.add_argument("--lang", required=True, help="the language to translate into")
    export.add_argument("-o", "--output", required=True, help="the CSV file to write")
    export.add_argument(
        "--missing-only", action="store_true", help="only the texts with no translation yet"
    )
    export.set_defaults(handler=_export)
    into = actions.add_parser("import", help="write a translated CSV file back into the bundle")
    into.add_argument("path", help="the bundle folder (the one holding bundle.yaml)")
    into.add_argument("sheet", help="the CSV file, as the spreadsheet saved it")
    into.set_defaults(handler=_import)


def say(line: str) -> None:
    print(shown(line))


def fail(line: str) -> int:
    print(f"kiosk translate: {shown(line)}", file=sys.stderr)
    return EXIT_UNUSABLE


def _export(args: argparse.Namespace) -> int:
    from kiosk.content.sheet import write_sheet
    from kiosk.content.translate import LanguageError, check_language, missing, texts_of

    loaded = _loaded(args.path)
    if isinstance(loaded, int):
        return loaded
    root, bundle = loaded
    try:
        check_language(bundle, args.lang)
    except LanguageError as exc:
        return fail(str(exc))
    slots = texts_of(root, bundle)
    lacking = missing(slots, args.lang)
    chosen = lacking if args.missing_only else slots
    try:
        Path(args.output).write_bytes(write_sheet(chosen, bundle.default_language, args.lang))
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}")
    say(
        f"wrote {len(chosen)} texts to {args.output}; {len(lacking)} of the bundle's "
        f"{len(slots)} texts have no '{args.lang}' translation yet"
    )
    return 0


def _import(args: argparse.Namespace) -> int:
    from kiosk.content import load_bundle
    from kiosk.content.sheet import SheetError
    from kiosk.content.translate import missing, plan_import, texts_of
    from kiosk.content.translation_writer import NewText, NotWritten, write_texts
    from kiosk.paths import fonts_dir

    loaded = _loaded(args.path)
    if isinstance(loaded, int):
        return loaded
    root, bundle = loaded
    try:
        data = Path(args.sheet).read_bytes()
    except OSError as exc:
        return fail(f"cannot read {args.sheet}: {exc.strerror or exc}")
    slots = texts_of(root, bundle)
    try:
        plan = plan_import(slots, bundle, data, args.sheet)
    except SheetError as exc:
        return fail(f"{exc}; nothing was imported")
    for line in plan.refused:
        say(f"{line} [refused]")
    language, written, failed, files = plan.language, 0, 0, 0
    for rel, texts in plan.by_file.items():
        news = [NewText(slot, text) for slot, text in texts]
        try:
            write_texts(root, rel, language, bundle.default_language, news)
        except NotWritten as exc:
            reason = str(exc)
        except OSError as exc:
            reason = f"cannot write it: {exc.strerror or exc}"
        except Exception as exc:  # a last resort: the file is left as it was
            reason = f"the writer failed on it ({type(exc).__name__}); add them by hand"
        else:
            written += len(news)
            files += 1
            continue
        failed += len(news)
        say(f"{rel}: not written, {len(news)} '{language}' texts left out: {reason}")
    say(
        f"imported {written} '{language}' texts into {files} "
        f"file{'s' * (files != 1)}; {len(plan.refused)} rows refused, {failed} texts not written, "
        f"{plan.empty} empty rows skipped, {plan.unchanged} unchanged"
    )
    result = load_bundle(root, shipped_fonts=fonts_dir())
    errors = result.errors
    for finding in errors:
        say(str(finding))
    if result.bundle is None:
        say(f"the bundle now has {len(errors)} errors: `kiosk validate {args.path}` lists all")
        return EXIT_REFUSED
    left = len(missing(texts_of(root, result.bundle), language))
    say(
        f"validated: no errors; {left} texts still have no '{language}' translation"
        + (f" (kiosk validate {args.path} --missing {language})" if left else "")
    )
    return EXIT_REFUSED if plan.refused or failed else 0


def _loaded(path: str) -> tuple[Path, Bundle] | int:
    """The bundle at `path`, or the exit status after saying why there is none."""
    from kiosk.content import load_bundle
    from kiosk.content.report import text_report
    from kiosk.paths import fonts_dir

    result = load_bundle(path, shipped_fonts=fonts_dir())
    if result.bundle is None:
        print(text_report(result))
        return fail(
            "the bundle must load without errors before its texts are translated; "
            "fix the errors above first"
        )
    return Path(path), result.bundle
