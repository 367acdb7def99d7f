"""The font files a bundle brings in its `fonts/` folder.

Apart from the glyph check (kiosk.content.glyphs) because the kiosk lists a
bundle's fonts each time it shows one, and that must not bring the YAML
reader the glyph check is built on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from kiosk.content.confined import resolves_inside
from kiosk.content.findings import Findings, Pos, is_utf8_name, shown_name

FONT_SUFFIXES: Final = (".ttf", ".otf")
BUNDLE_FONTS_FOLDER: Final = "fonts"
MAX_BUNDLE_FONTS: Final = 20


def bundle_font_files(root: Path, findings: Findings) -> list[Path]:
    """The fonts in the bundle's `fonts/` folder. Other files there (licences)
    are left alone; fonts that would lead outside the bundle are refused."""
    base = root / BUNDLE_FONTS_FOLDER
    if not base.is_dir():
        return []
    real_root = root.resolve()
    if not resolves_inside(base, real_root):
        findings.error(
            Pos(BUNDLE_FONTS_FOLDER),
            "path-escape",
            "this folder links outside the bundle; copy the fonts in instead",
        )
        return []
    try:
        entries = sorted(base.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        findings.error(
            Pos(BUNDLE_FONTS_FOLDER), "unreadable-file", f"cannot read: {exc.strerror or exc}"
        )
        return []
    found: list[Path] = []
    for entry in entries:
        if entry.name.startswith(".") or entry.suffix.lower() not in FONT_SUFFIXES:
            continue
        if not is_utf8_name(entry.name):
            findings.error(
                Pos(f"{BUNDLE_FONTS_FOLDER}/{shown_name(entry.name)}"),
                "bad-file-name",
                "this file name is not UTF-8 text; rename it",
            )
            continue
        rel = f"{BUNDLE_FONTS_FOLDER}/{entry.name}"
        if not resolves_inside(entry, real_root):
            findings.error(
                Pos(rel), "path-escape", "this font links outside the bundle; copy it in instead"
            )
        elif not entry.is_file():
            findings.error(Pos(rel), "not-a-file", "this is not a regular file; remove it")
        else:
            found.append(entry)
    if len(found) > MAX_BUNDLE_FONTS:
        findings.error(
            Pos(BUNDLE_FONTS_FOLDER),
            "too-many-fonts",
            f"{len(found)} fonts, more than {MAX_BUNDLE_FONTS}; keep the ones the texts need",
        )
        return []
    return found
