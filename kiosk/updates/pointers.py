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

Two files cannot change in one step, so `current` also carries the rollback
target it replaced (`rollback_to`): an install or rollback switches both
facts with one os.replace, then writes `previous` to match. A process killed
between the two writes still has its rollback target (`read_pointers`), and
`previous` alone serves when `current` is garbled.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Final

from kiosk.content.ids import ID_PATTERN
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
    # In `current` only: the bundle to roll back to (itself without one).
    rollback_to: Pointer | None = None

    @staticmethod
    def dir_name(bundle_id: str, version: int) -> str:
        return f"{bundle_id}-{version}"

    def replacing(self, shown_before: Pointer | None) -> Pointer:
        """This pointer as the new `current`, keeping what it replaces as the
        rollback target (one level deep: no chain of old versions)."""
        target = None if shown_before is None else replace(shown_before, rollback_to=None)
        return replace(self, rollback_to=target)

    def to_bytes(self) -> bytes:
        # ASCII escapes: whatever a pointer read from disk held, it writes back.
        return (json.dumps(asdict(self), indent=2) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, data: bytes) -> Pointer | None:
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        pointer = cls.from_json(raw)
        if pointer is not None and isinstance(raw, dict):
            # A garbled rollback target is no target; `previous` serves then.
            pointer = replace(pointer, rollback_to=cls.from_json(raw.get("rollback_to")))
        return pointer

    @classmethod
    def from_json(cls, raw: Any) -> Pointer | None:
        """The pointer in `raw` without its rollback target, or None."""
        try:
            # Unknown keys are ignored, so a pointer written by a newer kiosk
            # version still reads here.
            pointer = cls(**{name: raw[name] for name in _REQUIRED})
        except (TypeError, KeyError):
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


_REQUIRED: Final = ("dir", "bundle_id", "version", "manifest_sha256", "installed_at", "source")


@dataclass(frozen=True)
class Pointers:
    """What the installed bundles are: `current` as it reads (None when it is
    missing or garbled) and the rollback target (`previous`)."""

    current: Pointer | None
    previous: Pointer | None

    def shown_first(self) -> tuple[Pointer, ...]:
        """The kiosk's choice, in order: `current`, else the rollback target."""
        return tuple(p for p in (self.current, self.previous) if p is not None)


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
    if not _has_bundle(content_dir, pointer):
        return None
    return pointer


def read_pointers(content_dir: Path) -> Pointers:
    """`current`, and the rollback target: the one `current` carries when its
    folder is there, else the `previous` file; never the folder `current`
    names. Never raises."""
    current = read_pointer(content_dir, CURRENT)
    carried = current.rollback_to if current is not None else None
    if carried is not None and _has_bundle(content_dir, carried):
        previous: Pointer | None = carried
    else:
        previous = read_pointer(content_dir, PREVIOUS)
    if previous is not None and current is not None and previous.dir == current.dir:
        previous = None
    return Pointers(current, previous)


def _has_bundle(content_dir: Path, pointer: Pointer) -> bool:
    return (version_dir(content_dir, pointer.dir) / "bundle.yaml").is_file()


def write_pointer(
    content_dir: Path,
    name: str,
    pointer: Pointer,
    *,
    before_replace: Callable[[], None] | None = None,
) -> None:
    atomic_write(content_dir / name, pointer.to_bytes(), before_replace=before_replace)
