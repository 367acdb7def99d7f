"""The content folder's layout and its two pointers.

    <content_dir>/
        versions/<id>-<version>/   installed bundles (bundle.yaml, topics/, resources/)
        current                    JSON pointer: which versions/ folder the kiosk shows
        previous                   JSON pointer: the one before, for rollback
        staging/                   unpacking in progress (emptied by the next install)
        trash/                     folders being deleted
        status.json                last install, last refusal, last rollback

Each pointer is replaced in one os.replace, so it is always either the old or
the new one. A pointer that is missing, garbled or names a folder that is not
there is treated as absent, and the kiosk falls back to the other one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from kiosk.content.format import ID_PATTERN
from kiosk.updates.fsutil import atomic_write

CURRENT: Final = "current"
PREVIOUS: Final = "previous"
VERSIONS: Final = "versions"
STAGING: Final = "staging"
MAX_POINTER_BYTES: Final = 4096
_DIR_NAME = re.compile(rf"{ID_PATTERN}-\d{{1,10}}")


@dataclass(frozen=True)
class Pointer:
    dir: str  # a folder name under versions/
    bundle_id: str
    version: int
    manifest_sha256: str
    installed_at: str
    source: str  # the .kbundle's file name

    @staticmethod
    def dir_name(bundle_id: str, version: int) -> str:
        return f"{bundle_id}-{version}"

    def to_bytes(self) -> bytes:
        return (json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Pointer | None:
        try:
            raw = json.loads(data.decode("utf-8"))
            # Unknown keys are ignored, so a pointer written by a newer kiosk
            # version still reads here.
            pointer = cls(**{name: raw[name] for name in cls.__dataclass_fields__})
        except (UnicodeDecodeError, ValueError, TypeError, KeyError):
            return None
        if (
            not isinstance(pointer.dir, str)
            or not _DIR_NAME.fullmatch(pointer.dir)
            or not isinstance(pointer.bundle_id, str)
            or type(pointer.version) is not int
            or pointer.dir != cls.dir_name(pointer.bundle_id, pointer.version)
            or not all(
                isinstance(v, str)
                for v in (pointer.manifest_sha256, pointer.installed_at, pointer.source)
            )
        ):
            return None
        return pointer


def version_dir(content_dir: Path, name: str) -> Path:
    return content_dir / VERSIONS / name


def read_pointer(content_dir: Path, name: str) -> Pointer | None:
    """The pointer `name` (current or previous) if it is sound and its folder
    holds a bundle.yaml; otherwise None. Never raises."""
    try:
        with open(content_dir / name, "rb") as f:
            data = f.read(MAX_POINTER_BYTES + 1)
    except OSError:
        return None
    if len(data) > MAX_POINTER_BYTES:
        return None
    pointer = Pointer.from_bytes(data)
    if pointer is None:
        return None
    if not (version_dir(content_dir, pointer.dir) / "bundle.yaml").is_file():
        return None
    return pointer


def write_pointer(
    content_dir: Path,
    name: str,
    pointer: Pointer,
    *,
    before_replace: Callable[[], None] | None = None,
) -> None:
    atomic_write(content_dir / name, pointer.to_bytes(), before_replace=before_replace)
