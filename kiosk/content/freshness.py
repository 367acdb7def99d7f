"""How long ago each resource was verified and each answer checked, in the
buckets the staff panel charts: what to re-check first, at a glance."""

from __future__ import annotations

from datetime import date
from enum import Enum

from kiosk.content.model import Bundle


class Age(Enum):
    WITHIN_3_MONTHS = "within 3 months"
    WITHIN_6_MONTHS = "3 to 6 months"
    WITHIN_12_MONTHS = "6 to 12 months"
    OLDER = "older"
    NEVER = "never verified"


def age_of(verified_on: date | None, today: date) -> Age:
    if verified_on is None:
        return Age.NEVER
    days = (today - verified_on).days
    if days <= 91:
        return Age.WITHIN_3_MONTHS
    if days <= 182:
        return Age.WITHIN_6_MONTHS
    if days <= 365:
        return Age.WITHIN_12_MONTHS
    return Age.OLDER


def verification_ages(bundle: Bundle, today: date) -> dict[Age, int]:
    counts = dict.fromkeys(Age, 0)
    for _, verified_on in bundle.verified_dates():
        counts[age_of(verified_on, today)] += 1
    return counts


def claim_ages(bundle: Bundle, today: date) -> dict[Age, int]:
    """The same buckets for the answers (NEVER: no check record)."""
    counts = dict.fromkeys(Age, 0)
    for topic in bundle.topics:
        for question in topic.questions:
            checked = question.checked
            counts[age_of(checked.on if checked else None, today)] += 1
    return counts
