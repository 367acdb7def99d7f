"""Topics for an imported directory: one per top-level taxonomy term, else one
"Services" topic listing everything.

Titles come from the directory's own term names; the report asks the editor
to check each is neutral, since people behind a visitor can read it.
"""

from __future__ import annotations

from typing import Any, Final

from kiosk.hsds.plan import ResourcePlan
from kiosk.hsds.report import ImportReport
from kiosk.hsds.texts import Words
from kiosk.hsds.usage import IdAllocator
from kiosk.hsds.values import shorten

# The loader's limits for a topic (kiosk.content.format.TOPIC).
MAX_RESOURCES_PER_TOPIC: Final = 500
MAX_TITLE: Final = 80


def plan_topics(
    resources: list[ResourcePlan], words: Words, language: str, report: ImportReport
) -> list[dict[str, Any]]:
    groups: dict[str, tuple[str, list[str]]] = {}
    untagged: list[str] = []
    for resource in resources:
        if not resource.terms:
            untagged.append(resource.id)
        for term in resource.terms:
            groups.setdefault(term.key, (term.title, []))[1].append(resource.id)
    ordered = sorted(groups.values(), key=lambda group: group[0].casefold())
    if untagged:
        ordered.append((words.other_services if groups else words.services, untagged))
    if groups:
        report.need(
            "",
            f"{len(groups)} topic(s) were made from the directory's taxonomy terms: check "
            "that every topic title is neutral, since people behind a visitor can read it",
        )
    ids = IdAllocator("topic")
    topics: list[dict[str, Any]] = []
    for title, members in ordered:
        if len(title) > MAX_TITLE:
            report.need("", f"topic title '{shorten(title, 50)}' was shortened to {MAX_TITLE}")
            title = shorten(title, MAX_TITLE)
        chunks = [
            members[start : start + MAX_RESOURCES_PER_TOPIC]
            for start in range(0, len(members), MAX_RESOURCES_PER_TOPIC)
        ]
        if len(chunks) > 1:
            report.need(
                "",
                f"topic '{title}' has {len(members)} services, more than the "
                f"{MAX_RESOURCES_PER_TOPIC} a topic can list: split into {len(chunks)} topics",
            )
        for number, chunk in enumerate(chunks, start=1):
            shown = title if len(chunks) == 1 else shorten(f"{title} ({number})", MAX_TITLE)
            topics.append(
                {
                    "id": ids.allocate(shown),
                    "order": 10 * (len(topics) + 1),
                    "title": {language: shown},
                    "resources": list(chunk),
                }
            )
    return topics
