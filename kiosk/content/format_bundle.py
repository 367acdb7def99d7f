"""The bundle format's bundle.yaml: what the bundle is, its cover and its
word lists."""

from __future__ import annotations

from typing import Any, Final

from kiosk.content import model
from kiosk.content.format_fields import LANGUAGE, id_field
from kiosk.content.nodes import Mapping, Node
from kiosk.content.schema import (
    LANGUAGE_CODE,
    Choice,
    Date,
    Field,
    Integer,
    LangMap,
    ListOf,
    ReadContext,
    Record,
    Text,
    _with_description,
)


def _build_cover(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    if "title" not in values or "text" not in values:
        return None
    return model.Cover(values["title"], values["text"])


COVER = Record(
    {
        "title": Field(LangMap("The cover's neutral heading", max_length=120), required=True),
        "text": Field(
            LangMap("A line that says nothing about the topics", max_length=600), required=True
        ),
    },
    build=_build_cover,
    description="The neutral cover screen, shown when idle and after a quick exit",
)


class _WordLists(LangMap):
    """sensitive_words: {en: [word, ...], es: [...]}: lists, not texts."""

    def __init__(self) -> None:
        super().__init__("Words that must never be printed on a discreet slip")
        self.words = ListOf(Text(max_length=80), max_items=500)

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if not self._checked(node, ctx):
            return {}
        if not isinstance(node, Mapping):
            ctx.error(
                node, "expected-mapping", "expected word lists per language: {en: [word, ...]}"
            )
            return {}
        from kiosk.content.schema import _language_key

        result: dict[str, tuple[str, ...]] = {}
        for key_node, value_node in node.value:
            language = _language_key(key_node, ctx)
            words = self.words.read(value_node, ctx)
            if language is not None and words:
                result[language] = tuple(w.casefold() for w in words)
        return result

    def json_schema(self) -> dict[str, Any]:
        schema = {
            "type": "object",
            "propertyNames": {"pattern": f"^(?:{LANGUAGE_CODE})$"},
            "additionalProperties": self.words.json_schema(),
        }
        return _with_description(schema, self.description)


BUNDLE_FIELDS: Final = {
    "id": Field(id_field("The bundle's id"), required=True),
    "version": Field(Integer("Raise it with every release", minimum=1), required=True),
    "status": Field(Choice(tuple(model.BundleStatus), "sample, draft or published"), required=True),
    "title": Field(LangMap("The bundle's name, shown to staff", max_length=120), required=True),
    "region": Field(
        Text(
            "Country whose phone numbers the bundle uses",
            pattern="[A-Z]{2}",
            pattern_hint="an ISO country code such as US",
        ),
        required=True,
    ),
    "languages": Field(
        ListOf(LANGUAGE, "Every language the bundle has text in", min_items=1, max_items=50),
        required=True,
    ),
    "default_language": Field(
        Text(
            "The language every text must have; the others fall back to it",
            pattern=LANGUAGE.pattern,
            pattern_hint=LANGUAGE.pattern_hint,
            max_length=LANGUAGE.max_length,
        ),
        required=True,
    ),
    "review_by": Field(
        Date("The date by which the whole bundle must be reviewed again"), required=True
    ),
    "max_verification_age_days": Field(Integer("Default 365", minimum=1, maximum=3650)),
    "claims_max_age_days": Field(
        Integer("How old an answer's check may be, in days; default 180", minimum=1, maximum=3650)
    ),
    "cover": Field(COVER, required=True),
    "slip_heading": Field(LangMap("A neutral heading for printed slips", max_length=60)),
    "sensitive_words": Field(_WordLists()),
}

BUNDLE = Record(BUNDLE_FIELDS, description="bundle.yaml: what the bundle is")
