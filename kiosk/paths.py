"""Where the kiosk's shipped files are: the one module that knows the layout.

The repository keeps them at the top level, beside the package:

    resources/      fonts (with fonts.conf and their licences), icons, schema, sample bundle
    translations/   the .ts sources and the compiled .qm catalogues

An installed kiosk has them inside the package, as kiosk/resources/ and
kiosk/translations/ (pyproject.toml maps the two folders into it when the
wheel is built). A checkout, whether run in place or installed editable, has
them beside the package. So each is looked for inside the package first, then
beside it: inside first, because beside an installed package is
site-packages, where another distribution could have put a folder of the same
name. The package is installed as plain files (never zipped), so these are
real folders.
"""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def package_resources() -> Path:
    """Fonts, fonts.conf, icons, schema and the sample bundle."""
    return _shipped("resources")


def translations_dir() -> Path:
    """The kiosk's compiled catalogues, kiosk_<lang>.qm."""
    return _shipped("translations")


def shipped_catalogues(folder: Path | None = None) -> frozenset[str]:
    """The interface languages the kiosk ships, as catalogue names ("es",
    "zh_CN"): one per compiled catalogue kiosk_<name>.qm, so adding a
    catalogue file is all it takes for the kiosk and its validator to know it."""
    return catalogues_in(folder or translations_dir(), "kiosk")


@functools.cache
def catalogues_in(folder: Path, prefix: str) -> frozenset[str]:
    """The locale parts of `<prefix>_<locale>.qm` files in a folder (the
    kiosk's own, or Qt's qtbase_*)."""
    if not folder.is_dir():
        return frozenset()
    start = prefix + "_"
    return frozenset(
        path.stem[len(start) :] for path in folder.glob(f"{start}*.qm") if path.is_file()
    )


def english_catalogue() -> Path:
    """The kiosk's English catalogue source: every message it asks for."""
    return translations_dir() / "kiosk_en.ts"


def sample_bundle() -> Path:
    return package_resources() / "bundles" / "ofallon-mo"


def fonts_dir() -> Path:
    return package_resources() / "fonts"


def fonts_conf() -> Path:
    return package_resources() / "fonts.conf"


def icons_dir() -> Path:
    return package_resources() / "icons"


def schema_dir() -> Path:
    return package_resources() / "schema"


def compiled_sample() -> Path:
    """The sample bundle compiled (scripts/compile_sample.py), beside its folder."""
    from kiosk.content.compiled import compiled_path

    return compiled_path(sample_bundle())
