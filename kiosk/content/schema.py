"""Small declarative specs that read YAML nodes into values and describe
themselves as JSON Schema.

One description serves both the loader (with file:line:col findings) and the
published JSON Schema that editors' tools use, so the two cannot drift apart.

Reading never raises for bad content: a spec reports a finding and returns
`INVALID`; the caller goes on, so one pass reports every problem in a file.
Each spec reads a value in one path that tests the common, well-formed case
first, so a valid bundle pays for few checks.

Why one module of this size: the specs are one small language (each spec
reads, reports and describes itself); split, a change to how findings are
reported would have to be made in several files at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from typing import Any, Final

from kiosk.content.findings import Findings, Pos
from kiosk.content.model import LangText, Place
from kiosk.content.nodes import ImplicitTag, Mapping, Node, Scalar, Sequence
from kiosk.content.suggest import did_you_mean
from kiosk.content.visible import text_problem

STR: Final = "tag:yaml.org,2002:str"
MAP: Final = "tag:yaml.org,2002:map"
SEQ: Final = "tag:yaml.org,2002:seq"
INT: Final = "tag:yaml.org,2002:int"
TIMESTAMP: Final = "tag:yaml.org,2002:timestamp"
_PLAIN_TAG_KIND: Final = {
    "tag:yaml.org,2002:bool": "true/false",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "empty (null)",
    TIMESTAMP: "a date",
}
_STANDARD_TAGS: Final = frozenset({STR, INT, TIMESTAMP, MAP, SEQ, *_PLAIN_TAG_KIND})
# Repeating an anchor lets a small file expand into a huge tree; real bundles
# need few or none.
MAX_ALIAS_REUSE: Final = 100


class _Invalid:
    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"

    def __bool__(self) -> bool:
        return False


INVALID: Final = _Invalid()


@dataclass
class ReadContext:
    """What reading one file needs to know about the bundle around it."""

    file: str
    findings: Findings
    default_language: str = "en"
    languages: tuple[str, ...] = ()
    region: str = "US"
    today: date = field(default_factory=date.today)
    seen_collections: set[int] = field(default_factory=set)
    alias_reuse: int = 0
    texts_by_language: dict[str, int] = field(default_factory=dict)
    # Where the first text without each declared language is, for the
    # translation warning; shared by every file's context, like the counts.
    first_untranslated: dict[str, Pos] = field(default_factory=dict)
    # The file's text, to place a finding inside a text (kiosk.content.scalar_place).
    source: str = ""
    # bundle.yaml's sensitive words, for the slip-name rule (kiosk.content.format).
    sensitive_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _language_keys: tuple[tuple[str, ...], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )

    def language_keys(self) -> frozenset[str]:
        """The declared languages that are well-formed codes: a key among them
        needs no check (see `_language_key`)."""
        cached = self._language_keys
        if cached is None or cached[0] is not self.languages:
            codes = frozenset(c for c in self.languages if _LANGUAGE_RE.fullmatch(c))
            cached = self._language_keys = (self.languages, codes)
        return cached[1]

    def pos(self, node: Node) -> Pos:
        mark = node.start_mark
        return Pos(self.file, mark.line + 1, mark.column + 1)

    def place(self, node: Node) -> Place:
        """Where `node` starts, as a model object keeps it (`model.Place`)."""
        mark = node.start_mark
        return (self.file, mark.line + 1, mark.column + 1)

    def error(self, node: Node, rule: str, message: str) -> None:
        self.findings.error(self.pos(node), rule, message)

    def warning(self, node: Node, rule: str, message: str) -> None:
        self.findings.warning(self.pos(node), rule, message)


class Spec:
    """What a value must look like. Subclasses read one node."""

    description: str = ""

    def read(self, node: Node, ctx: ReadContext) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def _checked(self, node: Node, ctx: ReadContext) -> bool:
        """Refuse non-standard tags such as `!!python/object` before anything else."""
        if node.tag not in _STANDARD_TAGS:
            ctx.error(node, "yaml-tag", f"the YAML tag '{node.tag}' is not allowed; remove it")
            return False
        if isinstance(node, (Mapping, Sequence)):
            key = id(node)
            if key in ctx.seen_collections:
                ctx.alias_reuse += 1
                if ctx.alias_reuse == MAX_ALIAS_REUSE + 1:
                    ctx.error(
                        node,
                        "too-many-aliases",
                        f"aliases (*name) are reused more than {MAX_ALIAS_REUSE} times; "
                        "write the values out",
                    )
                if ctx.alias_reuse > MAX_ALIAS_REUSE:
                    return False
            else:
                ctx.seen_collections.add(key)
        return True


def _first_plain(node: Node, kind: type[Node], tag: str, ctx: ReadContext) -> bool:
    """True for the common case of a collection: of the `kind` expected,
    with its standard `tag`, met for the first time (no alias repeats it),
    which `Spec._checked` would pass and the caller may read at once; it is
    then recorded as seen, as `_checked` records it. False for anything else,
    which the caller hands to `_checked` and its own type check."""
    if type(node) is not kind or node.tag != tag:
        return False
    seen = ctx.seen_collections
    key = id(node)
    if key in seen:
        return False
    seen.add(key)
    return True


def _with_description(schema: dict[str, Any], description: str) -> dict[str, Any]:
    """One text for every editor: `description` for JSON Schema tools,
    `markdownDescription` for VS Code's YAML extension, which shows it on hover."""
    if description:
        schema["description"] = description
        schema["markdownDescription"] = description
    return schema


# Field names that a YAML 1.1 reader (an editor set to `yaml.yamlVersion: "1.1"`,
# as the editor guide advises) turns into a boolean key; the kiosk takes every
# field name literally (see `_key_text`), so the schema accepts the key both ways.
_YAML11_BOOLEAN_NAMES: Final = {
    **dict.fromkeys(("on", "yes", "y"), "true"),
    **dict.fromkeys(("off", "no", "n"), "false"),
}


class Text(Spec):
    """A piece of text. Plain values that YAML 1.1 would turn into something
    else (`no` -> false, `10:30` -> 630, `01234` -> 668) are refused with a
    hint to quote them, instead of being silently mangled."""

    def __init__(
        self,
        description: str = "",
        *,
        pattern: str | None = None,
        pattern_hint: str = "",
        max_length: int = 5000,
    ) -> None:
        self.description = description
        self.pattern = pattern
        self._regex = re.compile(pattern) if pattern else None
        self.pattern_hint = pattern_hint
        self.max_length = max_length

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if type(node) is not Scalar or node.tag != STR:
            return self._refuse_non_text(node, ctx)
        value: str = node.value.strip()
        if not value:
            ctx.error(node, "empty-value", "this text is empty; write the text or remove the field")
            return INVALID
        if len(value) > self.max_length:
            ctx.error(
                node,
                "text-too-long",
                f"text is {len(value)} characters, more than {self.max_length}; shorten it",
            )
            return INVALID
        # Decoded: YAML escapes such as "\e" or "\u202E" are characters by now.
        # Stripped and not empty, so not all spaces: printable ASCII is plainly
        # visible (visible.is_plainly_visible) and needs no closer look.
        if not (value.isascii() and value.isprintable()):
            problem = text_problem(value)
            if problem is not None:
                ctx.error(node, *problem)
                return INVALID
        if self._regex is not None and not self._regex.fullmatch(value):
            ctx.error(node, "bad-format", f"{value!r} is not valid here: {self.pattern_hint}")
            return INVALID
        return value

    def _refuse_non_text(self, node: Node, ctx: ReadContext) -> _Invalid:
        """Report why a node that is not a plain text scalar cannot be text."""
        if not self._checked(node, ctx):
            return INVALID
        if not isinstance(node, Scalar):
            ctx.error(node, "expected-text", f"expected text, found a {_kind(node)}")
        elif node.tag == "tag:yaml.org,2002:null" and node.value in ("", "~", "null"):
            ctx.error(
                node, "empty-value", "this value is empty; write the text or remove the field"
            )
        else:
            ctx.error(
                node,
                "yaml-implicit-type",
                f"expected text, but YAML reads {node.value!r} as "
                f'{_PLAIN_TAG_KIND.get(node.tag, node.tag)}; put it in quotes: "{node.value}"',
            )
        return INVALID

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        if self.pattern:
            schema["pattern"] = f"^(?:{self.pattern})$"
        return _with_description(schema, self.description)


class Choice(Text):
    def __init__(self, values: tuple[str, ...], description: str = "") -> None:
        super().__init__(description)
        self.values = values

    def read(self, node: Node, ctx: ReadContext) -> Any:
        value = super().read(node, ctx)
        if value is INVALID:
            return INVALID
        if value not in self.values:
            ctx.error(
                node,
                "bad-choice",
                f"{value!r} is not one of: {', '.join(self.values)}"
                f"{did_you_mean(value, self.values)}",
            )
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        return _with_description({"enum": list(self.values)}, self.description)


class Integer(Spec):
    def __init__(self, description: str = "", *, minimum: int = 0, maximum: int = 2**31) -> None:
        self.description = description
        self.minimum = minimum
        self.maximum = maximum

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if not self._checked(node, ctx):
            return INVALID
        if not isinstance(node, Scalar) or node.tag != INT:
            shown = node.value if isinstance(node, Scalar) else f"a {_kind(node)}"
            ctx.error(node, "expected-integer", f"expected a whole number, found {shown!r}")
            return INVALID
        try:
            value = int(node.value.replace("_", ""), 0)
        except ValueError:
            # YAML 1.1 octal (0644) and sexagesimal (1:30) are ints to the
            # resolver but not what an editor means by a number.
            ctx.error(node, "expected-integer", f"write {node.value!r} as a plain whole number")
            return INVALID
        if not self.minimum <= value <= self.maximum:
            ctx.error(
                node,
                "out-of-range",
                f"{value} is outside {self.minimum}..{self.maximum}",
            )
            return INVALID
        return value

    def json_schema(self) -> dict[str, Any]:
        schema = {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}
        return _with_description(schema, self.description)


_DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


class Date(Spec):
    """A calendar date, written 2026-11-20 (quoted or not)."""

    def __init__(self, description: str = "") -> None:
        self.description = description

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if not self._checked(node, ctx):
            return INVALID
        raw = node.value if isinstance(node, Scalar) else None
        if raw is None or node.tag not in (STR, TIMESTAMP) or not _DATE_RE.fullmatch(raw.strip()):
            shown = raw if raw is not None else f"a {_kind(node)}"
            ctx.error(node, "bad-date", f"expected a date written YYYY-MM-DD, found {shown!r}")
            return INVALID
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            ctx.error(node, "bad-date", f"{raw!r} is not a real calendar date")
            return INVALID

    def json_schema(self) -> dict[str, Any]:
        return _with_description({"type": "string", "format": "date"}, self.description)


class ListOf(Spec):
    def __init__(
        self, item: Spec, description: str = "", *, min_items: int = 0, max_items: int = 10_000
    ) -> None:
        self.item = item
        self.description = description
        self.min_items = min_items
        self.max_items = max_items

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if not _first_plain(node, Sequence, SEQ, ctx):
            if not self._checked(node, ctx):
                return INVALID
            if not isinstance(node, Sequence):
                ctx.error(
                    node,
                    "expected-list",
                    f"expected a list (lines starting with '- ' or [a, b]), found a {_kind(node)}",
                )
                return INVALID
        if len(node.value) > self.max_items:
            ctx.error(node, "too-many-items", f"more than {self.max_items} items; split them up")
            return INVALID
        if len(node.value) < self.min_items:
            ctx.error(node, "too-few-items", f"needs at least {self.min_items} item(s)")
            return INVALID
        read = self.item.read
        values = [read(child, ctx) for child in node.value]
        # A builder returns None for an item it could not build (already reported).
        return tuple(v for v in values if v is not INVALID and v is not None)

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            schema["minItems"] = self.min_items
        schema["maxItems"] = self.max_items
        return _with_description(schema, self.description)


@dataclass(frozen=True)
class Field:
    spec: Spec
    required: bool = False


Builder = Callable[[dict[str, Any], Node, ReadContext], Any]


class Record(Spec):
    """A mapping with known fields. `build` turns the read values into a model
    object; it runs even when some fields were bad, so it must tolerate None."""

    def __init__(
        self, fields: dict[str, Field], build: Builder | None = None, description: str = ""
    ) -> None:
        self.fields = dict(fields)
        self.build = build
        self.description = description
        self._specs = {name: f.spec for name, f in self.fields.items()}
        self._required = tuple(name for name, f in self.fields.items() if f.required)

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if not _first_plain(node, Mapping, MAP, ctx):
            if not self._checked(node, ctx):
                return INVALID
            if not isinstance(node, Mapping):
                ctx.error(
                    node,
                    "expected-mapping",
                    f"expected fields ('name: value'), found a {_kind(node)}",
                )
                return INVALID
        values: dict[str, Any] = {}
        seen: dict[str, Node] = {}
        specs = self._specs
        for key_node, value_node in node.value:
            if type(key_node) is Scalar and key_node.tag == STR:
                key = key_node.value  # the common case: what _key_text would return
            else:
                key = _key_text(key_node, ctx)
                if key is None:
                    continue
            if key in seen:
                first = ctx.pos(seen[key])
                ctx.error(
                    key_node,
                    "duplicate-key",
                    f"'{key}' is given twice (first at line {first.line}); keep one",
                )
                continue
            seen[key] = key_node
            spec = specs.get(key)
            if spec is None:
                ctx.error(
                    key_node,
                    "unknown-field",
                    f"unknown field '{key}'{did_you_mean(key, self.fields)}",
                )
                continue
            value = spec.read(value_node, ctx)
            if value is not INVALID:
                values[key] = value
        for name in self._required:
            if name not in seen:
                ctx.error(node, "missing-field", f"required field '{name}' is missing")
        if self.build is None:
            return values
        return self.build(values, node, ctx)

    def json_schema(self) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        either: list[dict[str, Any]] = []
        aliases: dict[str, Any] = {}
        for name, f in self.fields.items():
            described = f.spec.json_schema()
            if f.required:
                note = "**Required.**"
                described["markdownDescription"] = (
                    f"{described['markdownDescription']} {note}"
                    if "markdownDescription" in described
                    else note
                )
            properties[name] = described
            as_boolean = _YAML11_BOOLEAN_NAMES.get(name)
            if as_boolean is None:
                if f.required:
                    required.append(name)
                continue
            # `on:` read by a YAML 1.1 editor arrives as the key `true`: a
            # boolean, which VS Code's YAML extension matches against
            # patternProperties only (as text), never against properties.
            aliases[f"^{as_boolean}$"] = {
                **described,
                "markdownDescription": f"`{name}:` as a YAML 1.1 editor reads it; "
                f"the kiosk reads it as `{name}`",
            }
            if f.required:
                either.append({"if": {"required": [as_boolean]}, "else": {"required": [name]}})
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if aliases:
            schema["patternProperties"] = aliases
        if required:
            schema["required"] = required
        if len(either) == 1:
            schema.update(either[0])
        elif either:
            schema["allOf"] = either
        return _with_description(schema, self.description)


class LangMap(Spec):
    """Visible text: `{en: "...", es: "..."}`, or plain text in the default language.

    Read as a `LangText`; `drafted` ones (a topic's or a service's texts) as
    a flat tuple of language and text, which kiosk.content.drafts wraps once
    the whole bundle has been read."""

    def __init__(
        self, description: str = "", *, max_length: int = 5000, drafted: bool = False
    ) -> None:
        self.description = description
        self.text = Text(max_length=max_length)
        self.drafted = drafted

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if isinstance(node, Scalar):
            value = self.text.read(node, ctx)
            if value is INVALID:
                return INVALID
            self._count(ctx, (ctx.default_language,))
            if len(ctx.languages) > 1:
                self._untranslated(ctx, node, (ctx.default_language,))
            if self.drafted:
                return (ctx.default_language, value)
            return LangText({ctx.default_language: value}, ctx.default_language)
        if not _first_plain(node, Mapping, MAP, ctx):
            if not self._checked(node, ctx):
                return INVALID
            if not isinstance(node, Mapping):
                ctx.error(
                    node,
                    "expected-text",
                    f'expected text or a language map like {{en: "..."}}, found a {_kind(node)}',
                )
                return INVALID
        texts: dict[str, str] = {}
        default = ctx.default_language
        default_given = False
        known = ctx.language_keys()
        text = self.text
        max_length = text.max_length
        # Every text of a bundle passes here: the common case (a declared
        # language, plain visible ASCII text) is decided inline, with no call;
        # anything else goes through _language_key and Text.read, which
        # report it. The outcome is the same either way.
        for key_node, value_node in node.value:
            if type(key_node) is Scalar and key_node.tag == STR and key_node.value in known:
                language: str = key_node.value
            else:
                checked = _language_key(key_node, ctx)
                if checked is None:
                    continue
                language = checked
            if language == default:
                default_given = True
            if language in texts:
                ctx.error(
                    key_node, "duplicate-key", f"language '{language}' is given twice; keep one"
                )
                continue
            if type(value_node) is Scalar and value_node.tag == STR:
                value = value_node.value.strip()
                if value and len(value) <= max_length and value.isascii() and value.isprintable():
                    texts[language] = value
                    continue
            value = text.read(value_node, ctx)
            if value is not INVALID:
                texts[language] = value
        if default not in texts:
            if default_given:
                return INVALID  # there, but bad: already reported
            ctx.error(
                node,
                "missing-default-language",
                f"no text in the default language '{ctx.default_language}'; add "
                f"'{ctx.default_language}: \"...\"' (other languages fall back to it)",
            )
            return INVALID
        self._count(ctx, texts)
        if len(texts) < len(ctx.languages):
            self._untranslated(ctx, node, texts)
        if self.drafted:  # kiosk.content.drafts.TextsDraft
            return tuple(chain.from_iterable(texts.items()))
        return LangText(texts, ctx.default_language)

    @staticmethod
    def _untranslated(ctx: ReadContext, node: Node, languages: Any) -> None:
        first = ctx.first_untranslated
        for language in ctx.languages:
            if language not in languages and language not in first:
                first[language] = ctx.pos(node)

    @staticmethod
    def _count(ctx: ReadContext, languages: Any) -> None:
        counts = ctx.texts_by_language
        for language in languages:
            counts[language] = counts.get(language, 0) + 1

    def json_schema(self) -> dict[str, Any]:
        # Keyed by type, not oneOf: JSON Schema applies string keywords to a
        # string and object keywords to an object, so a wrong value gets one
        # error at its own key ("expected string or object"), not a branch each.
        text = self.text.json_schema()
        schema = {
            "type": ["string", "object"],
            "minLength": text["minLength"],
            "maxLength": text["maxLength"],
            "propertyNames": {"pattern": f"^(?:{LANGUAGE_CODE})$"},
            "additionalProperties": text,
            "minProperties": 1,
        }
        return _with_description(schema, self.description)


LANGUAGE_CODE: Final = r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*"
_LANGUAGE_RE: Final = re.compile(LANGUAGE_CODE)


def _language_key(node: Node, ctx: ReadContext) -> str | None:
    """The language code a language map's key names, or None with a finding."""
    if type(node) is Scalar and node.tag == STR and node.value in ctx.language_keys():
        known: str = node.value  # a declared, well-formed code: nothing to report
        return known
    if not isinstance(node, Scalar):
        ctx.error(node, "bad-language", "a language code must be plain text such as en or es")
        return None
    if node.tag != STR:
        ctx.error(
            node,
            "yaml-implicit-type",
            f"YAML reads the language code {node.value!r} as "
            f'{_PLAIN_TAG_KIND.get(node.tag, node.tag)}; put it in quotes: "{node.value}"',
        )
        return None
    code: str = node.value
    if not _LANGUAGE_RE.fullmatch(code):
        ctx.error(
            node, "bad-language", f"{code!r} is not a language code such as en, es or zh-Hans"
        )
        return None
    if ctx.languages and code not in ctx.languages:
        ctx.error(
            node,
            "undeclared-language",
            f"language '{code}' is not in the bundle's languages "
            f"({', '.join(ctx.languages)}); add it to bundle.yaml or fix the code"
            f"{did_you_mean(code, ctx.languages)}",
        )
        return None
    return code


def _key_text(node: Node, ctx: ReadContext) -> str | None:
    # Field names are taken literally: `on:` is a field here, never `true`.
    name: str = node.value if isinstance(node, Scalar) else ""
    if type(node) is Scalar and node.tag == STR:
        return name  # the common case, with nothing to check
    if not isinstance(node, Scalar):
        ctx.error(node, "bad-key", "a field name must be plain text")
        return None
    # Only an explicit tag can be wrong here: the implicit merge and value
    # tags (`<<`, `=`) are ImplicitTag, and a key with them is a plain name.
    tag = node.tag
    if tag not in _STANDARD_TAGS and type(tag) is not ImplicitTag:
        ctx.error(node, "yaml-tag", f"the YAML tag '{tag}' is not allowed; remove it")
        return None
    return name


def _kind(node: Node) -> str:
    if isinstance(node, Mapping):
        return "set of fields (mapping)"
    if isinstance(node, Sequence):
        return "list"
    return f"value {node.value!r}"
