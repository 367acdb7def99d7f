"""What is due for re-checking in a bundle: contacts and answers, oldest
first, with what to check for each.

A site re-checks its content the way 211 services do: once a year a staff
member phones each service (number, hours, address), and answers about the
law are read again against their sources more often (`claims_max_age_days`).
`due_for_recheck` makes that list; `kiosk due` prints it as a call sheet and
`kiosk mark-checked` records each result (kiosk.content.mark_checked).

An answer has no id of its own, so it is named by its topic and its place
in the topic: `laws-and-rights#2` is the topic's second question.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kiosk.content import model


class DueKind(StrEnum):
    CONTACT = "contact"
    ANSWER = "answer"


@dataclass(frozen=True)
class DueItem:
    """One contact or answer to check again, and what to check."""

    kind: DueKind
    id: str  # a resource id, or TOPIC#N for an answer
    title: str  # the service's name, or the question, in the default language
    last_checked: date | None
    due: date  # the day it stops being current (today, if it never was checked)
    by: str  # who checked it last ("" if nobody did)
    method: str
    to_check: tuple[tuple[str, str], ...]  # (what, value) lines for the call sheet
    sources: tuple[str, ...]

    def age_days(self, today: date) -> int | None:
        return None if self.last_checked is None else (today - self.last_checked).days


def answer_id(topic: model.Topic, index: int) -> str:
    """The id `kiosk due` and `kiosk mark-checked` use for a topic's answer (0-based index)."""
    return f"{topic.id}#{index + 1}"


def due_for_recheck(bundle: model.Bundle, *, today: date, within_days: int = 0) -> list[DueItem]:
    """Every contact and answer that is unchecked, or whose check runs out
    within `within_days` of `today`; never checked first, then oldest first."""
    horizon = today + timedelta(days=within_days)
    items = [*_contacts(bundle, today), *_answers(bundle, today)]
    due = [item for item in items if item.due <= horizon]
    return sorted(
        due, key=lambda i: (i.last_checked is not None, i.last_checked or today, i.kind, i.id)
    )


def _contacts(bundle: model.Bundle, today: date) -> list[DueItem]:
    d = bundle.default_language
    max_age = timedelta(days=bundle.max_verification_age_days)
    items = []
    for resource in bundle.resources.values():
        verified = resource.verified
        lines = [
            (
                f"phone ({phone.type})",
                phone.display + (f", text {phone.keyword}" if phone.keyword else ""),
            )
            for phone in resource.phones
        ]
        if resource.hours is not None:
            lines.append(("hours", resource.hours.in_language(d)))
        if resource.address is not None:
            lines.append(("address", ", ".join(resource.address.lines())))
        if resource.website:
            lines.append(("website", resource.website))
        if resource.cost is not None:
            lines.append(("cost", resource.cost.in_language(d)))
        items.append(
            DueItem(
                kind=DueKind.CONTACT,
                id=resource.id,
                title=resource.name.in_language(d),
                last_checked=verified.on if verified else None,
                due=verified.on + max_age if verified else today,
                by=verified.by if verified else "",
                method=str(verified.method) if verified else "",
                to_check=tuple(lines),
                sources=(verified.source,) if verified and verified.source else (),
            )
        )
    return items


def _answers(bundle: model.Bundle, today: date) -> list[DueItem]:
    d = bundle.default_language
    max_age = timedelta(days=bundle.claims_max_age_days)
    items = []
    for topic in bundle.topics:
        for index, question in enumerate(topic.questions):
            checked = question.checked
            lines = [("answer", question.answer.in_language(d))]
            if question.as_of is not None:
                lines.append(("stated as of", question.as_of.isoformat()))
            if question.sources:
                lines.append(("citations shown", "; ".join(question.sources)))
            items.append(
                DueItem(
                    kind=DueKind.ANSWER,
                    id=answer_id(topic, index),
                    title=question.question.in_language(d),
                    last_checked=checked.on if checked else None,
                    due=checked.on + max_age if checked else today,
                    by=str(checked.by) if checked else "",
                    method=str(checked.method) if checked else "",
                    to_check=tuple(lines),
                    sources=checked.sources if checked else (),
                )
            )
    return items
