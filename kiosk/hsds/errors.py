"""The one exception the importer and exporter raise for input they cannot use,
and reading an exported file as text, which raises it."""

from __future__ import annotations

from pathlib import Path


class HsdsError(Exception):
    """Input that cannot be imported or exported. The message is for people: it
    names the file (and line, or the place in the JSON) and says what to fix."""


def read_utf8(path: Path, label: str, max_bytes: int, export_as: str) -> str:
    """A directory export's file as text, or HsdsError naming `label` (and
    the line of a byte that is not UTF-8) and what to export instead."""
    try:
        if path.stat().st_size > max_bytes:
            raise HsdsError(f"{label}: the file is larger than {max_bytes // 2**20} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise HsdsError(f"{label}: cannot read the file: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise HsdsError(
            f"{label}:{line}: byte 0x{data[exc.start]:02x} is not UTF-8 text; "
            f"export {export_as} as UTF-8"
        ) from None
