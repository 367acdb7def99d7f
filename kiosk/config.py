"""The kiosk's own configuration: one YAML file, read once at start, never written.

This module holds the settings as a value (`KioskConfig`), the rules a
setting must keep, and the staff PIN. The file itself is read by
kiosk.config_file, with the same specs as bundles, so a mistake is reported
as `file:line:col: error: ...` and the kiosk refuses to start rather than
guess.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kiosk.content.findings import Finding, Pos, Severity
from kiosk.keypad_keys import ACTIVATE_KEYS, KEYPAD_KEYS

SLIP_LAYOUTS: Final = ("80mm", "58mm", "cards-letter", "cards-a4")
# Read aloud: for headphones (the default: the first use in a visit asks for
# them), through a speaker anyone nearby hears, or not offered at all.
SPEECH_MODES: Final = ("headphones", "speaker", "off")
PIN_HASH_PATTERN: Final = r"scrypt:\d+:\d+:\d+:[0-9a-f]{32}:[0-9a-f]{64}"
# A kiosk's name becomes a file name in a folder many kiosks share: letters,
# digits, dots, dashes and underscores, starting with a letter or digit.
KIOSK_NAME_PATTERN: Final = r"[A-Za-z0-9][A-Za-z0-9._-]{0,62}"
MIN_WARNING_S: Final = 20  # WCAG 2.2.1: at least 20 s to answer "still there?"


@dataclass(frozen=True)
class KioskConfig:
    """Defaults are what the sample run uses when no config file is given."""

    source: str = "(built-in defaults)"
    bundle: Path | None = None
    content_dir: Path | None = None
    inbox: Path | None = None
    # Where each install writes this kiosk's status file for the fleet
    # (kiosk.updates.fleet), and the name it goes by there.
    outbox: Path | None = None
    kiosk_name: str | None = None
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
    speech: str = "headphones"
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
# key they would end visits by accident. The keypad's keys (kiosk.keypad_keys:
# arrows, Tab, Return and Enter, Escape and Backspace for Back, F1, ? and Help)
# move through the screen, and their shortcuts would also take the key before
# the Quick-exit watcher sees it; Shift is counted for the three-Shift exit;
# Space presses a button; "unknown" is what Qt reports for keys it cannot
# name. tests/test_config_safety.py checks that every shortcut of the kiosk's
# window is here.
UNSUITABLE_PANIC_KEYS: Final = frozenset(
    {
        "unknown", "Any", "Shift", "Control", "Meta", "Alt", "AltGr", "CapsLock", "NumLock",
        "Super_L", "Super_R", "Hyper_L", "Hyper_R", "Space", "PageUp", "PageDown", "Home",
        "End", *KEYPAD_KEYS, *ACTIVATE_KEYS,
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


def load_config(path: str | Path) -> KioskConfig:
    """Read a config file; raise ConfigError with file:line findings if it is wrong."""
    config, findings = read_config(path)
    if config is None or any(f.severity is Severity.ERROR for f in findings):
        raise ConfigError(findings)
    return config


def read_config(path: str | Path) -> tuple[KioskConfig | None, list[Finding]]:
    """The config with every value that is right, and the findings about the
    rest (kiosk.config_file, which brings the YAML reader: a kiosk started
    without a config file never imports it)."""
    from kiosk.config_file import read_config_file

    return read_config_file(path)


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
