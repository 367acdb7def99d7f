"""`kiosk import-hsds SOURCE --into BUNDLE`: a directory's new export merged
into a bundle made from an earlier one, without losing what editors added.

Resources are matched on the `hsds_id` the import kept. For each field the
directory fills (name, description, phones, address, hours, languages, cost,
eligibility, website, verified) three values are compared: what the
directory said last time (HSDS-IMPORTED.json), what the bundle says, what the
directory says now. A change by the directory alone is taken and reported
(resource, field, old -> new); a change by the editor alone is kept; both is
a conflict, kept as the editor left it and reported. What the importer never
writes (topics, slip names, translations, phone keywords, questions and
their checks) is not touched. A service gone from the export is marked
`hsds_status: removed-upstream`, never deleted; a new one is added with
`hsds_status: new-upstream` and in no topic, so visitors cannot reach it
until an editor has looked at it. Resource ids never change.

Only the resource files a refresh changes are rewritten, through ruamel.yaml's
round trip, so editors' comments and layout stay where they were. The
three-way merge of one resource is kiosk.hsds.merge's.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Final

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from kiosk.content import LoadResult, load_bundle
from kiosk.hsds.errors import HsdsError
from kiosk.hsds.imported import imported_record, read_imported, write_imported
from kiosk.hsds.importer import ImportOptions, map_directory, new_context, read_directory
from kiosk.hsds.merge import MISSING, REMOVED, RefreshReport, ResourceMerger
from kiosk.hsds.plan import ResourcePlan
from kiosk.hsds.progress import Progress
from kiosk.hsds.values import one_line
from kiosk.hsds.writing import render_yaml, write_text
from kiosk.paths import fonts_dir

REFRESH_REPORT_NAME: Final = "REFRESH-REPORT.txt"
NEW: Final = "new-upstream"


@dataclass
class RefreshOutcome:
    report: RefreshReport
    load: LoadResult


@dataclass
class _Entry:
    """One resource in the bundle's YAML: where it is, and its mapping."""

    file: Path
    data: CommentedMap


def refresh_bundle(
    path: str | Path,
    bundle_dir: str | Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> RefreshOutcome:
    options = options or ImportOptions()
    progress = progress or Progress(enabled=False)
    source, bundle = Path(path), Path(bundle_dir)
    today = options.today or date.today()
    loaded = _loaded_bundle(bundle, today)
    region, language = loaded.region, loaded.default_language
    if options.region is not None and options.region.strip().upper() != region:
        raise HsdsError(
            f"--region {options.region}: the bundle's region is {region}, and a refresh reads "
            "the numbers for the bundle's region; leave --region out"
        )
    yaml = _round_trip_yaml()
    files, entries = _read_resources(bundle, yaml)
    by_hsds_id = _by_hsds_id(bundle, entries)
    imported = read_imported(bundle)
    directory, details = read_directory(source)
    ctx = new_context(directory, options, source, region, language, today, details)
    ctx.fixed_ids.update({hsds_id: entry.data["id"] for hsds_id, entry in by_hsds_id.items()})
    for entry in entries:
        ctx.ids.reserve(str(entry.data["id"]))
    plans = map_directory(directory, ctx, source, progress)

    report = RefreshReport(str(source), str(bundle), details=details)
    merger = ResourceMerger(language, region, report)
    changed_files: set[Path] = set()
    listed: set[str] = set()
    new_plans: list[ResourcePlan] = []
    counts = {"read": len(plans), "changed": 0, "new": 0, "removed": 0, "unchanged": 0}
    for plan in plans:
        hsds_id = plan.data.get("hsds_id")
        if not isinstance(hsds_id, str):
            report.attention.append(
                f"'{plan.name}' has no id in the export, so it cannot be matched with the "
                "bundle: not added; ask the directory for its service ids"
            )
            continue
        listed.add(hsds_id)
        match = by_hsds_id.get(hsds_id)
        if match is None:
            new_plans.append(plan)
            continue
        if hsds_id in ctx.duplicate_ids:
            report.attention.append(
                f"{match.data['id']}: the export lists service {hsds_id} more than once: "
                "left as it is; ask the directory which one is right"
            )
            continue
        base = imported.get(hsds_id, MISSING)
        if merger.merge(match.data, base, imported_record(plan.data)):
            changed_files.add(match.file)
            counts["changed"] += 1
        else:
            counts["unchanged"] += 1
    for hsds_id, entry in by_hsds_id.items():
        rid = entry.data["id"]
        if hsds_id in listed:
            continue
        counts["removed"] += 1
        if entry.data.get("hsds_status") == REMOVED:
            report.attention.append(f"{rid}: still not in the directory's export")
            continue
        entry.data["hsds_status"] = DoubleQuotedScalarString(REMOVED)
        changed_files.add(entry.file)
        report.attention.append(
            f"{rid}: no longer in the directory's export: marked hsds_status: {REMOVED}; "
            "check it, then delete the resource or remove that line"
        )
    for plan in new_plans:
        counts["new"] += 1
        report.attention.append(
            f"{plan.id}: new in the directory's export: added with hsds_status: {NEW} and in "
            "no topic; check it and add it to a topic"
        )

    for file in sorted(changed_files):
        buffer = io.StringIO()
        yaml.dump(files[file], buffer)
        write_text(file, buffer.getvalue())
    for plan in new_plans:
        data = {**plan.data, "hsds_status": NEW}
        write_text(_new_file(bundle, plan.id), render_yaml(data))
    kept = {k: v for k, v in imported.items() if k not in listed or k in ctx.duplicate_ids}
    fresh = [p for p in plans if p.data.get("hsds_id") not in ctx.duplicate_ids]
    write_imported(bundle, fresh, kept)

    load = load_bundle(bundle, today=today, shipped_fonts=fonts_dir())
    progress.done()
    report.counts = counts
    report.load_summary = (
        f"The bundle loads with {len(load.errors)} error(s) and {len(load.warnings)} warning(s); "
        f"`kiosk validate {bundle}` lists them."
    )
    write_text(bundle / REFRESH_REPORT_NAME, report.render())
    return RefreshOutcome(report, load)


def _loaded_bundle(bundle: Path, today: date) -> Any:
    if not (bundle / "bundle.yaml").is_file():
        raise HsdsError(f"{bundle}: no bundle.yaml here; give the folder of the bundle to refresh")
    result = load_bundle(bundle, today=today, shipped_fonts=fonts_dir())
    if result.bundle is None or result.errors:
        first = result.errors[0] if result.errors else "it does not load"
        raise HsdsError(
            f"{bundle}: the bundle has {len(result.errors)} error(s), so a refresh could not "
            f"check what it writes; fix them first (`kiosk validate`), the first: {first}"
        )
    return result.bundle


def _round_trip_yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1_000_000  # as the importer writes: no folded lines
    return yaml


def _read_resources(bundle: Path, yaml: YAML) -> tuple[dict[Path, Any], list[_Entry]]:
    files: dict[Path, Any] = {}
    entries: list[_Entry] = []
    folder = bundle / "resources"
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            document = yaml.load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, YAMLError) as exc:
            raise HsdsError(f"{path}: cannot be read for a refresh: {one_line(str(exc))}") from None
        files[path] = document
        items = document if isinstance(document, CommentedSeq) else [document]
        entries += [_Entry(path, item) for item in items if isinstance(item, CommentedMap)]
    return files, entries


def _by_hsds_id(bundle: Path, entries: list[_Entry]) -> dict[str, _Entry]:
    found: dict[str, _Entry] = {}
    for entry in entries:
        hsds_id = entry.data.get("hsds_id")
        if hsds_id is None:
            continue  # an editor's own resource: a refresh leaves it alone
        hsds_id = str(hsds_id)
        if hsds_id in found:
            first = found[hsds_id]
            raise HsdsError(
                f"{entry.file.relative_to(bundle)}: '{entry.data['id']}' has hsds_id "
                f"'{hsds_id}', as '{first.data['id']}' in {first.file.relative_to(bundle)} has; "
                "a directory's service is one resource: remove the hsds_id from one of them"
            )
        found[hsds_id] = entry
    if not found:
        raise HsdsError(
            f"{bundle}: no resource has an hsds_id, so this bundle was not made by "
            "`kiosk import-hsds` and there is nothing to match the export on; import into a "
            "new folder with -o instead"
        )
    return found


def _new_file(bundle: Path, resource_id: str) -> Path:
    path, number = bundle / "resources" / f"{resource_id}.yaml", 1
    while path.exists():
        number += 1
        path = bundle / "resources" / f"{resource_id}-{number}.yaml"
    return path
