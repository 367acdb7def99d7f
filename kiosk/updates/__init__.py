"""Signed content bundles and safe updates: pack, verify, install, roll back.

Qt-free, except `kiosk.updates.watcher` (the inbox watcher), which nothing
here imports. The kiosk reads the installed bundle through
`current_bundle_path` / `load_current_bundle` (`kiosk.updates.current`, light
to import); the installer, and with it the signature code, is imported only
when one of its names is first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_WHERE = {
    "Installed": "kiosk.updates.installer",
    "install": "kiosk.updates.installer",
    "rollback": "kiosk.updates.installer",
    "Refused": "kiosk.updates.errors",
    "current_bundle_path": "kiosk.updates.current",
    "load_current_bundle": "kiosk.updates.current",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'kiosk.updates' has no attribute {name!r}")
    return getattr(import_module(module), name)
