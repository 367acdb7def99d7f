"""What CUPS says is wrong with a print queue, for the staff panel.

Qt's QPrinterInfo tells idle, printing or stopped, but not why a queue is
stopped. CUPS keeps the why in the queue's `printer-state-reasons` (RFC 8011:
`paused` when someone paused it, `media-empty-error` when the printer reports
no paper, ...); `lpstat -l -p QUEUE` prints them on its "Alerts:" line. lpstat
asks the scheduler over its local socket (or CUPS_SERVER), as Qt does; the
kiosk opens no network connection for it. Staff tools only: the visitor's
print path does not run it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Final

LPSTAT_TIMEOUT_S: Final = 5.0
# Reasons carry a severity suffix; "-report" is information only (RFC 8011 5.4.12).
_SEVERITIES: Final = ("-error", "-warning", "-report")


def queue_reasons(name: str) -> frozenset[str] | None:
    """The queue's printer-state-reasons without "-report" ones, severity
    suffixes removed ({"paused"}, {"media-empty"}, or empty when all is well);
    None when lpstat is not installed, does not answer or does not know `name`."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return None
    # lpstat's words are translated; its "Alerts:" line only in the C locale.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "LANGUAGE": ""}
    try:
        done = subprocess.run(
            [lpstat, "-l", "-p", name],
            capture_output=True,
            text=True,
            env=env,
            timeout=LPSTAT_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    for line in done.stdout.splitlines():
        label, _, value = line.strip().partition(":")
        if label == "Alerts":
            return _keywords(value.split())
    return None


def _keywords(reasons: list[str]) -> frozenset[str]:
    kept: set[str] = set()
    for reason in reasons:
        if reason == "none" or reason.endswith("-report"):
            continue
        for suffix in _SEVERITIES:
            reason = reason.removesuffix(suffix)
        kept.add(reason)
    return frozenset(kept)
