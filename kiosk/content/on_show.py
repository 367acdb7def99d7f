"""`ShownBundle`: the one value for a bundle the kiosk shows, Qt-free.

Everything that belongs to the bundle on screen travels together, so no part
of the kiosk keeps its own copy that could fall out of step: the model the
screens read, the folder it came from, the font files it brings (listed
once, where the bundle was read) and what the loader found, for staff. The
session takes one up at a reset; the fonts and the cover follow from it.

(Not to be confused with `kiosk.updates.current.PointedBundle`: which
installed version the content folder's pointers choose, on disk.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.findings import Finding, Findings
from kiosk.content.model import Bundle, Cover

if TYPE_CHECKING:
    from kiosk.content.compiled import CompiledResult
    from kiosk.content.loader import LoadResult


@dataclass(frozen=True, eq=False)  # one object per load: compared by identity
class ShownBundle:
    model: Bundle
    folder: Path | None = None  # None for a bundle built in memory (tests)
    fonts: tuple[Path, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def cover(self) -> Cover:
        """What the cover screen shows for this bundle."""
        return self.model.cover

    @classmethod
    def loaded(cls, folder: Path, result: LoadResult | CompiledResult) -> ShownBundle:
        """A bundle that loaded without errors, with its fonts found now
        (a few directory reads: call it where the bundle was loaded)."""
        from kiosk.content.bundle_fonts import bundle_font_files

        if result.bundle is None:
            raise ValueError("only a bundle that loaded without errors can be shown")
        fonts = tuple(bundle_font_files(folder, Findings()))
        return cls(result.bundle, folder, fonts, tuple(result.findings))
