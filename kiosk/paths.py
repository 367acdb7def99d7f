"""Where the files shipped inside the package live once installed."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def package_resources() -> Path:
    # The package is installed as plain files (never zipped), so this is a real folder.
    return Path(str(resources.files("kiosk") / "resources"))


def sample_bundle() -> Path:
    return package_resources() / "bundles" / "ofallon-mo"


def fonts_dir() -> Path:
    return package_resources() / "fonts"


def compiled_sample() -> Path:
    """The sample bundle compiled (scripts/compile_sample.py), beside its folder."""
    from kiosk.content.compiled import compiled_path

    return compiled_path(sample_bundle())
