"""The one error this package reports to people."""

from __future__ import annotations


class Refused(Exception):
    """A bundle (or a staff action) was refused. `str()` is one line for a person:
    what is wrong, never a traceback. Whatever was installed stays as it was."""

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(reason.split()))

    @property
    def reason(self) -> str:
        return str(self)
