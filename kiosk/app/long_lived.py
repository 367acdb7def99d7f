"""What the kiosk keeps for the whole run, kept out of the garbage
collector's full passes, so a Quick exit never waits for one.

A full collection walks every object the collector tracks. With the
kiosk's modules, Qt's wrappers and a bundle that is tens of thousands of
objects (a full pass takes 8-13 ms after the sample's start on this 2-core
machine, 25-45 ms with a 10,000-service bundle), and Python starts one
whenever enough objects have survived: in the middle of a visit, possibly
as the visitor presses Quick exit. `gc.freeze()`, Python's own tool for
this, moves what is alive now into a generation the passes skip; what a
visit creates is collected as before.

`settle` runs after the first frame and each time another bundle takes
over, both after the cover or the first screen is painted. It first lets
go of what it froze last time and collects, so a replaced bundle's
reference cycles are freed, never kept frozen.
"""

from __future__ import annotations

import gc
from typing import TypeVar

T = TypeVar("T")


def settle() -> None:
    """Collect once, then keep everything alive now out of later passes."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def settle_for(shown: T, settled: T | None) -> T:
    """Settle when `shown` is another bundle than the one last settled for;
    returns what is now settled for."""
    if shown is not settled:
        settle()
    return shown


def tracked_objects() -> int:
    """Every object the collector tracks, frozen ones included (for memory
    checks: `gc.get_objects()` leaves out the frozen)."""
    return len(gc.get_objects()) + gc.get_freeze_count()
