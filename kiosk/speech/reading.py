"""The reading form of what a screen shows: text a voice reads the way a
visitor needs to hear it."""

from __future__ import annotations

import re

_GROUP = re.compile(r"\+|\d+")


def phone_reading(shown: str) -> str:
    """A phone number digit by digit, in the groups it is shown in:
    "1-800-392-3738" -> "1, 8 0 0, 3 9 2, 3 7 3 8". Read as a whole a voice
    says "eight hundred" or "three thousand seven hundred...", which nobody
    can dial from; the commas make the pauses the dashes make on screen.
    Anything not a digit (spaces, dashes, brackets, direction marks) only
    separates groups; a leading "+" is kept for the voice to say."""
    groups: list[str] = []
    plus = False
    for part in _GROUP.findall(shown):
        if part == "+":
            plus = True
            continue
        groups.append(("+ " if plus else "") + " ".join(part))
        plus = False
    return ", ".join(groups)
