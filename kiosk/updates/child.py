"""What every background child of the kiosk does first (the install child,
kiosk.updates.install_child, and the load child, kiosk.updates.load_child):
end when the kiosk ends, and give the window the processor. Qt-free."""

from __future__ import annotations

import os
import signal
from typing import Final

# The kiosk's process id, set by the kiosk for its children: a child checks
# that the kiosk that started it still runs.
PARENT_ENV: Final = "KIOSK_INSTALL_PARENT"
_PR_SET_PDEATHSIG: Final = 1  # prctl(2)
# Background work: on a two-core kiosk the window, not the child, gets the
# processor when both want it.
BACKGROUND_NICE: Final = 10


def die_with_the_kiosk() -> None:
    """Ends this process when the kiosk that started it ends (Linux's
    parent-death signal). A kiosk killed mid-install takes its install with
    it, as when the install ran inside it: nothing goes on writing the
    content folder behind the next kiosk's back, and the next kiosk finds the
    file still in its inbox and installs it again (staging is cleared first).
    Where prctl is missing, the child simply finishes on its own."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    parent = os.environ.get(PARENT_ENV, "")
    if parent.isdigit() and os.getppid() != int(parent):
        os._exit(1)  # the kiosk ended before the signal was set up


def run_in_the_background() -> None:
    """A child's first step: tied to the kiosk's life, at a lower priority."""
    die_with_the_kiosk()
    os.nice(BACKGROUND_NICE)
