"""Staff access rules, without Qt: the PIN check and its lockout.

`PinGuard.check` hashes (scrypt, tens of milliseconds by design): the UI runs
it on a worker thread (kiosk.ui.staff.PinChecker), never on the GUI thread,
so Quick exit stays instant while a PIN is checked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Final

from kiosk.config import check_pin

MAX_WRONG: Final = 5
LOCKOUT_S: Final = 60.0
PIN_DIGITS: Final = (4, 12)  # what `kiosk hash-pin` accepts


def plausible_pin(pin: str) -> bool:
    """Whether `kiosk hash-pin` could have made a hash of it: only then is it
    worth hashing (anything else is wrong at once, on any thread)."""
    low, high = PIN_DIGITS
    return pin.isdigit() and low <= len(pin) <= high


class PinOutcome(Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True)
class PinResult:
    outcome: PinOutcome
    wait_s: int = 0  # how long until the pad opens again, when locked


class PinGuard:
    """Five wrong PINs lock the pad for 60 s. Lives for the kiosk's run, not a
    visit, so a quick exit cannot be used to reset the count (a check still
    running when the pad is closed is counted all the same).

    `check` may run on a worker thread while the GUI thread asks `locked_for`."""

    def __init__(self, pin_hash: str | None, clock: Callable[[], float] = time.monotonic):
        self._hash = pin_hash
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0
        self._lock = threading.Lock()

    @property
    def has_pin(self) -> bool:
        return self._hash is not None

    def locked_for(self) -> int:
        return max(0, int(self._locked_until - self._clock() + 0.999))

    def check(self, pin: str) -> PinResult:
        """Blocking: hashes the PIN. A PIN `kiosk hash-pin` could not have
        made (not 4 to 12 digits) is wrong without hashing."""
        wait = self.locked_for()
        if wait:
            return PinResult(PinOutcome.LOCKED, wait)
        matched = self._hash is not None and plausible_pin(pin) and check_pin(pin, self._hash)
        with self._lock:
            if matched:
                self._wrong = 0
                return PinResult(PinOutcome.OK)
            self._wrong += 1
            if self._wrong >= MAX_WRONG:
                self._wrong = 0
                self._locked_until = self._clock() + LOCKOUT_S
                return PinResult(PinOutcome.LOCKED, int(LOCKOUT_S))
            return PinResult(PinOutcome.WRONG)
