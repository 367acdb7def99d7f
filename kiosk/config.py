"""The kiosk's own configuration: one YAML file, read once at start, never written.

It is read with the same specs as bundles, so a mistake is reported as
`file:line:col: error: ...` and the kiosk refuses to start rather than guess.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from kiosk.content.findings import Finding, Findings, Pos, Severity
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

SLIP_LAYOUTS: Final = ("80mm", "58mm", "cards-letter", "cards-a4")
PIN_HASH_PATTERN: Final = r"scrypt:\d+:\d+:\d+:[0-9a-f]{32}:[0-9a-f]{64}"
MIN_WARNING_S: Final = 20  # WCAG 2.2.1: at least 20 s to answer "still there?"


@dataclass(frozen=True)
class KioskConfig:
    """Defaults are what the sample run uses when no config file is given."""

    source: str = "(built-in defaults)"
    bundle: Path | None = None
    content_dir: Path | None = None
    inbox: Path | None = None
    trusted_keys: tuple[Path, ...] = ()
    idle_timeout_s: int = 90
    idle_warning_s: int = 30
    panic_key: str = "F12"
    printer: str | None = None
    slip_layout: str = "80mm"
    slip_second_language: str | None = None
    staff_pin_hash: str | None = None
    screen: int = 0
    hide_cursor: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    # Where each value was written ("trusted_keys[0]" for a list's items), so
    # the start checks can name the line of a setting that is wrong.
    where: dict[str, Pos] = field(default_factory=dict, compare=False)

    def pos(self, name: str) -> Pos:
        """The place of a setting, or the file itself when it was not written."""
        return self.where.get(name) or Pos(self.source)


class ConfigError(Exception):
    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("\n".join(str(f) for f in findings))
        self.findings = findings


# Keys a visitor or a keyboard user needs for something else: as the panic
# key they would end visits by accident (Tab, arrows, Return move through the
# buttons; Escape and Backspace are the window's Back keys, whose shortcuts
# would also take the key before the Quick-exit watcher sees it; Shift is
# counted for the three-Shift exit; "unknown" is what Qt reports for keys it
# cannot name). tests/test_config_safety.py checks that every shortcut of
# the kiosk's window is here.
UNSUITABLE_PANIC_KEYS: Final = frozenset(
    {
        "unknown", "Any", "Shift", "Control", "Meta", "Alt", "AltGr", "CapsLock", "NumLock",
        "Super_L", "Super_R", "Hyper_L", "Hyper_R", "Tab", "Backtab", "Return", "Enter",
        "Space", "Left", "Right", "Up", "Down", "PageUp", "PageDown", "Home", "End",
        "Escape", "Backspace",
    }
)  # fmt: skip
PANIC_KEY_EXAMPLES: Final = "F12, Pause or ScrollLock"


def panic_key_code(name: str) -> int | None:
    """The Qt key code the Quick-exit watcher listens for, for a name exactly
    as Qt spells it ("F12", "ScrollLock"); None for any other spelling. The
    config check and the kiosk both resolve the name here, so the key that
    passed the check is the key that ends a visit."""
    from kiosk.qt_key_names import QT_KEY_CODES

    return QT_KEY_CODES.get(name)


def nearest_key_names(name: str, limit: int = 3) -> list[str]:
    """Qt's spellings closest to a name it does not know: the same letters
    in another case or without separators first ("f12" -> F12, "Scroll_Lock"
    -> ScrollLock), then names that look alike."""
    from kiosk.qt_key_names import QT_KEY_CODES

    def squash(text: str) -> str:
        return re.sub(r"[\s_-]", "", text).casefold()

    same = [known for known in QT_KEY_CODES if squash(known) == squash(name)]
    if same:  # the same key written another way: that is the one meant
        return same[:limit]
    return difflib.get_close_matches(name, list(QT_KEY_CODES), n=limit, cutoff=0.6)


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


# What a staff PIN hash may ask of the kiosk. scrypt needs 128 * r * (N + p + 2)
# bytes and time in proportion to N * r * p. OpenSSL refuses more than 32 MiB
# (Python asks for its default), and a refused hash can never match: N = 2**20
# would lock staff out for good. p = 200 costs some 8 s a try. The bounds
# leave `kiosk hash-pin`'s choice (N = 2**14, r = 8, p = 1: 16 MiB, ~50 ms)
# room either way and keep the slowest accepted check under half a second.
PIN_N_RANGE: Final = (2**10, 2**16)
PIN_R_RANGE: Final = (1, 16)
PIN_P_RANGE: Final = (1, 16)
PIN_MAX_MEMORY: Final = 32 * 1024 * 1024
PIN_MAX_WORK: Final = 2**19  # N * r * p; 2**17 is hash-pin's own


def scrypt_memory(n: int, r: int, p: int) -> int:
    """The bytes OpenSSL's scrypt asks for (its own formula, for its limit)."""
    return 128 * r * (n + p + 2)


def pin_hash_problems(n: int, r: int, p: int) -> list[tuple[str, str]]:
    """What is wrong with a PIN hash's scrypt parameters, as (parameter,
    sentence) pairs; empty when a check can run and ends in good time."""
    problems: list[tuple[str, str]] = []
    low, high = PIN_N_RANGE
    if n & (n - 1) or not low <= n <= high:
        problems.append(("N", f"scrypt N is {n}; it must be a power of two from {low} to {high}"))
    for name, value, (low, high) in (("r", r, PIN_R_RANGE), ("p", p, PIN_P_RANGE)):
        if not low <= value <= high:
            problems.append((name, f"scrypt {name} is {value}; it must be from {low} to {high}"))
    if problems:
        return problems
    memory = scrypt_memory(n, r, p)
    if memory > PIN_MAX_MEMORY:
        problems.append(
            ("N", f"scrypt N={n}, r={r} need {memory // 2**20} MiB, more than the 32 MiB "
             "scrypt may use: no PIN would ever match")
        )  # fmt: skip
    elif n * r * p > PIN_MAX_WORK:
        problems.append(
            ("p", f"scrypt N={n}, r={r}, p={p} would take {n * r * p // 2**17} times as long "
             "as `kiosk hash-pin`'s hash for every PIN typed")
        )  # fmt: skip
    return problems


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


CONFIG = Record(
    {
        "bundle": Field(Text("A bundle folder to show (editors' preview; kiosks use content_dir)")),
        "content_dir": Field(Text("Folder where installed bundles live")),
        "inbox": Field(Text("Folder watched for new signed bundles (.kbundle)")),
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
    },
    description="The kiosk's configuration file",
)


def load_config(path: str | Path) -> KioskConfig:
    """Read a config file; raise ConfigError with file:line findings if it is wrong."""
    config, findings = read_config(path)
    if config is None or any(f.severity is Severity.ERROR for f in findings):
        raise ConfigError(findings)
    return config


def read_config(path: str | Path) -> tuple[KioskConfig | None, list[Finding]]:
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
        k: resolve(values[k]) for k in ("bundle", "content_dir", "inbox") if k in values
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


# --- staff PIN ---------------------------------------------------------------

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1

# hashlib, hmac and secrets are imported where they are used: hashlib loads
# OpenSSL, some milliseconds of every kiosk start, and a PIN is checked only
# when staff open their panel.


def hash_pin(pin: str) -> str:
    """A salted scrypt hash of the PIN, in the form the config file holds."""
    import hashlib
    import secrets

    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    return f"scrypt:{_SCRYPT_N}:{_SCRYPT_R}:{_SCRYPT_P}:{salt.hex()}:{digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    import hashlib
    import hmac

    match = re.fullmatch(r"scrypt:(\d+):(\d+):(\d+):([0-9a-f]+):([0-9a-f]+)", stored)
    if not match:
        return False
    n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    if pin_hash_problems(n, r, p):
        return False  # never spend seconds or a gigabyte on a hash no check allows
    salt, expected = bytes.fromhex(match.group(4)), bytes.fromhex(match.group(5))
    try:
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)
