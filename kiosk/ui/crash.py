"""One place every unexpected exception ends up: logged to stderr without any
visitor content, and the kiosk carries on from Home.

The exception's message is left out on purpose: it can quote a topic or a
resource id. The places in the code are enough to find the bug.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer

log = logging.getLogger("kiosk")


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)[-8:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{exc_type.__name__} at {where or 'unknown place'}"


def install_crash_handler(recover: Callable[[], None]) -> Callable[..., None]:
    recovering = False

    def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal recovering
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("internal error, back to Home: %s", describe(exc_type, tb))
        if recovering:
            return

        def run_recover() -> None:
            nonlocal recovering
            recovering = True
            try:
                recover()
            finally:
                recovering = False

        QTimer.singleShot(0, run_recover)

    sys.excepthook = handle
    return handle
