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
    # The bundle's own interface catalogues the install compiled, as
    # (catalogue name, .qm file) pairs (kiosk.content.interface).
    catalogues: tuple[tuple[str, Path], ...] = ()
    # How many texts each language has; empty when not known (built in memory).
    texts_by_language: tuple[tuple[str, int], ...] = ()

    def partly_in_default(self, language: str) -> bool:
        """Whether some of the bundle's texts lack `language`, so a visitor
        choosing it reads part of the content in the default language."""
        counts = dict(self.texts_by_language)
        total = counts.get(self.model.default_language)
        return total is not None and counts.get(language, 0) < total

    @property
    def cover(self) -> Cover:
        """What the cover screen shows for this bundle."""
        return self.model.cover

    @classmethod
    def loaded(cls, folder: Path, result: LoadResult | CompiledResult) -> ShownBundle:
        """A bundle that loaded without errors, with its fonts found now
        (a few directory reads: call it where the bundle was loaded)."""
        from kiosk.content.bundle_catalogues import compiled_catalogues
        from kiosk.content.bundle_fonts import bundle_font_files

        if result.bundle is None:
            raise ValueError("only a bundle that loaded without errors can be shown")
        fonts = tuple(bundle_font_files(folder, Findings()))
        return cls(
            result.bundle,
            folder,
            fonts,
            tuple(result.findings),
            tuple(sorted(compiled_catalogues(folder).items())),
            tuple(sorted(result.texts_by_language.items())),
        )
