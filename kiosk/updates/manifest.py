"""The manifest of a packed bundle: what the editor signed.

`manifest.json` names the bundle and version and lists every file with its
SHA-256 and size; the signature covers the manifest, the manifest covers the
files. It is plain, sorted JSON so an editor can read it and `minisign` can
sign and check it like any other file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Final

from kiosk.content.ids import ID_PATTERN
from kiosk.updates.errors import Refused
from kiosk.updates.paths import path_problem

FORMAT: Final = "kiosk-bundle/1"
MANIFEST_NAME: Final = "manifest.json"
SIGNATURE_NAME: Final = "manifest.json.minisig"
BUNDLE_PREFIX: Final = "bundle/"
MAX_VERSION: Final = 2**31

_SHA256 = re.compile(r"[0-9a-f]{64}")
_CREATED = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


@dataclass(frozen=True)
class FileEntry:
    path: str  # relative to the bundle folder (inside the archive: bundle/<path>)
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    version: int
    created: str  # UTC, e.g. 2026-11-27T10:00:00Z
    files: tuple[FileEntry, ...]

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)

    def to_bytes(self) -> bytes:
        payload = {
            "format": FORMAT,
            "bundle": {"id": self.bundle_id, "version": self.version},
            "created": self.created,
            "files": [
                {"path": f.path, "sha256": f.sha256, "size": f.size}
                for f in sorted(self.files, key=lambda f: f.path)
            ],
        }
        return (json.dumps(payload, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Manifest:
        """Read a manifest the signature has already vouched for; still check
        every field, since a hand-made manifest may be signed with minisign."""
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise Refused(f"{MANIFEST_NAME} is not valid JSON: {exc}") from None
        obj = _mapping(raw, MANIFEST_NAME)
        if obj.get("format") != FORMAT:
            raise Refused(f"{MANIFEST_NAME}: unknown format {obj.get('format')!r}; need {FORMAT}")
        bundle = _mapping(obj.get("bundle"), "bundle")
        bundle_id, version = bundle.get("id"), bundle.get("version")
        if not isinstance(bundle_id, str) or not re.fullmatch(ID_PATTERN, bundle_id):
            raise Refused(f"{MANIFEST_NAME}: the bundle id {bundle_id!r} is not a valid id")
        if type(version) is not int or not 1 <= version <= MAX_VERSION:
            raise Refused(f"{MANIFEST_NAME}: the version {version!r} is not a whole number >= 1")
        created = obj.get("created")
        if not isinstance(created, str) or not _CREATED.fullmatch(created):
            raise Refused(
                f"{MANIFEST_NAME}: 'created' must be a UTC time like 2026-11-27T10:00:00Z"
            )
        files = obj.get("files")
        if not isinstance(files, list):
            raise Refused(f"{MANIFEST_NAME}: 'files' must be a list")
        entries: list[FileEntry] = []
        seen: set[str] = set()
        for item in files:
            entry = _file_entry(item)
            if entry.path.casefold() in seen:
                raise Refused(f"{MANIFEST_NAME}: {entry.path} is listed twice")
            seen.add(entry.path.casefold())
            entries.append(entry)
        if "bundle.yaml" not in seen:
            raise Refused(f"{MANIFEST_NAME}: the bundle has no bundle.yaml")
        return cls(bundle_id, version, created, tuple(entries))


def _file_entry(item: Any) -> FileEntry:
    entry = _mapping(item, "a file entry")
    path, sha256, size = entry.get("path"), entry.get("sha256"), entry.get("size")
    if not isinstance(path, str):
        raise Refused(f"{MANIFEST_NAME}: a file entry has no path")
    problem = path_problem(path)
    if problem:
        raise Refused(f"{MANIFEST_NAME}: unsafe path {path!r}: {problem}")
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise Refused(f"{MANIFEST_NAME}: {path} has no valid sha256")
    if type(size) is not int or size < 0:
        raise Refused(f"{MANIFEST_NAME}: {path} has no valid size")
    return FileEntry(path, sha256, size)


def _mapping(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Refused(f"{MANIFEST_NAME}: {what} must be a JSON object")
    return value
