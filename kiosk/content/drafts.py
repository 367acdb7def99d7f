"""Topics and services as plain data while their bundle is read, and the
model objects they become once the last file has been read.

Why not build `Topic` and `Resource` at once: Python's garbage collector walks every
tracked object at each full collection, and composing a large bundle's YAML
sets off a full collection every few hundred kilobytes (about 30 for a
10,000-service bundle). An instance of a Python class is always tracked;
a tuple whose items are strings, numbers, dates or such tuples is not, once
the collector has looked at it (a dict is not enough: a tuple holding one
stays tracked). Kept as drafts, the topics and services read so far cost
the collections nothing; as model objects (a service, its phones, address,
verification and texts: about ten objects each; a topic and its questions,
texts and references to services) they were walked again and again, and
on a 10,000-service bundle the walks took as long as the reading.

A draft holds exactly what was read and checked, field for field in the
model's order; `topic_from_draft` and `resource_from_draft` only wrap it,
so nothing is decided or checked twice.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.content.model import (
    Check,
    CheckedBy,
    CheckMethod,
    LangText,
    PhoneType,
    Place,
    Question,
    ResourceRef,
    Topic,
    VerifyMethod,
)
from kiosk.content.resource_model import Address, Phone, Resource, Verification

TextsDraft = tuple[str, ...]
"""A text in each language it is written in, as one flat tuple: language,
text, language, text... (one tuple per text, not one per language: a large
bundle has hundreds of thousands of them; see `texts_of`)."""

PhoneDraft = tuple[str, str, str, TextsDraft | None, str | None, Place, str | None, str | None]
"""`Phone`'s fields in order, its type as the enum's value."""

AddressDraft = tuple[str | None, str | None, str | None, str | None, str | None]
"""`Address`'s fields in order."""

VerificationDraft = tuple[date, str, str, str, Place]
"""`Verification`'s fields in order, its method as the enum's value."""

ResourceDraft = tuple[Any, ...]
"""`Resource`'s fields in order, its parts as drafts (see `resource_from_draft`)."""

CheckDraft = tuple[date, str, str, tuple[str, ...], Place]
"""`Check`'s fields in order, its role and method as the enums' values."""

QuestionDraft = tuple[
    TextsDraft, TextsDraft, tuple[str, ...], Place, CheckDraft | None, date | None
]
"""`Question`'s fields in order."""

RefDraft = tuple[str, Place]
"""`ResourceRef`'s fields."""

TopicDraft = tuple[
    str, int, TextsDraft, str | None, tuple[QuestionDraft, ...], tuple[RefDraft, ...], Place
]
"""`Topic`'s fields in order, its parts as drafts."""


def texts_of(draft: TextsDraft) -> dict[str, str]:
    """The texts of a `TextsDraft`, by language."""
    return dict(zip(draft[::2], draft[1::2], strict=True))


def _texts(draft: TextsDraft | None, default: str) -> LangText | None:
    return LangText(texts_of(draft), default) if draft is not None else None


def _phone(draft: PhoneDraft, default: str) -> Phone:
    number, display, kind, label, keyword, place, relay, dialled = draft
    return Phone(
        number=number,
        display=display,
        type=PhoneType(kind),
        label=_texts(label, default),
        keyword=keyword,
        place=place,
        relay=relay,
        dialled=dialled,
    )


def _address(draft: AddressDraft | None) -> Address | None:
    return Address(*draft) if draft is not None else None


def _verification(draft: VerificationDraft | None) -> Verification | None:
    if draft is None:
        return None
    on, by, method, source, place = draft
    return Verification(on=on, by=by, method=VerifyMethod(method), source=source, place=place)


def resource_from_draft(draft: ResourceDraft, default: str) -> Resource:
    """The service a draft describes; `default` is the bundle's default language."""
    (
        resource_id,
        name,
        slip_name,
        description,
        phones,
        address,
        hours,
        languages,
        cost,
        eligibility,
        website,
        verified,
        place,
        hsds_id,
        hsds_status,
    ) = draft
    return Resource(
        id=resource_id,
        name=LangText(texts_of(name), default),
        slip_name=_texts(slip_name, default),
        description=_texts(description, default),
        phones=tuple(_phone(phone, default) for phone in phones),
        address=_address(address),
        hours=_texts(hours, default),
        languages=languages,
        cost=_texts(cost, default),
        eligibility=_texts(eligibility, default),
        website=website,
        verified=_verification(verified),
        place=place,
        hsds_id=hsds_id,
        hsds_status=hsds_status,
    )


def _check(draft: CheckDraft | None) -> Check | None:
    if draft is None:
        return None
    on, by, method, sources, place = draft
    return Check(
        on=on,
        by=CheckedBy(by),
        method=CheckMethod(method),
        sources=sources,
        place=place,
    )


def _question(draft: QuestionDraft, default: str) -> Question:
    question, answer, sources, place, checked, as_of = draft
    return Question(
        question=LangText(texts_of(question), default),
        answer=LangText(texts_of(answer), default),
        sources=sources,
        place=place,
        checked=_check(checked),
        as_of=as_of,
    )


def topic_from_draft(draft: TopicDraft, default: str) -> Topic:
    """The topic a draft describes; `default` is the bundle's default language."""
    topic_id, order, title, icon, questions, refs, place = draft
    return Topic(
        id=topic_id,
        order=order,
        title=LangText(texts_of(title), default),
        icon=icon,
        questions=tuple(_question(question, default) for question in questions),
        resource_refs=tuple(ResourceRef(ref_id, ref_place) for ref_id, ref_place in refs),
        place=place,
    )
