"""Staff's Reload content (and Roll back, and the not-ready panel's try
again), without ever loading a bundle on the GUI thread.

An installed bundle whose compiled form matches it is read on the GUI thread
a few small steps per turn of the event loop (kiosk.updates.background's
`SteppedRead`), as a bundle from the inbox is: Quick exit never waits.
Anything heavier, a compiled form that does not match (its YAML must be
checked in full), a bundle folder given to preview, the sample, runs in a
child process (kiosk.updates.load_child) at a lower priority that dies with
the kiosk; what it compiled is read back in the same small steps, its seal
checked against what it was made from.

For an installed bundle, the content folder's pointers are read when the
reload begins and again when it ends: if an install or a roll back changed
them meanwhile, the reload starts over, so what it offers is what the
pointers name now, never an older version.

Roll back is the same reload with one step before it: the pointer swap
(flushed to disk, which on an SD card can take hundreds of milliseconds)
runs in the same kind of child (`load_child --roll-back`), and only once it
reports the swap done does the reload begin, reading the pointers as they
are after it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QProcess, Signal, Slot

from kiosk.bundle_origin import ContentSource
from kiosk.content.compiled import (
    CompiledResult,
    NotUsable,
    compiled_path,
    read_compiled_bytes_in_steps,
    read_compiled_in_steps,
)
from kiosk.paths import sample_bundle
from kiosk.shown import shown
from kiosk.updates.background import SteppedRead, child_environment
from kiosk.updates.errors import Refused
from kiosk.updates.load_child import (
    STOPPED,
    Checked,
    HasErrors,
    RolledBack,
    command,
    read_report,
)
from kiosk.updates.pointers import read_pointers, version_dir

log = logging.getLogger("kiosk")

# How often a reload starts over because the pointers moved under it before
# it says so instead (an install every few seconds is not a real case).
MAX_TRIES: Final = 3


@dataclass(frozen=True)
class Reloaded:
    """The bundle read again, from the folder it lives in."""

    folder: Path
    result: CompiledResult


@dataclass(frozen=True)
class RollBackRefused:
    """The pointers were not swapped (or it is not known that they were):
    nothing was reloaded."""

    reason: str


# What staff read when the roll back's child ended without saying how it went.
ROLL_BACK_STOPPED: Final = (
    "the roll back stopped before it finished; the bundle shown is unchanged and "
    "the lines above say which version is installed now"
)

ReloadOutcome = Reloaded | HasErrors | RollBackRefused | Refused
_Pointed = tuple[tuple[str, str], ...]  # (version folder, manifest SHA-256), shown first first


class BundleReload(QObject):
    """One reload (or roll back) at a time: `start` returns False while one
    is under way. `done` carries a ReloadOutcome. Call `stop` before the
    kiosk goes."""

    done = Signal(object)

    def __init__(
        self, source: ContentSource, today: Callable[[], date], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._today = today
        self._busy = False
        self._tries = 0
        self._pointed: _Pointed = ()
        self._folder: Path | None = None  # whose compiled form is being read
        self._from_child = False  # the reading is of what the child wrote
        self._rolling_back = False  # the child is swapping the pointers
        self._reading = SteppedRead(self)
        self._reading.done.connect(self._read)
        self._out = bytearray()
        self._child = QProcess(self)
        self._child.setProgram(sys.executable)
        self._child.setProcessEnvironment(child_environment())
        self._child.readyReadStandardOutput.connect(self._take_output)
        self._child.finished.connect(self._child_finished)
        self._child.errorOccurred.connect(self._failed_to_start)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, *, roll_back: bool = False) -> bool:
        """Reload; with `roll_back`, swap the content folder's pointers
        first (in the child) and reload what they name after."""
        if self._busy:
            return False
        if roll_back and self._source.content_dir is None:
            raise ValueError("only an installed bundle can be rolled back")
        self._busy = True
        self._tries = 0
        if roll_back:
            self._roll_back()
        else:
            self._begin()
        return True

    def stop(self) -> None:
        """Drop a reload under way: its child is killed, its reading ends.
        A roll back's swap is one os.replace: killed, it happened or not."""
        self._busy = False
        self._rolling_back = False
        self._reading.cancel()
        if self._child.state() is not QProcess.ProcessState.NotRunning:
            self._child.kill()
            self._child.waitForFinished(1000)
        self._out = bytearray()

    # --- the steps ------------------------------------------------------------

    def _begin(self) -> None:
        self._tries += 1
        content = self._source.content_dir
        self._pointed = self._read_pointers()
        if content is not None and self._pointed:
            shown_dir, manifest = self._pointed[0]
            self._folder = version_dir(content, shown_dir)
            self._from_child = False
            self._reading.start(
                read_compiled_in_steps(
                    compiled_path(self._folder), source=manifest, today=self._today()
                )
            )
            return
        self._run_child()

    def _roll_back(self) -> None:
        assert self._source.content_dir is not None
        self._rolling_back = True
        self._out = bytearray()
        self._child.setArguments(command("--roll-back", self._source.content_dir, self._today()))
        self._child.start()

    def _rolled_back(self, said: bytes) -> None:
        """The swap's report: the reload begins once the pointers moved."""
        self._rolling_back = False
        self._out = bytearray()
        outcome = read_report(said)
        if isinstance(outcome, RolledBack):
            self._begin()
        elif isinstance(outcome, Refused) and outcome.reason != STOPPED:
            self._finish(RollBackRefused(outcome.reason))
        else:  # killed, crashed, or something no roll back says
            self._finish(RollBackRefused(ROLL_BACK_STOPPED))

    def _run_child(self) -> None:
        source = self._source
        if source.content_dir is not None:
            kind, folder = "--content-dir", source.content_dir
        elif source.folder is None or source.sample:
            kind, folder = "--sample", source.folder or sample_bundle()
        else:
            kind, folder = "--folder", source.folder
        self._out = bytearray()
        self._child.setArguments(command(kind, folder, self._today()))
        self._child.start()

    @Slot()
    def _take_output(self) -> None:
        self._out += self._child.readAllStandardOutput().data()

    @Slot(QProcess.ProcessError)
    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart and self._busy:
            why = self._child.errorString()
            if self._rolling_back:
                self._rolling_back = False
                self._finish(RollBackRefused(f"the roll back could not start ({why})"))
            else:
                self._finish(Refused(f"the reload could not start ({why})"))

    @Slot()
    def _child_finished(self) -> None:
        if not self._busy or self._reading.running:
            return
        self._take_output()
        said = self._child.readAllStandardError().data().decode("utf-8", "replace")
        for line in said.splitlines()[-20:]:
            log.warning("reload: %s", shown(line))  # the checker's own words, for the journal
        end = self._out.find(b"\n")
        if self._rolling_back:
            self._rolled_back(bytes(self._out[:end]) if end >= 0 else b"")
            return
        outcome = read_report(bytes(self._out[:end]) if end >= 0 else b"")
        if not isinstance(outcome, Checked):
            self._out = bytearray()
            self._finish(outcome)
            return
        if self._source.content_dir is not None and not self._names(outcome):
            self._again()
            return
        del self._out[: end + 1]  # cheap: a bytearray drops its front in place
        body, self._out = self._out, bytearray()
        self._folder = outcome.folder
        self._from_child = True
        self._reading.start(
            read_compiled_bytes_in_steps(body, source=outcome.source, today=self._today())
        )

    @Slot(object)
    def _read(self, read: CompiledResult | NotUsable) -> None:
        if not self._busy or self._folder is None:
            return
        if isinstance(read, CompiledResult):
            if self._read_pointers() != self._pointed:
                self._again()
                return
            self._finish(Reloaded(self._folder, read))
        elif self._from_child:
            self._finish(Refused(f"the checked bundle could not be read back ({read})"))
        else:
            log.warning(
                "%s: %s; its YAML is checked in full in the background instead",
                compiled_path(self._folder),
                read,
            )
            self._run_child()

    # --- helpers --------------------------------------------------------------

    def _read_pointers(self) -> _Pointed:
        content = self._source.content_dir
        if content is None:
            return ()
        return tuple((p.dir, p.manifest_sha256) for p in read_pointers(content).shown_first())

    def _names(self, checked: Checked) -> bool:
        """Whether the pointers, unchanged since the child started, name the
        version the child checked, made from the manifest it sealed with."""
        content = self._source.content_dir
        assert content is not None
        pointed = self._read_pointers()
        return pointed == self._pointed and any(
            version_dir(content, folder) == checked.folder and manifest == checked.source
            for folder, manifest in pointed
        )

    def _again(self) -> None:
        if self._tries >= MAX_TRIES:
            self._finish(Refused("the installed bundle kept changing during the reload; try again"))
        else:
            self._begin()

    def _finish(self, outcome: ReloadOutcome) -> None:
        self._busy = False
        self.done.emit(outcome)
