"""Signed content bundles and safe updates: pack, verify, install, roll back.

Qt-free, except `kiosk.updates.watcher` (the inbox watcher), which nothing
here imports. The kiosk reads the installed bundle through
`current_bundle_path` / `load_current_bundle`.
"""

from kiosk.updates.errors import Refused
from kiosk.updates.installer import (
    Installed,
    current_bundle_path,
    install,
    load_current_bundle,
    rollback,
)

__all__ = [
    "Installed",
    "Refused",
    "current_bundle_path",
    "install",
    "load_current_bundle",
    "rollback",
]
