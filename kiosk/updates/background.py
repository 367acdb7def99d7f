"""Keeping bundle work off the GUI thread: the Qt half.

Heavy work (an install, a bundle's YAML checked in full) runs in a child
process started with `child_environment()`; what it compiled is read back on
the GUI thread by `SteppedRead`, a slice of time per turn of the event loop,
so Quick exit never waits. The inbox watcher (kiosk.updates.watcher) and
staff's Reload content (kiosk.app.bundle_reload) both use these.
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QProcessEnvironment, QTimer, Signal, Slot

import kiosk
from kiosk.updates.child import PARENT_ENV

# How long one turn of the event loop may spend reading a bundle.
READ_SLICE_S: Final = 0.004


class SteppedRead(QObject):
    """Runs a reading's steps on the GUI thread, a slice of time per turn of
    the event loop, and emits `done` with what they came to. One reading at
    a time; `start` may be called again once it is done."""

    done = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Generator[None, None, object] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, steps: Generator[None, None, object]) -> None:
        self._steps = steps
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._steps = None

    @Slot()
    def _step(self) -> None:
        until = time.monotonic() + READ_SLICE_S
        while self._steps is not None and time.monotonic() < until:
            try:
                next(self._steps)
            except StopIteration as finished:
                self.cancel()
                self.done.emit(finished.value)


def child_environment() -> QProcessEnvironment:
    """The kiosk's environment, with the folder its own code came from first
    on the child's path: the child runs the same kiosk, however it was started."""
    env = QProcessEnvironment.systemEnvironment()
    here = str(Path(kiosk.__file__).resolve().parents[1])
    paths = [here, *(p for p in env.value("PYTHONPATH").split(os.pathsep) if p and p != here)]
    env.insert("PYTHONPATH", os.pathsep.join(paths))
    env.insert(PARENT_ENV, str(os.getpid()))
    return env
