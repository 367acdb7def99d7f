"""How big a packed bundle may be. A .kbundle arrives from a USB stick or a
shared folder, so it is read as hostile until its signature and hashes check
out, and even then it must not be able to fill the kiosk's disk (zip bombs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kiosk.content.loader import MAX_FILES, MAX_TOTAL_BYTES


@dataclass(frozen=True)
class Limits:
    # Stored (uncompressed) members are allowed, so the file may be as big as its contents.
    max_archive_bytes: int = MAX_TOTAL_BYTES + 8 * 2**20
    max_entries: int = MAX_FILES + 8  # the loader's file limit, plus manifest, signature, folders
    max_file_bytes: int = 16 * 2**20
    max_total_bytes: int = MAX_TOTAL_BYTES
    # YAML deflates 3-10x; a bomb is 1000x. Tiny files may compress oddly,
    # so the ratio is only judged above ratio_floor_bytes.
    max_ratio: int = 100
    ratio_floor_bytes: int = 64 * 2**10
    max_manifest_bytes: int = 4 * 2**20
    max_signature_bytes: int = 16 * 2**10


DEFAULT_LIMITS: Final = Limits()
