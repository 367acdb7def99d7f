"""The content layer: bundle files in, immutable `Bundle` and findings out. No Qt here."""

from kiosk.content.findings import Finding, Pos, Severity
from kiosk.content.loader import LoadResult, load_bundle
from kiosk.content.model import Bundle, LangText, Resource, Topic, Trust

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
