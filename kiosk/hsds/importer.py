"""`kiosk import-hsds`: an HSDS 3 export (JSON or CSV data package) to a draft bundle.

Read the input into services, map each to a resource, group them into topics,
write the folder, then load it with the kiosk's own loader: the import is
only reported done when the bundle it wrote loads without errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Final

import phonenumbers

from kiosk.content import LoadResult, load_bundle
from kiosk.content.ids import ID_PATTERN
from kiosk.content.schema import LANGUAGE_CODE
from kiosk.hsds.drawable import fit_to_fonts
from kiosk.hsds.errors import HsdsError
from kiosk.hsds.extension import read_service_extension
from kiosk.hsds.imported import write_imported
from kiosk.hsds.mapping import map_service
from kiosk.hsds.plan import MapContext, ResourcePlan
from kiosk.hsds.progress import Progress
from kiosk.hsds.reading_csv import read_package
from kiosk.hsds.reading_json import Directory, find_services, read_json_file
from kiosk.hsds.region import infer_region
from kiosk.hsds.report import REPORT_NAME, ImportReport
from kiosk.hsds.texts import WORDS, words_for
from kiosk.hsds.topics import plan_topics
from kiosk.hsds.usage import slug
from kiosk.hsds.values import clean_text, collecting_unusable, shorten
from kiosk.hsds.writing import prepare_folder, write_bundle_files, write_text
from kiosk.paths import fonts_dir

REVIEW_WITHIN: Final = timedelta(days=90)
MAX_TITLE: Final = 120


@dataclass(frozen=True)
class ImportOptions:
    # The country whose phone numbers the directory lists; None: taken from
    # the directory's addresses and numbers when all agree, else asked for.
    region: str | None = None
    language: str = "en"  # the language the directory's texts are in
    bundle_id: str | None = None
    title: str | None = None
    source: str | None = None  # the directory's name or address, for verified.source
    today: date | None = None


@dataclass
class ImportOutcome:
    out: Path
    report: ImportReport
    load: LoadResult
    resource_ids: list[str] = field(default_factory=list)


def import_directory(
    path: str | Path,
    out: str | Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Import `path` into the new bundle folder `out`. Raises HsdsError for
    input it cannot read (with the place and the reason), never anything else."""
    options = options or ImportOptions()
    progress = progress or Progress(enabled=False)
    source, out = Path(path), Path(out)
    given_region, language, title = _checked_options(options)
    today = options.today or date.today()
    directory, report = read_directory(source)
    region = given_region or infer_region(directory, str(source))
    ctx = new_context(directory, options, source, region, language, today, report)
    plans = map_directory(directory, ctx, source, progress)
    words = ctx.words or WORDS["en"]
    topics = plan_topics(plans, words, language, report)
    found_title = fit_to_fonts(directory.title)[0] if directory.title else None
    bundle_title = (
        title
        or found_title
        or fit_to_fonts(f"Imported from {source.name}")[0]
        or "Imported directory"
    )
    header = _bundle_header(options, bundle_title, region, language, today, words)
    header["languages"] = languages_of(language, [plan.data for plan in plans])
    prepare_folder(out)
    write_bundle_files(
        out,
        header,
        topics,
        [plan.data for plan in plans],
        lambda done, total: progress.update("Writing files", done, total),
    )
    write_imported(out, plans)
    progress.update("Checking the bundle", 0, 1)
    load = load_bundle(out, today=today, shipped_fonts=fonts_dir())
    progress.done()
    report.bundle_dir = str(out)
    report.resources_written, report.topics_written = len(plans), len(topics)
    report.load_summary = (
        f"The bundle loads with {len(load.errors)} error(s) and {len(load.warnings)} warning(s); "
        f"`kiosk validate {out}` lists them."
    )
    write_text(out / REPORT_NAME, report.render())
    return ImportOutcome(out, report, load, [plan.id for plan in plans])


def read_directory(source: Path) -> tuple[Directory, ImportReport]:
    try:
        with collecting_unusable() as unusable:
            directory = read_input(source)
    except HsdsError as exc:
        raise _placed(exc, source) from None
    report = ImportReport(source=str(source))
    for note in [*directory.notes, *unusable]:
        report.need("", note)
    if not directory.services:
        raise HsdsError(
            f"{source}: no HSDS services or organizations found: nothing to import"
            + "".join(f"\n  - {line}" for line in report.attention)
        )
    return directory, report


def new_context(
    directory: Directory,
    options: ImportOptions,
    source: Path,
    region: str,
    language: str,
    today: date,
    report: ImportReport,
) -> MapContext:
    words = words_for(language)
    if words is None:
        report.need(
            "",
            f"the importer has no words for '{language}': the cover, topic titles and slip "
            "heading are in English and hours are taken from schedule descriptions; translate them",
        )
    return MapContext(
        region=region,
        language=language,
        words=words,
        today=today,
        source_label=options.source or directory.title or source.name,
        report=report,
        terms=dict(directory.terms),
    )


def map_directory(
    directory: Directory, ctx: MapContext, source: Path, progress: Progress
) -> list[ResourcePlan]:
    try:
        plans = _map_all(directory, ctx, ctx.report, progress)
    except HsdsError as exc:
        progress.done()
        raise _placed(exc, source) from None
    if not plans:
        progress.done()
        raise HsdsError(
            f"{source}: none of the {len(directory.services)} service(s) could be imported:\n"
            + "\n".join(f"  - {line}" for line in ctx.report.attention)
        )
    return plans


def languages_of(default: str, resources: list[dict[str, Any]]) -> list[str]:
    """The default language, then those the kiosk extension brought translations in."""
    found = [default]
    for data in resources:
        texts = [data.get(key) for key in ("name", "slip_name", "description", "hours")]
        texts += [data.get(key) for key in ("cost", "eligibility")]
        texts += [phone.get("label") for phone in data.get("phones", ())]
        for value in texts:
            for language in value or ():
                if language not in found:
                    found.append(language)
    return found


def _placed(error: HsdsError, source: Path) -> HsdsError:
    """Name the file in front of a place inside it ("$.services[2]: ...")."""
    message = str(error)
    return HsdsError(f"{source}: {message}") if message.startswith("$") else error


def read_input(source: Path) -> Directory:
    if source.is_dir():
        return read_package(source)
    if not source.is_file():
        raise HsdsError(f"{source}: no such file or folder")
    if source.suffix.casefold() == ".csv":
        return read_package(source.parent)
    if source.name == "datapackage.json":
        return read_package(source.parent, source)
    data = read_json_file(source)
    if _is_data_package(data):
        return read_package(source.parent, source)
    return find_services(data, str(source))


def _is_data_package(data: Any) -> bool:
    resources = data.get("resources") if isinstance(data, dict) else None
    return isinstance(resources, list) and any(
        isinstance(r, dict) and "path" in r for r in resources
    )


def _checked_options(options: ImportOptions) -> tuple[str | None, str, str | None]:
    region = options.region.strip().upper() if options.region is not None else None
    if region is not None and region not in phonenumbers.SUPPORTED_REGIONS:
        raise HsdsError(
            f"--region {options.region!r}: not a country code the phone rules know; "
            "use a two-letter ISO code such as US"
        )
    language = options.language.strip()
    if not re.fullmatch(LANGUAGE_CODE, language):
        raise HsdsError(f"--language {language!r}: write a language code such as en or es")
    if options.bundle_id is not None and not re.fullmatch(ID_PATTERN, options.bundle_id):
        raise HsdsError(
            f"--id {options.bundle_id!r}: use lowercase letters, digits and hyphens "
            "(at most 64), for example 'county-services'"
        )
    title = clean_text(options.title) if options.title is not None else None
    if title is not None and not (0 < len(title) <= MAX_TITLE):
        raise HsdsError(f"--title: write a title of 1 to {MAX_TITLE} characters")
    if title is not None and fit_to_fonts(title)[0] != title:
        raise HsdsError(f"--title {fit_to_fonts(title)[1].split(':')[0]}; write it without them")
    return region, language, title


def _map_all(
    directory: Directory, ctx: MapContext, report: ImportReport, progress: Progress
) -> list[ResourcePlan]:
    _register_embedded_terms(directory, ctx)
    _claim_exported_ids(directory, ctx)
    plans: list[ResourcePlan] = []
    seen: dict[str, int] = {}
    total = len(directory.services)
    for done, item in enumerate(directory.services, start=1):
        progress.update("Mapping services", done, total)
        service_id = item.record.get("id")
        if isinstance(service_id, str) and service_id:
            seen[service_id] = seen.get(service_id, 0) + 1
            if seen[service_id] > 1:
                continue
        report.services_read += 1
        # A field of the wrong type or an absurd value is one report line; the
        # rest of the service is imported as usual.
        before = len(report.attention)
        with collecting_unusable() as unusable:
            plan = map_service(item, ctx)
        mapped_lines = report.attention[before:]
        del report.attention[before:]
        for line in [*unusable, *mapped_lines]:  # the cause before what follows from it
            report.need("", line)
        if plan is not None:
            plans.append(plan)
    for service_id, count in seen.items():
        if count > 1:
            ctx.duplicate_ids.add(service_id)
            report.need("", f"service {service_id} appears {count} times: imported once")
    return plans


def _claim_exported_ids(directory: Directory, ctx: MapContext) -> None:
    """The resource ids our own export recorded (the kiosk extension), before
    any id is made from a name, so that a re-import gives every resource the
    id it had."""
    for item in directory.services:
        service_id = item.record.get("id")
        extension = read_service_extension(item.record)
        wanted = extension.resource_id if extension is not None else None
        if not isinstance(service_id, str) or wanted is None or service_id in ctx.fixed_ids:
            continue
        if not ctx.ids.is_taken(wanted):
            ctx.ids.reserve(wanted)
            ctx.fixed_ids[service_id] = wanted


def _register_embedded_terms(directory: Directory, ctx: MapContext) -> None:
    """Terms inside services' attributes, so that parents found anywhere in
    the input lead to the top-level term."""
    for item in directory.services:
        attributes = item.record.get("attributes")
        if not isinstance(attributes, list):
            continue
        for attribute in attributes:
            term = attribute.get("taxonomy_term") if isinstance(attribute, dict) else None
            if isinstance(term, dict) and isinstance(term.get("id"), str):
                ctx.terms.setdefault(term["id"], term)


def _bundle_header(
    options: ImportOptions, title: str, region: str, language: str, today: date, words: Any
) -> dict[str, Any]:
    title = shorten(title, MAX_TITLE)
    return {
        "id": options.bundle_id or slug(title) or "imported-directory",
        "version": 1,
        "status": "draft",
        "title": {language: title},
        "region": region,
        "languages": [language],
        "default_language": language,
        "review_by": today + REVIEW_WITHIN,
        "max_verification_age_days": 365,
        "cover": {
            "title": {language: words.cover_title},
            "text": {language: words.cover_text},
        },
        "slip_heading": {language: words.slip_heading},
    }
