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
from kiosk.updates.load_child import Checked, HasErrors, command, read_report
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


ReloadOutcome = Reloaded | HasErrors | Refused
_Pointed = tuple[tuple[str, str], ...]  # (version folder, manifest SHA-256), shown first first


class BundleReload(QObject):
    """One reload at a time: `start` returns False while one is under way.
    `done` carries a ReloadOutcome. Call `stop` before the kiosk goes."""

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

    def start(self) -> bool:
        if self._busy:
            return False
        self._busy = True
        self._tries = 0
        self._begin()
        return True

    def stop(self) -> None:
        """Drop a reload under way: its child is killed, its reading ends."""
        self._busy = False
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
            self._finish(Refused(f"the reload could not start ({self._child.errorString()})"))

    @Slot()
    def _child_finished(self) -> None:
        if not self._busy or self._reading.running:
            return
        self._take_output()
        said = self._child.readAllStandardError().data().decode("utf-8", "replace")
        for line in said.splitlines()[-20:]:
            log.warning("reload: %s", shown(line))  # the checker's own words, for the journal
        end = self._out.find(b"\n")
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
