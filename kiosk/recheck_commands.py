"""Staff commands for the yearly re-check: `kiosk due` (the call sheet) and
`kiosk mark-checked` (record a result in the bundle's own files)."""

from __future__ import annotations

import argparse
import csv
import html
import io
import json
import shlex
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.content.model import Bundle
    from kiosk.content.recheck import DueItem


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    due = commands.add_parser(
        "due",
        help="list the contacts and answers due for re-checking (a call sheet)",
        description="List every contact and answer of a bundle that is unchecked or due "
        "for re-checking, oldest first, with what to check and room for the result.",
    )
    due.add_argument("bundle", help="the bundle folder (the one holding bundle.yaml)")
    due.add_argument(
        "--within", type=_days, default=0, metavar="DAYS",
        help="also list what falls due within this many days (default 0: due now)",
    )  # fmt: skip
    output = due.add_mutually_exclusive_group()
    output.add_argument("--format", choices=("text", "csv", "json"), default="text")
    output.add_argument("--pdf", metavar="FILE.pdf", help="write a printable call sheet")
    due.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    due.set_defaults(handler=_due)

    mark = commands.add_parser(
        "mark-checked",
        help="record that a contact or answer was checked again (edits the bundle in place)",
        description="Write a contact's verified: record or an answer's checked: record "
        "into the bundle's YAML, keeping the file's comments and layout, then validate.",
    )
    mark.add_argument("bundle", help="the bundle folder")
    mark.add_argument("id", help="a resource id, or TOPIC#N for a topic's Nth answer")
    mark.add_argument("--on", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    mark.add_argument("--by", required=True, help="who checked: a role, never a name")
    mark.add_argument("--method", required=True, help="how it was checked")
    mark.add_argument(
        "--source", action="append", default=[], metavar="PAGE",
        help="the page or statute section checked against (repeat for an answer's sources)",
    )  # fmt: skip
    mark.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    mark.set_defaults(handler=_mark)


def _days(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 3650:
        raise argparse.ArgumentTypeError("give a number of days from 0 to 3650")
    return value


def _load(folder: str) -> Bundle | None:
    from kiosk.content import load_bundle
    from kiosk.paths import fonts_dir

    result = load_bundle(folder, shipped_fonts=fonts_dir())
    if result.bundle is None:
        print(f"error: cannot use the bundle at {folder}; fix these first:", file=sys.stderr)
        for finding in result.errors:
            print(f"  {finding}", file=sys.stderr)
    return result.bundle


def _due(args: argparse.Namespace) -> int:
    from kiosk.content.recheck import due_for_recheck

    bundle = _load(args.bundle)
    if bundle is None:
        return 1
    today = args.today or date.today()
    items = due_for_recheck(bundle, today=today, within_days=args.within)
    if args.pdf:
        folder = Path(args.pdf).resolve().parent
        if not folder.is_dir():
            print(f"error: cannot write {args.pdf}: no such folder {folder}", file=sys.stderr)
            return 1
        from kiosk.printing.documents import write_pdf

        write_pdf(args.pdf, _sheet_html(bundle, items, today, args.within), title="Call sheet")
        print(f"{args.pdf}: {len(items)} item(s) due")
    elif args.format == "json":
        print(json.dumps([_as_dict(item, today) for item in items], ensure_ascii=False, indent=2))
    elif args.format == "csv":
        sys.stdout.write(_csv(items, today))
    else:
        print(_text(bundle, items, today, args.within, args.bundle))
    return 0


def _as_dict(item: DueItem, today: date) -> dict[str, object]:
    return {
        "kind": str(item.kind),
        "id": item.id,
        "title": item.title,
        "last_checked": item.last_checked.isoformat() if item.last_checked else None,
        "age_days": item.age_days(today),
        "due": item.due.isoformat(),
        "by": item.by,
        "method": item.method,
        "to_check": [{"what": what, "value": value} for what, value in item.to_check],
        "sources": list(item.sources),
        "result": "",
    }


def _csv(items: list[DueItem], today: date) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["kind", "id", "title", "last_checked", "due", "by", "method", "to_check", "sources",
         "result", "checked_on", "checked_by"]
    )  # fmt: skip
    for item in items:
        writer.writerow(
            [
                item.kind, item.id, item.title,
                item.last_checked.isoformat() if item.last_checked else "",
                item.due.isoformat(), item.by, item.method,
                "\n".join(f"{what}: {value}" for what, value in item.to_check),
                "\n".join(item.sources), "", "", "",
            ]
        )  # fmt: skip
    return out.getvalue()


def _heading(bundle: Bundle, items: list[DueItem], today: date, within: int) -> str:
    horizon = f" or within {within} days" if within else ""
    return (
        f"{bundle.id} version {bundle.version}: {len(items)} item(s) due for re-checking "
        f"on {today.isoformat()}{horizon}, never checked first, then oldest first"
    )


def _last(item: DueItem, today: date) -> str:
    if item.last_checked is None:
        return "never checked"
    return (
        f"last checked {item.last_checked.isoformat()} ({item.age_days(today)} days ago) "
        f"by {item.by}, {item.method}; due {item.due.isoformat()}"
    )


def _text(bundle: Bundle, items: list[DueItem], today: date, within: int, folder: str) -> str:
    lines = [_heading(bundle, items, today, within)]
    for number, item in enumerate(items, 1):
        lines.append("")
        lines.append(f"{number}. {item.kind} {item.id}: {item.title}")
        lines.append(f"   {_last(item, today)}")
        lines.extend(f"   {what}: {value}" for what, value in item.to_check)
        lines.extend(f"   source: {source}" for source in item.sources)
        lines.append("   result: ______________________  on: __________  by: __________")
        command = f"kiosk mark-checked {shlex.quote(folder)} {shlex.quote(item.id)}"
        lines.append(f"   then: {command} --on ... --by ... --method ... --source ...")
    if not items:
        lines.append("Nothing is due.")
    return "\n".join(lines)


def _sheet_html(bundle: Bundle, items: list[DueItem], today: date, within: int) -> str:
    rows = []
    for number, item in enumerate(items, 1):
        details = "".join(
            f"<div><b>{html.escape(what)}:</b> {html.escape(value)}</div>"
            for what, value in item.to_check
        )
        sources = "".join(f"<div>source: {html.escape(s)}</div>" for s in item.sources)
        rows.append(
            "<tr>"
            f"<td>{number}</td>"
            f"<td><b>{html.escape(str(item.kind))} {html.escape(item.id)}</b><br/>"
            f"{html.escape(item.title)}<br/><i>{html.escape(_last(item, today))}</i></td>"
            f"<td>{details}{sources}</td>"
            "<td>Result:<br/><br/><br/>On: ____________<br/>By: ____________</td>"
            "</tr>"
        )
    body = "".join(rows) or "<tr><td colspan='4'>Nothing is due.</td></tr>"
    return (
        "<html><body style='font-size: 9pt'>"
        f"<h3>Call sheet: {html.escape(_heading(bundle, items, today, within))}</h3>"
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        "<tr><th>#</th><th>What</th><th>Check</th><th>Result</th></tr>"
        f"{body}</table></body></html>"
    )


def _mark(args: argparse.Namespace) -> int:
    from kiosk.content import load_bundle
    from kiosk.content.mark_checked import CheckRecord, MarkError, mark_checked
    from kiosk.paths import fonts_dir

    folder = Path(args.bundle)
    record = CheckRecord(args.on, args.by, args.method, tuple(args.source))
    problems = record.problems(answer="#" in args.id, today=args.today or date.today())
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 2
    before = load_bundle(folder, shipped_fonts=fonts_dir())
    try:
        marked = mark_checked(folder, args.id, record)
    except MarkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    original_errors = {str(f) for f in before.errors}
    after = load_bundle(folder, shipped_fonts=fonts_dir())
    new_errors = [f for f in after.errors if str(f) not in original_errors]
    rel = marked.file.relative_to(folder)
    if new_errors:
        print(f"error: the new record does not validate; {rel} is unchanged:", file=sys.stderr)
        for finding in new_errors:
            print(f"  {finding}", file=sys.stderr)
        marked.restore()
        return 1
    print(f"{rel}: {'added' if marked.added else 'updated'} the record of {args.id}")
    for finding in after.findings:
        if finding.pos.file == rel.as_posix():
            print(f"  {finding}")
    return 0
