"""The bundle format: what each file holds, as specs that read YAML nodes into
model objects. `kiosk.content.jsonschema` publishes the same specs as JSON Schema.
"""

from __future__ import annotations

from typing import Any, Final

from kiosk.content import model
from kiosk.content.drafts import (
    AddressDraft,
    CheckDraft,
    PhoneDraft,
    QuestionDraft,
    RefDraft,
    ResourceDraft,
    TextsDraft,
    TopicDraft,
    VerificationDraft,
)
from kiosk.content.findings import Pos
from kiosk.content.ids import ID_HINT, ID_PATTERN
from kiosk.content.nodes import Mapping, Node, Scalar
from kiosk.content.phones import (
    ParsedPhone,
    PhoneProblem,
    parse_new_range,
    parse_phone,
    parse_relayed,
    parse_short_code,
)
from kiosk.content.schema import (
    INVALID,
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

ICONS: Final = (
    "scales", "health", "home", "phone", "shield", "people", "info", "heart", "book", "hand",
)  # fmt: skip
URL_PATTERN: Final = r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#][^\s]*)?"


def _id(description: str) -> Text:
    return Text(description, pattern=ID_PATTERN, pattern_hint=ID_HINT, max_length=64)


LANGUAGE = Text(
    "A language code such as en, es, ar or zh-Hans",
    pattern=LANGUAGE_CODE,
    pattern_hint="write a language code such as en, es or zh-Hans",
    max_length=20,
)


# --- resources ---------------------------------------------------------------


def _declared(node: Node, key: str) -> Node:
    """The value node of a phone's declaration: where the validator says it was made."""
    assert isinstance(node, Mapping)  # a Record builds from a mapping only
    found: Node = next(value for k, value in node.value if k.value == key)
    return found


def _read_number(
    values: dict[str, Any], node: Node, ctx: ReadContext
) -> ParsedPhone | PhoneProblem | None:
    """The number as the library reads it, or as the bundle declares it (with a
    warning that says so); None when the declaration itself is wrong."""
    number: str = values["number"]
    declared_format, relay = values.get("format"), values.get("relay")
    if declared_format is None and relay is None:
        return parse_phone(number, ctx.region)
    if declared_format is not None and relay is not None:
        ctx.error(
            node,
            "bad-phone",
            "write either 'format' or 'relay', not both: a relay prefix goes before a "
            "number the phone number library knows",
        )
        return None
    kind = values.get("type", "voice")
    if relay is not None and kind == model.PhoneType.TEXT:
        ctx.error(
            node,
            "bad-phone",
            "a relay prefix is dialled, never texted: write 'type: tty' (a textphone "
            "calls through the relay) or 'type: voice' (a voice caller reaches a textphone)",
        )
        return None
    at = _declared(node, "relay" if relay is not None else "format")
    where = str(ctx.pos(at))
    if relay is not None:
        read = parse_relayed(number, relay, ctx.region, where)
    elif declared_format == model.PhoneFormat.SHORT_CODE:
        read = parse_short_code(number, ctx.region, where)
    else:
        read = parse_new_range(number, ctx.region, where)
    if isinstance(read, PhoneProblem):
        return read
    ctx.warning(_declared(node, "number"), read.rule, read.message)
    return read.phone


def _build_phone(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    number = values.get("number")
    if number is None:
        return None
    parsed = _read_number(values, node, ctx)
    if parsed is None:
        return None
    if isinstance(parsed, PhoneProblem):
        ctx.error(node, "bad-phone", parsed.message)
        return None
    kind = model.PhoneType(values.get("type", "voice"))
    if parsed.sms_only and kind is not model.PhoneType.TEXT:
        ctx.error(
            node,
            "bad-phone",
            f"{number!r} is a text-message short code; it cannot be called: write 'type: text'",
        )
        return None
    draft: PhoneDraft = (
        parsed.canonical,
        parsed.display,
        kind.value,
        values.get("label"),
        values.get("keyword"),
        ctx.place(node),
        values.get("relay"),
        parsed.dialled,
    )
    return draft


PHONE = Record(
    {
        "number": Field(Text("The number in any common format", max_length=40), required=True),
        "type": Field(Choice(tuple(model.PhoneType), "voice (default), text (SMS) or tty")),
        "label": Field(
            LangMap("A short note shown beside the number", max_length=80, drafted=True)
        ),
        "keyword": Field(Text("For text numbers: the word to send", max_length=30)),
        "format": Field(
            Choice(
                tuple(model.PhoneFormat),
                "Only for a number the phone number library does not know: short-code "
                "(dialled as written) or new-range (a full number in a new range); "
                "the validator warns about every one",
            )
        ),
        "relay": Field(
            Text(
                'A relay service\'s prefix dialled before the number, such as "18001" '
                "(UK Relay); the validator warns about every one",
                pattern=r"\d{3,6}",
                pattern_hint='write the relay prefix in digits only, such as "18001"',
                max_length=6,
            )
        ),
    },
    build=_build_phone,
    description="A number to call or text",
)


def _build_address(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    draft: AddressDraft = (
        values.get("street"),
        values.get("city"),
        values.get("state"),
        values.get("postal_code"),
        values.get("country"),
    )
    return draft


ADDRESS = Record(
    {
        "street": Field(Text("Street and number, as written on a letter", max_length=200)),
        "city": Field(Text("Town or city", max_length=100)),
        "state": Field(Text("State, province or county", max_length=100)),
        "postal_code": Field(Text('Quote it: "63366"', max_length=20)),
        "country": Field(Text("ISO 3166-1 code", pattern="[A-Z]{2}", pattern_hint="such as US")),
    },
    build=_build_address,
    description="The service's address, printed on a slip and shown as text",
)


def _build_verified(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    if "on" not in values or "method" not in values:
        return None
    on = values["on"]
    place = ctx.place(node)
    if on > ctx.today:
        ctx.error(
            node, "verified-in-future", f"verified on {on}, which is after today ({ctx.today})"
        )
    draft: VerificationDraft = (
        on,
        values.get("by", ""),
        str(values["method"]),
        values.get("source", ""),
        place,
    )
    return draft


VERIFIED = Record(
    {
        "on": Field(Date("When the details were last checked"), required=True),
        "by": Field(Text("Who checked them", max_length=200), required=True),
        "method": Field(Choice(tuple(model.VerifyMethod), "How they were checked"), required=True),
        "source": Field(
            Text("Where they were checked (a web page, a named person)", max_length=500)
        ),
    },
    build=_build_verified,
    description="When, how and by whom the contact details were last checked",
)


def _check_slip_name(drafted: TextsDraft, node: Node, ctx: ReadContext) -> None:
    """A slip name holds no sensitive word, in any of the bundle's languages,
    however it is spelt: words are compared as the slip composer compares
    them, on skeletons (kiosk.content.normalise), so a soft hyphen, a
    zero-width space or a Cyrillic look-alike letter hides nothing. The
    finding names the word's own line and column inside the text."""
    from kiosk.content.normalise import SensitiveWords  # ICU: only when needed
    from kiosk.content.scalar_place import place_in_scalar

    words = SensitiveWords.of(ctx.sensitive_words)
    if not words:
        return
    slip_name = dict(drafted)
    value = _declared(node, "slip_name")
    if isinstance(value, Mapping):
        texts = [(k.value, v) for k, v in value.value if k.value in slip_name]
    else:
        texts = [(ctx.default_language, value)]
    for language, text_node in texts:
        text = slip_name[language]
        hit = words.first_hit(text)
        if hit is None or not isinstance(text_node, Scalar):
            continue
        word, start = hit
        # Text specs strip the value; the node holds it as written.
        lead = len(text_node.value) - len(text_node.value.lstrip())
        line, col = place_in_scalar(ctx.source, text_node, start + lead)
        ctx.findings.error(
            Pos(ctx.file, line, col),
            "sensitive-slip-name",
            f"slip_name ({language}) {text!r} contains '{word}', a word listed in "
            "sensitive_words; slips must not say what they are about",
        )


def _build_resource(values: dict[str, Any], node: Node, ctx: ReadContext) -> Any:
    if "id" not in values or "name" not in values:
        return None
    if "slip_name" in values and ctx.sensitive_words:
        _check_slip_name(values["slip_name"], node, ctx)
    # A draft, in Resource's field order: kiosk.content.drafts says why.
    draft: ResourceDraft = (
        values["id"],
        values["name"],
        values.get("slip_name"),
        values.get("description"),
        tuple(p for p in values.get("phones", ()) if p is not None),
        values.get("address"),
        values.get("hours"),
        values.get("languages", ()),
        values.get("cost"),
        values.get("eligibility"),
        values.get("website"),
        values.get("verified"),
        ctx.place(node),
        values.get("hsds_id"),
        values.get("hsds_status"),
    )
    return draft


# What a refresh from an HSDS directory (`kiosk import-hsds --into`) marks.
HSDS_STATUSES: Final = ("new-upstream", "removed-upstream")

RESOURCE = Record(
    {
        "id": Field(_id("Unique id of the resource"), required=True),
        "name": Field(LangMap("The service's name", max_length=200, drafted=True), required=True),
        "slip_name": Field(
            LangMap(
                "A discreet name printed on slips instead of the name", max_length=80, drafted=True
            )
        ),
        "description": Field(LangMap("What the service does, in a sentence or two", drafted=True)),
        "phones": Field(ListOf(PHONE, "Numbers to call or text, most useful first", max_items=20)),
        "address": Field(ADDRESS),
        "hours": Field(LangMap("Opening hours in words", max_length=500, drafted=True)),
        "languages": Field(ListOf(LANGUAGE, "Languages spoken by the service", max_items=100)),
        "cost": Field(
            LangMap("What it costs a visitor, such as Free", max_length=500, drafted=True)
        ),
        "eligibility": Field(LangMap("Who the service is for", max_length=1000, drafted=True)),
        "website": Field(
            Text(
                "Shown as text or a QR code, never opened",
                pattern=URL_PATTERN,
                pattern_hint="write a full address starting with https://",
                max_length=500,
            )
        ),
        "verified": Field(VERIFIED),
        "hsds_id": Field(
            Text("The directory's id for this service (kept by kiosk import-hsds)", max_length=200)
        ),
        "hsds_status": Field(
            Choice(
                HSDS_STATUSES,
                "Set by a refresh from the directory: remove it once an editor has decided",
            )
        ),
    },
    build=_build_resource,
    description="A service a visitor can contact",
)

# A resources/*.yaml file holds one resource, or a list of them.
RESOURCE_LIST = ListOf(RESOURCE, max_items=10_000)


# --- topics ------------------------------------------------------------------


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
        "id": Field(_id("Unique id of the topic"), required=True),
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


# --- bundle.yaml -------------------------------------------------------------


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
    "id": Field(_id("The bundle's id"), required=True),
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
