"""The interface catalogues a bundle brings in its `translations/` folder.

Apart from the checks (kiosk.content.interface) because the kiosk lists a
bundle's compiled catalogues each time it shows one, and that must not bring
the XML reader and the glyph check.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from kiosk.content.confined import resolves_inside
from kiosk.content.findings import Findings, Pos, is_utf8_name, shown_name

INTERFACE_FOLDER: Final = "translations"
CATALOGUE_PREFIX: Final = "kiosk_"
MAX_CATALOGUES: Final = 40
# A Qt placeholder or a named one filled by str.format (translations/README.md):
# what a translation must keep exactly.
PLACEHOLDER: Final = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")
CATALOGUE_NAME: Final = re.compile(r"kiosk_([A-Za-z]{2,3}(?:_[A-Za-z0-9]{2,8})*)\.ts")


def catalogue_name(code: str) -> str:
    """The catalogue name of a bundle language code: "pt-BR" -> "pt_BR"."""
    return code.replace("-", "_")


def bundle_catalogue_files(root: Path, findings: Findings | None = None) -> dict[str, Path]:
    """The bundle's own catalogues by name ({"fr": .../translations/kiosk_fr.ts}).
    Other files in the folder are reported (when `findings` is given) and left out."""
    report = findings if findings is not None else Findings()
    base = root / INTERFACE_FOLDER
    if not base.is_dir():
        return {}
    real_root = root.resolve()
    if not resolves_inside(base, real_root):
        report.error(
            Pos(INTERFACE_FOLDER),
            "path-escape",
            "this folder links outside the bundle; copy the catalogues in instead",
        )
        return {}
    found: dict[str, Path] = {}
    try:
        entries = sorted(base.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        report.error(
            Pos(INTERFACE_FOLDER), "unreadable-file", f"cannot read: {exc.strerror or exc}"
        )
        return {}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if not is_utf8_name(entry.name):
            report.error(
                Pos(f"{INTERFACE_FOLDER}/{shown_name(entry.name)}"),
                "bad-file-name",
                "this file name is not UTF-8 text; rename it",
            )
            continue
        rel = f"{INTERFACE_FOLDER}/{entry.name}"
        match = CATALOGUE_NAME.fullmatch(entry.name)
        if entry.suffix == ".qm":
            continue  # compiled by the install from the .ts beside it; never packed
        if match is None:
            report.warning(
                Pos(rel),
                "ignored-file",
                "only interface catalogues named kiosk_<language>.ts are read here "
                "(kiosk_fr.ts, kiosk_pt_BR.ts); rename it or remove it",
            )
            continue
        if not resolves_inside(entry, real_root):
            report.error(Pos(rel), "path-escape", "this file links outside the bundle; copy it in")
        elif not entry.is_file():
            report.error(Pos(rel), "not-a-file", "this is not a regular file; remove it")
        else:
            found[match.group(1)] = entry
    if len(found) > MAX_CATALOGUES:
        report.error(
            Pos(INTERFACE_FOLDER),
            "too-many-files",
            f"{len(found)} interface catalogues, more than {MAX_CATALOGUES}",
        )
        return {}
    return found


def compiled_catalogues(root: Path) -> dict[str, Path]:
    """The bundle's catalogues that the install compiled ({"fr": .../kiosk_fr.qm}):
    a .qm counts only beside the .ts it was made from."""
    return {
        name: ts.with_suffix(".qm")
        for name, ts in bundle_catalogue_files(root).items()
        if ts.with_suffix(".qm").is_file()
    }
