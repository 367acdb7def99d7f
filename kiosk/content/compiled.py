"""A bundle compiled at install time, read at start without YAML or phone parsing.

Installing a bundle checks it once (every YAML file parsed, every phone number
read with phonenumbers, every rule run) and writes what came out as one JSON
file next to the version folder: the immutable `Bundle` with phone numbers
already canonical and formatted, and the findings staff see. `kiosk run` then
reads that file and builds the same `Bundle`, so visitors never wait for a
check that staff already had done.

The file is plain data (JSON, never pickle) in two lines: a header, then the
body. The header says what the body was made from (`source`: the SHA-256 of
the signed manifest for an installed bundle, of the YAML files for the
shipped sample) and by which kiosk (`stamp`), and holds a SHA-256 over both
and the body. A file whose header does not match what the reader expects, or
whose body does not match its hash (edited, truncated, copied from another
version folder, written by another kiosk version), is not used: `read_compiled`
says why, and the caller checks the YAML in full instead.

The hash finds a stale or damaged file, not a forged one: whoever can write
the content folder can also rewrite its YAML, which the kiosk has never
checked against the signature at start either.

Findings that change with the date alone (kiosk.content.rules.DATED_RULES)
are not stored: they are worked out again for the day the bundle is read, as
the screens work out trust and freshness from the stored dates.

Qt-free, and light to import: no YAML, no phonenumbers, no loader.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from kiosk.content import model, rules
from kiosk.content.findings import Finding, Findings, Pos, Severity, WithFindings

# Raised whenever what is written here, or what it means, changes: a kiosk
# then ignores files an older one wrote.
FORMAT: Final = 1
SUFFIX: Final = ".compiled.json"
DIST_NAME: Final = "resource_kiosk"
MAX_COMPILED_BYTES: Final = 512 * 1024 * 1024


class CompileError(Exception):
    """The bundle cannot be compiled (it has errors); nothing was written."""


@dataclass
class CompiledResult(WithFindings):
    """What `load_bundle` says about a bundle, read from its compiled form.
    Has the attributes of `kiosk.content.LoadResult` that the kiosk reads, so
    either can be shown; `bundle` is never None here."""

    bundle: model.Bundle
    findings: list[Finding]
    texts_by_language: dict[str, int] = field(default_factory=dict)
    unreadable: bool = False
    compiled: bool = True


@dataclass(frozen=True)
class NotUsable:
    """Why a compiled file was not used, in words for `kiosk status` and the journal."""

    reason: str

    def __str__(self) -> str:
        return self.reason


def compiled_path(bundle_folder: Path) -> Path:
    """Where a bundle folder's compiled form lives: beside it, so a signed
    archive (unpacked inside the folder) can never bring one of its own."""
    return bundle_folder.with_name(bundle_folder.name + SUFFIX)


def kiosk_stamp() -> str:
    """Which kiosk compiles or reads: its installed version and this file's
    FORMAT. The version comes from the package's dist-info folder name, as
    importlib.metadata would find it, without importing importlib.metadata
    (some 40 ms at every start)."""
    return f"{DIST_NAME} {_installed_version()} format {FORMAT}"


def _installed_version() -> str:
    prefix, suffix = f"{DIST_NAME}-", ".dist-info"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(suffix):
                return name[len(prefix) : -len(suffix)]
    return "unknown"


def sample_source_digest(folder: Path) -> str:
    """The SHA-256 of a bundle folder's YAML files (names and bytes), for the
    shipped sample, which has no signed manifest: a compiled sample made from
    other files than those beside it is not used."""
    import hashlib

    digest = hashlib.sha256()
    files = [folder / "bundle.yaml"]
    for sub in ("topics", "resources"):
        files.extend(sorted((folder / sub).glob("*.yaml")))
    for path in files:
        data = path.read_bytes()
        digest.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


# --- writing -------------------------------------------------------------------


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
    body = {
        "bundle": _bundle(bundle, files),
        "findings": [_finding(f, files) for f in findings if f.rule not in rules.DATED_RULES],
        "review_by_at": files.pos(review_by_at),
        "texts_by_language": dict(texts_by_language or {}),
        "files": files.names,
    }
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    stamp = kiosk_stamp() if stamp is None else stamp
    header = {
        "format": FORMAT,
        "stamp": stamp,
        "source": source,
        "sha256": _seal(stamp, source, data),
    }
    return json.dumps(header).encode("ascii") + b"\n" + data


def _seal(stamp: str, source: str, body: bytes) -> str:
    import hashlib

    digest = hashlib.sha256(f"{FORMAT}\n{stamp}\n{source}\n".encode())
    digest.update(body)
    return digest.hexdigest()


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


def _bundle(bundle: model.Bundle, files: _FileTable) -> dict[str, Any]:
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
        "cover": {"title": _text(bundle.cover.title, d), "text": _text(bundle.cover.text, d)},
        "slip_heading": _text(bundle.slip_heading, d),
        "sensitive_words": {k: list(v) for k, v in bundle.sensitive_words.items()},
        "topics": [_topic(t, d, files) for t in bundle.topics],
        "resources": [_resource(r, d, files) for r in bundle.resources.values()],
    }


def _topic(topic: model.Topic, d: str, files: _FileTable) -> dict[str, Any]:
    return {
        "id": topic.id,
        "order": topic.order,
        "title": _text(topic.title, d),
        "icon": topic.icon,
        "questions": [
            [_text(q.question, d), _text(q.answer, d), list(q.sources), files.pos(q.pos)]
            for q in topic.questions
        ],
        "resources": [[ref.id, files.pos(ref.pos)] for ref in topic.resource_refs],
        "pos": files.pos(topic.pos),
    }


def _resource(r: model.Resource, d: str, files: _FileTable) -> dict[str, Any]:
    a, v = r.address, r.verified
    return {
        "id": r.id,
        "name": _text(r.name, d),
        "slip_name": _text(r.slip_name, d),
        "description": _text(r.description, d),
        # The number as dialled and as shown, worked out by phonenumbers at
        # install: the kiosk never reads a number again.
        "phones": [
            [p.number, p.display, str(p.type), _text(p.label, d), p.keyword, files.pos(p.pos)]
            for p in r.phones
        ],
        "address": None if a is None else [a.street, a.city, a.state, a.postal_code, a.country],
        "hours": _text(r.hours, d),
        "languages": list(r.languages),
        "cost": _text(r.cost, d),
        "eligibility": _text(r.eligibility, d),
        "website": r.website,
        "verified": None
        if v is None
        else [v.on.isoformat(), v.by, str(v.method), v.source, files.pos(v.pos)],
        "pos": files.pos(r.pos),
    }


def _finding(f: Finding, files: _FileTable) -> list[Any]:
    return [files.pos(f.pos), str(f.severity), f.rule, f.message]


# --- reading -------------------------------------------------------------------


def read_compiled(
    path: Path, *, source: str, today: date | None = None, stamp: str | None = None
) -> CompiledResult | NotUsable:
    """The compiled bundle at `path` if it was made from `source` by this
    kiosk and is whole; otherwise why not. Never raises."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_COMPILED_BYTES + 1)
    except FileNotFoundError:
        return NotUsable("there is no compiled form")
    except OSError as exc:
        return NotUsable(f"the compiled form cannot be read ({exc.strerror})")
    if len(data) > MAX_COMPILED_BYTES:
        return NotUsable("the compiled form is too large")
    head, newline, body = data.partition(b"\n")
    try:
        header = json.loads(head)
    except ValueError:
        return NotUsable("the compiled form is not a compiled bundle (no header)")
    if not newline or not isinstance(header, dict):
        return NotUsable("the compiled form is not a compiled bundle (no header)")
    stamp = kiosk_stamp() if stamp is None else stamp
    if header.get("format") != FORMAT or header.get("stamp") != stamp:
        return NotUsable(
            f"the compiled form was made by another kiosk version ({_shown(header.get('stamp'))})"
        )
    if header.get("source") != source:
        return NotUsable("the compiled form was made from other files than the installed ones")
    if header.get("sha256") != _seal(stamp, source, body):
        return NotUsable("the compiled form has been changed or cut short since it was written")
    # Hundreds of thousands of small objects that all stay alive: the cyclic
    # collector would scan them again and again while they are built (more
    # than the reading itself) and could free none of them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return from_compiled(json.loads(body), today=today)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        # A sound hash over a body that does not read: written by a kiosk
        # with a bug, never used.
        return NotUsable("the compiled form does not read as a bundle")
    finally:
        if collecting:
            gc.enable()


def _shown(value: object) -> str:
    return value if isinstance(value, str) and value.isprintable() else "unknown"


def from_compiled(body: Mapping[str, Any], *, today: date | None = None) -> CompiledResult:
    """The bundle and findings in a compiled body (see to_compiled)."""
    names = body["files"]

    def pos(p: list[int]) -> Pos:
        return Pos(names[p[0]], p[1], p[2])

    bundle = _read_bundle(body["bundle"], pos)
    findings = Findings()
    for where, severity, rule, message in body["findings"]:
        findings.items.append(Finding(pos(where), Severity(severity), rule, message))
    rules.check_dates(
        bundle,
        list(bundle.resources.values()),
        findings,
        today=today or date.today(),
        review_by_at=pos(body["review_by_at"]),
    )
    return CompiledResult(bundle, findings.sorted(), dict(body["texts_by_language"]))


def _read_bundle(b: Mapping[str, Any], pos: Any) -> model.Bundle:
    d = b["default_language"]

    def text(raw: Any) -> model.LangText | None:
        if raw is None:
            return None
        if isinstance(raw, list):
            own, texts = raw
            return model.LangText(texts, own)
        return model.LangText(raw, d)

    def must(raw: Any) -> model.LangText:
        read = text(raw)
        if read is None:
            raise ValueError("a text is missing")
        return read

    resources = {}
    for r in b["resources"]:
        a, v = r["address"], r["verified"]
        resources[r["id"]] = model.Resource(
            id=r["id"],
            name=must(r["name"]),
            slip_name=text(r["slip_name"]),
            description=text(r["description"]),
            phones=tuple(
                model.Phone(number, display, model.PhoneType(kind), text(label), keyword, pos(p))
                for number, display, kind, label, keyword, p in r["phones"]
            ),
            address=None if a is None else model.Address(*a),
            hours=text(r["hours"]),
            languages=tuple(r["languages"]),
            cost=text(r["cost"]),
            eligibility=text(r["eligibility"]),
            website=r["website"],
            verified=None
            if v is None
            else model.Verification(
                date.fromisoformat(v[0]), v[1], model.VerifyMethod(v[2]), v[3], pos(v[4])
            ),
            pos=pos(r["pos"]),
        )
    topics = tuple(
        model.Topic(
            id=t["id"],
            order=t["order"],
            title=must(t["title"]),
            icon=t["icon"],
            questions=tuple(
                model.Question(must(q), must(a), tuple(sources), pos(p))
                for q, a, sources, p in t["questions"]
            ),
            resource_refs=tuple(model.ResourceRef(rid, pos(p)) for rid, p in t["resources"]),
            pos=pos(t["pos"]),
        )
        for t in b["topics"]
    )
    return model.Bundle(
        id=b["id"],
        version=b["version"],
        status=model.BundleStatus(b["status"]),
        title=must(b["title"]),
        region=b["region"],
        languages=tuple(b["languages"]),
        default_language=d,
        review_by=date.fromisoformat(b["review_by"]),
        max_verification_age_days=b["max_verification_age_days"],
        cover=model.Cover(must(b["cover"]["title"]), must(b["cover"]["text"])),
        slip_heading=must(b["slip_heading"]),
        sensitive_words={k: tuple(v) for k, v in b["sensitive_words"].items()},
        topics=topics,
        resources=MappingProxyType(resources),
    )


# --- compiling a folder (staff tools: install, `kiosk compile`) -----------------


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
