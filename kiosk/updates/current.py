"""Which installed bundle the kiosk shows, and loading it.

Kept apart from the installer so that starting the kiosk reads two small
pointer files and the bundle, without importing the signature, archive and
install code (and the cryptography library) that only an update needs.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from kiosk.content import LoadResult, load_bundle
from kiosk.updates.pointers import CURRENT, PREVIOUS, read_pointer, version_dir


def current_bundle_path(content_dir: str | os.PathLike[str]) -> Path | None:
    """The folder of the bundle the kiosk should show: `current`, else
    `previous`, else None. Cheap (two small reads); never raises."""
    content = Path(content_dir)
    for name in (CURRENT, PREVIOUS):
        pointer = read_pointer(content, name)
        if pointer is not None:
            return version_dir(content, pointer.dir)
    return None


def load_current_bundle(
    content_dir: str | os.PathLike[str], *, today: date | None = None
) -> tuple[Path, LoadResult] | None:
    """Like current_bundle_path, but also loads it, and falls back to
    `previous` if the current folder no longer loads (a damaged disk)."""
    content = Path(content_dir)
    for name in (CURRENT, PREVIOUS):
        pointer = read_pointer(content, name)
        if pointer is None:
            continue
        folder = version_dir(content, pointer.dir)
        result = load_bundle(folder, today=today)
        if result.bundle is not None:
            return folder, result
    return None
