"""Rules that look across files: ids, references, verification and coverage.

Rules about a single value (types, phone numbers, dates, URLs) run while the
file is read, in `format`; these run once on the assembled bundle.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Final

from kiosk.content import model
from kiosk.content.findings import Findings, Pos
from kiosk.content.suggest import did_you_mean

# Findings that change with the date alone: a compiled bundle
# (kiosk.content.compiled) stores the others and works these out again, with
# check_review_date and check_verification_ages, for the day it is shown.
DATED_RULES: Final = frozenset({"review-overdue", "stale-verification", "stale-claim"})


def check_bundle(
    bundle: model.Bundle,
    resources_read: Sequence[model.Resource],
    findings: Findings,
    *,
    today: date,
    texts_by_language: dict[str, int],
    places: dict[str, Pos] | None = None,
    broken_files: set[str] | None = None,
    first_untranslated: dict[str, Pos] | None = None,
) -> None:
    """`places`: where bundle.yaml's fields are. `broken_files`: files that
    already have errors; rules skip what those errors would make them
    misreport (a resource that failed to load is not "missing").
    `first_untranslated`: where the first text without each language is."""
    places = places or {}
    broken = broken_files or set()

    def at(name: str) -> Pos:
        return places.get(name, Pos("bundle.yaml", 1, 1))

    _check_header(bundle, findings, at)
    _check_ids(bundle, resources_read, findings)
    if not any(f.startswith("resources/") for f in broken):
        _check_references(bundle, findings)
    intact = [r for r in bundle.resources.values() if r.place[0] not in broken]
    _check_verification(bundle, intact, findings)
    _check_directory_refresh(bundle, intact, findings)
    _check_claims(bundle, findings)
    _check_sources(bundle, intact, findings)
    check_review_date(bundle, findings, today=today, review_by_at=at("review_by"))
    check_verification_ages(
        bundle,
        ((r.id, r.verified.on if r.verified else None) for r in intact),
        findings,
        today=today,
    )
    check_claim_ages(bundle, findings, today=today)
    _check_coverage(bundle, findings, at("languages"), texts_by_language, first_untranslated or {})


def check_review_date(
    bundle: model.Bundle, findings: Findings, *, today: date, review_by_at: Pos
) -> None:
    """A DATED_RULE: a review date that has passed, as of `today`."""
    if bundle.review_by < today:
        findings.warning(
            review_by_at,
            "review-overdue",
            f"review_by {bundle.review_by} has passed; review every topic and contact, "
            "then set a new date and raise the version",
        )


def check_verification_ages(
    bundle: model.Bundle,
    verified_dates: Iterable[tuple[str, date | None]],
    findings: Findings,
    *,
    today: date,
) -> None:
    """A DATED_RULE: contacts last verified longer ago than the bundle
    allows, as of `today`. Only a stale contact is looked up, for the place
    of its `verified` record."""
    for resource_id, verified_on in verified_dates:
        if verified_on is None:
            continue
        age = (today - verified_on).days
        if age > bundle.max_verification_age_days:
            verified = bundle.resources[resource_id].verified
            findings.warning(
                verified.pos if verified else bundle.resources[resource_id].pos,
                "stale-verification",
                f"'{resource_id}' was last verified {age} days ago ({verified_on}), more than "
                f"{bundle.max_verification_age_days}; check it again",
            )


def check_claim_ages(bundle: model.Bundle, findings: Findings, *, today: date) -> None:
    """A DATED_RULE: answers last checked longer ago than the bundle allows."""
    for topic in bundle.topics:
        for question in topic.questions:
            checked = question.checked
            if checked is None:
                continue
            age = (today - checked.on).days
            if age > bundle.claims_max_age_days:
                findings.warning(
                    checked.pos,
                    "stale-claim",
                    f"this answer was last checked {age} days ago ({checked.on}), more than "
                    f"{bundle.claims_max_age_days}; check it against its sources again",
                )


def _check_claims(bundle: model.Bundle, findings: Findings) -> None:
    """Answers with no check record: an error in a published bundle."""
    published = bundle.status is model.BundleStatus.PUBLISHED
    for topic in bundle.topics:
        for question in topic.questions:
            if question.checked is not None:
                continue
            message = (
                "this answer has no 'checked:' entry; check it against its sources and add "
                "checked: {on, by, method, sources}"
            )
            if published:
                findings.error(question.pos, "unchecked-answer", message)
            else:
                findings.warning(question.pos, "unchecked-answer", message)


def _check_sources(
    bundle: model.Bundle, resources: list[model.Resource], findings: Findings
) -> None:
    """A source is the page or statute section that says it, not a site's
    home page, where nobody checking again could find the claim."""
    for topic in bundle.topics:
        for question in topic.questions:
            if question.checked is not None:
                for source in question.checked.sources:
                    _warn_home_page(source, question.checked.pos, findings)
    for resource in resources:
        if resource.verified is not None:
            _warn_home_page(resource.verified.source, resource.verified.pos, findings)


def _warn_home_page(source: str, pos: Pos, findings: Findings) -> None:
    if is_home_page(source):
        findings.warning(
            pos,
            "source-home-page",
            f"'{source}' is a home page; name the page or statute section that says this",
        )


_HOME_PAGE = re.compile(r"https?://[^/?#\s]+/?", re.IGNORECASE)


def is_home_page(source: str) -> bool:
    """A web address with nothing after its host but a slash."""
    return _HOME_PAGE.fullmatch(source.strip()) is not None


def _check_header(bundle: model.Bundle, findings: Findings, at: Callable[[str], Pos]) -> None:
    if len(set(bundle.languages)) != len(bundle.languages):
        findings.error(
            at("languages"), "duplicate-language", "a language is listed twice in languages"
        )
    if bundle.is_sample:
        findings.warning(
            at("status"),
            "sample-bundle",
            "status is 'sample': every screen says so; a site must review it before real use",
        )
    if not bundle.topics:
        findings.error(Pos("topics"), "no-topics", "the bundle has no topics; add topics/*.yaml")


def _check_ids(
    bundle: model.Bundle, resources_read: Sequence[model.Resource], findings: Findings
) -> None:
    first_topic: dict[str, Pos] = {}
    for topic in bundle.topics:
        if topic.id in first_topic:
            findings.error(
                topic.pos,
                "duplicate-id",
                f"topic id '{topic.id}' is also used at {first_topic[topic.id]}; "
                "ids must be unique",
            )
        else:
            first_topic[topic.id] = topic.pos
    first_resource: dict[str, Pos] = {}
    for resource in resources_read:
        if resource.id in first_resource:
            findings.error(
                resource.pos,
                "duplicate-id",
                f"resource id '{resource.id}' is also used at {first_resource[resource.id]}; "
                "ids must be unique",
            )
        else:
            first_resource[resource.id] = resource.pos


def _check_references(bundle: model.Bundle, findings: Findings) -> None:
    used: set[str] = set()
    for topic in bundle.topics:
        seen: set[str] = set()
        for ref in topic.resource_refs:
            if ref.id not in bundle.resources:
                findings.error(
                    ref.pos,
                    "dangling-reference",
                    f"no resource has the id '{ref.id}'{did_you_mean(ref.id, bundle.resources)}",
                )
            elif ref.id in seen:
                findings.warning(ref.pos, "duplicate-reference", f"'{ref.id}' is listed twice")
            seen.add(ref.id)
        used |= seen
        if not topic.questions and not topic.resource_refs:
            findings.warning(
                topic.pos, "empty-topic", "this topic has no questions and no resources"
            )
    for resource in bundle.resources.values():
        if resource.id not in used:
            findings.warning(
                resource.pos,
                "unreachable-resource",
                f"no topic lists '{resource.id}', so visitors cannot reach it; add it to a topic",
            )
        if not resource.phones and not resource.website and not resource.address:
            findings.warning(
                resource.pos,
                "no-contact",
                "this resource has no phone, website or address for a visitor to use",
            )


def _check_verification(
    bundle: model.Bundle, resources: list[model.Resource], findings: Findings
) -> None:
    """Contacts with no verification at all (their age: check_verification_ages)."""
    published = bundle.status is model.BundleStatus.PUBLISHED
    for resource in resources:
        if resource.verified is None:
            message = (
                f"'{resource.id}' has no 'verified:' entry, so the kiosk marks it unverified; "
                "check the details and add verified: {on, by, method, source}"
            )
            if published:
                findings.error(resource.pos, "unverified", message)
            else:
                findings.warning(resource.pos, "unverified", message)


def _check_directory_refresh(
    bundle: model.Bundle, resources: list[model.Resource], findings: Findings
) -> None:
    """What a refresh from an HSDS directory left for an editor to decide. A
    published bundle cannot keep a service its directory no longer lists, nor
    one nobody has looked at yet."""
    published = bundle.status is model.BundleStatus.PUBLISHED
    report = findings.error if published else findings.warning
    for resource in resources:
        if resource.hsds_status == "removed-upstream":
            report(
                resource.pos,
                "removed-upstream",
                f"'{resource.id}' is no longer in the directory's export: check whether the "
                "service still exists, then delete the resource or remove 'hsds_status'",
            )
        elif resource.hsds_status == "new-upstream":
            report(
                resource.pos,
                "new-upstream",
                f"'{resource.id}' was added by a refresh from the directory: check it, add it "
                "to a topic, then remove 'hsds_status'",
            )


def _check_coverage(
    bundle: model.Bundle,
    findings: Findings,
    where: Pos,
    counts: dict[str, int],
    first_untranslated: dict[str, Pos],
) -> None:
    """One warning a language, at the first text without it (where the
    editor starts translating), or at `languages` when that is not known."""
    total = counts.get(bundle.default_language, 0)
    if not total:
        return
    for language in bundle.languages:
        if language == bundle.default_language:
            continue
        have = counts.get(language, 0)
        if have < total:
            first = first_untranslated.get(language)
            findings.warning(
                first or where,
                "incomplete-translation",
                f"'{language}' has {have} of {total} texts ({coverage(have, total)})"
                + ("; this is the first text without it" if first else "")
                + f"; the rest is shown in '{bundle.default_language}'",
            )


def coverage(have: int, total: int) -> str:
    return f"{100 * have // total}%" if total else "100%"
