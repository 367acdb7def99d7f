"""Staff access rules, without Qt: the PIN check and its lockout."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Final

from kiosk.config import check_pin

MAX_WRONG: Final = 5
LOCKOUT_S: Final = 60.0


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
    visit, so a quick exit cannot be used to reset the count."""

    def __init__(self, pin_hash: str | None, clock: Callable[[], float] = time.monotonic):
        self._hash = pin_hash
        self._clock = clock
        self._wrong = 0
        self._locked_until = 0.0

    @property
    def has_pin(self) -> bool:
        return self._hash is not None

    def locked_for(self) -> int:
        return max(0, int(self._locked_until - self._clock() + 0.999))

    def check(self, pin: str) -> PinResult:
        wait = self.locked_for()
        if wait:
            return PinResult(PinOutcome.LOCKED, wait)
        if self._hash is not None and check_pin(pin, self._hash):
            self._wrong = 0
            return PinResult(PinOutcome.OK)
        self._wrong += 1
        if self._wrong >= MAX_WRONG:
            self._wrong = 0
            self._locked_until = self._clock() + LOCKOUT_S
            return PinResult(PinOutcome.LOCKED, int(LOCKOUT_S))
        return PinResult(PinOutcome.WRONG)
