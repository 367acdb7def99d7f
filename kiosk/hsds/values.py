"""Reading single values out of HSDS records, whatever the directory put there.

HSDS exports are untrusted and often sloppy: the standard's own examples store
a phone number with literal quotes, fill optional fields with their own field
names ("wait_time": "wait_time") and link to example.com. These helpers turn
a field into a clean value or None, so nothing downstream sees a surprise.

A field of the wrong type (a name that is a list, a number with 5,000 digits)
is a value the importer cannot use, not a reason to stop: while mapping runs
inside `collecting_unusable()`, each such field becomes one message for the
import report, and the helper answers as if the field were absent. Outside
one, it raises `HsdsError` naming the place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, Final

from kiosk.content.format import URL_PATTERN
from kiosk.content.visible import is_invisible
from kiosk.hsds.errors import HsdsError

Record = dict[str, Any]

# Placeholder texts that sample data and unfinished exports carry.
_PLACEHOLDERS: Final = frozenset({"string", "todo", "tbd", "lorem ipsum", "xxx"})
# Domains reserved for examples (RFC 2606, RFC 6761): never a real service's site.
_EXAMPLE_DOMAINS: Final = ("example.com", "example.org", "example.net")
_EXAMPLE_TLDS: Final = (".example", ".test", ".invalid", ".localhost")
_URL_RE: Final = re.compile(URL_PATTERN)
_HOST_RE: Final = re.compile(r"https?://([^/?#:]+)", re.IGNORECASE)
_EMAIL_RE: Final = re.compile(r"[^@\s]+@([^@\s]+\.[^@\s]+)")
_DATE_RE: Final = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?")
# Control characters (but newline), lone surrogates, non-characters and the
# direction embeddings, overrides and isolates: they cannot be written to a
# UTF-8 YAML file, or the loader refuses them (kiosk.content.visible).
_UNPRINTABLE: Final = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
_MANY_BLANK_LINES: Final = re.compile(r"\n\s*\n(\s*\n)+")
# No HSDS number (an age, an amount, an extension, a count) needs more digits;
# longer JSON integers are read as `HugeNumber`, never as Python ints (which
# refuse more than 4,300 digits and overflow float conversion long before).
MAX_INTEGER_DIGITS: Final = 30


class HugeNumber:
    """A JSON integer too long to be any HSDS value; only its length is kept."""

    __slots__ = ("digits",)

    def __init__(self, literal: str) -> None:
        self.digits = len(literal.lstrip("-"))

    def __repr__(self) -> str:
        return f"HugeNumber({self.digits} digits)"


def read_integer(literal: str) -> int | HugeNumber:
    """`json.loads(parse_int=...)`: an int, or HugeNumber past MAX_INTEGER_DIGITS."""
    if len(literal.lstrip("-")) > MAX_INTEGER_DIGITS:
        return HugeNumber(literal)
    return int(literal)


_UNUSABLE: ContextVar[list[str] | None] = ContextVar("hsds_unusable_values", default=None)


@contextmanager
def collecting_unusable() -> Iterator[list[str]]:
    """Collect a message for each field of the wrong type instead of raising."""
    found: list[str] = []
    token = _UNUSABLE.set(found)
    try:
        yield found
    finally:
        _UNUSABLE.reset(token)


def unusable(message: str) -> None:
    """A value the importer cannot use: a report line while collecting, else HsdsError."""
    found = _UNUSABLE.get()
    if found is None:
        raise HsdsError(message)
    if message not in found:
        found.append(message)


def describe(value: object) -> str:
    """What a JSON value is, in words, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, HugeNumber):
        return f"a number with {value.digits:,} digits"
    if isinstance(value, float) and not math.isfinite(value):
        return "not a usable number (NaN)" if math.isnan(value) else "a number too large to use"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"text ({shorten(value, 40)!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def shorten(value: str, limit: int = 60) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def clean_text(value: str) -> str:
    """Text as the kiosk can show it: no control characters, Unix newlines, at
    most one blank line in a row, no surrounding space."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    value = _UNPRINTABLE.sub("", value)
    value = _MANY_BLANK_LINES.sub("\n\n", value)
    return "\n".join(line.rstrip() for line in value.split("\n")).strip()


def one_line(value: str) -> str:
    """Text for a report line: printable, on one line."""
    return " ".join(clean_text(value).split())


def is_placeholder(value: str, field: str) -> bool:
    """A value that only repeats a field name or a type name: sample data, not facts."""
    raw = value.strip().casefold()
    if raw in _PLACEHOLDERS or re.sub(r"[\s-]+", "_", raw) == field.casefold():
        return True
    # snake_case names ("fees_description") are never real text.
    return bool(re.fullmatch(r"[a-z]+(?:_[a-z0-9]+)+", raw))


def text(record: Record, key: str, where: str) -> str | None:
    """A text field: None when absent, null or empty; HsdsError when not text."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        unusable(f"{where}: '{key}' should be text, but it is {describe(value)}: not imported")
        return None
    cleaned = clean_text(value)
    if cleaned and is_invisible(cleaned):
        unusable(f"{where}: '{key}' has no visible character: not imported")
        return None
    return cleaned or None


def number(record: Record, key: str, where: str) -> float | None:
    """A number field; a CSV gives numbers as text, so numeric text is accepted."""
    given = record.get(key)
    if given is None or given == "":
        return None
    value: object = given
    if isinstance(given, str):
        try:
            value = float(given.strip())
        except ValueError:
            value = None
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or abs(value) > 10.0**MAX_INTEGER_DIGITS
    ):
        unusable(f"{where}: '{key}' should be a number, but it is {describe(given)}: not imported")
        return None
    return float(value)


def whole_number(value: float | None) -> int | None:
    if value is None or value != int(value):
        return None
    return int(value)


def child(record: Record, key: str, where: str) -> Record | None:
    """A nested object, such as a service's organization."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, dict):
        unusable(f"{where}: '{key}' should be an object, but it is {describe(value)}: not imported")
        return None
    return value


def children(record: Record, key: str, where: str) -> list[tuple[Record, str]]:
    """A list of nested objects, each with the place it was found."""
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        unusable(f"{where}: '{key}' should be a list, but it is {describe(value)}: not imported")
        return []
    found = []
    for index, item in enumerate(value):
        place = f"{where}.{key}[{index}]"
        if not isinstance(item, dict):
            unusable(f"{place}: should be an object, but it is {describe(item)}: not imported")
            continue
        found.append((item, place))
    return found


def iso_date(value: str) -> date | None:
    """A date written YYYY-MM-DD, or the date part of a date-time."""
    match = _DATE_RE.fullmatch(value.strip())
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def web_address_problem(url: str) -> str | None:
    """Why a URL cannot be the resource's website, or None when it can."""
    host_match = _HOST_RE.match(url)
    if not _URL_RE.fullmatch(url) or host_match is None:
        return "is not a full web address starting with http:// or https://"
    if is_example_domain(host_match.group(1)):
        return "is an example address, not the service's own site"
    if len(url) > 500:
        return "is longer than 500 characters"
    return None


def is_example_domain(host: str) -> bool:
    host = host.casefold().rstrip(".")
    if host == "localhost" or host.endswith(_EXAMPLE_TLDS):
        return True
    return any(host == d or host.endswith("." + d) for d in _EXAMPLE_DOMAINS)


def real_email(value: str) -> bool:
    match = _EMAIL_RE.fullmatch(value.strip())
    return match is not None and not is_example_domain(match.group(1))
