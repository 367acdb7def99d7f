"""Which file names a bundle archive may hold: relative, plain, forward-slash
paths that cannot point anywhere outside the folder they are unpacked into,
on Linux or anywhere else the archive is opened (zip-slip)."""

from __future__ import annotations

from typing import Final

MAX_PATH_CHARS: Final = 240
MAX_DEPTH: Final = 8


def path_problem(path: str) -> str | None:
    """Why `path` is not a safe archive member name, or None when it is."""
    if not path:
        return "an empty name"
    if len(path) > MAX_PATH_CHARS:
        return f"longer than {MAX_PATH_CHARS} characters"
    if any(ord(c) < 32 or ord(c) == 127 for c in path):
        return "a control character in the name"
    if "\\" in path:
        return "a backslash (a Windows path)"
    if ":" in path:
        return "a colon (a drive letter or a stream name)"
    if path.startswith("/"):
        return "an absolute path"
    parts = path.split("/")
    if len(parts) > MAX_DEPTH:
        return f"more than {MAX_DEPTH} folders deep"
    for part in parts:
        if part in ("", ".", ".."):
            return "an empty, '.' or '..' part"
        if part.startswith("."):
            return "a hidden name (starting with '.')"
        if part != part.strip():
            return "a name starting or ending with a space"
    return None
