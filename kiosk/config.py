"""The kiosk's own configuration: one YAML file, read once at start, never written.

It is read with the same specs as bundles, so a mistake is reported as
`file:line:col: error: ...` and the kiosk refuses to start rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from kiosk.content.findings import Finding, Findings, Pos
from kiosk.content.nodes import Node
from kiosk.content.schema import (
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


class ConfigError(Exception):
    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("\n".join(str(f) for f in findings))
        self.findings = findings


_KEY_NAME = Text(
    "A Qt key name such as F12, Pause or ScrollLock",
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
            Text(
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
    file = Path(path)
    findings = Findings()
    if not file.is_file():
        findings.error(Pos(str(file)), "no-config", "no such config file")
        raise ConfigError(findings.items)
    node = read_node(file.parent, file.name, findings)
    values: dict[str, Any] = {}
    if node is not None:
        ctx = ReadContext(str(file), findings, today=date.today())
        read = CONFIG.read(node, ctx)
        values = read if isinstance(read, dict) else {}
    if findings.errors:
        raise ConfigError(findings.sorted())

    def resolve(p: str) -> Path:
        candidate = Path(p).expanduser()
        return candidate if candidate.is_absolute() else (file.parent / candidate)

    paths = {k: resolve(values[k]) for k in ("bundle", "content_dir", "inbox") if k in values}
    return KioskConfig(
        source=str(file),
        trusted_keys=tuple(resolve(p) for p in values.pop("trusted_keys", ())),
        **paths,
        **{k: v for k, v in values.items() if k not in paths and v is not None},
    )


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
    salt, expected = bytes.fromhex(match.group(4)), bytes.fromhex(match.group(5))
    try:
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    except ValueError:
        return False
    return hmac.compare_digest(digest, expected)
