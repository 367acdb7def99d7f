"""What a soak needs besides the monkey (tests/monkey.py): a kiosk config
with short idle times, a printer that does not exist and a cheap staff PIN;
a clock the monkey can move; a spy on sys.excepthook; newer signed bundles
to install while the kiosk runs; running Qt's deferred work between events;
and the memory figures taken at a reset.
"""

from __future__ import annotations

import gc
import hashlib
import os
import secrets
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication

from kiosk.app.long_lived import tracked_objects
from kiosk.config import KioskConfig

NO_SUCH_PRINTER = "kiosk-soak-no-such-printer"
STAFF_PIN = "2468"


def quick_pin_hash(pin: str) -> str:
    """A staff PIN hash in the config's format with a cheap scrypt cost, so
    each OK on the PIN pad takes a millisecond, not a tenth of a second."""
    salt = secrets.token_bytes(16)
    n, r, p = 1024, 8, 1
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt:{n}:{r}:{p}:{salt.hex()}:{digest.hex()}"


def soak_config(**changes: object) -> KioskConfig:
    """Short idle times (the config file would refuse them: tests only), a
    printer that does not exist and a staff PIN."""
    values: dict[str, object] = {
        "idle_timeout_s": 1,
        "idle_warning_s": 1,
        "printer": NO_SUCH_PRINTER,
        "staff_pin_hash": quick_pin_hash(STAFF_PIN),
    }
    values.update(changes)
    return KioskConfig(**values)  # type: ignore[arg-type]


class ShiftedClock:
    """The kiosk's clock for the idle countdown: real time plus a shift, so the
    monkey can make a "still there?" question run out at once."""

    def __init__(self) -> None:
        self.shift = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.shift


class ExceptionSpy:
    """Stands in for sys.excepthook, where every exception Qt could not hand
    back to Python code ends (slots, virtual methods, timers)."""

    def __init__(self) -> None:
        self.caught: list[str] = []
        self._previous: Callable[..., object] | None = None

    def __enter__(self) -> ExceptionSpy:
        self._previous = sys.excepthook
        sys.excepthook = self._hook
        return self

    def __exit__(self, *exc: object) -> None:
        sys.excepthook = self._previous or sys.__excepthook__

    def _hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.caught.append("".join(traceback.format_exception(kind, value, tb)))


class BundleSupply:
    """Newer signed versions of the sample, packed and installed into the
    kiosk's content folder while it runs, as the inbox watcher would."""

    def __init__(self, work: Path, content_dir: Path, today) -> None:
        from update_helpers import make_keys

        self.work = work
        self.content_dir = content_dir
        self.today = today
        self.keys = make_keys(work / "keys")
        self.version = 0

    def install_next(self) -> int:
        from update_helpers import packed

        from kiosk.updates import install

        self.version += 1
        scratch = self.work / f"pack-{self.version}"
        archive = packed(scratch, self.keys, self.version)
        install(archive, self.content_dir, [self.keys.public], today=self.today)
        shutil.rmtree(scratch)
        return self.version


def flush_deletes() -> None:
    """Run what Qt would run on the next pass of the event loop, including
    the deferred deletes of replaced screens and closed panels."""
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    """Run the event loop until `condition` holds (or time is up)."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)
    return True


# --- memory figures -----------------------------------------------------------


@dataclass
class Footprint:
    widgets: int
    objects: int
    none_refs: int
    rss_mb: float


def footprint() -> Footprint:
    """Widgets, Python objects, references to None and resident memory, once
    Qt's deferred deletes have run and the cyclic collector has finished."""
    flush_deletes()
    gc.collect()
    flush_deletes()
    gc.collect()
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return Footprint(
        widgets=len(QApplication.allWidgets()),
        objects=tracked_objects(),  # frozen ones too (kiosk.app.long_lived)
        none_refs=sys.getrefcount(None),
        rss_mb=pages * os.sysconf("SC_PAGE_SIZE") / 2**20,
    )
