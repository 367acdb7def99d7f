"""The bundle format's resources/*.yaml: a resource (one service) with its
phones, address and verification, read into drafts (kiosk.content.drafts)."""

from __future__ import annotations

from typing import Any, Final

from kiosk.content import model
from kiosk.content.drafts import (
    AddressDraft,
    PhoneDraft,
    ResourceDraft,
    TextsDraft,
    VerificationDraft,
    texts_of,
)
from kiosk.content.findings import Pos
from kiosk.content.format_fields import LANGUAGE, id_field
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
    Choice,
    Date,
    Field,
    LangMap,
    ListOf,
    ReadContext,
    Record,
    Text,
)

URL_PATTERN: Final = r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#][^\s]*)?"


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
    slip_name = texts_of(drafted)
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
        "id": Field(id_field("Unique id of the resource"), required=True),
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
