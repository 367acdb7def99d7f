"""Findings inside a text name the place inside the text; YAML parser errors
start with a plain sentence saying what to fix.

Each case is one small change to the valid template (content_helpers) and
the exact line the validator prints for it.
"""

from __future__ import annotations

import pytest
from content_helpers import BundleDir, make_bundle

H = "resources/hotline.yaml"
SLIP = 'slip_name: {en: "Help line", es: "Línea de ayuda"}\n'
WORD = (
    "contains 'trafficking', a word listed in sensitive_words; slips must not say what "
    "they are about [sensitive-slip-name]"
)


def _only_error(bundle: BundleDir) -> str:
    result = bundle.load()
    assert len(result.errors) == 1, [str(f) for f in result.findings]
    return str(result.errors[0])


# (id, slip_name as written, the finding's place and the text as the message quotes it)
SLIP_NAMES = [
    ("plain", "slip_name: Trafficking line\n", "3:12", "'Trafficking line'"),
    ("plain-word-later", "slip_name: Help for trafficking\n", "3:21", "'Help for trafficking'"),
    (
        "plain-folded-onto-the-next-line",
        "slip_name: Help for\n  victims of trafficking\n",
        "4:14",
        "'Help for victims of trafficking'",
    ),
    ("double-quoted", 'slip_name: {en: "Trafficking line"}\n', "3:18", "'Trafficking line'"),
    (
        "double-quoted-after-escapes",
        'slip_name: {en: "\\u0041\\x42 \\t trafficking"}\n',
        "3:32",
        "'AB \\t trafficking'",
    ),
    (
        "double-quoted-escape-inside-the-word",
        'slip_name: {en: "Help: Traf\\u00ADficking"}\n',
        "3:24",
        "'Help: Traf\\xadficking'",
    ),
    (
        "double-quoted-escaped-line-break",
        'slip_name: {en: "Help \\\n    for trafficking"}\n',
        "4:9",
        "'Help for trafficking'",
    ),
    (
        "double-quoted-folded",
        'slip_name:\n  en: "Help for\n    trafficking"\n',
        "5:5",
        "'Help for trafficking'",
    ),
    (
        "single-quoted-with-apostrophes",
        "slip_name: {en: 'Anna''s trafficking line'}\n",
        "3:26",
        '"Anna\'s trafficking line"',
    ),
    (
        "literal-block",
        "slip_name:\n  en: |\n    Help\n    trafficking\n",
        "6:5",
        "'Help\\ntrafficking'",
    ),
    (
        "folded-block",
        "slip_name:\n  en: >\n    Help for\n    victims of trafficking\n",
        "6:16",
        "'Help for victims of trafficking'",
    ),
    (
        "folded-block-strip-chomping",
        "slip_name:\n  en: >-\n    Trafficking\n",
        "5:5",
        "'Trafficking'",
    ),
    (
        "cyrillic-look-alike",
        'slip_name: {en: "Line: Tr\u0430fficking"}\n',
        "3:24",
        "'Line: Tr\u0430fficking'",
    ),
    (
        "in-the-second-language",
        'slip_name: {en: "Help line", es: "Línea de trafficking"}\n',
        "3:44",
        "'Línea de trafficking'",
    ),
]


@pytest.mark.parametrize(
    ("written", "place", "shown"),
    [pytest.param(*case[1:], id=case[0]) for case in SLIP_NAMES],
)
def test_sensitive_word_is_placed_at_the_word(
    tmp_path, written: str, place: str, shown: str
) -> None:
    bundle = make_bundle(tmp_path)
    bundle.replace(H, SLIP, written)
    language = "es" if 'es: "Línea de t' in written else "en"
    assert _only_error(bundle) == f"{H}:{place}: error: slip_name ({language}) {shown} {WORD}"


# --- parser errors: what to fix first, the parser's words after -----------------

X = "resources/extra.yaml"
PARSER_ERRORS = [
    (
        "tab-indenting-a-field",
        'id: legal-aid\nname:\n\ten: "Legal aid"\n',
        "3:1: error: A tab is used for indenting: indent with spaces only. (YAML parser: "
        "while scanning for the next token, found character that cannot start any token)",
    ),
    (
        "unquoted-colon-in-a-value",
        "id: legal-aid\nname: Legal aid: free advice\n",
        "2:16: error: A value holds an unquoted ': ': put the whole text in double quotes. "
        "(YAML parser: mapping values are not allowed in this context)",
    ),
    (
        "unquoted-colon-in-a-list-item",
        "id: legal-aid\nname: Legal aid\nlanguages:\n  - en: English\n",
        None,  # valid YAML: a list item that is a mapping; the schema reports it
    ),
    (
        "apostrophe-inside-single-quotes",
        "id: legal-aid\nname: 'Anna's legal aid'\n",
        "2:13: error: An apostrophe ends a text written in single quotes: write it twice "
        "('Anna''s') or put the text in double quotes (\"Anna's\"). (YAML parser: while "
        "parsing a block mapping, did not find expected key)",
    ),
    (
        "apostrophe-inside-single-quotes-in-a-language-map",
        "id: legal-aid\nname: {en: 'Anna's legal aid'}\n",
        "2:18: error: An apostrophe ends a text written in single quotes: write it twice "
        "('Anna''s') or put the text in double quotes (\"Anna's\"). (YAML parser: while "
        "parsing a flow mapping, did not find expected ',' or '}')",
    ),
    (
        "unclosed-double-quote",
        'id: legal-aid\nname: "Legal aid\nhours: "9 to 5"\n',
        "3:9: error: A text in double quotes ends here, earlier than meant: a closing quote "
        'is missing above, or a quote inside the text must be written \\". (YAML parser: '
        "while parsing a block mapping, did not find expected key)",
    ),
    (
        "unclosed-double-quote-at-the-end",
        'id: legal-aid\nname: "Legal aid\n',
        "2:7: error: A quote opened here is never closed: end the text with the same quote "
        "mark. (YAML parser: while scanning a quoted scalar, found unexpected end of stream)",
    ),
    (
        "unclosed-single-quote",
        "id: legal-aid\nname: 'Legal aid\n",
        "2:7: error: A quote opened here is never closed: end the text with the same quote "
        "mark. (YAML parser: while scanning a quoted scalar, found unexpected end of stream)",
    ),
    (
        "field-indented-under-a-value",
        "id: legal-aid\n  name: Legal aid\n",
        "2:7: error: This line is indented more than the field it belongs to: line it up "
        "with the fields above it. (YAML parser: mapping values are not allowed in this "
        "context)",
    ),
    (
        "language-indented-less-than-the-one-before",
        "id: legal-aid\nname:\n    en: Legal aid\n  es: Ayuda legal\n",
        "4:3: error: This line's indentation does not match the lines before it: line up "
        "fields of one record, and list items ('- ') under their field. (YAML parser: while "
        "parsing a block mapping, did not find expected key)",
    ),
    (
        "list-item-indented-deeper-than-the-one-before",
        'id: legal-aid\nname: x\nphones:\n- number: "911"\n  - number: "988"\n',
        "5:3: error: This line's indentation does not match the lines before it: line up "
        "fields of one record, and list items ('- ') under their field. (YAML parser: while "
        "parsing a block mapping, did not find expected key)",
    ),
    (
        "unclosed-language-map",
        'id: legal-aid\nname: {en: "Legal aid"\nhours: "9 to 5"\n',
        "3:1: error: A '{' or '[' above is not closed, or a text inside it holds a comma "
        "or ': ': close it, or put the text in double quotes. (YAML parser: while "
        "parsing a flow mapping, did not find expected ',' or '}')",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in PARSER_ERRORS],
)
def test_parser_error_says_what_to_fix_first(tmp_path, text: str, expected: str | None) -> None:
    bundle = make_bundle(tmp_path)
    bundle.write(X, text)
    syntax = [str(f) for f in bundle.load().findings if f.rule == "yaml-syntax"]
    if expected is None:
        assert syntax == []
    else:
        assert syntax == [f"{X}:{expected} [yaml-syntax]"]
