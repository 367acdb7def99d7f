"""File-system moves that stay whole when the process dies or the power goes.

A staff install writes inside the content folder only (its staging files,
pointers and status); nothing here runs during a visitor's session.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final

try:  # POSIX; the lock is advisory and the kernel drops it when the process dies
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

TMP_SUFFIX: Final = ".tmp"
LOCK_NAME: Final = ".install.lock"
TRASH: Final = "trash"


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in `path` survive a power cut."""
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(
    path: Path, data: bytes, *, before_replace: Callable[[], None] | None = None
) -> None:
    """Replace `path` with `data` in one step: readers see the old file or the
    new one, never a mix. The temporary name is hidden and in the same folder
    (os.replace is atomic only within one file system)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{TMP_SUFFIX}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def remove_stale_temp_files(folder: Path) -> None:
    """Temporary files left by a write that was cut short."""
    for leftover in folder.glob(f".*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def discard(content_dir: Path, path: Path) -> None:
    """Delete a folder so that a crash halfway leaves no half-deleted folder
    where a whole one is expected: first move it to trash/ (atomic), then delete."""
    trash = content_dir / TRASH
    trash.mkdir(exist_ok=True)
    doomed = trash / f"{path.name}.{secrets.token_hex(4)}"
    os.rename(path, doomed)
    shutil.rmtree(doomed, ignore_errors=True)


def empty_folder(folder: Path) -> None:
    """Delete everything in `folder` (leftovers of installs that were cut short)."""
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()


class Busy(Exception):
    """Another install or rollback holds the content folder."""


@contextlib.contextmanager
def install_lock(content_dir: Path) -> Iterator[None]:
    """One install or rollback at a time per content folder (the inbox watcher
    and a staff member at a terminal could otherwise collide)."""
    if fcntl is None:  # pragma: no cover
        yield
        return
    fd = os.open(content_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy from None
        yield
    finally:
        os.close(fd)
