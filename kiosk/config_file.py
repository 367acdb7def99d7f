"""Reading the kiosk's config file (the settings are kiosk.config's).

The file is read with the same specs as bundles (kiosk.content.schema), so a
mistake is reported as `file:line:col: error: ...`. Imported only when there
is a file to read: it brings PyYAML, which a kiosk started on its sample
without a config never needs.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from kiosk.config import (
    KIOSK_NAME_PATTERN,
    MIN_WARNING_S,
    PANIC_KEY_EXAMPLES,
    PIN_HASH_PATTERN,
    SLIP_LAYOUTS,
    SPEECH_MODES,
    UNSUITABLE_PANIC_KEYS,
    KioskConfig,
    nearest_key_names,
    panic_key_code,
    pin_hash_problems,
)
from kiosk.content.findings import Finding, Findings, Pos
from kiosk.content.nodes import Mapping, Node, Scalar, Sequence
from kiosk.content.schema import (
    INVALID,
    Choice,
    Field,
    Integer,
    ListOf,
    ReadContext,
    Record,
    Text,
)
from kiosk.content.yamlsource import read_node
from kiosk.keypad_keys import keypad_role


class _PanicKey(Text):
    """A key name exactly as Qt spells it, and a key nobody needs for
    anything else. A near miss is refused, not corrected: the file must say
    the key that will end a visit."""

    def read(self, node: Node, ctx: ReadContext) -> Any:
        name = super().read(node, ctx)
        if name is INVALID:
            return INVALID
        if panic_key_code(name) is None:
            near = nearest_key_names(name)
            hint = (
                "did you mean " + " or ".join(f"'{n}'" for n in near) + "?"
                if near
                else f"write a key name as Qt spells it, such as {PANIC_KEY_EXAMPLES}"
            )
            ctx.error(node, "unknown-key", f"'{name}' is not a key name Qt knows; {hint}")
            return INVALID
        role = keypad_role(name)
        if role is not None:
            ctx.error(
                node,
                "unsuitable-panic-key",
                f"'{name}' cannot be the panic key: it is {role} (docs/keypad.md); "
                f"choose a key such as {PANIC_KEY_EXAMPLES}",
            )
            return INVALID
        if name in UNSUITABLE_PANIC_KEYS:
            ctx.error(
                node,
                "unsuitable-panic-key",
                f"'{name}' cannot be the panic key: visitors and keyboard users press it "
                f"for other things; choose a key such as {PANIC_KEY_EXAMPLES}",
            )
            return INVALID
        return name


_KEY_NAME = _PanicKey(
    "A key name as Qt spells it, such as F12, Pause or ScrollLock",
    pattern=r"[A-Za-z][A-Za-z0-9_]{0,30}",
    pattern_hint="write a key name such as F12 or Pause",
)


class _Flag(Text):
    """true/false for a config switch (YAML booleans are fine here)."""

    def read(self, node: Node, ctx: ReadContext) -> Any:
        from kiosk.content.nodes import Scalar

        if isinstance(node, Scalar) and node.tag == "tag:yaml.org,2002:bool":
            return node.value.lower() in ("true", "yes", "on", "y")
        ctx.error(node, "expected-boolean", "expected true or false")
        return None

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


class _PinHash(Text):
    """The hash line `kiosk hash-pin` prints, with scrypt parameters a kiosk
    can afford: each wrong one is named at its own column."""

    def read(self, node: Node, ctx: ReadContext) -> Any:
        value = super().read(node, ctx)
        if value is INVALID:
            return INVALID
        _, n, r, p, _salt, _digest = value.split(":")
        problems = pin_hash_problems(int(n), int(r), int(p))
        for parameter, message in problems:
            ctx.findings.error(
                _column_of(node, value, parameter, ctx.pos(node)),
                "pin-hash-cost",
                message + "; make a new line with `kiosk hash-pin`",
            )
        return INVALID if problems else value


def _column_of(node: Node, value: str, parameter: str, at: Pos) -> Pos:
    """The place of N, r or p inside a one-line hash, else the value's own."""
    if not isinstance(node, Scalar) or node.value != value or "\n" in value:
        return at
    parts = value.split(":")
    offset = len(":".join(parts[: {"N": 1, "r": 2, "p": 3}[parameter]])) + 1
    quote = 1 if node.style in ('"', "'") else 0
    return Pos(at.file, at.line, at.col + quote + offset)


class _SpeechMode(Choice):
    """headphones, speaker or off. YAML reads a plain `off` as false; here it
    means what it says. Any other true/false is refused: `speech: no` or
    `speech: false` could be a slip for something else, and nothing guesses."""

    def read(self, node: Node, ctx: ReadContext) -> Any:
        if isinstance(node, Scalar) and node.tag == "tag:yaml.org,2002:bool":
            if node.value == "off":
                return "off"
            ctx.error(
                node,
                "bad-choice",
                f"'{node.value}' is not one of: {', '.join(self.values)}; "
                "write off to turn Read aloud off",
            )
            return INVALID
        return super().read(node, ctx)


CONFIG = Record(
    {
        "bundle": Field(Text("A bundle folder to show (editors' preview; kiosks use content_dir)")),
        "content_dir": Field(Text("Folder where installed bundles live")),
        "inbox": Field(Text("Folder watched for new signed bundles (.kbundle)")),
        "outbox": Field(Text("Folder where each install writes this kiosk's status file")),
        "kiosk_name": Field(
            Text(
                "This kiosk's name in the fleet report (letters, digits, . _ -)",
                pattern=KIOSK_NAME_PATTERN,
                pattern_hint="use letters, digits, dots, dashes and underscores, such as clinic-2",
            )
        ),
        "trusted_keys": Field(ListOf(Text(), "Public key files whose bundles are accepted")),
        "idle_timeout_s": Field(
            Integer(
                "Seconds without a touch before 'Are you still there?'", minimum=15, maximum=3600
            )
        ),
        "idle_warning_s": Field(
            Integer(
                "Seconds the question stays before the reset", minimum=MIN_WARNING_S, maximum=600
            )
        ),
        "panic_key": Field(_KEY_NAME),
        "printer": Field(Text("Printer name; the system default when absent")),
        "slip_layout": Field(Choice(SLIP_LAYOUTS, "Paper the slip printer uses")),
        "slip_second_language": Field(Text("A second language printed on every slip, e.g. en")),
        "staff_pin_hash": Field(
            _PinHash(
                "Made by `kiosk hash-pin`",
                pattern=PIN_HASH_PATTERN,
                pattern_hint="paste the whole line `kiosk hash-pin` prints",
            )
        ),
        "screen": Field(Integer("Which screen to fill (0 = first)", maximum=16)),
        "hide_cursor": Field(_Flag("Hide the mouse pointer (touch screens)")),
        "speech": Field(
            _SpeechMode(SPEECH_MODES, "Read aloud: headphones (default), speaker, or off")
        ),
    },
    description="The kiosk's configuration file",
)


def read_config_file(path: str | Path) -> tuple[KioskConfig | None, list[Finding]]:
    """The config with every value that is right, and the findings about the
    rest; None when the file cannot be read as a config at all. For the
    start checks, which go on to check what they can and report everything
    at once; a kiosk never runs on such a partial config."""
    file = Path(path)
    findings = Findings()
    if not file.is_file():
        findings.error(Pos(str(file)), "no-config", "no such config file")
        return None, findings.items
    # Named as given, so every finding (YAML syntax too) names the same file.
    node = read_node(Path(), str(file), findings)
    if node is None:
        return None, findings.sorted()
    ctx = ReadContext(str(file), findings, today=date.today())
    read = CONFIG.read(node, ctx)
    if not isinstance(read, dict):
        return None, findings.sorted()
    values: dict[str, Any] = read

    def resolve(p: str) -> Path:
        candidate = Path(p).expanduser()
        return candidate if candidate.is_absolute() else (file.parent / candidate)

    paths: dict[str, Any] = {
        k: resolve(values[k]) for k in ("bundle", "content_dir", "inbox", "outbox") if k in values
    }
    config = KioskConfig(
        source=str(file),
        trusted_keys=tuple(resolve(p) for p in values.pop("trusted_keys", ())),
        **paths,
        **{k: v for k, v in values.items() if k not in paths and v is not None},
        where=_places(node, str(file)),
    )
    return config, findings.sorted()


def _places(node: Node | None, file: str) -> dict[str, Pos]:
    """Where each top-level value (and each item of a list) was written."""
    places: dict[str, Pos] = {}
    if not isinstance(node, Mapping):
        return places

    def pos(n: Node) -> Pos:
        return Pos(file, n.start_mark.line + 1, n.start_mark.column + 1)

    for key, value in node.value:
        if isinstance(key, Scalar):
            places[key.value] = pos(value)
            if isinstance(value, Sequence):
                for index, item in enumerate(value.value):
                    places[f"{key.value}[{index}]"] = pos(item)
    return places
