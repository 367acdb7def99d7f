"""HSDS schedules (RFC 5545 rules) to hours in words: "Mon-Fri 9:00-17:00".

Only the plain weekly case is put into words: given weekdays, one opening and
one closing time. Anything the words could get wrong (every second week,
certain days of the month, a count, an end date) is not rewritten: the
schedule's own description is used instead, and the report says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from kiosk.hsds.texts import Words
from kiosk.hsds.values import Record, is_placeholder, iso_date, number, shorten, text

DAY_CODES: Final = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Parts of a rule the plain "days and times" wording cannot carry.
_UNSUPPORTED_PARTS: Final = ("byweekno", "bymonthday", "byyearday", "count", "until")
_RULE_PARTS: Final = (
    "freq", "interval", "byday", "opens_at", "closes_at", "wkst", "dtstart", *_UNSUPPORTED_PARTS,
)  # fmt: skip
_TIME_RE: Final = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
MAX_HOURS_LENGTH: Final = 500

Time = tuple[int, int]


@dataclass
class Hours:
    text: str | None = None
    used: list[tuple[Record, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def describe_hours(schedules: list[tuple[Record, str]], words: Words | None, today: date) -> Hours:
    hours = Hours()
    openings: dict[tuple[Time, Time], set[int]] = {}
    descriptions: list[str] = []
    for schedule, where in schedules:
        hours.used.append((schedule, "id"))
        _check_validity(schedule, where, today, hours)
        reason, days, times = _plain_weekly(schedule, where)
        if reason is None and words is None:
            reason = "the bundle's language has no weekday names in the importer"
        if reason is None:
            openings.setdefault(times, set()).update(days)
            hours.used.extend((schedule, key) for key in _RULE_PARTS)
            continue
        # The rule is shown in the report line below.
        hours.used.extend((schedule, key) for key in _RULE_PARTS)
        description = text(schedule, "description", where)
        if description and not is_placeholder(description, "description"):
            hours.used.append((schedule, "description"))
            if description not in descriptions:
                descriptions.append(description)
            if _has_rule(schedule):
                hours.problems.append(
                    f"schedule {_rule_text(schedule)} cannot be put into plain hours ({reason}); "
                    f'its description is used instead: "{shorten(description)}"'
                )
        else:
            hours.problems.append(
                f"schedule {_rule_text(schedule)} cannot be put into plain hours ({reason}) "
                "and has no description: hours not imported, add them by hand"
            )
    parts = [_opening_text(days, times, words) for times, days in openings.items() if words]
    joined = "; ".join(parts + descriptions)
    if len(joined) > MAX_HOURS_LENGTH:
        hours.problems.append(
            f"the hours are {len(joined)} characters, more than {MAX_HOURS_LENGTH}: "
            "not imported, write a short version by hand"
        )
        return hours
    hours.text = joined or None
    return hours


def _plain_weekly(schedule: Record, where: str) -> tuple[str | None, set[int], tuple[Time, Time]]:
    """(None, days, (opens, closes)) for a plain weekly opening, else (reason, ...)."""
    nothing: tuple[Time, Time] = ((0, 0), (0, 0))
    extra = [key for key in _UNSUPPORTED_PARTS if schedule.get(key) not in (None, "")]
    if extra:
        return f"it uses {', '.join(extra)}", set(), nothing
    freq = text(schedule, "freq", where)
    if freq is not None and freq.upper() != "WEEKLY":
        return f"it repeats {freq.lower()}", set(), nothing
    interval = number(schedule, "interval", where)
    if interval is not None and interval != 1:
        return f"it repeats every {interval:g} weeks", set(), nothing
    byday = text(schedule, "byday", where)
    if byday is None:
        return "it names no weekdays", set(), nothing
    days = set()
    for code in byday.upper().replace(" ", "").split(","):
        if code not in DAY_CODES:
            return f"weekday '{code}' is not a plain day such as MO", set(), nothing
        days.add(DAY_CODES.index(code))
    opens = _time(text(schedule, "opens_at", where))
    closes = _time(text(schedule, "closes_at", where))
    if opens is None or closes is None:
        return "it has no readable opening and closing time", set(), nothing
    return None, days, (opens, closes)


def _time(value: str | None) -> Time | None:
    if value is None:
        return None
    match = _TIME_RE.fullmatch(value.strip())
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return hour, minute


def _opening_text(days: set[int], times: tuple[Time, Time], words: Words) -> str:
    opens, closes = times
    days_text = _days_text(sorted(days), words)
    if opens == (0, 0) and closes in ((23, 59), (24, 0), (0, 0)):
        return f"{days_text}, {words.all_day}"
    return f"{days_text} {_clock(opens)}-{_clock(closes)}"


def _days_text(days: list[int], words: Words) -> str:
    if len(days) == 7:
        return words.every_day
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    name: Callable[[int], str] = words.days.__getitem__
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{name(run[0])}-{name(run[-1])}")
        else:
            parts.extend(name(day) for day in run)
    return ", ".join(parts)


def _clock(time: Time) -> str:
    return f"{time[0]}:{time[1]:02d}"


def _has_rule(schedule: Record) -> bool:
    """False for a schedule given only in words: its description is the hours."""
    return any(schedule.get(key) not in (None, "") for key in _RULE_PARTS)


def _rule_text(schedule: Record) -> str:
    shown = []
    for key in ("freq", "byday", "opens_at", "closes_at", *_UNSUPPORTED_PARTS):
        value = schedule.get(key)
        if value not in (None, ""):
            shown.append(f"{key}={value}")
    return f"({shorten(', '.join(shown), 120)})" if shown else "(no rule)"


def _check_validity(schedule: Record, where: str, today: date, hours: Hours) -> None:
    valid_from = text(schedule, "valid_from", where)
    valid_to = text(schedule, "valid_to", where)
    start = iso_date(valid_from) if valid_from else None
    end = iso_date(valid_to) if valid_to else None
    # An unreadable date stays unused, so the report lists it.
    if start is not None:
        hours.used.append((schedule, "valid_from"))
    if end is not None:
        hours.used.append((schedule, "valid_to"))
    if end is not None and end < today:
        hours.problems.append(
            f"a schedule was valid only until {end}, which has passed: check the hours"
        )
    elif start is not None and start > today:
        hours.problems.append(f"a schedule starts on {start}: check the hours shown until then")
