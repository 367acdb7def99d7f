"""Findings: what the loader and validator tell a content editor.

Every finding names a file (relative to the bundle), a line and column
(1-based, as editors and compilers count), a severity and a rule id, so that
an editor can jump to it and a test can assert exactly which rule fired.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Pos:
    """A place in a bundle file. line/col are 1-based; 0 means 'the whole file'."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.col}"
        return self.file


@dataclass(frozen=True, slots=True)
class Finding:
    pos: Pos
    severity: Severity
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.pos}: {self.severity}: {self.message} [{self.rule}]"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.pos.file,
            "line": self.pos.line,
            "column": self.pos.col,
            "severity": str(self.severity),
            "rule": self.rule,
            "message": self.message,
        }


class WithFindings:
    """For a result that carries `findings`: its errors and its warnings."""

    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]


@dataclass
class Findings:
    """Collects findings while a bundle is read; order is the order of discovery."""

    items: list[Finding] = field(default_factory=list)

    def error(self, pos: Pos, rule: str, message: str) -> None:
        self.items.append(Finding(pos, Severity.ERROR, rule, message))

    def warning(self, pos: Pos, rule: str, message: str) -> None:
        self.items.append(Finding(pos, Severity.WARNING, rule, message))

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.items if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.items if f.severity is Severity.WARNING]

    def sorted(self) -> list[Finding]:
        """Errors before warnings, then by place, so a report reads top-down."""
        return sorted(
            self.items,
            key=lambda f: (f.severity is not Severity.ERROR, f.pos.file, f.pos.line, f.pos.col),
        )


def is_utf8_name(name: str) -> bool:
    """False for a file name whose bytes are not UTF-8 (Python holds those
    bytes as lone surrogates, which no message, zip or manifest can carry)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown_name(name: str) -> str:
    """A file name for a message: bytes that are not UTF-8 written as \\xff."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")
