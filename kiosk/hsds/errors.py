"""The one exception the importer and exporter raise for input they cannot use."""

from __future__ import annotations


class HsdsError(Exception):
    """Input that cannot be imported or exported. The message is for people: it
    names the file (and line, or the place in the JSON) and says what to fix."""
