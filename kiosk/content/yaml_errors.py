"""YAML parser errors in an editor's words.

libyaml says what it met ("while scanning for the next token, found
character that cannot start any token"); an editor needs to know what to
change. Each message starts with one plain sentence naming the usual cause
and its fix, then gives the parser's own words, so nothing is hidden when
the guess is wrong. The place is the parser's, except for a quote that is
never closed: the finding points at the opening quote, not at the file's end.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.error import Mark


@dataclass(frozen=True, slots=True)
class ParserProblem:
    message: str
    mark: Mark | None


def describe(exc: yaml.MarkedYAMLError, text: str) -> ParserProblem:
    problem = " ".join((exc.problem or "not valid YAML").split())
    context = " ".join((exc.context or "").split())
    mark = exc.problem_mark or exc.context_mark
    if "maximum nesting depth" in problem:
        return ParserProblem("the file nests too deeply (more than 1000 levels); flatten it", mark)
    parser_says = f"{context}, {problem}" if context else problem
    sentence, where = _what_to_fix(exc, problem, context, text)
    return ParserProblem(f"{sentence} (YAML parser: {parser_says})", where or mark)


def _what_to_fix(
    exc: yaml.MarkedYAMLError, problem: str, context: str, text: str
) -> tuple[str, Mark | None]:
    mark = exc.problem_mark
    index = mark.index if mark is not None else -1
    at = text[index] if 0 <= index < len(text) else ""
    before = text[index - 1] if 0 < index <= len(text) else ""
    line_start = text.rfind("\n", 0, max(index, 0)) + 1
    line_so_far = text[line_start:index] if index >= 0 else ""
    if "\ufeff" in (at, before):
        return (
            "An invisible byte order mark (U+FEFF) is inside the file, as when two files "
            "are pasted together: delete it.",
            None,
        )
    if "<document start>" in problem:
        return (
            "Text follows a '...' or '---' line: keep one YAML document per file and "
            "delete that line.",
            None,
        )
    if at == "\t" or "tab" in problem:
        return "A tab is used for indenting: indent with spaces only.", None
    if "quoted scalar" in context and "end of stream" in problem:
        return (
            "A quote opened here is never closed: end the text with the same quote mark.",
            exc.context_mark,
        )
    if before == "'" and at.isalpha():
        return (
            "An apostrophe ends a text written in single quotes: write it twice ('Anna''s') "
            'or put the text in double quotes ("Anna\'s").',
            None,
        )
    if before == '"' and at.isalnum():
        return (
            "A text in double quotes ends here, earlier than meant: a closing quote is "
            'missing above, or a quote inside the text must be written \\".',
            None,
        )
    if "mapping values are not allowed" in problem:
        if ": " in line_so_far or line_so_far.lstrip().startswith("- "):
            return "A value holds an unquoted ': ': put the whole text in double quotes.", None
        return (
            "This line is indented more than the field it belongs to: line it up with "
            "the fields above it.",
            None,
        )
    if "expected ',' or '}'" in problem or "expected ',' or ']'" in problem:
        return (
            "A '{' or '[' above is not closed, or a text inside it holds a comma or ': ': "
            "close it, or put the text in double quotes.",
            None,
        )
    if "expected key" in problem or "expected <block end>" in problem or "expected ':'" in problem:
        return (
            "This line's indentation does not match the lines before it: line up fields "
            "of one record, and list items ('- ') under their field.",
            None,
        )
    return "This is not valid YAML here: compare the line with the examples in the guide.", None
