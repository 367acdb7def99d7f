"""Small helpers shared by the benchmark scripts."""

from __future__ import annotations

import json
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    """Resident memory of this process now (not the peak), from /proc."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values_s: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values_s]
    return {
        "n": len(ms),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "p99_ms": round(percentile(ms, 99), 2),
        "max_ms": round(max(ms), 2),
    }


def emit(payload: dict) -> None:
    print(json.dumps(payload, indent=2))


def watch_cover_painted(window) -> list[float]:
    """Times when the kiosk window paints with its cover page on show: what
    the screen shows, not what the session says (the cover is painted first,
    the visit forgotten right after). Returns the list the first such paint's
    perf_counter is appended to; clear it before each exit. The watcher is a
    child of the window; call `stop_watching(window)` before the script ends,
    or Python code would run while Qt tears the window down at exit."""
    import time

    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class CoverPainted(QObject):
        def eventFilter(self, obj, event):
            cover = window.pages.currentWidget() is window.cover_page
            if event.type() == QEvent.Type.Paint and cover and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = CoverPainted(window)
    watcher.setObjectName(_WATCHER)
    window.installEventFilter(watcher)
    return painted


_WATCHER = "cover_painted_watcher"


def stop_watching(window) -> None:
    """Removes watch_cover_painted's filter from the window and deletes it."""
    from PySide6.QtCore import QObject

    watcher = window.findChild(QObject, _WATCHER)
    if watcher is not None:
        window.removeEventFilter(watcher)
        watcher.setParent(None)
