"""Loading a bundle folder: every file read, checked and turned into one
immutable `Bundle`, or no bundle at all.

The kiosk never shows a partly loaded bundle: if any finding is an error,
`LoadResult.bundle` is None and the caller keeps what it had.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import phonenumbers

from kiosk.content import glyphs, model, rules
from kiosk.content.bundle_catalogues import bundle_catalogue_files
from kiosk.content.confined import resolves_inside as _inside
from kiosk.content.drafts import (
    ResourceDraft,
    TopicDraft,
    resource_from_draft,
    topic_from_draft,
)
from kiosk.content.findings import (
    Finding,
    Findings,
    Pos,
    WithFindings,
    is_utf8_name,
    shown_name,
)
from kiosk.content.format import BUNDLE, RESOURCE, RESOURCE_LIST, TOPIC
from kiosk.content.interface import InterfaceCheck, KioskInterface
from kiosk.content.nodes import Mapping, Node, Scalar, Sequence
from kiosk.content.schema import INVALID, ReadContext
from kiosk.content.yamlsource import read_source

MAX_FILES: Final = 5000
MAX_TOTAL_BYTES: Final = 128 * 1024 * 1024
DEFAULT_MAX_AGE_DAYS: Final = 365
CONTENT_FOLDERS: Final = ("topics", "resources")


@dataclass
class LoadResult(WithFindings):
    bundle: model.Bundle | None
    findings: list[Finding]
    # Set when the path is not a bundle at all (no folder, no bundle.yaml):
    # the validator exits 2 for it rather than 1.
    unreadable: bool = False
    texts_by_language: dict[str, int] = field(default_factory=dict)


def load_bundle(
    path: str | os.PathLike[str],
    *,
    today: date | None = None,
    shipped_fonts: str | os.PathLike[str] | None = None,
    interface: KioskInterface | None = None,
) -> LoadResult:
    """Read and validate the bundle folder at `path`. Never raises for bad content.

    `shipped_fonts` is the folder of the fonts the kiosk draws with
    (kiosk.paths.fonts_dir(); this layer does not know where the kiosk is
    installed). With it, every text a font cannot draw is an error
    (kiosk.content.glyphs); without it, fonts are not checked.

    `interface` says what the kiosk's own words exist in (its English
    catalogue, which shipped catalogue serves a language): with it, the
    bundle's own interface catalogues are checked and a language without any
    is reported (kiosk.content.interface); without it, neither.
    """
    root = Path(path)
    findings = Findings()
    today = today or date.today()
    if not root.is_dir():
        findings.error(Pos(str(root)), "not-a-bundle", "no such folder; give the bundle's folder")
        return LoadResult(None, findings.sorted(), unreadable=True)
    if not (root / "bundle.yaml").is_file():
        findings.error(
            Pos("bundle.yaml"),
            "not-a-bundle",
            "this folder has no bundle.yaml; every bundle starts with one",
        )
        return LoadResult(None, findings.sorted(), unreadable=True)
    fonts = Path(shipped_fonts) if shipped_fonts is not None else None
    try:
        return _load(root, findings, today, fonts, interface)
    except Exception as exc:
        findings.error(
            Pos("bundle.yaml"),
            "internal-error",
            f"the validator failed on this bundle ({type(exc).__name__}); please report it",
        )
        return LoadResult(None, findings.sorted())


def _load(
    root: Path,
    findings: Findings,
    today: date,
    shipped_fonts: Path | None,
    interface: KioskInterface | None,
) -> LoadResult:
    files = _content_files(root, findings)
    ctx = ReadContext("bundle.yaml", findings, today=today)
    # Glyph coverage (kiosk.content.glyphs): every text a font can draw.
    glyph_check = (
        glyphs.GlyphCheck.for_bundle(root, findings, shipped_fonts)
        if shipped_fonts is not None
        else None
    )
    bundle_node = None
    if _inside(root / "bundle.yaml", root.resolve()):
        source = read_source(root, "bundle.yaml", findings)
        if source is not None:
            bundle_node = source.node
            if glyph_check is not None:
                glyph_check.check(source)
    else:
        findings.error(Pos("bundle.yaml"), "path-escape", "bundle.yaml links outside the bundle")
    header: dict[str, Any] = {}
    places: dict[str, Pos] = {}
    if bundle_node is not None:
        places = _prime_languages(bundle_node, ctx)
        if not _header_usable(ctx, places, findings):
            # Every text and number in the bundle depends on these two; a
            # finding for each would bury the one mistake that matters.
            return LoadResult(None, findings.sorted())
        read = BUNDLE.read(bundle_node, ctx)
        header = read if read is not INVALID else {}

    topic_drafts: list[TopicDraft] = []  # topics and services stay drafts until every file is read
    drafts: list[ResourceDraft] = []
    counts = ctx.texts_by_language
    broken_files: set[str] = set()
    for rel in files:
        errors_before = len(findings.errors)
        file_ctx = ReadContext(
            rel,
            findings,
            default_language=ctx.default_language,
            languages=ctx.languages,
            region=ctx.region,
            today=today,
            texts_by_language=counts,
            first_untranslated=ctx.first_untranslated,
            sensitive_words=header.get("sensitive_words", {}),
        )
        source = read_source(root, rel, findings)
        if source is not None:
            file_ctx.source = source.text
            node = source.node
            if rel.startswith("topics/"):
                topic = TOPIC.read(node, file_ctx)
                if topic:
                    topic_drafts.append(topic)
            else:
                spec = RESOURCE_LIST if isinstance(node, Sequence) else RESOURCE
                read = spec.read(node, file_ctx)
                if read:
                    drafts.extend(read if spec is RESOURCE_LIST else (read,))
        if len(findings.errors) > errors_before:
            broken_files.add(rel)
        if source is not None and glyph_check is not None:
            glyph_check.check(source)  # after: a missing glyph leaves the data intact

    default = ctx.default_language
    topics = [topic_from_draft(draft, default) for draft in topic_drafts]
    del topic_drafts
    # Each draft is let go as its service is made, so the two never all
    # stand in memory at once.
    drafts.reverse()
    resources = [resource_from_draft(drafts.pop(), default) for _ in range(len(drafts))]
    bundle = _assemble(header, topics, resources, ctx) if bundle_node is not None else None
    if bundle is not None:
        rules.check_bundle(
            bundle,
            resources,
            findings,
            today=today,
            texts_by_language=counts,
            places=places,
            broken_files=broken_files,
            first_untranslated=ctx.first_untranslated,
        )
    if interface is not None and bundle_node is not None:
        InterfaceCheck(
            interface, findings, glyph_check.drawable if glyph_check is not None else None
        ).check(root, _declared_languages(bundle_node, ctx), bundle_catalogue_files(root, findings))
    if findings.errors:
        bundle = None
    return LoadResult(bundle, findings.sorted(), texts_by_language=dict(counts))


def _declared_languages(node: Node, ctx: ReadContext) -> list[tuple[str, Pos]]:
    """Each code of bundle.yaml's `languages` and where it is written."""
    if isinstance(node, Mapping):
        for key, value in node.value:
            if isinstance(key, Scalar) and key.value == "languages" and isinstance(value, Sequence):
                return [
                    (item.value, ctx.pos(item)) for item in value.value if isinstance(item, Scalar)
                ]
    return []


def _prime_languages(node: Node, ctx: ReadContext) -> dict[str, Pos]:
    """Texts in bundle.yaml need the default language before the field that
    declares it has been read, so look it up first. Returns where each
    top-level field's value is, for findings about the bundle as a whole."""
    places: dict[str, Pos] = {}
    if not isinstance(node, Mapping):
        return places
    for key, value in node.value:
        if not isinstance(key, Scalar):
            continue
        places.setdefault(key.value, ctx.pos(value))
        if key.value == "default_language" and isinstance(value, Scalar):
            ctx.default_language = value.value
        elif key.value == "region" and isinstance(value, Scalar):
            ctx.region = value.value
        elif key.value == "languages" and isinstance(value, Sequence):
            ctx.languages = tuple(item.value for item in value.value if isinstance(item, Scalar))
    return places


def _header_usable(ctx: ReadContext, places: dict[str, Pos], findings: Findings) -> bool:
    usable = True
    if "default_language" in places and ctx.languages and ctx.default_language not in ctx.languages:
        findings.error(
            places["default_language"],
            "default-language-not-listed",
            f"default_language '{ctx.default_language}' is not in languages "
            f"({', '.join(ctx.languages)}); add it there or pick one of them",
        )
        usable = False
    if "region" in places and ctx.region not in phonenumbers.SUPPORTED_REGIONS:
        findings.error(
            places["region"],
            "unknown-region",
            f"'{ctx.region}' is not a country code the phone number rules know; "
            "use the two-letter ISO code, such as US",
        )
        usable = False
    return usable


def _assemble(
    header: dict[str, Any],
    topics: list[model.Topic],
    resources: list[model.Resource],
    ctx: ReadContext,
) -> model.Bundle | None:
    required = (
        "id",
        "version",
        "status",
        "title",
        "region",
        "languages",
        "default_language",
        "review_by",
        "cover",
    )
    if any(name not in header for name in required):
        return None
    by_id: dict[str, model.Resource] = {}
    for resource in resources:
        by_id.setdefault(resource.id, resource)
    ordered_topics = sorted(topics, key=lambda t: (t.order, t.id))
    return model.Bundle(
        id=header["id"],
        version=header["version"],
        status=model.BundleStatus(header["status"]),
        title=header["title"],
        region=header["region"],
        languages=header["languages"],
        default_language=header["default_language"],
        review_by=header["review_by"],
        max_verification_age_days=header.get("max_verification_age_days", DEFAULT_MAX_AGE_DAYS),
        claims_max_age_days=header.get("claims_max_age_days", model.CLAIMS_MAX_AGE_DAYS),
        cover=header["cover"],
        slip_heading=header.get("slip_heading"),
        sensitive_words=header.get("sensitive_words", {}),
        topics=tuple(ordered_topics),
        resources=MappingProxyType(by_id),
    )


def _content_files(root: Path, findings: Findings) -> list[str]:
    """The YAML files of the bundle, relative and sorted, refusing anything that
    would make the loader read outside the bundle folder."""
    real_root = root.resolve()
    found: list[str] = []
    total = 0
    for folder in CONTENT_FOLDERS:
        base = root / folder
        if base.is_symlink() and not _inside(base, real_root):
            findings.error(
                Pos(folder),
                "path-escape",
                "this folder links outside the bundle; copy the files in instead",
            )
            continue
        if not base.is_dir():
            continue
        for entry in sorted(base.iterdir(), key=lambda p: p.name):
            rel = f"{folder}/{entry.name}"
            if entry.name.startswith("."):
                continue
            if not is_utf8_name(entry.name):
                findings.error(
                    Pos(f"{folder}/{shown_name(entry.name)}"),
                    "bad-file-name",
                    "this file name is not UTF-8 text; rename it (other computers, the "
                    "packer and the kiosk could each read it as a different name)",
                )
                continue
            if entry.is_symlink() and not _inside(entry, real_root):
                findings.error(
                    Pos(rel),
                    "path-escape",
                    "this file links outside the bundle (or nowhere); copy the file in instead",
                )
                continue
            if not entry.is_dir() and not entry.is_file():
                # A pipe or device would block the loader or read endlessly.
                findings.error(Pos(rel), "not-a-file", "this is not a regular file; remove it")
                continue
            if entry.is_dir():
                findings.warning(
                    Pos(rel), "ignored-file", "folders inside topics/ and resources/ are not read"
                )
                continue
            if entry.suffix not in (".yaml", ".yml"):
                findings.warning(
                    Pos(rel), "ignored-file", "only .yaml files are read; rename it or remove it"
                )
                continue
            found.append(rel)
            if len(found) > MAX_FILES:
                findings.error(
                    Pos(folder), "too-many-files", f"more than {MAX_FILES} files; merge some"
                )
                return []
            try:
                total += entry.stat().st_size
            except OSError:
                continue
            if total > MAX_TOTAL_BYTES:
                findings.error(
                    Pos(folder),
                    "bundle-too-large",
                    f"the bundle is larger than {MAX_TOTAL_BYTES // 2**20} MiB",
                )
                return []
    return found
