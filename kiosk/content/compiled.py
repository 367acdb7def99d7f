"""A bundle compiled at install time, read at start without YAML or phone parsing.

Installing a bundle checks it once (every YAML file parsed, every phone number
read with phonenumbers, every rule run) and writes what came out next to the
version folder (kiosk.content.compiler): the immutable `Bundle` with phone
numbers already canonical and formatted, and the findings staff see. `kiosk
run` then reads that file and builds the same `Bundle`, so visitors never
wait for a check that staff already had done.

The file is plain data, JSON, never pickle: a header line, then the body,
one JSON value per line:
- the head: the bundle's own fields, the findings, and how many lines of
  each kind follow;
- one line per topic;
- the resource index: each resource's id and verification, a thousand a line;
- one line per resource, in the index's order.
A resource is decoded when a screen first asks for it (`CompiledResources`):
with ten thousand services a start decodes none of them (Home needs only
the topics, a topic screen only its own services), and the dated checks and
the staff chart work from the index alone.

The header says what the body was made from (`source`: the SHA-256 of the
signed manifest for an installed bundle, of the YAML files for the shipped
sample) and by which kiosk (`stamp`), and holds a SHA-256 over both and the
body. A file whose header does not match what the reader expects, or whose
body does not match its hash (edited, truncated, copied from another version
folder, written by another kiosk version), is not used: the reader says why,
and the caller checks the YAML in full instead. The whole body is hashed
before any of it is used, so a resource decoded later is as checked as the
rest.

The hash finds a stale or damaged file, not a forged one: whoever can write
the content folder can also rewrite its YAML, which the kiosk has never
checked against the signature at start either.

Findings that change with the date alone (kiosk.content.rules.DATED_RULES)
are not stored: they are worked out again for the day the bundle is read, as
the screens work out trust and freshness from the stored dates.

Reading comes in small steps (`read_compiled_in_steps`), none longer than a
small JSON value: the GUI thread reads a bundle that has just been installed,
or that staff reload, a few steps per turn of its event loop, so Quick exit
never waits for it. `read_compiled_bytes_in_steps` reads the same form from
memory: what a child process that checked a bundle in full wrote to its
stdout (kiosk.updates.load_child), sealed as a file would be.

Qt-free, and light to import: no YAML, no phonenumbers, no loader.

Why one module of this size (about 500 lines): the format's layout, its
checks and the reader that trusts them must change together (FORMAT says
when), and a value decoded here is trusted only because the steps above it
hashed the body; the writer, which only staff tools run, is
kiosk.content.compiler.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Generator, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final, TypeVar

from kiosk.content import model, rules
from kiosk.content.findings import Finding, Findings, Pos, Severity, WithFindings

# Raised whenever what is written here, or what it means, changes: a kiosk
# then ignores files an older one wrote.
FORMAT: Final = 4  # 4: phones carry relay and dialled digits; slip_heading may be null
SUFFIX: Final = ".compiled.json"
DIST_NAME: Final = "resource_kiosk"
MAX_COMPILED_BYTES: Final = 512 * 1024 * 1024
INDEX_CHUNK: Final = 1000  # resources per line of the resource index
_READ_STEP: Final = 1024 * 1024  # bytes read or hashed per step


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
    digest = hashlib.sha256()
    files = [folder / "bundle.yaml"]
    for sub in ("topics", "resources"):
        files.extend(sorted((folder / sub).glob("*.yaml")))
    for path in files:
        data = path.read_bytes()
        digest.update(f"{path.relative_to(folder).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def seal(stamp: str, source: str, body: bytes) -> str:
    """The hash a compiled file's header holds over its body."""
    sealing = _sealing(stamp, source)
    sealing.update(body)
    return sealing.hexdigest()


def _sealing(stamp: str, source: str) -> hashlib._Hash:
    return hashlib.sha256(f"{FORMAT}\n{stamp}\n{source}\n".encode())


# --- reading -------------------------------------------------------------------

Steps = Generator[None, None, "CompiledResult | NotUsable"]


def read_compiled(
    path: Path, *, source: str, today: date | None = None, stamp: str | None = None
) -> CompiledResult | NotUsable:
    """The compiled bundle at `path` if it was made from `source` by this
    kiosk and is whole; otherwise why not. Never raises."""
    return run_steps(read_compiled_in_steps(path, source=source, today=today, stamp=stamp))


_Outcome = TypeVar("_Outcome")


def run_steps(steps: Generator[None, None, _Outcome]) -> _Outcome:
    """All of a reading's steps at once; what they come to."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            outcome: _Outcome = done.value
            return outcome


def read_compiled_in_steps(
    path: Path, *, source: str, today: date | None = None, stamp: str | None = None
) -> Steps:
    """`read_compiled` in small steps: each `next()` does one; the
    generator's return value is the outcome. Never raises."""
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_COMPILED_BYTES:
                return NotUsable("the compiled form is too large")
            # Read into one buffer a piece at a time: no step copies the whole file.
            data = bytearray(size)
            with memoryview(data) as view:
                filled = 0
                while filled < size and (got := f.readinto(view[filled : filled + _READ_STEP])):
                    filled += got
                    yield
            del data[filled:]  # the file shrank while it was read: the hash will tell
    except FileNotFoundError:
        return NotUsable("there is no compiled form")
    except OSError as exc:
        return NotUsable(f"the compiled form cannot be read ({exc.strerror})")
    return (yield from read_compiled_bytes_in_steps(data, source=source, today=today, stamp=stamp))


def read_compiled_bytes_in_steps(
    data: bytes | bytearray,
    *,
    source: str,
    today: date | None = None,
    stamp: str | None = None,
) -> Steps:
    """`read_compiled_in_steps` over a compiled form already in memory (what
    a child process that checked a bundle wrote to its stdout): the same
    checks of header and seal, then the bundle. Never raises."""
    if len(data) > MAX_COMPILED_BYTES:
        return NotUsable("the compiled form is too large")
    end_of_header = data.find(b"\n")
    try:
        header = json.loads(data[:end_of_header]) if end_of_header >= 0 else None
    except ValueError:
        header = None
    if not isinstance(header, dict):
        return NotUsable("the compiled form is not a compiled bundle (no header)")
    stamp = kiosk_stamp() if stamp is None else stamp
    if header.get("format") != FORMAT or header.get("stamp") != stamp:
        return NotUsable(
            f"the compiled form was made by another kiosk version ({_shown(header.get('stamp'))})"
        )
    if header.get("source") != source:
        return NotUsable("the compiled form was made from other files than the installed ones")
    sealing = _sealing(stamp, source)
    with memoryview(data) as view:
        for at in range(end_of_header + 1, len(data), _READ_STEP):
            sealing.update(view[at : min(at + _READ_STEP, len(data))])
            yield
    if header.get("sha256") != sealing.hexdigest():
        return NotUsable("the compiled form has been changed or cut short since it was written")
    try:
        return (yield from _read_body(_Lines(data, end_of_header + 1), today or date.today()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        # A sound hash over a body that does not read: written by a kiosk
        # with a bug, never used.
        return NotUsable("the compiled form does not read as a bundle")


def _shown(value: object) -> str:
    return value if isinstance(value, str) and value.isprintable() else "unknown"


def from_compiled_body(body: bytes, *, today: date | None = None) -> CompiledResult:
    """The bundle and findings in a compiled body (what follows the header),
    its hash not checked. Raises ValueError (or the like) when it does not read."""
    return run_steps(_read_body(_Lines(body, 0), today or date.today()))


class _Lines:
    """The lines of a compiled body, found a few thousand at a time and
    sliced out of the file's bytes only when read."""

    _PER_STEP: Final = 2000

    def __init__(self, data: bytes | bytearray, start: int) -> None:
        self._data = data
        self._starts = [start]

    def find_all(self) -> Generator[None, None, None]:
        data, starts = self._data, self._starts
        at = starts[0]
        while True:
            for _ in range(self._PER_STEP):
                at = data.find(b"\n", at) + 1
                if at == 0:
                    starts.append(len(data) + 1)  # where a line after the last would start
                    return
                starts.append(at)
            yield

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, index: int) -> bytes | bytearray:
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._data[self._starts[index] : self._starts[index + 1] - 1]


def _read_body(lines: _Lines, today: date) -> Generator[None, None, CompiledResult]:
    yield from lines.find_all()
    head = json.loads(lines[0])
    reader = _Reader(head["files"], head["bundle"]["default_language"])
    topic_count, index_count, resource_count = (
        head["topics"],
        head["index_lines"],
        head["resources"],
    )
    if len(lines) != 1 + topic_count + index_count + resource_count:
        raise ValueError("the body does not have the lines its head counts")
    findings = Findings()
    for where, severity, rule, message in head["findings"]:
        findings.items.append(Finding(reader.pos(where), Severity(severity), rule, message))
    yield
    topics = []
    for at in range(1, 1 + topic_count):
        topics.append(reader.topic(json.loads(lines[at])))
        yield
    resources = CompiledResources(lines, 1 + topic_count + index_count, reader.resource)
    bundle = reader.bundle(head["bundle"], tuple(topics), resources)
    rules.check_review_date(
        bundle, findings, today=today, review_by_at=reader.pos(head["review_by_at"])
    )
    rules.check_claim_ages(bundle, findings, today=today)
    for at in range(1 + topic_count, 1 + topic_count + index_count):
        chunk = resources.add_to_index(json.loads(lines[at]))
        rules.check_verification_ages(bundle, chunk, findings, today=today)
        yield
    if len(resources) != resource_count:
        raise ValueError("the resource index does not match the resource lines")
    return CompiledResult(bundle, findings.sorted(), dict(head["texts_by_language"]))


class CompiledResources(model.IndexedResources):
    """A compiled bundle's resources by id: each decoded from its line the
    first time it is asked for, then kept. Ids and verification dates come
    from the index, so listing them decodes nothing."""

    def __init__(
        self,
        lines: _Lines,
        first_line: int,
        decode: Callable[[Any], model.Resource],
    ) -> None:
        self._lines = lines
        self._first_line = first_line
        self._decode = decode
        self._ids: list[str] = []
        self._verified_on: list[date | None] = []
        self._at: dict[str, int] = {}
        self._decoded: dict[str, model.Resource] = {}

    def add_to_index(self, entries: list[list[Any]]) -> list[tuple[str, date | None]]:
        """One line of the resource index read: its ids and verification dates."""
        added = []
        for rid, on in entries:
            if not isinstance(rid, str) or rid in self._at:
                raise ValueError("the resource index names a resource twice")
            verified_on = None if on is None else date.fromisoformat(on)
            self._at[rid] = len(self._ids)
            self._ids.append(rid)
            self._verified_on.append(verified_on)
            added.append((rid, verified_on))
        return added

    @property
    def decoded(self) -> int:
        """How many resources have been decoded so far."""
        return len(self._decoded)

    def __getitem__(self, resource_id: str) -> model.Resource:
        resource = self._decoded.get(resource_id)
        if resource is None:
            at = self._at[resource_id]  # KeyError for an unknown id, as a dict
            resource = self._decode(json.loads(self._lines[self._first_line + at]))
            if resource.id != resource_id:
                raise ValueError("a resource line is not the one its index names")
            self._decoded[resource_id] = resource
        return resource

    def __contains__(self, resource_id: object) -> bool:
        return resource_id in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def verified_dates(self) -> Iterator[tuple[str, date | None]]:
        return zip(self._ids, self._verified_on, strict=True)


class _Reader:
    """Builds model objects from a compiled body's values."""

    def __init__(self, files: list[str], default_language: str) -> None:
        self._files = files
        self._default = default_language

    def pos(self, p: list[int]) -> Pos:
        return Pos(self._files[p[0]], p[1], p[2])

    def place(self, p: list[int]) -> model.Place:
        return (self._files[p[0]], p[1], p[2])

    def text(self, raw: Any) -> model.LangText | None:
        if raw is None:
            return None
        if isinstance(raw, list):
            own, texts = raw
            return model.LangText(texts, own)
        return model.LangText(raw, self._default)

    def must(self, raw: Any) -> model.LangText:
        read = self.text(raw)
        if read is None:
            raise ValueError("a text is missing")
        return read

    def verification(self, v: Any) -> model.Verification | None:
        if v is None:
            return None
        return model.Verification(
            date.fromisoformat(v[0]), v[1], model.VerifyMethod(v[2]), v[3], self.place(v[4])
        )

    def check(self, c: Any) -> model.Check | None:
        if c is None:
            return None
        on, by, method, sources, p = c
        return model.Check(
            date.fromisoformat(on),
            model.CheckedBy(by),
            model.CheckMethod(method),
            tuple(sources),
            self.place(p),
        )

    def topic(self, t: Mapping[str, Any]) -> model.Topic:
        return model.Topic(
            id=t["id"],
            order=t["order"],
            title=self.must(t["title"]),
            icon=t["icon"],
            questions=tuple(
                model.Question(
                    self.must(q),
                    self.must(a),
                    tuple(sources),
                    self.place(p),
                    self.check(checked),
                    None if as_of is None else date.fromisoformat(as_of),
                )
                for q, a, sources, p, checked, as_of in t["questions"]
            ),
            resource_refs=tuple(model.ResourceRef(rid, self.place(p)) for rid, p in t["resources"]),
            place=self.place(t["pos"]),
        )

    def resource(self, r: Mapping[str, Any]) -> model.Resource:
        a = r["address"]
        return model.Resource(
            id=r["id"],
            name=self.must(r["name"]),
            slip_name=self.text(r["slip_name"]),
            description=self.text(r["description"]),
            phones=tuple(
                model.Phone(
                    number,
                    display,
                    model.PhoneType(kind),
                    self.text(label),
                    keyword,
                    self.place(p),
                    relay,
                    dialled,
                )
                for number, display, kind, label, keyword, p, relay, dialled in r["phones"]
            ),
            address=None if a is None else model.Address(*a),
            hours=self.text(r["hours"]),
            languages=tuple(r["languages"]),
            cost=self.text(r["cost"]),
            eligibility=self.text(r["eligibility"]),
            website=r["website"],
            verified=self.verification(r["verified"]),
            place=self.place(r["pos"]),
        )

    def bundle(
        self, b: Mapping[str, Any], topics: tuple[model.Topic, ...], resources: CompiledResources
    ) -> model.Bundle:
        return model.Bundle(
            id=b["id"],
            version=b["version"],
            status=model.BundleStatus(b["status"]),
            title=self.must(b["title"]),
            region=b["region"],
            languages=tuple(b["languages"]),
            default_language=self._default,
            review_by=date.fromisoformat(b["review_by"]),
            max_verification_age_days=b["max_verification_age_days"],
            claims_max_age_days=b["claims_max_age_days"],
            cover=model.Cover(self.must(b["cover"]["title"]), self.must(b["cover"]["text"])),
            slip_heading=self.text(b["slip_heading"]),
            sensitive_words={k: tuple(v) for k, v in b["sensitive_words"].items()},
            topics=topics,
            resources=resources,
        )
