"""Which installed bundle the kiosk shows, and loading it.

`load_shown_bundle` is the one place that decides: the kiosk loads its bundle
through it (`load_current_bundle`) and `kiosk status` and the staff panel
report through it, so they can never disagree about what is on screen.

Kept apart from the installer so that starting the kiosk reads two small
pointer files and the bundle, without importing the signature, archive and
install code (and the cryptography library) that only an update needs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from kiosk.content import LoadResult, load_bundle
from kiosk.updates.pointers import Pointer, read_pointers, version_dir

CURRENT_ROLE: Final = "current"
PREVIOUS_ROLE: Final = "previous"


@dataclass(frozen=True)
class PointedBundle:
    """Which installed version the pointers choose, on disk (what the kiosk
    runs is a kiosk.content.on_show.ShownBundle)."""

    pointer: Pointer
    role: str  # CURRENT_ROLE, or PREVIOUS_ROLE when `current` is missing, garbled or broken
    folder: Path
    result: LoadResult  # result.bundle is not None


def current_bundle_path(content_dir: str | os.PathLike[str]) -> Path | None:
    """The folder of the bundle the kiosk should show: `current`, else the
    rollback target, else None. Cheap (two small reads); never raises."""
    content = Path(content_dir)
    first = read_pointers(content).shown_first()
    return version_dir(content, first[0].dir) if first else None


def load_shown_bundle(
    content_dir: str | os.PathLike[str], *, today: date | None = None
) -> PointedBundle | None:
    """The bundle the kiosk shows from `content_dir`: `current`, or the
    rollback target if `current` is missing, garbled or no longer loads (a
    damaged disk); None when neither loads."""
    content = Path(content_dir)
    pointers = read_pointers(content)
    for pointer in pointers.shown_first():
        folder = version_dir(content, pointer.dir)
        result = load_bundle(folder, today=today)
        if result.bundle is not None:
            role = CURRENT_ROLE if pointer is pointers.current else PREVIOUS_ROLE
            return PointedBundle(pointer, role, folder, result)
    return None


def load_current_bundle(
    content_dir: str | os.PathLike[str], *, today: date | None = None
) -> tuple[Path, LoadResult] | None:
    """The folder and loaded bundle the kiosk shows (see load_shown_bundle)."""
    shown = load_shown_bundle(content_dir, today=today)
    return None if shown is None else (shown.folder, shown.result)
