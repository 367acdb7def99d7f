"""Whether a file of a bundle really lies inside it, links followed."""

from __future__ import annotations

from pathlib import Path


def resolves_inside(path: Path, real_root: Path) -> bool:
    """True when `path`, every link followed, is inside `real_root` (itself
    already resolved). A link to nothing, or a loop of links, is not inside."""
    try:
        return path.resolve(strict=True).is_relative_to(real_root)
    except (OSError, RuntimeError):  # missing target, or a loop of links (3.11 raises RuntimeError)
        return False
