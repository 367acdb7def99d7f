"""Where a character of a decoded YAML text stands in the file.

A finding about a word inside a text (a sensitive word in a slip name) names
the word's own line and column, not the text's start. The text a rule sees
is decoded: quotes gone, `''` and escapes such as `\\u00AD` turned into one
character, line breaks folded into spaces, block indentation removed. This
walks the scalar's source as the YAML rules decode it, keeping for every
decoded character the offset of the source character(s) it came from.

If the walk does not rebuild the loader's own text exactly (a style this
does not know), the answer is the scalar's start: a place less precise,
never a wrong one.
"""

from __future__ import annotations

from kiosk.content.nodes import Scalar

_ESCAPE_LENGTH = {"x": 2, "u": 4, "U": 8}
_ESCAPED = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
    "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip


def place_in_scalar(source: str, node: Scalar, index: int) -> tuple[int, int]:
    """1-based (line, column) of decoded character `index` of `node`'s value."""
    start = node.start_mark
    fallback = (start.line + 1, start.column + 1)
    raw = source[start.index : node.end_mark.index]
    style = node.style
    if style in ("|", ">"):
        chars, offsets = _block(raw, folded=style == ">")
    else:
        chars, offsets = _flow(raw, style)
    decoded = "".join(chars)
    # Chomping decides only the trailing line breaks, which no word stands on.
    if node.value.rstrip("\n") != decoded.rstrip("\n") or not 0 <= index < len(offsets):
        return fallback
    at = start.index + offsets[index]
    line_start = source.rfind("\n", 0, at) + 1
    return source.count("\n", 0, at) + 1, at - line_start + 1


def _flow(raw: str, style: str | None) -> tuple[list[str], list[int]]:
    """Plain, single- and double-quoted scalars: escapes and line folding."""
    chars: list[str] = []
    offsets: list[int] = []
    quoted = style in ("'", '"')
    i, end = (1, len(raw) - 1) if quoted else (0, len(raw))
    while i < end:
        c = raw[i]
        if style == '"' and c == "\\":
            nxt = raw[i + 1]
            if nxt == "\n":  # an escaped line break joins the lines
                i = _skip_blanks(raw, i + 2)
                continue
            length = _ESCAPE_LENGTH.get(nxt)
            if length is not None:
                chars.append(chr(int(raw[i + 2 : i + 2 + length], 16)))
                offsets.append(i)
                i += 2 + length
            else:
                chars.append(_ESCAPED.get(nxt, nxt))
                offsets.append(i)
                i += 2
            continue
        if style == "'" and c == "'" and raw[i + 1 : i + 2] == "'":
            chars.append("'")
            offsets.append(i)
            i += 2
            continue
        if c == "\n":
            while chars and chars[-1] in " \t" and offsets[-1] >= raw.rfind("\n", 0, i) + 1:
                chars.pop()  # blanks before a fold are dropped
                offsets.pop()
            breaks = 0
            while i < end and raw[i] == "\n":
                breaks += 1
                i = _skip_blanks(raw, i + 1)
            fold = " " if breaks == 1 else "\n" * (breaks - 1)
            for ch in fold:
                chars.append(ch)
                offsets.append(i)
            continue
        chars.append(c)
        offsets.append(i)
        i += 1
    return chars, offsets


def _skip_blanks(raw: str, i: int) -> int:
    while i < len(raw) and raw[i] in " \t":
        i += 1
    return i


def _block(raw: str, *, folded: bool) -> tuple[list[str], list[int]]:
    """Literal (|) and folded (>) scalars, up to their last line's end."""
    header_end = raw.find("\n")
    if header_end < 0:
        return [], []
    header = raw[:header_end]
    digits = [c for c in header if c.isdigit()]
    lines: list[tuple[int, str]] = []
    pos = header_end + 1
    for text in raw[header_end + 1 :].split("\n"):
        lines.append((pos, text))
        pos += len(text) + 1
    if digits:
        return [], []  # an explicit indentation: rare; the caller falls back
    indent = next((len(t) - len(t.lstrip(" ")) for _, t in lines if t.strip()), 0)
    chars: list[str] = []
    offsets: list[int] = []
    previous_kind = ""  # "", "text", "more" (more indented) or "empty"
    pending_breaks: list[int] = []
    for pos, text in lines:
        content = text[indent:] if len(text) >= indent else ""
        if not text.strip() and len(text) <= indent:
            pending_breaks.append(pos)
            continue
        kind = "more" if content[:1] in (" ", "\t") else "text"
        if previous_kind:
            if folded and previous_kind == "text" and kind == "text" and len(pending_breaks) == 1:
                chars.append(" ")
                offsets.append(pending_breaks[0])
            else:
                skip = folded and previous_kind == "text" and kind == "text"
                for at in pending_breaks[1:] if skip else pending_breaks:
                    chars.append("\n")
                    offsets.append(at)
        else:
            for at in pending_breaks:
                chars.append("\n")
                offsets.append(at)
        pending_breaks = [pos + len(text)]
        for k, ch in enumerate(content):
            chars.append(ch)
            offsets.append(pos + indent + k)
        previous_kind = kind
    return chars, offsets
