"""`kiosk import-hsds --into`'s three-way merge of one resource: what the
directory said last time, what the bundle says, what the directory says now
(kiosk.hsds.refresh reads and writes the files around it). It writes what it
took and what needs an editor into the refresh's report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from kiosk.content.phones import PhoneProblem, parse_phone
from kiosk.hsds.imported import as_json
from kiosk.hsds.report import ImportReport
from kiosk.hsds.values import one_line, shorten

LANG_FIELDS: Final = ("name", "description", "hours", "cost", "eligibility")
WHOLE_FIELDS: Final = ("phones", "address", "languages", "website")
CONTACT_FIELDS: Final = ("phones", "address", "website")
REMOVED: Final = "removed-upstream"
MISSING: Final = object()  # no earlier record of what the directory said


@dataclass
class RefreshReport:
    source: str
    bundle: str
    changes: list[str] = field(default_factory=list)
    attention: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    load_summary: str = ""
    details: ImportReport | None = None

    def render(self) -> str:
        c = self.counts
        lines = [
            f"HSDS refresh of {self.bundle} from {self.source}",
            f"Read {c.get('read', 0)} service(s): {c.get('changed', 0)} changed, "
            f"{c.get('new', 0)} new, {c.get('removed', 0)} no longer listed, "
            f"{c.get('unchanged', 0)} unchanged.",
        ]
        if self.load_summary:
            lines.append(self.load_summary)
        lines += ["", f"Changes taken from the directory ({len(self.changes)}):"]
        lines += [f"  - {line}" for line in self.changes] or ["  (nothing)"]
        lines += ["", f"Needs your attention ({len(self.attention)}):"]
        lines += [f"  - {line}" for line in self.attention] or ["  (nothing)"]
        if self.details is not None:
            lines += ["", "What the importer found in the export:"]
            lines += [f"  - {line}" for line in self.details.attention] or ["  (nothing)"]
        return "\n".join(lines) + "\n"


class ResourceMerger:
    def __init__(self, language: str, region: str, report: RefreshReport) -> None:
        self.language, self.region, self.report = language, region, report

    def merge(self, ours: CommentedMap, base: Any, theirs: dict[str, Any]) -> bool:
        rid = str(ours["id"])
        before = len(self.report.changes)
        current = as_json(dict(ours))
        if ours.get("hsds_status") == REMOVED:
            del ours["hsds_status"]
            self.report.changes.append(
                f"{rid}: back in the directory's export: hsds_status removed"
            )
        contacts_changed = False
        for name in (*LANG_FIELDS, *WHOLE_FIELDS):
            key = self._key_function(name)
            old = key(current)
            new = key(theirs)
            earlier = key(base) if base is not MISSING else MISSING
            if new in (earlier, old):
                continue
            if earlier is MISSING or old != earlier:
                self.report.attention.append(
                    f"{rid}: {name}: you changed it and so did the directory: kept yours "
                    f"({_show(old)}); the directory now says {_show(new)}"
                )
                continue
            self._take(ours, name, theirs)
            self.report.changes.append(f"{rid}: {name}: {_show(old)} -> {_show(new)}")
            contacts_changed |= name in CONTACT_FIELDS
        self._verified(ours, current, base, theirs, contacts_changed)
        return len(self.report.changes) > before or ours.get("hsds_status") != current.get(
            "hsds_status"
        )

    def _key_function(self, name: str) -> Callable[[Any], Any]:
        language = self.language
        if name in LANG_FIELDS:
            return lambda data: (data.get(name) or {}).get(language)
        if name == "phones":
            return lambda data: [
                (self._canonical(p.get("number")), p.get("type", "voice"),
                 (p.get("label") or {}).get(language))
                for p in data.get("phones") or ()
            ]  # fmt: skip
        return lambda data: data.get(name)

    def _canonical(self, number: Any) -> str:
        parsed = parse_phone(str(number), self.region)
        return str(number) if isinstance(parsed, PhoneProblem) else parsed.canonical

    def _take(self, ours: CommentedMap, name: str, theirs: dict[str, Any]) -> None:
        rid = ours["id"]
        if name not in theirs:
            removed = ours.pop(name, None)
            others = sorted(set(removed or {}) - {self.language}) if name in LANG_FIELDS else []
            if others:
                self.report.attention.append(
                    f"{rid}: {name}: the directory no longer gives one; its translations "
                    f"({', '.join(others)}) went with it"
                )
            return
        if name in LANG_FIELDS:
            if isinstance(ours.get(name), CommentedMap):
                ours[name][self.language] = _round_trip(theirs[name][self.language])
                others = sorted(set(ours[name]) - {self.language})
                if others:
                    self.report.attention.append(
                        f"{rid}: {name}: the translations ({', '.join(others)}) translate the "
                        "old text: translate the new one"
                    )
            else:
                ours[name] = _round_trip(theirs[name])
            return
        value = theirs[name]
        if name == "phones":
            value = [self._kept_phone_parts(phone, ours.get("phones") or ()) for phone in value]
        ours[name] = _round_trip(value)

    def _kept_phone_parts(self, phone: dict[str, Any], ours: Any) -> dict[str, Any]:
        """The editor's keyword and label translations of the same number stay."""
        for mine in ours:
            same = self._canonical(mine.get("number")) == self._canonical(phone["number"])
            if not same or mine.get("type", "voice") != phone.get("type", "voice"):
                continue
            phone = dict(phone)
            if "keyword" in mine and "keyword" not in phone:
                phone["keyword"] = mine["keyword"]
            label, my_label = phone.get("label") or {}, mine.get("label") or {}
            if label.get(self.language) == my_label.get(self.language) and my_label:
                phone["label"] = as_json(dict(my_label))
        return phone

    def _verified(
        self,
        ours: CommentedMap,
        current: dict[str, Any],
        base: Any,
        theirs: dict[str, Any],
        contacts_changed: bool,
    ) -> None:
        rid = ours["id"]
        old, new = current.get("verified"), theirs.get("verified")
        earlier = base.get("verified") if base is not MISSING else MISSING
        if _check_of(old) == _check_of(new):
            return  # the same check (its source names the export file, which may differ)
        editor_checked = old is not None and _check_of(old) != _check_of(earlier)
        if editor_checked and contacts_changed:
            # The editor's check was of the old number or address: it would
            # vouch for details nobody has checked.
            self._set(ours, "verified", new)
            self.report.attention.append(
                f"{rid}: verified: your check ({_show(old)}) was of the old contact details: "
                f"replaced by the directory's ({_show(new)}); check the new details"
            )
        elif editor_checked:
            if _check_of(new) != _check_of(earlier):
                self.report.attention.append(
                    f"{rid}: verified: kept your check ({_show(old)}); the directory's is "
                    f"{_show(new)}"
                )
        elif _check_of(new) != _check_of(earlier):
            self._set(ours, "verified", new)
            self.report.changes.append(f"{rid}: verified: {_show(old)} -> {_show(new)}")

    @staticmethod
    def _set(ours: CommentedMap, name: str, value: Any) -> None:
        if value is None:
            ours.pop(name, None)
        else:
            ours[name] = _round_trip(value)


def _check_of(verified: Any) -> Any:
    if not isinstance(verified, dict):
        return verified
    return (verified.get("on"), verified.get("by"), verified.get("method"))


def _round_trip(value: Any) -> Any:
    """Plain data as ruamel writes it like the importer: texts double-quoted,
    dates plain."""
    if isinstance(value, dict):
        result = CommentedMap()
        for key, item in value.items():
            result[key] = _round_trip(item)
        if isinstance(result.get("on"), str):
            # Quoted as the importer writes it: YAML 1.1 readers take a bare
            # `on` for "true".
            on = date.fromisoformat(result.pop("on"))
            result.insert(0, SingleQuotedScalarString("on"), on)
        return result
    if isinstance(value, list):
        return CommentedSeq(_round_trip(item) for item in value)
    if isinstance(value, str):
        return DoubleQuotedScalarString(value)
    return value


def _show(value: Any) -> str:
    if value is None or value is MISSING:
        return "(none)"
    if isinstance(value, str):
        return f"'{shorten(one_line(value), 80)}'"
    if isinstance(value, list) and value and isinstance(value[0], tuple):
        return ", ".join(str(number) for number, *_ in value) or "(none)"
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(none)"
    if isinstance(value, dict) and "on" in value:
        return f"{value['on']} by {value.get('by', '?')}, {value.get('method', '?')}"
    if isinstance(value, dict):
        return "'" + shorten(", ".join(str(v) for v in value.values()), 80) + "'"
    return str(value)
