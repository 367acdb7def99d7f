"""Where the kiosk's bundle comes from, and reading it again: a preview
folder, the installed bundle in a content folder, or the built-in sample
(only for a kiosk started without any config). Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.config import KioskConfig
from kiosk.content import LoadResult, load_bundle
from kiosk.content.findings import Findings, Pos
from kiosk.paths import sample_bundle


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
        loadable: no bundle, and a finding that says why (the kiosk shows
        "not ready"). Never the sample in its place: a kiosk set up for one
        site must not show another site's services."""
        if self.content_dir is not None:
            from kiosk.updates.current import current_bundle_path, load_current_bundle

            found = load_current_bundle(self.content_dir, today=today)
            if found is not None:
                return found
            return self.content_dir, self._nothing_loadable(current_bundle_path(self.content_dir))
        folder = self.folder or sample_bundle()
        return folder, load_bundle(folder, today=today)

    def _nothing_loadable(self, installed: Path | None) -> LoadResult:
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
            broken = load_bundle(installed).errors
            first = f": {broken[0]}" if broken else ""
            findings.error(
                where,
                "installed-bundle-broken",
                f"the installed bundle {installed} cannot be loaded{first}",
            )
        return LoadResult(None, findings.items)
