"""The bundle as immutable data: what every other layer reads.

Nothing here knows about YAML or Qt. Objects carry the `Pos` they came from so
that rules spanning files can still point an editor at a line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Final

from kiosk.content.findings import Pos

if TYPE_CHECKING:
    from kiosk.content.resource_model import Address as Address
    from kiosk.content.resource_model import Phone as Phone
    from kiosk.content.resource_model import Resource as Resource
    from kiosk.content.resource_model import Verification as Verification

Place = tuple[str, int, int]
"""Where a model object was written: (file, line, col), as in `Pos`.

Model objects keep their place as this plain tuple and give it out as a
`Pos` (their `pos` property). A tuple of strings and numbers is an object
the garbage collector stops tracking, where a `Pos` is one more object it
walks at every full collection; a large bundle holds tens of thousands of
places, and the collections that run while it loads would walk them all."""


@dataclass(frozen=True, slots=True)
class Localized:
    """A text in the language it was found in; `fallback` when that is not the one asked for."""

    text: str
    language: str
    fallback: bool


class LangText(Mapping[str, str]):
    """Visible text in several languages; always holds the bundle's default language.

    Immutable: it keeps its own copy of the texts and offers no way to change
    it. The copy is a plain dict of strings, not wrapped in a read-only view,
    because a bundle holds tens of thousands of texts and such a dict is one
    the garbage collector does not track (a view object would be one more it
    walks at every full collection while a large bundle loads)."""

    __slots__ = ("_default", "_texts")

    def __init__(self, texts: Mapping[str, str], default: str) -> None:
        self._texts: dict[str, str] = dict(texts)
        self._default = default

    def __getitem__(self, language: str) -> str:
        return self._texts[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"LangText({self._texts!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LangText) and self._texts == other._texts

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._texts.items())))

    def get_localized(self, language: str) -> Localized:
        text = self._texts.get(language)
        if text is not None:
            return Localized(text, language, False)
        fallback = self._texts.get(self._default, "")
        return Localized(fallback, self._default, True)

    def in_language(self, language: str) -> str:
        return self.get_localized(language).text


class BundleStatus(StrEnum):
    SAMPLE = "sample"
    DRAFT = "draft"
    PUBLISHED = "published"


class PhoneType(StrEnum):
    VOICE = "voice"
    TEXT = "text"
    TTY = "tty"


class PhoneFormat(StrEnum):
    """A number the phone number library does not know, declared by the bundle."""

    SHORT_CODE = "short-code"  # a short code the library does not list for the region
    NEW_RANGE = "new-range"  # a full number in a range opened after the library's release


class VerifyMethod(StrEnum):
    PHONED = "phoned"
    EMAILED = "emailed"
    VISITED = "visited"
    DESK_CHECK = "desk-check"


# How old an answer's check may be unless the bundle says otherwise: law and
# programmes change faster than a service's phone number (a year).
CLAIMS_MAX_AGE_DAYS: Final = 180


class CheckMethod(StrEnum):
    """How an answer was checked against its sources."""

    DESK_CHECK = "desk-check"
    LEGAL_REVIEW = "legal-review"
    PHONED = "phoned"
    EMAILED = "emailed"


class CheckedBy(StrEnum):
    """Who checked an answer: a role, never a person's name. Visitors see it
    in their own language (the kiosk's catalogue names each role)."""

    SITE_STAFF = "site-staff"
    CONTENT_EDITOR = "content-editor"
    ADVOCATE = "advocate"
    LAWYER = "lawyer"
    LEGAL_AID = "legal-aid"


class Trust(StrEnum):
    """How far a visitor can rely on a resource's contact details today."""

    VERIFIED = "verified"
    STALE = "stale"
    UNVERIFIED = "unverified"


@dataclass(frozen=True, slots=True)
class Check:
    """When, by whom and how an answer was last checked, against which
    pages or statute sections."""

    on: date
    by: CheckedBy
    method: CheckMethod
    sources: tuple[str, ...]
    place: Place

    @property
    def pos(self) -> Pos:
        return Pos(*self.place)


@dataclass(frozen=True, slots=True)
class Question:
    question: LangText
    answer: LangText
    sources: tuple[str, ...]
    place: Place
    checked: Check | None = None
    # The day a claim about the law is stated for ("As of 1 December 2026").
    as_of: date | None = None

    @property
    def pos(self) -> Pos:
        return Pos(*self.place)

    def checked_long_ago(self, today: date, max_age_days: int) -> bool:
        """Checked longer ago than the bundle allows (or never)."""
        return self.checked is None or (today - self.checked.on).days > max_age_days


@dataclass(frozen=True, slots=True)
class ResourceRef:
    id: str
    place: Place

    @property
    def pos(self) -> Pos:
        return Pos(*self.place)


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    order: int
    title: LangText
    icon: str | None
    questions: tuple[Question, ...]
    resource_refs: tuple[ResourceRef, ...]
    place: Place

    @property
    def pos(self) -> Pos:
        return Pos(*self.place)

    @property
    def resource_ids(self) -> tuple[str, ...]:
        return tuple(ref.id for ref in self.resource_refs)


@dataclass(frozen=True, slots=True)
class Cover:
    title: LangText
    text: LangText


class IndexedResources(Mapping[str, "Resource"]):
    """Resources that can list every id and verification date without
    building each resource (a compiled bundle's: kiosk.content.compiled)."""

    def verified_dates(self) -> Iterator[tuple[str, date | None]]:
        raise NotImplementedError


@dataclass(frozen=True)
class Bundle:
    id: str
    version: int
    status: BundleStatus
    title: LangText
    region: str
    languages: tuple[str, ...]
    default_language: str
    review_by: date
    max_verification_age_days: int
    cover: Cover
    # None: the bundle has none, and a slip prints the kiosk's own neutral
    # heading in the slip's language (kiosk.printing.words).
    slip_heading: LangText | None
    sensitive_words: Mapping[str, tuple[str, ...]]
    topics: tuple[Topic, ...]
    resources: Mapping[str, Resource] = field(default_factory=dict)
    claims_max_age_days: int = CLAIMS_MAX_AGE_DAYS

    @property
    def is_sample(self) -> bool:
        return self.status is BundleStatus.SAMPLE

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    def resources_of(self, topic: Topic) -> list[Resource]:
        return [self.resources[ref.id] for ref in topic.resource_refs if ref.id in self.resources]

    def verified_dates(self) -> Iterator[tuple[str, date | None]]:
        """Each resource's id and the day it was last verified, in file
        order; from a compiled bundle's index, without decoding its resources."""
        if isinstance(self.resources, IndexedResources):
            return self.resources.verified_dates()
        return ((r.id, r.verified.on if r.verified else None) for r in self.resources.values())

    def trust(self, resource: Resource, today: date) -> Trust:
        return resource.trust(today, self.max_verification_age_days)


# A service's own types live in kiosk.content.resource_model and are created
# the first time one is asked for (`model.Resource` works as before): a start
# shows topics, and a compiled bundle decodes no service until a screen needs
# one, so the kiosk's first frame does not wait for four more classes.
_RESOURCE_TYPES: Final = frozenset({"Address", "Phone", "Resource", "Verification"})


def __getattr__(name: str) -> Any:
    if name in _RESOURCE_TYPES:
        from kiosk.content import resource_model

        return getattr(resource_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
