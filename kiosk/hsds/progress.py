"""Progress for long command-line work: on a terminal only, quiet when piped.

A line on stderr rewritten in place ("Mapping services: 1200/5000"), at most
ten times a second, then cleared, so the report that follows reads cleanly.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self._stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self._last = 0.0
        self._shown = False

    def update(self, what: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        self._stream.write(f"\r{what}: {done}/{total}\033[K")
        self._stream.flush()
        self._shown = True

    def done(self) -> None:
        if self.enabled and self._shown:
            self._stream.write("\r\033[K")
            self._stream.flush()
            self._shown = False
