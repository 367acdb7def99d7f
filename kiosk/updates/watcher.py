"""The inbox watcher: the one Qt part of kiosk.updates.

Staff (or a sync tool) drop a .kbundle into the inbox folder: a USB stick, a
shared folder, a folder kept by Syncthing or rsync. When a file's size and
modification time have stayed the same for a while (a copy has finished),
the watcher installs it in a child process (kiosk.updates.install_child),
never in the kiosk's own, and emits `installed` or `refused`. With
`installed` comes `ready`: the bundle as the install compiled it, read back
on the GUI thread a few small steps per turn of the event loop
(kiosk.updates.background's `SteppedRead`), so nothing loads it twice and
Quick exit never waits. The kiosk applies a new bundle at its next session
reset; that is kiosk.app's business, not this module's.

The watcher never writes, renames or deletes anything in the inbox: it may be
read-only, and the same stick may serve several kiosks. It remembers what it
has handled (name, size, mtime) in memory only.

QFileSystemWatcher misses events on some mounts (USB sticks, network
shares, sync tools that write elsewhere and rename), so a slow poll backs it up.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    QFileSystemWatcher,
    QObject,
    QProcess,
    QTimer,
    Signal,
    Slot,
)

from kiosk.content.compiled import CompiledResult, NotUsable, compiled_path, read_compiled_in_steps
from kiosk.content.on_show import ShownBundle
from kiosk.shown import shown
from kiosk.updates.background import SteppedRead, child_environment
from kiosk.updates.errors import Refused
from kiosk.updates.install_child import read_report
from kiosk.updates.installer import InstallBusy, Installed
from kiosk.updates.pointers import read_pointers

SUFFIX: Final = ".kbundle"
# How long stop() lets an install under way finish before it is killed (an
# install killed half-way leaves the installed bundle as it was).
STOP_WAIT_MS: Final = 30_000

log = logging.getLogger("kiosk")

FileKey = tuple[str, int, int]  # name, size, mtime in ns


@dataclass
class _Seen:
    key: FileKey
    since: float  # clock reading when the file last changed


@dataclass(frozen=True)
class FleetReport:
    """Where the install child writes the kiosk's status file for the fleet
    (kiosk.updates.fleet), and what it calls this kiosk."""

    outbox: Path
    kiosk_name: str
    printer: str | None = None

    def options(self) -> list[str]:
        found = ["--outbox", str(self.outbox), "--kiosk-name", self.kiosk_name]
        return found + (["--printer", self.printer] if self.printer else [])


def _install_command(
    path: str, content_dir: Path, trusted_keys: Sequence[Path], fleet: FleetReport | None = None
) -> list[str]:
    # -B: the child writes no bytecode; -P: nothing from the working folder
    # can stand in for a kiosk module.
    return (
        ["-B", "-P", "-m", "kiosk.updates.install_child"]
        + (fleet.options() if fleet else [])
        + [path, str(content_dir)]
        + [str(key) for key in trusted_keys]
    )


class InboxWatcher(QObject):
    """Call start() once the event loop runs and stop() before the application
    quits (stop() lets an install under way finish)."""

    installed = Signal(str, int)  # bundle id, version: show it at the next session reset
    ready = Signal(object)  # the installed ShownBundle, right after `installed`
    refused = Signal(str)  # one line for the staff panel (also in status.json)
    unchanged = Signal(str, int)  # the file holds a bundle that is already installed
    # Installed, but its compiled form could not be read back: it is shown
    # from the next start (which checks its YAML instead). One line for staff.
    not_offered = Signal(str)

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
        fleet: FleetReport | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.inbox = Path(inbox)
        self._fleet = fleet
        self._stable_s = stable_ms / 1000
        self._clock = clock
        self._done: set[FileKey] = set()
        self._pending: dict[str, _Seen] = {}
        self._running: str | None = None
        self._content_dir = Path(content_dir)
        self._trusted_keys = [Path(k) for k in trusted_keys]
        self._reading = SteppedRead(self)
        self._reading.done.connect(self._read_back_done)
        self._read_back_of: tuple[str, Installed] | None = None
        # One child process object, started again for each install.
        self._child = QProcess(self)
        self._child.setProgram(sys.executable)
        self._child.setProcessEnvironment(child_environment())
        self._child.finished.connect(self._installed)
        self._child.errorOccurred.connect(self._failed_to_start)
        self._stopped = False

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

    def start(self) -> None:
        self._stopped = False
        self._poll.start()
        self.rescan()

    def stop(self) -> None:
        """Stop watching; an install under way may finish (up to STOP_WAIT_MS)."""
        self._poll.stop()
        self._settle.stop()
        if self._fs is not None and self._fs.directories():
            self._fs.removePaths(self._fs.directories())
        self._stopped = True  # what an install under way says is no longer news
        child = self._child
        running = child.state() is not QProcess.ProcessState.NotRunning
        if running and not child.waitForFinished(STOP_WAIT_MS):
            child.kill()
            child.waitForFinished(1000)
        self._reading.cancel()

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
        self._install(str(self.inbox / first.key[0]))

    def _install(self, path: str) -> None:
        self._child.setArguments(
            _install_command(path, self._content_dir, self._trusted_keys, self._fleet)
        )
        self._child.start()

    @Slot(QProcess.ProcessError)
    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._running is not None:
            reason = f"the installer could not start ({self._child.errorString()})"
            self._finish(str(self.inbox / self._running), Refused(reason))

    @Slot()
    def _installed(self) -> None:
        if self._stopped or self._running is None:
            return
        path = str(self.inbox / self._running)
        outcome = read_report(self._child.readAllStandardOutput().data())
        said = self._child.readAllStandardError().data().decode("utf-8", "replace")
        for line in said.splitlines()[-20:]:
            log.warning("install: %s", shown(line))  # the installer's own words, for the journal
        if isinstance(outcome, Installed) and not outcome.already_installed:
            self._read_back(path, outcome)
        else:
            self._finish(path, outcome)

    def _read_back(self, path: str, installed: Installed) -> None:
        """Reads the bundle the child compiled, in steps, then offers it."""
        pointer = read_pointers(self._content_dir).current
        if pointer is None or pointer.dir != installed.path.name:
            self._finish(
                path, installed, NotUsable("the content folder changed during the install")
            )
            return
        steps = read_compiled_in_steps(
            compiled_path(installed.path), source=pointer.manifest_sha256
        )
        self._read_back_of = (path, installed)
        self._reading.start(steps)

    @Slot(object)
    def _read_back_done(self, read: CompiledResult | NotUsable) -> None:
        if self._read_back_of is not None:
            path, installed = self._read_back_of
            self._read_back_of = None
            self._finish(path, installed, read)

    def _finish(
        self,
        path: str,
        outcome: Installed | Refused,
        read: CompiledResult | NotUsable | None = None,
    ) -> None:
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
                if isinstance(read, CompiledResult):
                    self.ready.emit(ShownBundle.loaded(outcome.path, read))
                else:
                    self.not_offered.emit(
                        shown(f"{outcome.bundle_id} version {outcome.version}: {read}")
                    )
        elif not isinstance(outcome, InstallBusy):
            self.refused.emit(shown(f"{name}: {outcome.reason}"))
        self._start_settled()

    def _still_there(self, key: FileKey) -> bool:
        try:
            info = (self.inbox / key[0]).stat()
        except OSError:
            return False
        return (key[0], info.st_size, info.st_mtime_ns) == key
