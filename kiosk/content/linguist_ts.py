"""Reading a Qt Linguist catalogue (.ts) with the place of every part. Qt-free.

ElementTree keeps no line numbers, and a finding without a place is of
little use to an editor, so the file is read with expat and each element and
each run of text keeps its byte offset, turned into a 1-based line and
column (in characters, as an editor counts) only when a finding needs one.

A catalogue is untrusted input: a document type that declares entities is
refused before any is expanded (the "billion laughs"), and so is any
external entity.
"""

from __future__ import annotations

import xml.parsers.expat
from dataclasses import dataclass, field
from typing import Final

MAX_TS_BYTES: Final = 4 * 2**20


class TsUnreadable(Exception):
    """The file is not a well-formed catalogue; `offset` is where (bytes)."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass
class TsText:
    """Text of one element: the text and where each run of it starts."""

    value: str = ""
    runs: list[tuple[int, int]] = field(default_factory=list)  # (index in value, byte offset)

    def offset_of(self, index: int) -> int:
        """The byte offset in the file of character `index` of the text."""
        start, offset = 0, self.runs[0][1] if self.runs else 0
        for run_start, run_offset in self.runs:
            if run_start > index:
                break
            start, offset = run_start, run_offset
        return offset + len(self.value[start:index].encode("utf-8"))


@dataclass
class TsMessage:
    context: str
    offset: int
    numerus: bool
    source: str = ""
    comment: str = ""
    translation_offset: int | None = None
    translation_type: str = ""
    # One text for a plain message; one per <numerusform> for a plural one.
    forms: list[TsText] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class TsCatalogue:
    language: str | None
    root_offset: int
    messages: list[TsMessage]
    contexts: dict[str, int]  # a context's name and where its <context> starts


class _Reader:
    def __init__(self) -> None:
        self.parser = xml.parsers.expat.ParserCreate("utf-8")
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.text
        self.parser.StartDoctypeDeclHandler = self.doctype
        self.parser.EntityDeclHandler = self.refuse_entity
        self.parser.ExternalEntityRefHandler = self.refuse_external
        self.parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self.stack: list[str] = []
        self.language: str | None = None
        self.root_offset = 0
        self.context = ""
        self.contexts: dict[str, int] = {}
        self.context_offset = 0
        self.messages: list[TsMessage] = []
        self.message: TsMessage | None = None
        self.capture: TsText | None = None

    def here(self) -> int:
        return int(self.parser.CurrentByteIndex)

    def doctype(self, _name: str, _sysid: str | None, _pubid: str | None, subset: int) -> None:
        # lupdate writes a bare <!DOCTYPE TS>; declarations inside one are
        # where entity bombs and external entities live.
        if subset:
            raise TsUnreadable(
                "declares entities in its DOCTYPE; a catalogue needs none", self.here()
            )

    def refuse_entity(self, *_args: object) -> None:
        raise TsUnreadable("declares an entity; a catalogue needs none", self.here())

    def refuse_external(self, *_args: object) -> int:
        raise TsUnreadable("refers to an external entity; a catalogue needs none", self.here())

    def start(self, name: str, attrs: dict[str, str]) -> None:
        parent = self.stack[-1] if self.stack else None
        self.stack.append(name)
        at = self.here()
        if parent is None:
            if name != "TS":
                raise TsUnreadable(
                    f"starts with <{name}>, not <TS>: not a Qt Linguist catalogue", at
                )
            self.language = attrs.get("language")
            self.root_offset = at
        elif name == "context" and parent == "TS":
            self.context, self.context_offset = "", at
        elif name == "name" and parent == "context":
            self.capture = TsText()
        elif name == "message" and parent == "context":
            self.message = TsMessage(self.context, at, attrs.get("numerus") == "yes")
            self.messages.append(self.message)
        elif self.message is not None and parent == "message" and name in ("source", "comment"):
            self.capture = TsText()
        elif self.message is not None and parent == "message" and name == "translation":
            self.message.translation_offset = at
            self.message.translation_type = attrs.get("type", "")
            if not self.message.numerus:
                self.capture = TsText()
                self.message.forms.append(self.capture)
        elif self.message is not None and parent == "translation" and name == "numerusform":
            self.capture = TsText()
            self.message.forms.append(self.capture)

    def end(self, name: str) -> None:
        self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        capture, self.capture = self.capture, None
        if name == "name" and parent == "context" and capture is not None:
            self.context = capture.value
            self.contexts.setdefault(capture.value, self.context_offset)
        elif name == "message":
            self.message = None
        elif self.message is not None and capture is not None:
            if name == "source":
                self.message.source = capture.value
                self.message.context = self.context
            elif name == "comment":
                self.message.comment = capture.value

    def text(self, data: str) -> None:
        if self.capture is not None:
            self.capture.runs.append((len(self.capture.value), self.here()))
            self.capture.value += data


def read_ts(data: bytes) -> TsCatalogue:
    """The catalogue in `data`. Raises TsUnreadable."""
    if len(data) > MAX_TS_BYTES:
        raise TsUnreadable(f"larger than {MAX_TS_BYTES // 2**20} MiB", 0)
    reader = _Reader()
    try:
        reader.parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        message = xml.parsers.expat.errors.messages.get(exc.code, str(exc))
        raise TsUnreadable(
            f"not well-formed XML ({message})", reader.parser.ErrorByteIndex
        ) from None
    return TsCatalogue(reader.language, reader.root_offset, reader.messages, reader.contexts)


def line_and_column(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in `data`."""
    offset = max(0, min(offset, len(data)))
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return line, column
