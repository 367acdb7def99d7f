"""The keys of keypad navigation (the EZ Access model), by the names Qt
gives them: one table for the navigator that acts on them and for the config
check that keeps them from being chosen as the panic key.

Qt-free, so the config check reads it without loading Qt. docs/keypad.md
says what the commercial keypads send."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class KeypadAction(StrEnum):
    NEXT = "next"  # the next item in reading order
    PREVIOUS = "previous"
    # Along a line of reading: the next item in left-to-right languages, the
    # previous one in right-to-left languages (the arrow points where it goes).
    RIGHT = "right"
    LEFT = "left"
    BACK = "back"
    HELP = "help"


# Enter (Return, and the number pad's Enter) is no table entry of its own:
# the item with the focus handles it, as a button does for any keyboard
# (kiosk.ui.widgets.TouchButton); the navigator only re-reads a text.
ACTIVATE_KEYS: Final = ("Return", "Enter")

KEYPAD_KEYS: Final = {
    "Down": KeypadAction.NEXT,
    "Tab": KeypadAction.NEXT,
    "Up": KeypadAction.PREVIOUS,
    "Backtab": KeypadAction.PREVIOUS,
    "Right": KeypadAction.RIGHT,
    "Left": KeypadAction.LEFT,
    "Escape": KeypadAction.BACK,
    "Backspace": KeypadAction.BACK,
    "F1": KeypadAction.HELP,
    "Question": KeypadAction.HELP,
    "Help": KeypadAction.HELP,
}

# What each key is called in the config check's message.
KEY_ROLES: Final = {
    KeypadAction.NEXT: "the keypad's Next key",
    KeypadAction.PREVIOUS: "the keypad's Previous key",
    KeypadAction.RIGHT: "a keypad arrow",
    KeypadAction.LEFT: "a keypad arrow",
    KeypadAction.BACK: "the keypad's Back key",
    KeypadAction.HELP: "the keypad's Help key",
}


def keypad_role(name: str) -> str | None:
    """What the keypad uses a key for, in words; None for a key it leaves alone."""
    if name in ACTIVATE_KEYS:
        return "the keypad's Enter key"
    action = KEYPAD_KEYS.get(name)
    return None if action is None else KEY_ROLES[action]
