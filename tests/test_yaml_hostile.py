"""Hostile YAML for the composer: anchors and aliases across files, merge
keys, tabs, byte order marks, CR LF and CR line ends, nesting at libyaml's
limit, huge scalars and invalid UTF-8 at known offsets.

Each case changes the valid template (content_helpers) and lists every
finding the load must give, exactly as the validator prints it. All but two
are what the loader reported before it composed with `yaml.compose`; those
two say what changed: an anchor defined twice is refused (PyYAML refuses it;
before, the second silently won), and a glyph in a file with CR line ends is
reported on the line libyaml counts, as every other finding of that file is.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from content_helpers import RESOURCE_YAML, make_bundle

X = "resources/extra.yaml"
T = "topics/help.yaml"
H = "resources/hotline.yaml"
BUOY = (
    "error: no font covers U+1F6DF '\U0001f6df' (RING BUOY); add a font to the bundle's "
    "fonts/ folder or remove the character [missing-glyph]"
)
# A resource that loads but that no topic lists and nobody verified.
LONE_RESOURCE = [
    f"{X}:1:1: error: 'legal-aid' has no 'verified:' entry, so the kiosk marks it "
    "unverified; check the details and add verified: {on, by, method, source} [unverified]",
    f"{X}:1:1: warning: no topic lists 'legal-aid', so visitors cannot reach it; "
    "add it to a topic [unreachable-resource]",
    f"{X}:1:1: warning: this resource has no phone, website or address for a visitor "
    "to use [no-contact]",
]
NOT_UTF8 = "is not UTF-8 text; save the file as UTF-8 [not-utf8]"
TOO_DEEP = "error: the file nests too deeply (more than 1000 levels); flatten it [yaml-syntax]"


@dataclass(frozen=True)
class Sub:
    old: str
    new: str


@dataclass(frozen=True)
class Case:
    id: str
    changes: dict[str, str | bytes | Sub]
    findings: list[str]


CASES = [
    Case(
        "alias-to-an-anchor-in-another-file",  # anchors never reach across files
        {
            T: Sub("resources: [national-hotline]", "resources: [&hotline national-hotline]"),
            X: "id: legal-aid\nname: *hotline\n",
        },
        [f"{X}:2:7: error: alias *hotline names no anchor [yaml-structure]"],
    ),
    Case(
        "anchor-defined-twice",  # changed: refused where it is defined again
        {X: 'id: &a legal-aid\nname: &a {en: "Legal aid", es: "Ayuda"}\n'},
        [
            f"{X}:2:7: error: anchor &a is already defined on line 1; "
            "give each anchor its own name [yaml-structure]"
        ],
    ),
    Case(
        "merge-key-copying-a-resource",  # `<<` merges nothing: it is an unknown field
        {
            X: "- &base\n  id: legal-aid\n"
            '  name: {en: "Legal aid", es: "Ayuda legal"}\n'
            "- <<: *base\n  id: legal-aid-2\n"
        },
        [
            f"{X}:4:3: error: unknown field '<<' [unknown-field]",
            f"{X}:4:3: error: required field 'name' is missing [missing-field]",
        ],
    ),
    Case(
        "merge-value",
        {H: Sub("type: voice", "type: <<")},
        [
            f"{H}:7:11: error: the YAML tag 'tag:yaml.org,2002:merge' is not allowed; "
            "remove it [yaml-tag]"
        ],
    ),
    Case(
        "merge-key-in-a-language-map",
        {H: Sub('hours: {en: "24 hours, every day"', 'hours: {<<: {en: "x"}, en: "24 hours"')},
        [
            f"{H}:12:9: error: YAML reads the language code '<<' as tag:yaml.org,2002:merge; "
            'put it in quotes: "<<" [yaml-implicit-type]'
        ],
    ),
    Case(
        "tab-indenting-a-list-item",
        {X: "- id: legal-aid\n\t name: x\n"},
        [
            f"{X}:2:1: error: A tab is used for indenting: indent with spaces only. (YAML "
            "parser: while scanning a plain scalar, found a tab character that violates "
            "indentation) [yaml-syntax]"
        ],
    ),
    Case(
        "tab-as-a-separator-in-flow-is-fine",  # the only finding is the field after it
        {X: 'id: legal-aid\nname: {en:\t"Legal aid", es: "Ayuda"}\nx: 1\n'},
        [f"{X}:3:1: error: unknown field 'x' [unknown-field]"],
    ),
    Case(
        "byte-order-mark-does-not-shift-columns",
        {X: '\ufeffid: Legal Aid\nname: {en: "Legal aid", es: "Ayuda"}\n'},
        [
            f"{X}:1:5: error: 'Legal Aid' is not valid here: use lowercase letters, digits "
            "and hyphens, for example 'legal-help' [bad-format]"
        ],
    ),
    Case(
        "byte-order-mark-inside-the-file",  # two files pasted together
        {X: 'id: legal-aid\n\ufeffname: {en: "Legal aid", es: "Ayuda"}\n'},
        [
            f"{X}:2:2: error: An invisible byte order mark (U+FEFF) is inside the file, as "
            "when two files are pasted together: delete it. (YAML parser: while parsing a "
            "block mapping, did not find expected key) [yaml-syntax]"
        ],
    ),
    Case(
        "crlf-line-ends-keep-lines-and-columns",
        {H: RESOURCE_YAML.replace("1-888-373-7888", "1-888-373-788").replace("\n", "\r\n")},
        [
            f"{H}:6:5: error: '1-888-373-788' is not a valid phone number in region US; "
            "check every digit against the organisation's own published number [bad-phone]"
        ],
    ),
    Case(
        "crlf-glyph-on-a-continued-line",
        {X: 'id: legal-aid\r\nname: {en: "Legal\r\n  aid \U0001f6df", es: "x"}\r\n'},
        [LONE_RESOURCE[0], f"{X}:3:7: {BUOY}", *LONE_RESOURCE[1:]],
    ),
    Case(
        "cr-only-glyph-on-a-continued-line",  # changed: was 1:39, a line counted on LF only
        {X: 'id: legal-aid\rname: {en: "Legal\r  aid \U0001f6df", es: "x"}\r'},
        [LONE_RESOURCE[0], f"{X}:3:7: {BUOY}", *LONE_RESOURCE[1:]],
    ),
    Case(
        "nesting-at-the-limit-reads",
        {X: "id: deep\nname: " + "[" * 999 + "]" * 999 + "\n"},
        [
            f'{X}:2:7: error: expected text or a language map like {{en: "..."}}, '
            "found a list [expected-text]"
        ],
    ),
    Case(
        "nesting-one-over-the-limit",
        {X: "id: deep\nname: " + "[" * 1000 + "]" * 1000 + "\n"},
        [f"{X}:2:1006: {TOO_DEEP}"],
    ),
    Case(
        "block-mappings-over-the-limit",
        {X: "".join("  " * i + "a:\n" for i in range(1001)) + "  " * 1001 + "b\n"},
        [f"{X}:1000:2000: {TOO_DEEP}"],
    ),
    Case(
        "three-million-character-scalar",
        {
            X: 'id: legal-aid\nname: {en: "Legal aid", es: "Ayuda"}\n'
            'description: "' + "x" * 3_000_000 + '"\n'
        },
        [
            f"{X}:3:14: error: text is 3000000 characters, more than 5000; "
            "shorten it [text-too-long]"
        ],
    ),
    Case(
        "not-utf8-after-accented-letters",  # columns count characters, not bytes
        {X: b'id: legal-aid\nname: {en: "Ay\xc3\xbada \xff"}\n'},
        [f"{X}:2:19: error: byte 0xff {NOT_UTF8}"],
    ),
    Case(
        "not-utf8-truncated-at-the-end",
        {X: b'id: legal-aid\nname: "caf\xc3'},
        [f"{X}:2:11: error: byte 0xc3 {NOT_UTF8}"],
    ),
    Case(
        "not-utf8-overlong-slash",
        {X: b'id: legal-aid\nname: "a\xc0\xafb"\n'},
        [f"{X}:2:9: error: byte 0xc0 {NOT_UTF8}"],
    ),
    Case(
        "not-utf8-encoded-surrogate",
        {X: b'id: legal-aid\n\nname: "\xed\xa0\x80"\n'},
        [f"{X}:3:8: error: byte 0xed {NOT_UTF8}"],
    ),
    Case(
        "list-that-contains-itself",
        {X: 'id: legal-aid\nname: {en: "Legal aid", es: "Ayuda"}\nlanguages: &l [en, *l]\n'},
        [f"{X}:3:12: error: expected text, found a list [expected-text]"],
    ),
    Case(
        "content-after-a-document-end",
        {X: "id: legal-aid\n...\nname: x\n"},
        [
            f"{X}:3:1: error: Text follows a '...' or '---' line: keep one YAML document per "
            "file and delete that line. (YAML parser: did not find expected <document start>) "
            "[yaml-syntax]"
        ],
    ),
    Case(
        "binary-tag",
        {X: "id: legal-aid\nname: !!binary aGVsbG8=\n"},
        [
            f"{X}:2:7: error: the YAML tag 'tag:yaml.org,2002:binary' is not allowed; "
            "remove it [yaml-tag]"
        ],
    ),
    Case(
        "list-as-a-field-name",
        {X: "? [a, b]\n: c\nid: legal-aid\n"},
        [
            f"{X}:1:1: error: required field 'name' is missing [missing-field]",
            f"{X}:1:3: error: a field name must be plain text [bad-key]",
        ],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_yaml(case: Case, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    for rel, change in case.changes.items():
        if isinstance(change, Sub):
            bundle.replace(rel, change.old, change.new)
        else:
            bundle.write(rel, change)
    start = time.perf_counter()
    result = bundle.load()
    assert time.perf_counter() - start < 5
    assert [str(f) for f in result.findings] == case.findings
    assert result.bundle is None


def test_the_corpus_is_large_and_its_ids_unique() -> None:
    assert len(CASES) >= 20
    assert len({case.id for case in CASES}) == len(CASES)
