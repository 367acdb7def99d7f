"""The inbox watcher: the one Qt part of kiosk.updates.

Staff (or a sync tool) drop a .kbundle into the inbox folder: a USB stick, a
shared folder, a folder kept by Syncthing or rsync. When a file's size and
modification time have stayed the same for a while (a copy has finished),
the watcher installs it on a worker thread, never the GUI thread, and emits
`installed` or `refused`. With `installed` comes `ready`: the bundle as the
install validated it, with its fonts listed, made on the worker, so the GUI
thread never loads it again. The kiosk applies a new bundle at its next
session reset; that is kiosk.app's business, not this module's.

The watcher never writes, renames or deletes anything in the inbox: it may be
read-only, and the same stick may serve several kiosks. It remembers what it
has handled (name, size, mtime) in memory only.

QFileSystemWatcher misses events on some mounts (USB sticks, network
shares, sync tools that write elsewhere and rename), so a slow poll backs it up.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

from kiosk.content.on_show import ShownBundle
from kiosk.shown import shown
from kiosk.updates.errors import Refused
from kiosk.updates.installer import InstallBusy, Installed, install, load_trusted_keys
from kiosk.updates.status import record_refusal

SUFFIX: Final = ".kbundle"

FileKey = tuple[str, int, int]  # name, size, mtime in ns


@dataclass
class _Seen:
    key: FileKey
    since: float  # clock reading when the file last changed


class _InstallWorker(QObject):
    """Lives on the worker thread; one install at a time."""

    done = Signal(str, object, object)  # path, Installed | Refused, ShownBundle | None

    def __init__(self, content_dir: Path, trusted_keys: Sequence[Path]) -> None:
        super().__init__()
        self._content_dir = content_dir
        self._trusted_keys = tuple(trusted_keys)

    @Slot(str)
    def run(self, path: str) -> None:
        outcome: Installed | Refused
        shown_bundle: ShownBundle | None = None
        try:
            try:
                keys = load_trusted_keys(self._trusted_keys)
            except Refused as refusal:  # the config's fault, but staff must see it
                record_refusal(self._content_dir, refusal.reason, Path(path).name)
                raise
            outcome = install(path, self._content_dir, keys)
        except Refused as refusal:
            outcome = refusal
        except Exception as exc:  # a bug must not kill the thread or the kiosk
            outcome = Refused(
                f"the install failed unexpectedly ({type(exc).__name__}); the current bundle is "
                "unchanged"
            )
        if isinstance(outcome, Installed) and outcome.result is not None:
            # Here, not on the GUI thread: listing the bundle's fonts reads the disk.
            shown_bundle = ShownBundle.loaded(outcome.path, outcome.result)
        self.done.emit(path, outcome, shown_bundle)


class InboxWatcher(QObject):
    """Call start() once the event loop runs and stop() before the application
    quits (stop() joins the worker thread)."""

    installed = Signal(str, int)  # bundle id, version: show it at the next session reset
    ready = Signal(object)  # the installed ShownBundle, right after `installed`
    refused = Signal(str)  # one line for the staff panel (also in status.json)
    unchanged = Signal(str, int)  # the file holds a bundle that is already installed

    _install_requested = Signal(str)

    def __init__(
        self,
        inbox: str | os.PathLike[str],
        content_dir: str | os.PathLike[str],
        trusted_keys: Sequence[str | os.PathLike[str]],
        *,
        stable_ms: int = 2000,
        poll_ms: int = 15000,
        notifications: bool = True,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.inbox = Path(inbox)
        self._stable_s = stable_ms / 1000
        self._clock = clock
        self._done: set[FileKey] = set()
        self._pending: dict[str, _Seen] = {}
        self._running: str | None = None

        self._fs: QFileSystemWatcher | None = None
        if notifications:
            self._fs = QFileSystemWatcher(self)
            self._fs.directoryChanged.connect(self.rescan)
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.rescan)
        # Checks pending files until they settle; idle when nothing is pending.
        self._settle = QTimer(self)
        self._settle.setInterval(max(50, min(500, stable_ms // 4)))
        self._settle.timeout.connect(self._start_settled)

        self._thread = QThread(self)
        self._thread.setObjectName("kiosk-install")
        self._worker = _InstallWorker(Path(content_dir), [Path(k) for k in trusted_keys])
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._install_requested.connect(self._worker.run)
        self._worker.done.connect(self._on_done)

    def start(self) -> None:
        self._thread.start()
        self._poll.start()
        self.rescan()

    def stop(self) -> None:
        """Stop watching; waits for an install under way to finish."""
        self._poll.stop()
        self._settle.stop()
        if self._fs is not None and self._fs.directories():
            self._fs.removePaths(self._fs.directories())
        self._thread.quit()
        self._thread.wait()

    @property
    def busy(self) -> bool:
        return self._running is not None

    def pending_files(self) -> list[str]:
        """Files seen but not yet handled (still being copied, or queued)."""
        return sorted(self._pending)

    @Slot()
    def rescan(self) -> None:
        self._watch_inbox()
        now = self._clock()
        present: dict[str, FileKey] = {}
        for name, key in self._list_inbox():
            present[name] = key
            if key in self._done:
                continue
            seen = self._pending.get(name)
            if seen is None or seen.key != key:
                self._pending[name] = _Seen(key, now)
        for name in list(self._pending):
            if name not in present or present[name] in self._done:
                del self._pending[name]
        if self._pending and not self._settle.isActive():
            self._settle.start()
        self._start_settled()

    def _watch_inbox(self) -> None:
        # The folder may appear later (a stick plugged in) or be replaced
        # (a remount): re-add it whenever it is not watched.
        fs = self._fs
        if fs is not None and self.inbox.is_dir() and str(self.inbox) not in fs.directories():
            fs.addPath(str(self.inbox))

    def _list_inbox(self) -> list[tuple[str, FileKey]]:
        try:
            entries = list(os.scandir(self.inbox))
        except OSError:
            return []
        found = []
        for entry in entries:
            if entry.name.startswith(".") or not entry.name.endswith(SUFFIX):
                continue
            try:
                if not entry.is_file():
                    continue
                info = entry.stat()
            except OSError:
                continue
            found.append((entry.name, (entry.name, info.st_size, info.st_mtime_ns)))
        return found

    @Slot()
    def _start_settled(self) -> None:
        if not self._pending:
            self._settle.stop()
            return
        if self._running is not None:
            return
        now = self._clock()
        settled = [s for s in self._pending.values() if now - s.since >= self._stable_s]
        if not settled:
            return
        # Oldest first, so v3 then v4 rather than v4 and a refusal for v3.
        first = min(settled, key=lambda s: (s.key[2], s.key[0]))
        self._running = first.key[0]
        self._install_requested.emit(str(self.inbox / first.key[0]))

    @Slot(str, object, object)
    def _on_done(self, path: str, outcome: object, shown_bundle: object) -> None:
        name = Path(path).name
        self._running = None
        seen = self._pending.pop(name, None)
        if isinstance(outcome, InstallBusy):
            if seen is not None:  # someone else is installing; try again later
                self._pending[name] = _Seen(seen.key, self._clock())
        elif seen is not None and self._still_there(seen.key):
            # Only remember a file that is still there unchanged: one that
            # vanished mid-read (a stick pulled out) is tried again if it returns.
            self._done.add(seen.key)
        if isinstance(outcome, Installed):
            if outcome.already_installed:
                self.unchanged.emit(outcome.bundle_id, outcome.version)
            else:
                self.installed.emit(outcome.bundle_id, outcome.version)
                if shown_bundle is not None:
                    self.ready.emit(shown_bundle)
        elif isinstance(outcome, Refused) and not isinstance(outcome, InstallBusy):
            self.refused.emit(shown(f"{name}: {outcome.reason}"))
        self._start_settled()

    def _still_there(self, key: FileKey) -> bool:
        try:
            info = (self.inbox / key[0]).stat()
        except OSError:
            return False
        return (key[0], info.st_size, info.st_mtime_ns) == key
