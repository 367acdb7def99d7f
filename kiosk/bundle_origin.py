"""Where the kiosk's bundle comes from, and reading it again: a preview
folder, the installed bundle in a content folder, or the built-in sample
(only for a kiosk started without any config). Qt-free.

Installed bundles and the sample are read from their compiled forms
(kiosk.content.compiled); a folder given to preview is read as YAML, since
an editor wants to see what they just wrote.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import KioskConfig
from kiosk.content.compiled import CompiledResult, read_compiled, sample_source_digest
from kiosk.content.findings import Findings, Pos
from kiosk.paths import compiled_sample, fonts_dir, sample_bundle

if TYPE_CHECKING:
    from kiosk.content import LoadResult

log = logging.getLogger("kiosk")


@dataclass
class ContentSource:
    folder: Path | None = None  # a bundle folder given directly (preview, sample)
    content_dir: Path | None = None  # installed bundles (kiosk.updates)
    sample: bool = False  # `folder` is the built-in sample, shipped compiled

    @classmethod
    def from_config(cls, config: KioskConfig, bundle_arg: str | None) -> ContentSource:
        if bundle_arg:
            return cls(folder=Path(bundle_arg))
        if config.bundle:
            return cls(folder=config.bundle)
        if config.content_dir:
            return cls(content_dir=config.content_dir)
        return cls(folder=sample_bundle(), sample=True)

    @property
    def installs(self) -> bool:
        return self.content_dir is not None

    def load(self, today: date | None = None) -> tuple[Path, LoadResult | CompiledResult]:
        """The bundle to show now. From a content folder that has nothing
        loadable: no bundle, and a finding that says why (the kiosk shows
        "not ready"). Never the sample in its place: a kiosk set up for one
        site must not show another site's services."""
        if self.content_dir is not None:
            from kiosk.updates.current import current_bundle_path, load_current_bundle

            found = load_current_bundle(self.content_dir, today=today)
            if found is not None:
                return found
            return self.content_dir, self.nothing_loadable(current_bundle_path(self.content_dir))
        folder = self.folder or sample_bundle()
        if self.folder is None or self.sample:
            compiled = load_compiled_sample(folder, today)
            if compiled is not None:
                return folder, compiled
        from kiosk.content import load_bundle  # YAML and phone numbers: only here

        return folder, load_bundle(folder, today=today, shipped_fonts=fonts_dir())

    def nothing_loadable(self, installed: Path | None) -> LoadResult:
        """What a content folder with no bundle that loads says: why, as one
        finding (for an installed bundle that is broken, its first error)."""
        from kiosk.content import LoadResult, load_bundle

        findings = Findings()
        where = Pos(str(self.content_dir))
        if installed is None:
            findings.error(
                where,
                "nothing-installed",
                f"no bundle is installed in {self.content_dir}; install one with "
                "`kiosk install FILE --content-dir` or through the inbox",
            )
        else:
            broken = load_bundle(installed, shipped_fonts=fonts_dir()).errors
            first = f": {broken[0]}" if broken else ""
            findings.error(
                where,
                "installed-bundle-broken",
                f"the installed bundle {installed} cannot be loaded{first}",
            )
        return LoadResult(None, findings.items)


def load_compiled_sample(folder: Path, today: date | None) -> CompiledResult | None:
    """The sample as shipped compiled (scripts/compile_sample.py), if it was
    compiled from the YAML beside it by this kiosk; None (and a line in the
    journal) otherwise, and the caller checks the YAML in full."""
    try:
        digest = sample_source_digest(folder)
    except OSError:
        return None
    compiled = read_compiled(compiled_sample(), source=digest, today=today)
    if isinstance(compiled, CompiledResult):
        return compiled
    log.warning("%s: %s; the sample's YAML was checked instead", compiled_sample(), compiled)
    return None
