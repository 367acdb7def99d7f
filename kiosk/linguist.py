"""Qt's translation tools (lupdate, lrelease), as staff tools run them. Qt-free.

PySide6 ships both programs inside its package folder; they are found there,
never on PATH (a system Qt's lrelease may be of another version and write
catalogues this kiosk's Qt reads differently). Found without importing
PySide6, so the installer and the validator stay Qt-free.

Only staff tools call this (validate, pack, install): a kiosk never compiles
a catalogue while it starts or while a visitor uses it.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Final

from kiosk.content.bundle_catalogues import bundle_catalogue_files
from kiosk.content.interface import KioskInterface
from kiosk.paths import english_catalogue

TOOL_TIMEOUT_S: Final = 60


class ToolMissing(Exception):
    """Qt's translation tool is not where PySide6 keeps it."""


def qt_tool(name: str) -> Path:
    """PySide6's own copy of the Qt tool `name` ("lrelease", "lupdate")."""
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in folders:
        for candidate in (Path(folder) / name, Path(folder) / f"{name}.exe"):
            if candidate.is_file():
                return candidate
    raise ToolMissing(f"{name} is not in the PySide6 package; reinstall PySide6-Essentials")


def compile_catalogue(ts: Path, qm: Path) -> None:
    """Compile a checked .ts into the .qm the kiosk loads. Raises ToolMissing,
    or ValueError with lrelease's own words when it refuses the file."""
    result = subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT_S,
        check=False,
    )
    if result.returncode != 0 or not qm.is_file():
        said = (result.stderr or result.stdout).strip().splitlines()
        raise ValueError(said[-1] if said else f"lrelease exit status {result.returncode}")


_PROBE: Final = (
    'from PySide6.QtCore import QCoreApplication\nQCoreApplication.translate("P", "%n", "", 2)\n'
)


@functools.cache
def plural_forms(language: str) -> int | None:
    """How many plural forms Qt's rules give `language` (a catalogue name such
    as "fr" or "zh_CN"): what lupdate writes for a new plural message. None
    when the tool cannot be run."""
    if not re.fullmatch(r"[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})*", language):
        return None
    try:
        lupdate = qt_tool("lupdate")
    except ToolMissing:
        return None
    with tempfile.TemporaryDirectory(prefix="kiosk-plural-") as tmp:
        source, ts = Path(tmp) / "probe.py", Path(tmp) / "probe.ts"
        source.write_text(_PROBE, encoding="utf-8")
        try:
            subprocess.run(
                [
                    str(lupdate),
                    "-silent",
                    str(source),
                    "-target-language",
                    language,
                    "-ts",
                    str(ts),
                ],
                capture_output=True,
                timeout=TOOL_TIMEOUT_S,
                check=True,
            )
            written = ts.read_text(encoding="utf-8")
        except (OSError, subprocess.SubprocessError):
            return None
    return written.count("<numerusform") or None


def kiosk_interface(
    shipped_catalogue: Callable[[str], str | None] | None = None,
    language_name: Callable[[str], str] = str,
) -> KioskInterface:
    """What the kiosk's own words exist in, for the validator: its English
    catalogue where this kiosk is installed, Qt's plural rules, and, from a
    caller that has Qt's locale rules, which shipped catalogue serves a code."""
    return KioskInterface(
        english=english_catalogue(),
        shipped_catalogue=shipped_catalogue,
        language_name=language_name,
        plural_forms=plural_forms,
    )


def compile_bundle_catalogues(folder: Path) -> list[Path]:
    """Compile each of a checked bundle's own catalogues (translations/kiosk_<x>.ts)
    into the .qm beside it, which the kiosk loads. Raises ToolMissing or ValueError."""
    written = []
    for ts in bundle_catalogue_files(folder).values():
        qm = ts.with_suffix(".qm")
        compile_catalogue(ts, qm)
        written.append(qm)
    return written
