"""Packing a bundle folder into one signed file (.kbundle), on the editor's machine.

The archive is a zip:
    manifest.json           bundle id, version, creation time, every file's SHA-256 and size
    manifest.json.minisig   a minisign signature over manifest.json
    bundle/...              the files the kiosk reads (bundle.yaml, topics/, resources/)
Members are written in a fixed order with fixed timestamps and modes, so the
same folder packed at the same `created` time gives the same bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Final

from kiosk.content import Finding, load_bundle
from kiosk.content.bundle_catalogues import INTERFACE_FOLDER
from kiosk.content.bundle_fonts import BUNDLE_FONTS_FOLDER, FONT_SUFFIXES
from kiosk.content.findings import is_utf8_name, shown_name
from kiosk.content.loader import CONTENT_FOLDERS
from kiosk.linguist import kiosk_interface
from kiosk.paths import fonts_dir
from kiosk.updates import minisign
from kiosk.updates.archive import KBundle
from kiosk.updates.errors import Refused
from kiosk.updates.manifest import (
    BUNDLE_PREFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
)
from kiosk.updates.paths import path_problem

ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
READ_SUFFIXES: Final = (".yaml", ".yml")
# A bundle's own fonts (kiosk.content.glyphs) travel with it, and so do their
# licences: a font without its licence may not be passed on.
FONT_FILE_SUFFIXES: Final = (*FONT_SUFFIXES, ".txt", ".md")
PACKED_FOLDERS: Final = {
    **dict.fromkeys(CONTENT_FOLDERS, READ_SUFFIXES),
    BUNDLE_FONTS_FOLDER: FONT_FILE_SUFFIXES,
    # A bundle's own interface catalogues (kiosk.content.interface) travel as
    # .ts sources: each kiosk compiles them at install with its own Qt.
    INTERFACE_FOLDER: (".ts",),
}


class PackError(Exception):
    """The folder was not packed; `findings` holds the validator's findings, if any."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


@dataclass
class PackResult:
    manifest: Manifest
    out: Path
    signed_by: str | None  # key id, or None for --unsigned
    warnings: list[Finding] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def bundle_files(root: Path) -> tuple[list[str], list[str]]:
    """(files to pack, files left out) relative to the bundle folder. Only what
    the kiosk reads is packed, so an editor's notes or drafts lying in the
    folder never travel to the kiosks. Hidden files are left out silently."""
    packed = ["bundle.yaml"]
    skipped: list[str] = []
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.name.startswith(".") or entry.name == "bundle.yaml":
            continue
        if entry.name not in PACKED_FOLDERS or not entry.is_dir():
            skipped.append(entry.name)
    for folder, suffixes in PACKED_FOLDERS.items():
        base = root / folder
        if not base.is_dir():
            continue
        for entry in sorted(base.iterdir(), key=lambda p: p.name):
            rel = f"{folder}/{entry.name}"
            if entry.name.startswith("."):
                continue
            if entry.is_file() and entry.suffix.lower() in suffixes:
                packed.append(rel)
            else:
                skipped.append(rel)
    return sorted(packed), skipped


def pack(
    bundle_dir: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    key: minisign.SecretKey | None,
    created: datetime | None = None,
    today: date | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> PackResult:
    """Validate, then pack and sign. `key=None` packs unsigned (for signing
    with the minisign tool afterwards; see docs/editor-guide.md)."""
    root = Path(bundle_dir)
    result = load_bundle(root, today=today, shipped_fonts=fonts_dir(), interface=kiosk_interface())
    if result.bundle is None:
        raise PackError("the bundle has errors, so it was not packed", result.findings)
    bundle = result.bundle
    packed, skipped = bundle_files(root)
    entries: list[FileEntry] = []
    contents: list[tuple[str, bytes]] = []
    for done, rel in enumerate(packed, start=1):
        problem = path_problem(rel) if is_utf8_name(rel) else "not UTF-8 text"
        if problem:
            rel = shown_name(rel)
            raise PackError(f"{rel}: this name cannot be packed ({problem}); rename the file")
        data = (root / rel).read_bytes()
        entries.append(FileEntry(rel, hashlib.sha256(data).hexdigest(), len(data)))
        contents.append((rel, data))
        if on_progress is not None:
            on_progress(done, len(packed))
    when = (created or datetime.now(UTC)).astimezone(UTC)
    manifest = Manifest(
        bundle.id, bundle.version, when.strftime("%Y-%m-%dT%H:%M:%SZ"), tuple(entries)
    )
    manifest_bytes = manifest.to_bytes()
    signature = None
    if key is not None:
        comment = (
            f"timestamp:{int(when.timestamp())}\tfile:{MANIFEST_NAME}\thashed"
            f"\tbundle:{bundle.id}\tversion:{bundle.version}"
        )
        signature = minisign.sign(manifest_bytes, key, trusted_comment=comment)

    target = Path(out)
    # Written under a hidden name and renamed, so a sync tool or the kiosk's
    # inbox watcher never picks up a half-written bundle.
    partial = target.with_name(f".{target.name}.partial")
    try:
        with zipfile.ZipFile(partial, "w") as zf:
            _add(zf, MANIFEST_NAME, manifest_bytes)
            if signature is not None:
                _add(zf, SIGNATURE_NAME, signature.encode("ascii"))
            for rel, data in contents:
                _add(zf, BUNDLE_PREFIX + rel, data)
        _self_check(partial, manifest, key)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return PackResult(
        manifest,
        target,
        minisign.key_id_hex(key.key_id) if key else None,
        result.warnings,
        [shown_name(name) for name in skipped],
    )


def _add(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so the mode below means what it says on every OS
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    zf.writestr(info, data, compresslevel=9)


def _self_check(path: Path, manifest: Manifest, key: minisign.SecretKey | None) -> None:
    """Read the new file back the way a kiosk will, so an editor learns now,
    not at the kiosk, if it would be refused (size limits, for one)."""
    try:
        with KBundle.open(path) as kb:
            if key is not None:
                kb.verify_signature([key.public()])
            kb.check_files(manifest)
    except Refused as exc:
        raise PackError(f"the packed file would be refused by a kiosk: {exc}") from None
