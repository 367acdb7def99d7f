"""Writing a bundle's compiled form (read back by kiosk.content.compiled).

Only staff tools run this: an install (on its own process), `kiosk compile`
and the script that ships the sample compiled. The layout is described in
kiosk.content.compiled, which owns the format.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kiosk.content import model, rules
from kiosk.content.compiled import FORMAT, INDEX_CHUNK, kiosk_stamp, seal
from kiosk.content.findings import Finding, Pos, Severity


class CompileError(Exception):
    """The bundle cannot be compiled (it has errors); nothing was written."""


def to_compiled(
    bundle: model.Bundle,
    findings: list[Finding],
    *,
    source: str,
    review_by_at: Pos,
    texts_by_language: Mapping[str, int] | None = None,
    stamp: str | None = None,
) -> bytes:
    """The compiled file for a bundle that loaded without errors. `source`
    ties it to what it was made from; `review_by_at` is where bundle.yaml
    sets review_by (the place of the "review overdue" warning, worked out
    again each day)."""
    if any(f.severity is Severity.ERROR for f in findings):
        raise CompileError("a bundle with errors is never compiled")
    files = _FileTable()
    d = bundle.default_language
    resources = list(bundle.resources.values())
    topic_lines = [_line(_topic(t, d, files)) for t in bundle.topics]
    index_lines = [
        _line([[r.id, _verified_on(r.verified)] for r in resources[at : at + INDEX_CHUNK]])
        for at in range(0, len(resources), INDEX_CHUNK)
    ]
    resource_lines = [_line(_resource(r, d, files)) for r in resources]
    head = {
        "bundle": _bundle(bundle),
        "findings": [_finding(f, files) for f in findings if f.rule not in rules.DATED_RULES],
        "review_by_at": files.pos(review_by_at),
        "texts_by_language": dict(texts_by_language or {}),
        "files": files.names,  # last: every position above has added its file
        "topics": len(topic_lines),
        "index_lines": len(index_lines),
        "resources": len(resource_lines),
    }
    body = b"\n".join([_line(head), *topic_lines, *index_lines, *resource_lines])
    stamp = kiosk_stamp() if stamp is None else stamp
    header = {
        "format": FORMAT,
        "stamp": stamp,
        "source": source,
        "sha256": seal(stamp, source, body),
    }
    return json.dumps(header).encode("ascii") + b"\n" + body


def _line(value: Any) -> bytes:
    # JSON writes a line break inside a string as an escape, so each value
    # stays on its own line whatever its texts hold.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _FileTable:
    """File names of positions, stored once each."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._index: dict[str, int] = {}

    def pos(self, pos: Pos) -> list[int]:
        index = self._index.get(pos.file)
        if index is None:
            index = self._index[pos.file] = len(self.names)
            self.names.append(pos.file)
        return [index, pos.line, pos.col]


def _text(text: model.LangText | None, default: str) -> Any:
    if text is None:
        return None
    texts = dict(text.items())
    # Every text the loader makes falls back to the bundle's default
    # language; one that does not keeps its own.
    own = text._default  # the model's own field, read to keep the text exact
    return texts if own == default else [own, texts]


def _bundle(bundle: model.Bundle) -> dict[str, Any]:
    d = bundle.default_language
    return {
        "id": bundle.id,
        "version": bundle.version,
        "status": str(bundle.status),
        "title": _text(bundle.title, d),
        "region": bundle.region,
        "languages": list(bundle.languages),
        "default_language": d,
        "review_by": bundle.review_by.isoformat(),
        "max_verification_age_days": bundle.max_verification_age_days,
        "claims_max_age_days": bundle.claims_max_age_days,
        "cover": {"title": _text(bundle.cover.title, d), "text": _text(bundle.cover.text, d)},
        "slip_heading": _text(bundle.slip_heading, d),
        "sensitive_words": {k: list(v) for k, v in bundle.sensitive_words.items()},
    }


def _topic(topic: model.Topic, d: str, files: _FileTable) -> dict[str, Any]:
    return {
        "id": topic.id,
        "order": topic.order,
        "title": _text(topic.title, d),
        "icon": topic.icon,
        "questions": [
            [
                _text(q.question, d),
                _text(q.answer, d),
                list(q.sources),
                files.pos(q.pos),
                _checked(q.checked, files),
                None if q.as_of is None else q.as_of.isoformat(),
            ]
            for q in topic.questions
        ],
        "resources": [[ref.id, files.pos(ref.pos)] for ref in topic.resource_refs],
        "pos": files.pos(topic.pos),
    }


def _checked(c: model.Check | None, files: _FileTable) -> Any:
    if c is None:
        return None
    return [c.on.isoformat(), str(c.by), str(c.method), list(c.sources), files.pos(c.pos)]


def _verified_on(v: model.Verification | None) -> str | None:
    return None if v is None else v.on.isoformat()


def _verified(v: model.Verification | None, files: _FileTable) -> Any:
    return (
        None if v is None else [v.on.isoformat(), v.by, str(v.method), v.source, files.pos(v.pos)]
    )


def _resource(r: model.Resource, d: str, files: _FileTable) -> dict[str, Any]:
    a = r.address
    return {
        "id": r.id,
        "name": _text(r.name, d),
        "slip_name": _text(r.slip_name, d),
        "description": _text(r.description, d),
        # The number as dialled and as shown, worked out by phonenumbers at
        # install: the kiosk never reads a number again. A relay prefix and
        # what it makes a phone dial are null for most numbers.
        "phones": [
            [
                p.number,
                p.display,
                str(p.type),
                _text(p.label, d),
                p.keyword,
                files.pos(p.pos),
                p.relay,
                p.dialled,
            ]
            for p in r.phones
        ],
        "address": None if a is None else [a.street, a.city, a.state, a.postal_code, a.country],
        "hours": _text(r.hours, d),
        "languages": list(r.languages),
        "cost": _text(r.cost, d),
        "eligibility": _text(r.eligibility, d),
        "website": r.website,
        "verified": _verified(r.verified, files),
        "pos": files.pos(r.pos),
    }


def _finding(f: Finding, files: _FileTable) -> list[Any]:
    return [files.pos(f.pos), str(f.severity), f.rule, f.message]


def review_by_place(folder: Path) -> Pos:
    """Where bundle.yaml sets review_by, as the loader reports it (the value's
    line and column). Read once at compile time; YAML is loaded here only."""
    import yaml

    fallback = Pos("bundle.yaml", 1, 1)
    try:
        node = yaml.compose((folder / "bundle.yaml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return fallback
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == "review_by":
                mark = value.start_mark
                return Pos("bundle.yaml", mark.line + 1, mark.column + 1)
    return fallback


def compile_folder(folder: Path, result: Any, *, source: str) -> bytes:
    """The compiled file for `folder`, whose `load_bundle` result is `result`."""
    if result.bundle is None:
        raise CompileError("a bundle with errors is never compiled")
    return to_compiled(
        result.bundle,
        result.findings,
        source=source,
        review_by_at=review_by_place(folder),
        texts_by_language=result.texts_by_language,
    )
