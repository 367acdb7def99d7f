"""The "did you mean" hint every message about a mistyped name ends with."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(value: str, options: Iterable[str]) -> str:
    """`; did you mean 'x'?` naming the one option closest to `value`, or
    nothing when none is close (difflib's ratio of at least 0.6)."""
    close = difflib.get_close_matches(value, list(options), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""
