"""Where the kiosk's bundle comes from, and reading it again: a preview
folder, the installed bundle in a content folder, or the built-in sample.
Qt-free."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.config import KioskConfig
from kiosk.content import LoadResult, load_bundle
from kiosk.paths import sample_bundle

log = logging.getLogger("kiosk")


@dataclass
class ContentSource:
    folder: Path | None = None  # a bundle folder given directly (preview, sample)
    content_dir: Path | None = None  # installed bundles (kiosk.updates)

    @classmethod
    def from_config(cls, config: KioskConfig, bundle_arg: str | None) -> ContentSource:
        if bundle_arg:
            return cls(folder=Path(bundle_arg))
        if config.bundle:
            return cls(folder=config.bundle)
        if config.content_dir:
            return cls(content_dir=config.content_dir)
        return cls(folder=sample_bundle())

    @property
    def installs(self) -> bool:
        return self.content_dir is not None

    def load(self, today: date | None = None) -> tuple[Path, LoadResult]:
        """The bundle to show now. From a content folder that has nothing
        loadable, the built-in sample (which says on every screen that it is
        sample content) rather than an empty kiosk."""
        if self.content_dir is not None:
            from kiosk.updates.current import load_current_bundle

            found = load_current_bundle(self.content_dir, today=today)
            if found is not None:
                return found
            log.warning("no loadable bundle installed in the content folder; showing the sample")
            folder = sample_bundle()
        else:
            folder = self.folder or sample_bundle()
        return folder, load_bundle(folder, today=today)
