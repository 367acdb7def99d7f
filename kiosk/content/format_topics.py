"""The bundle format's topics/*.yaml: a topic, its checks and its questions,
read into drafts (kiosk.content.drafts)."""

from __future__ import annotations

from typing import Any, Final

from kiosk.content import model
from kiosk.content.drafts import (
    CheckDraft,
    QuestionDraft,
    RefDraft,
    TopicDraft,
)
from kiosk.content.format_fields import id_field
from kiosk.content.ids import ID_HINT, ID_PATTERN
from kiosk.content.nodes import Node
from kiosk.content.schema import (
    INVALID,
    Choice,
    Date,
    Field,
    Integer,
    LangMap,
    ListOf,
    ReadContext,
    Record,
    Text,
)

ICONS: Final = (
    "scales", "health", "home", "phone", "shield", "people", "info", "heart", "book", "hand",
)  # fmt: skip


def _build_checked(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    if not {"on", "by", "method"} <= values.keys():
        return None
    on = values["on"]
    if on > ctx.today:
        ctx.error(node, "checked-in-future", f"checked on {on}, which is after today ({ctx.today})")
    draft: CheckDraft = (
        on,
        str(values["by"]),
        str(values["method"]),
        tuple(values.get("sources", ())),
        ctx.place(node),
    )
    return draft


CHECKED = Record(
    {
        "on": Field(Date("When the answer was last checked against its sources"), required=True),
        "by": Field(
            Choice(tuple(model.CheckedBy), "Who checked it: a role, never a name"), required=True
        ),
        "method": Field(Choice(tuple(model.CheckMethod), "How it was checked"), required=True),
        "sources": Field(
            ListOf(
                Text(max_length=500),
                "The pages or statute sections it was checked against (not home pages)",
                max_items=20,
            ),
            required=True,
        ),
    },
    build=_build_checked,
    description="When, by whom and how an answer was last checked",
)


def _build_question(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    if "question" not in values or "answer" not in values:
        return None
    as_of = values.get("as_of")
    if as_of is not None and as_of > ctx.today:
        ctx.error(node, "as-of-in-future", f"as_of {as_of} is after today ({ctx.today})")
    draft: QuestionDraft = (
        values["question"],
        values["answer"],
        values.get("sources", ()),
        ctx.place(node),
        values.get("checked"),
        as_of,
    )
    return draft


QUESTION = Record(
    {
        "question": Field(
            LangMap("The question as a visitor would ask it", max_length=300, drafted=True),
            required=True,
        ),
        "answer": Field(LangMap("A short, plain answer", drafted=True), required=True),
        "sources": Field(
            ListOf(Text(max_length=300), "Citations shown in small print", max_items=20)
        ),
        "checked": Field(CHECKED),
        "as_of": Field(Date("For a claim about the law: the day it is stated for")),
    },
    build=_build_question,
    description="A question a visitor may have, and its answer",
)


class _ResourceRefSpec(Text):
    def read(self, node: Node, ctx: ReadContext) -> Any:
        value = super().read(node, ctx)
        if value is INVALID:
            return INVALID
        draft: RefDraft = (value, ctx.place(node))
        return draft


def _build_topic(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    if "id" not in values or "title" not in values:
        return None
    # A draft, in Topic's field order: kiosk.content.drafts says why.
    draft: TopicDraft = (
        values["id"],
        values.get("order", 1000),
        values["title"],
        values.get("icon"),
        tuple(q for q in values.get("questions", ()) if q is not None),
        values.get("resources", ()),
        ctx.place(node),
    )
    return draft


TOPIC = Record(
    {
        "id": Field(id_field("Unique id of the topic"), required=True),
        "order": Field(Integer("Sort key on the home screen", maximum=1_000_000)),
        "title": Field(
            LangMap(
                "A neutral title: people behind the visitor can see it", max_length=80, drafted=True
            ),
            required=True,
        ),
        "icon": Field(Choice(ICONS, "One of the kiosk's icons")),
        "questions": Field(
            ListOf(QUESTION, "Questions and answers, in the order shown", max_items=100)
        ),
        "resources": Field(
            ListOf(
                _ResourceRefSpec(
                    "Id of a resource", pattern=ID_PATTERN, pattern_hint=ID_HINT, max_length=64
                ),
                "Related resources, in the order shown",
                max_items=500,
            )
        ),
    },
    build=_build_topic,
    description="A topic button on the home screen and its questions",
)
