"""Which installed bundle the kiosk shows, and loading it.

`load_shown_bundle` is the one place that decides: the kiosk loads its bundle
through it (`load_current_bundle`) and `kiosk status` and the staff panel
report through it, so they can never disagree about what is on screen.

A version folder is read from its compiled form (kiosk.content.compiled),
written when it was installed: no YAML, no phone numbers, no rules before the
first frame. When that form is missing or does not match the installed
bundle (another kiosk version wrote it, it was edited, cut short or copied
from another folder), the folder's YAML is loaded and checked in full, as
every start did before compiled forms: slower, never less checked. Refusing
instead would put "not ready" or an older bundle with older phone numbers in
front of visitors because of a file that `kiosk compile` rebuilds in seconds.
`ShownBundle.not_compiled` says why, for `kiosk status` and the journal.

Kept apart from the installer so that starting the kiosk reads two small
pointer files and the compiled bundle, without importing the signature,
archive and install code (and the cryptography library) that only an update
needs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from kiosk.content.compiled import CompiledResult, NotUsable, compiled_path, read_compiled
from kiosk.paths import fonts_dir
from kiosk.updates.pointers import Pointer, read_pointers, version_dir

if TYPE_CHECKING:
    from kiosk.content import LoadResult

CURRENT_ROLE: Final = "current"
PREVIOUS_ROLE: Final = "previous"


@dataclass(frozen=True)
class PointedBundle:
    """Which installed version the pointers choose, on disk (what the kiosk
    runs is a kiosk.content.on_show.ShownBundle)."""

    pointer: Pointer
    role: str  # CURRENT_ROLE, or PREVIOUS_ROLE when `current` is missing, garbled or broken
    folder: Path
    result: LoadResult | CompiledResult  # result.bundle is not None
    # Why the folder's YAML was loaded rather than its compiled form; None
    # when the compiled form was used.
    not_compiled: NotUsable | None = None


def current_bundle_path(content_dir: str | os.PathLike[str]) -> Path | None:
    """The folder of the bundle the kiosk should show: `current`, else the
    rollback target, else None. Cheap (two small reads); never raises."""
    content = Path(content_dir)
    first = read_pointers(content).shown_first()
    return version_dir(content, first[0].dir) if first else None


def load_installed(
    folder: Path, pointer: Pointer, *, today: date | None = None
) -> tuple[LoadResult | CompiledResult, NotUsable | None]:
    """One installed version: its compiled form when that matches the signed
    manifest `pointer` names and this kiosk, else its YAML loaded in full
    (with the reason the compiled form was not used)."""
    compiled = read_compiled(compiled_path(folder), source=pointer.manifest_sha256, today=today)
    if isinstance(compiled, CompiledResult):
        return compiled, None
    from kiosk.content import load_bundle

    return load_bundle(folder, today=today, shipped_fonts=fonts_dir()), compiled


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
        result, not_compiled = load_installed(folder, pointer, today=today)
        if result.bundle is not None:
            role = CURRENT_ROLE if pointer is pointers.current else PREVIOUS_ROLE
            return PointedBundle(pointer, role, folder, result, not_compiled)
    return None


def load_current_bundle(
    content_dir: str | os.PathLike[str], *, today: date | None = None
) -> tuple[Path, LoadResult | CompiledResult] | None:
    """The folder and loaded bundle the kiosk shows (see load_shown_bundle)."""
    shown = load_shown_bundle(content_dir, today=today)
    if shown is None:
        return None
    if shown.not_compiled is not None:
        import logging

        logging.getLogger("kiosk").warning(
            "%s: %s; its YAML was checked in full instead (slower); "
            "staff can rebuild it with `kiosk compile`",
            compiled_path(shown.folder),
            shown.not_compiled,
        )
    return shown.folder, shown.result
