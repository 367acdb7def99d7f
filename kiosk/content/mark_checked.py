"""Recording a re-check in the bundle's own files, in place.

`kiosk mark-checked` writes a contact's `verified:` or an answer's `checked:`
record into the YAML file that holds it and changes nothing else: comments,
key order, quoting and every other line stay as the editor wrote them. The
file is read with PyYAML's composer, whose nodes know where each value
starts and ends; only the record's own lines are replaced (or, when there is
none yet, added after the entry's last field, at its indentation). The new
file replaces the old in one rename.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

import yaml

from kiosk.content import model

CONTACT_KEY: Final = "verified"
ANSWER_KEY: Final = "checked"


class MarkError(Exception):
    """Why a record could not be written; one line for staff. Nothing was changed."""


@dataclass(frozen=True)
class CheckRecord:
    on: date
    by: str
    method: str
    sources: tuple[str, ...]

    def problems(self, *, answer: bool, today: date) -> list[str]:
        """What is wrong with the record for a contact or an answer."""
        found = []
        if self.on > today:
            found.append(f"--on {self.on} is after today ({today})")
        if answer:
            roles = tuple(model.CheckedBy)
            if self.by not in roles:
                found.append(
                    f"--by '{self.by}' is not a role; use one of: {', '.join(roles)} "
                    "(visitors read it, so never a name)"
                )
            methods = tuple(model.CheckMethod)
            if not self.sources:
                found.append("give at least one --source: the page or section checked against")
        else:
            methods = tuple(model.VerifyMethod)
            if not self.by.strip():
                found.append("--by is empty: say who checked (a role such as 'site staff')")
            if len(self.sources) > 1:
                found.append("a contact keeps one --source: the page or call it was checked with")
        if self.method not in methods:
            found.append(f"--method '{self.method}' is not one of: {', '.join(methods)}")
        return found


@dataclass(frozen=True)
class Marked:
    file: Path
    added: bool  # the entry had no record before
    original: str  # the file's text before

    def restore(self) -> None:
        """Put the file back as it was (the new record did not validate)."""
        _replace_file(self.file, self.original)


def mark_checked(folder: Path, item_id: str, record: CheckRecord) -> Marked:
    """Write `record` for a contact (a resource id) or an answer (TOPIC#N)
    into the file that holds it. Raises MarkError, changing nothing."""
    if "#" in item_id:
        topic_id, _, number = item_id.partition("#")
        path, entry = _find_answer(folder, topic_id, number, item_id)
        key = ANSWER_KEY
    else:
        path, entry = _find_resource(folder, item_id)
        key = CONTACT_KEY
    text = path.read_text(encoding="utf-8")
    edited, added = _with_record(text, entry, key, record)
    _replace_file(path, edited)
    return Marked(path, added, text)


# --- finding the entry ------------------------------------------------------------


def _compose(path: Path) -> yaml.Node | None:
    try:
        node: yaml.Node | None = yaml.compose(
            path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader
        )
        return node
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise MarkError(
            f"{path.name} cannot be read ({type(exc).__name__}); fix it first"
        ) from None


def _value(mapping: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for k, v in mapping.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key and isinstance(v, yaml.Node):
                return v
    return None


def _id_of(mapping: yaml.Node) -> str | None:
    found = _value(mapping, "id")
    return found.value if isinstance(found, yaml.ScalarNode) else None


def _find_resource(folder: Path, resource_id: str) -> tuple[Path, yaml.MappingNode]:
    for path in sorted((folder / "resources").glob("*.yaml")):
        root = _compose(path)
        entries = root.value if isinstance(root, yaml.SequenceNode) else [root]
        for entry in entries:
            if isinstance(entry, yaml.MappingNode) and _id_of(entry) == resource_id:
                return path, entry
    raise MarkError(f"no resource has the id '{resource_id}' in {folder}")


def _find_answer(
    folder: Path, topic_id: str, number: str, item_id: str
) -> tuple[Path, yaml.MappingNode]:
    for path in sorted((folder / "topics").glob("*.yaml")):
        root = _compose(path)
        if not (isinstance(root, yaml.MappingNode) and _id_of(root) == topic_id):
            continue
        questions = _value(root, "questions")
        count = len(questions.value) if isinstance(questions, yaml.SequenceNode) else 0
        if not number.isdigit() or not 1 <= int(number) <= count:
            raise MarkError(
                f"'{item_id}': topic '{topic_id}' has {count} question(s); "
                f"name one as {topic_id}#1 to {topic_id}#{count}"
            )
        assert isinstance(questions, yaml.SequenceNode)
        entry = questions.value[int(number) - 1]
        if not isinstance(entry, yaml.MappingNode):
            raise MarkError(f"'{item_id}' is not a question with an answer")
        return path, entry
    raise MarkError(f"no topic has the id '{topic_id}' in {folder}")


# --- editing the text -------------------------------------------------------------


def _end_of(node: yaml.Node) -> int:
    """Where a value's own text ends: a block collection's end mark lies at
    the next line's key, so it ends with its last value instead."""
    if not isinstance(node, yaml.CollectionNode) or node.flow_style:
        return int(node.end_mark.index)
    children: list[yaml.Node] = []
    for item in node.value:
        children.extend(item if isinstance(item, tuple) else (item,))
    return max((_end_of(child) for child in children), default=int(node.end_mark.index))


def _with_record(
    text: str, entry: yaml.MappingNode, key: str, record: CheckRecord
) -> tuple[str, bool]:
    fields = _fields(key, record)
    for k, v in entry.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            start, end = k.start_mark.index, _end_of(v)
            written = (
                _flow(key, fields) if entry.flow_style else _block(key, fields, k.start_mark.column)
            )
            return text[:start] + written + text[end:], False
    if entry.flow_style or not entry.value:
        raise MarkError(
            f"this entry is written on one line, in {{ }}; add its {key}: record by hand"
        )
    first_key = entry.value[0][0]
    end = _end_of(entry.value[-1][1])
    indent = first_key.start_mark.column
    written = "\n" + " " * indent + _block(key, fields, indent)
    return text[:end] + written + text[end:], True


def _fields(key: str, record: CheckRecord) -> list[tuple[str, str | list[str]]]:
    quoted = [json.dumps(s, ensure_ascii=False) for s in record.sources]
    if key == ANSWER_KEY:
        return [
            ("on", record.on.isoformat()),
            ("by", record.by),
            ("method", record.method),
            ("sources", quoted),
        ]
    fields: list[tuple[str, str | list[str]]] = [
        ("on", record.on.isoformat()),
        ("by", json.dumps(record.by, ensure_ascii=False)),
        ("method", record.method),
    ]
    if quoted:
        fields.append(("source", quoted[0]))
    return fields


def _block(key: str, fields: list[tuple[str, str | list[str]]], indent: int) -> str:
    pad = " " * (indent + 2)
    lines = [f"{key}:"]
    for name, value in fields:
        if isinstance(value, list):
            lines.append(f"{pad}{name}:")
            lines.extend(f"{pad}  - {item}" for item in value)
        else:
            lines.append(f"{pad}{name}: {value}")
    return "\n".join(lines)


def _flow(key: str, fields: list[tuple[str, str | list[str]]]) -> str:
    parts = [
        f"{name}: [{', '.join(value)}]" if isinstance(value, list) else f"{name}: {value}"
        for name, value in fields
    ]
    return f"{key}: {{{', '.join(parts)}}}"


def _replace_file(path: Path, text: str) -> None:
    mode = path.stat().st_mode & 0o777
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
