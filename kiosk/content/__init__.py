"""The content layer: bundle files in, immutable `Bundle` and findings out. No Qt here.

`load_bundle` and `LoadResult` are imported from the loader only when first
used: it brings PyYAML and phonenumbers, which `kiosk run` on a compiled
bundle (kiosk.content.compiled) never needs. `Resource` too is made on first
use (kiosk.content.model says why).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from kiosk.content.findings import Finding, Pos, Severity
from kiosk.content.model import Bundle, LangText, Topic, Trust

if TYPE_CHECKING:
    from kiosk.content.loader import LoadResult, load_bundle
    from kiosk.content.model import Resource

_LAZY = {
    "LoadResult": "kiosk.content.loader",
    "load_bundle": "kiosk.content.loader",
    "Resource": "kiosk.content.model",  # created on first use (see model.py)
}

__all__ = [
    "Bundle",
    "Finding",
    "LangText",
    "LoadResult",
    "Pos",
    "Resource",
    "Severity",
    "Topic",
    "Trust",
    "load_bundle",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kiosk.content' has no attribute {name!r}")
    return getattr(import_module(module), name)
