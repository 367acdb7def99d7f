"""A corpus of broken bundles: the valid template with ONE defect each.

Every case names the one finding it must produce (file, line, rule and, where
it helps an editor, part of the message) and checks that nothing else went
wrong: no second error, no stray warning. A case whose defect is an error
must leave `result.bundle` None; a warning-only case must still load.

Line numbers refer to the templates in content_helpers.py:

    bundle.yaml             topics/help.yaml      resources/hotline.yaml
     2 version               2 order               2 name      12 hours
     3 status                3 title               3 slip_name 13 languages
     4 title                 4 icon                4 descr.    14 website
     7 default_language      6 - question          6 - number  15 verified:
     8 review_by             9 resources           7   type    16   on
     9 max_verification_...                       11   keyword  17   by
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path

import pytest
from content_helpers import (
    BUNDLE_YAML,
    CHECKED_ANSWER,
    RESOURCE_YAML,
    TODAY,
    TOPIC_YAML,
    VERIFIED_ON,
    BundleDir,
    make_bundle,
)

import kiosk.content
import kiosk.content.loader
from kiosk import cli
from kiosk.content import LoadResult, Severity, load_bundle
from kiosk.content.yamlsource import MAX_FILE_BYTES

PROJECT_ROOT = Path(__file__).resolve().parents[1]
ERROR, WARNING = Severity.ERROR, Severity.WARNING


@dataclass(frozen=True)
class Sub:
    """Replace one exact piece of the template file's text."""

    old: str
    new: str


@dataclass(frozen=True)
class LinkOutside:
    """Move the file or folder out of the bundle (or create it there, from
    `text`) and leave a relative symlink to it in its place."""

    text: str = ""


Content = str | bytes | Sub | LinkOutside | None  # None removes the file


@dataclass(frozen=True)
class Case:
    id: str
    changes: dict[str, Content]
    file: str
    line: int
    rule: str
    message: str = ""
    col: int | None = None
    severity: Severity = ERROR
    # Findings that follow from the defect by design, by rule (normally none).
    also: tuple[str, ...] = ()


H = "resources/hotline.yaml"
T = "topics/help.yaml"
B = "bundle.yaml"
ON = f"  on: {VERIFIED_ON.isoformat()}\n"
VERIFIED_BLOCK = (
    f"verified:\n{ON}"
    '  by: "Content team"\n'
    "  method: phoned\n"
    '  source: "https://humantraffickinghotline.org/en/contact"\n'
)
HOURS = 'hours: {en: "24 hours, every day", es: "24 horas, todos los días"}'
WEBSITE = 'website: "https://humantraffickinghotline.org"'
REFS = "resources: [national-hotline]"
CHECK_ON = f"      on: {VERIFIED_ON.isoformat()}\n"
CHECKED_BLOCK = CHECKED_ANSWER  # the template answer's check record
TITLE = 'title: {en: "Help nearby", es: "Ayuda cercana"}'
ALIASED_TOPIC = (
    "id: more\n"
    "order: 20\n"
    'title: {en: "More help", es: "Más ayuda"}\n'
    "questions:\n"
    '  - &q {question: {en: "Where?", es: "¿Dónde?"}, answer: {en: "Here.", es: "Aquí."},\n'
    "       checked: {on: 2026-11-20, by: site-staff, method: phoned, sources: [a leaflet]}}\n"
    + "  - *q\n" * 60
    + "resources: [national-hotline]\n"
)
LEGAL_AID = """\
id: legal-aid
name: {en: "Legal Aid Clinic", es: "Clínica de asistencia legal"}
phones:
  - number: "314-534-4200"
verified: {on: 2026-11-01, by: "Content team", method: phoned}
"""

CASES: list[Case | pytest.param] = [
    # --- YAML that cannot be read -------------------------------------------
    Case(
        "yaml-syntax-unclosed-flow-map",
        {B: Sub(f"{TITLE}\n", f"{TITLE[:-1]}\n")},
        B, 5, "yaml-syntax", "A '{' or '[' above is not closed",
    ),
    Case(
        "yaml-syntax-colon-in-plain-text",
        {"resources/extra.yaml": "id: legal-aid\nname: Legal aid: free advice\n"},
        "resources/extra.yaml", 2, "yaml-syntax", "double quotes",
    ),
    Case(
        "tab-indentation",
        {B: Sub('  title: {en: "Welcome"', '\ttitle: {en: "Welcome"')},
        B, 11, "yaml-syntax", col=1,
    ),
    Case("empty-file", {"topics/extra.yaml": ""}, "topics/extra.yaml", 0, "empty-file"),
    Case(
        "comments-only-file",
        {"resources/extra.yaml": "# To do: add the legal aid clinic\n"},
        "resources/extra.yaml", 0, "empty-file", "only comments",
    ),
    Case(
        "not-utf8-latin1-file",
        {B: BUNDLE_YAML.encode("latin-1")},  # first non-ASCII byte: the 'í' of regístrese
        B, 12, "not-utf8", "0xed", col=71,
    ),
    Case(
        "control-character",
        {B: Sub('"Help nearby"', '"Help\x07nearby"')},
        B, 4, "control-character", "U+0007", col=18,
    ),
    Case(
        "two-yaml-documents",
        {B: BUNDLE_YAML + "---\nid: second-bundle\n"},
        B, 17, "yaml-structure", "more than one YAML document",
    ),
    Case(
        "unknown-alias",
        {"resources/extra.yaml": "id: legal-aid\nname: *clinic\n"},
        "resources/extra.yaml", 2, "yaml-structure", "*clinic",
    ),
    Case(
        "file-over-size-limit",
        {"resources/extra.yaml": b"#" * (MAX_FILE_BYTES + 1)},
        "resources/extra.yaml", 0, "file-too-large", f"{MAX_FILE_BYTES:,}",
    ),
    Case(
        "nesting-over-1000-levels",
        {"resources/extra.yaml": "id: deep\nname: " + "[" * 1001 + "]" * 1001 + "\n"},
        "resources/extra.yaml", 2, "yaml-syntax", "nests too deeply",
    ),
    Case(
        "alias-reused-too-often",
        {"topics/more.yaml": ALIASED_TOPIC},
        "topics/more.yaml", 5, "too-many-aliases", "more than 100",
    ),
    Case(
        "python-object-apply-tag",
        {"resources/extra.yaml": '!!python/object/apply:os.system ["echo pwned"]\n'},
        "resources/extra.yaml", 1, "yaml-tag", "python/object/apply:os.system",
    ),
    Case(
        "python-name-tag",
        {H: Sub(WEBSITE, "website: !!python/name:os.system")},
        H, 14, "yaml-tag", "python/name:os.system",
    ),
    # --- files outside the bundle -------------------------------------------
    Case(
        "symlinked-file-outside-bundle",
        {"resources/shared.yaml": LinkOutside(LEGAL_AID)},
        "resources/shared.yaml", 0, "path-escape",
    ),
    Case(
        "symlinked-topics-folder-outside-bundle",
        {"topics": LinkOutside()},
        "topics", 0, "path-escape",
        also=("no-topics", "unreachable-resource"),
    ),
    Case("bundle-yaml-missing", {B: None}, B, 0, "not-a-bundle", "no bundle.yaml"),
    # --- wrong shapes and types ---------------------------------------------
    Case(
        "list-where-text-expected",
        {H: Sub(HOURS, "hours: [24 hours, every day]")},
        H, 12, "expected-text", "found a list",
    ),
    Case(
        "text-where-list-expected",
        {H: Sub("languages: [en, es]", "languages: en, es")},
        H, 13, "expected-list",
    ),
    Case(
        "word-list-written-as-text",
        {B: Sub("  en: [trafficking, prostitution]", "  en: trafficking, prostitution")},
        B, 15, "expected-list",
    ),
    Case(
        "missing-required-bundle-field",
        {B: Sub("review_by: 2027-05-31\n", "")},
        B, 1, "missing-field", "'review_by'",
    ),
    Case(
        "missing-required-verified-by",
        {H: Sub('  by: "Content team"\n', "")},
        H, 16, "missing-field", "'by'",
    ),
    Case(
        "unknown-field-did-you-mean",
        {H: Sub("description:", "descripton:")},
        H, 4, "unknown-field", "did you mean 'description'",
    ),
    Case(
        "unknown-bundle-field-did-you-mean",
        {B: Sub("max_verification_age_days:", "max_verification_age:")},
        B, 9, "unknown-field", "did you mean 'max_verification_age_days'",
    ),
    Case(
        "duplicate-key-in-resource",
        {H: Sub(f"{WEBSITE}\n", f'{WEBSITE}\nwebsite: "https://example.org"\n')},
        H, 15, "duplicate-key", "first at line 14",
    ),
    Case(
        "duplicate-key-in-language-map",
        {H: Sub(HOURS, 'hours: {en: "24 hours", es: "24 horas", en: "Always open"}')},
        H, 12, "duplicate-key", "language 'en' is given twice",
    ),
    Case(
        "no-as-language-key",
        {B: Sub(TITLE, f'{TITLE[:-1]}, no: "Hjelp i nærheten"}}')},
        B, 4, "yaml-implicit-type", 'put it in quotes: "no"',
    ),
    Case(
        "yes-as-text-value",
        {H: Sub('keyword: "HELP"', "keyword: yes")},
        H, 11, "yaml-implicit-type", "true/false",
    ),
    Case(
        "hours-unquoted-time",
        {H: Sub(HOURS, "hours: 10:30")},
        H, 12, "yaml-implicit-type", '"10:30"',
    ),
    Case(
        "postal-code-unquoted",
        {H: Sub("hours:", 'address:\n  city: "Springfield"\n  postal_code: 01234\nhours:')},
        H, 14, "yaml-implicit-type", '"01234"',
    ),
    Case("empty-value", {H: Sub('keyword: "HELP"', "keyword:")}, H, 11, "empty-value"),
    Case(
        "text-too-long",
        {H: Sub('keyword: "HELP"', f'keyword: "{"HELP " * 7}"')},
        H, 11, "text-too-long", "more than 30",
    ),
    Case(
        "version-as-text",
        {B: Sub("version: 1", 'version: "1"')},
        B, 2, "expected-integer", "whole number",
    ),
    Case("order-as-word", {T: Sub("order: 10", "order: ten")}, T, 2, "expected-integer"),
    Case(
        "max-age-out-of-range",
        {B: Sub("max_verification_age_days: 365", "max_verification_age_days: 0")},
        B, 9, "out-of-range",
    ),
    Case(
        "bad-status-did-you-mean",
        {B: Sub("status: published", "status: publised")},
        B, 3, "bad-choice", "did you mean 'published'",
    ),
    Case(
        "bad-icon-did-you-mean",
        {T: Sub("icon: phone", "icon: phon")},
        T, 4, "bad-choice", "did you mean 'phone'",
    ),
    Case(
        "bad-id-format",
        {"resources/extra.yaml": LEGAL_AID.replace("id: legal-aid", "id: Legal Aid")},
        "resources/extra.yaml", 1, "bad-format", "lowercase letters",
    ),
    Case(
        "bad-url",
        {H: Sub(WEBSITE, 'website: "humantraffickinghotline.org"')},
        H, 14, "bad-format", "https://",
    ),
    # --- phone numbers ------------------------------------------------------
    Case(
        "bad-phone-number-digit-missing",
        {H: Sub('"1-888-373-7888"', '"1-888-373-788"')},
        H, 6, "bad-phone", "'1-888-373-788'",
    ),
    Case(
        "phone-with-letters",
        {H: Sub('"1-888-373-7888"', '"1-888-HELP"')},
        H, 6, "bad-phone", "'1-888-HELP'",
    ),
    Case(
        "phone-that-is-a-sentence",
        {H: Sub('"1-888-373-7888"', '"ask at the front desk"')},
        H, 6, "bad-phone", "not a phone number",
    ),
    Case(
        "bad-phone-type-did-you-mean",
        {H: Sub("type: voice", "type: Voice")},
        H, 7, "bad-choice", "did you mean 'voice'",
    ),
    # --- languages ----------------------------------------------------------
    Case(
        "missing-default-language-text",
        {H: Sub('description: {en: "Confidential help in many languages.", ', "description: {")},
        H, 4, "missing-default-language", "'en'",
    ),
    Case(
        "language-not-declared",
        {H: Sub('name: {en: "National', 'name: {fr: "Ligne nationale", en: "National')},
        H, 2, "undeclared-language", "language 'fr'",
    ),
Case(
        "default-language-not-in-languages",
        {B: Sub("default_language: en", "default_language: fr")},
        B, 7, "default-language-not-listed", "'fr'",
    ),
    # --- ids and references -------------------------------------------------
    Case(
        "dangling-resource-id-did-you-mean",
        {T: Sub(REFS, "resources: [national-hotline, national-hotlnie]")},
        T, 14, "dangling-reference", "did you mean 'national-hotline'",
    ),
    Case(
        "duplicate-resource-id-across-files",
        {"resources/zz-copy.yaml": RESOURCE_YAML},
        "resources/zz-copy.yaml", 1, "duplicate-id", "also used at resources/hotline.yaml:1:1",
    ),
    Case(
        "duplicate-topic-id",
        {"topics/zz-copy.yaml": TOPIC_YAML},
        "topics/zz-copy.yaml", 1, "duplicate-id", "also used at topics/help.yaml:1:1",
    ),
    Case("no-topics", {T: None}, "topics", 0, "no-topics", also=("unreachable-resource",)),
    # --- dates and verification ---------------------------------------------
    Case(
        "bad-calendar-date",
        {B: Sub("review_by: 2027-05-31", "review_by: 2026-02-30")},
        B, 8, "bad-date", "not a real calendar date",
    ),
    Case(
        "date-in-wrong-format",
        {B: Sub("review_by: 2027-05-31", 'review_by: "31/05/2027"')},
        B, 8, "bad-date", "YYYY-MM-DD",
    ),
    Case(
        "verified-in-the-future",
        {H: Sub(ON, f"  on: {TODAY + timedelta(days=1)}\n")},
        H, 16, "verified-in-future", "after today",
    ),
    Case(
        "stale-verification",
        {H: Sub(ON, f"  on: {TODAY - timedelta(days=400)}\n")},
        H, 16, "stale-verification", "400 days", severity=WARNING,
    ),
    Case(
        "unverified-in-published-bundle",
        {H: Sub(VERIFIED_BLOCK, "")},
        H, 1, "unverified", "no 'verified:' entry",
    ),
    Case(
        "unverified-in-draft-bundle",
        {H: Sub(VERIFIED_BLOCK, ""), B: Sub("status: published", "status: draft")},
        H, 1, "unverified", "no 'verified:' entry", severity=WARNING,
    ),
    # --- answers' check records ----------------------------------------------
    Case(
        "unchecked-answer-in-published-bundle",
        {T: Sub(CHECKED_BLOCK, "")},
        T, 6, "unchecked-answer", "no 'checked:' entry", col=5,
    ),
    Case(
        "unchecked-answer-in-draft-bundle",
        {T: Sub(CHECKED_BLOCK, ""), B: Sub("status: published", "status: draft")},
        T, 6, "unchecked-answer", "no 'checked:' entry", severity=WARNING,
    ),
    Case(
        "answer-checked-in-the-future",
        {T: Sub(CHECK_ON, f"      on: {TODAY + timedelta(days=1)}\n")},
        T, 10, "checked-in-future", "after today",
    ),
    Case(
        "answer-checked-too-long-ago",
        {T: Sub(CHECK_ON, f"      on: {TODAY - timedelta(days=200)}\n")},
        T, 10, "stale-claim", "200 days ago", severity=WARNING,
    ),
    Case(
        "answer-checked-long-ago-but-within-the-bundles-own-limit",
        {
            T: Sub(CHECK_ON, f"      on: {TODAY - timedelta(days=200)}\n"),
            B: Sub("review_by:", "claims_max_age_days: 100\nreview_by:"),
        },
        T, 10, "stale-claim", "more than 100", severity=WARNING,
    ),
    Case(
        "answer-checked-by-a-name-not-a-role",
        {T: Sub("by: content-editor", 'by: "Jane Doe"')},
        T, 11, "bad-choice", "'Jane Doe' is not one of: site-staff, content-editor",
        also=("unchecked-answer",),
    ),
    Case(
        "answer-checked-by-an-unknown-method",
        {T: Sub("method: desk-check", "method: asked-a-friend")},
        T, 12, "bad-choice", "'asked-a-friend' is not one of: desk-check, legal-review",
        also=("unchecked-answer",),
    ),
    Case(
        "answer-checked-against-no-sources",
        {T: Sub('      sources: ["https://www.law.cornell.edu/uscode/text/22/7105"]\n', "")},
        T, 10, "missing-field", "required field 'sources' is missing",
    ),
    Case(
        "answer-checked-against-a-home-page",
        {T: Sub("https://www.law.cornell.edu/uscode/text/22/7105", "https://www.law.cornell.edu/")},
        T, 10, "source-home-page", "is a home page", severity=WARNING,
    ),
    Case(
        "contact-verified-against-a-home-page",
        {H: Sub('source: "https://humantraffickinghotline.org/en/contact"', 'source: "https://humantraffickinghotline.org"')},
        H, 16, "source-home-page", "is a home page", severity=WARNING,
    ),
    Case(
        "law-stated-as-of-a-day-to-come",
        {T: Sub(CHECKED_BLOCK, CHECKED_BLOCK + f"    as_of: {TODAY + timedelta(days=3)}\n")},
        T, 6, "as-of-in-future", "after today",
    ),
    Case(
        "claims-max-age-zero",
        {B: Sub("review_by:", "claims_max_age_days: 0\nreview_by:")},
        B, 8, "out-of-range", "0 is outside 1..3650",
    ),
    Case(
        "review-by-passed",
        {B: Sub("review_by: 2027-05-31", f"review_by: {TODAY - timedelta(days=1)}")},
        B, 8, "review-overdue", "has passed", severity=WARNING,
    ),
    # --- printing and other warnings ----------------------------------------
    Case(
        "slip-name-with-sensitive-word",
        {H: Sub('slip_name: {en: "Help line"', 'slip_name: {en: "Trafficking help line"')},
        H, 3, "sensitive-slip-name", "'trafficking'", col=18,  # the word's first letter
    ),
    Case(
        "sample-status",
        {B: Sub("status: published", "status: sample")},
        B, 3, "sample-bundle", severity=WARNING,
    ),
    Case(
        "incomplete-translation",
        {H: Sub(HOURS, 'hours: {en: "24 hours, every day"}')},
        H, 12, "incomplete-translation",
        "'es' has 11 of 12 texts (91%); this is the first text without it", col=8,
        severity=WARNING,
    ),
    Case(
        "non-yaml-file-in-topics",
        {"topics/notes.txt": "remember to add the clinic\n"},
        "topics/notes.txt", 0, "ignored-file", severity=WARNING,
    ),
    Case(
        "resource-listed-twice",
        {T: Sub(REFS, "resources: [national-hotline, national-hotline]")},
        T, 14, "duplicate-reference", severity=WARNING,
    ),
    Case(
        "resource-no-topic-lists",
        {"resources/zz-legal.yaml": LEGAL_AID},
        "resources/zz-legal.yaml", 1, "unreachable-resource", "'legal-aid'", severity=WARNING,
    ),
    # --- cases that once went wrong (now fixed) -------------------------------
Case(
        "c1-control-character",
        {B: Sub('"Help nearby"', '"Help\x9bnearby"')},
        B, 4, "control-character", "U+009B", col=18,
    ),
Case(
        "bad-date-in-verified-on",
        {H: Sub(ON, "  on: 2026-02-30\n")},
        H, 16, "bad-date", "not a real calendar date",
    ),
Case(
        "default-language-text-too-long",
        {H: Sub('slip_name: {en: "Help line"', f'slip_name: {{en: "{"Help " * 20}"')},
        H, 3, "text-too-long", "more than 80",
    ),
Case(
        "tab-indentation-hint",
        {B: Sub('  title: {en: "Welcome"', '\ttitle: {en: "Welcome"')},
        B, 11, "yaml-syntax", "A tab is used for indenting: indent with spaces only.",
    ),
Case(
        "resource-list-entry-without-name",
        {"resources/extra.yaml": "- id: legal-aid\n  phones: [{number: \"911\"}]\n"},
        "resources/extra.yaml", 1, "missing-field", "'name'",
    ),
Case(
        "syntax-error-in-linked-resource-file",
        {H: Sub(HOURS, "hours: 24 hours: every day")},
        H, 12, "yaml-syntax", "double quotes",
    ),
    # --- what is checked is what is shown: decoded text ----------------------
    # YAML double-quoted escapes become characters only when decoded; the raw
    # file holds plain ASCII. Every finding points at the value (line 4, col 13
    # is the '"' of bundle.yaml's title).
    *(
        Case(
            f"escaped-{name}",
            {B: Sub('"Help nearby"', f'"Help{escape}nearby"')},
            B, 4, "control-character", f"U+{code:04X}", col=13,
            # No font draws a non-character either: reported twice, same place.
            also=("missing-glyph",) if code == 0xFFFE else (),
        )
        for name, escape, code in (
            ("bell-and-ansi-colour", "\\a\\e[31m", 0x07),
            ("escape-character", "\\e[2J", 0x1B),
            ("nul", "\\0", 0x00),
            ("carriage-return", "\\r", 0x0D),
            ("delete", "\\x7f", 0x7F),
            ("c1-csi", "\\x9b", 0x9B),
            ("next-line", "\\N", 0x85),
            ("noncharacter", "\\uFFFE", 0xFFFE),
        )
    ),
    *(
        Case(
            f"{how}-{name}",
            {B: Sub('"Help nearby"', f'"Help {char}nearby"')},
            B, 4, "bidi-control", f"U+{code:04X}", col=13,
        )
        for name, code in (
            ("left-to-right-embedding", 0x202A),
            ("right-to-left-embedding", 0x202B),
            ("pop-directional-formatting", 0x202C),
            ("left-to-right-override", 0x202D),
            ("right-to-left-override", 0x202E),
            ("left-to-right-isolate", 0x2066),
            ("right-to-left-isolate", 0x2067),
            ("first-strong-isolate", 0x2068),
            ("pop-directional-isolate", 0x2069),
        )
        for how, char in (("escaped", f"\\u{code:04X}"), ("raw", chr(code)))
    ),
    Case(
        "bidi-override-in-phone-label",
        {H: Sub('label: {en: "Call, 24 hours"', 'label: {en: "Call \\u202E7888-373"')},
        H, 8, "bidi-control", "RIGHT-TO-LEFT OVERRIDE", col=17,
    ),
    Case(
        "control-in-website",  # the URL pattern allows any non-space character
        {H: Sub(WEBSITE, 'website: "https://humantraffickinghotline.org/\\e[8m"')},
        H, 14, "control-character", "U+001B", col=10,
    ),
    Case(
        "zero-width-title",  # a blank button on the home screen
        {T: Sub('title: {en: "Getting help"', 'title: {en: "\\u200B\\u200B"')},
        T, 3, "invisible-text", "no visible character", col=13,
        also=("no-topics", "unreachable-resource"),  # the only topic is left out
    ),
    Case(
        "raw-zero-width-and-word-joiner-title",
        {T: Sub('title: {en: "Getting help"', 'title: {en: "\u200b\u2060\u200d"')},
        T, 3, "invisible-text", "no visible character", col=13,
        also=("no-topics", "unreachable-resource"),  # the only topic is left out
    ),
    Case(
        "hangul-filler-resource-name",
        {H: Sub('name: {en: "National Human Trafficking Hotline"', 'name: {en: "\\u3164"')},
        H, 2, "invisible-text", col=12,
    ),
    Case(
        "braille-blank-answer",
        {T: Sub('answer: {en: "The hotline below answers day and night."',
                'answer: {en: "\\u2800 \\u2800"')},
        T, 7, "invisible-text", col=18,
        also=("missing-glyph",),  # no shipped font has the braille block either
    ),
    Case(
        "soft-hyphen-only-slip-name",
        {H: Sub('slip_name: {en: "Help line"', 'slip_name: {en: "\\u00AD"')},
        H, 3, "invisible-text", col=17,
    ),
    Case(
        "combining-marks-only-question",
        {T: Sub('question: {en: "Who can I call?"', 'question: {en: "\\u0301\\u0308"')},
        T, 6, "invisible-text", col=20,
    ),
    # Sensitive words, however they are spelt (kiosk.content.normalise).
    *(
        Case(
            f"slip-name-sensitive-word-with-{name}",
            {H: Sub('slip_name: {en: "Help line"', f'slip_name: {{en: "{spelt} line"')},
            H, 3, "sensitive-slip-name", "'trafficking'", col=18,
        )
        for name, spelt in (
            ("soft-hyphen", "Traf\\u00ADficking"),
            ("raw-soft-hyphen", "Traf\u00adficking"),
            ("zero-width-space", "Traf\\u200Bficking"),
            ("zero-width-joiner", "Traf\\u200Dficking"),
            ("word-joiner", "Traf\\u2060ficking"),
            ("tag-character", "Traf\\U000E0041ficking"),
            ("combining-grapheme-joiner", "Traf\\u034Fficking"),
            ("cyrillic-a", "Tr\u0430fficking"),
            ("cyrillic-i", "Traff\u0456cking"),
            ("cyrillic-a-and-es", "Tr\u0430ffi\u0441king"),
            ("fullwidth-letters", "".join(chr(0xFF21 + ord(c) - 65) for c in "TRAFFICKING")),
            ("mixed-case", "tRaFfIcKiNg"),
            ("capital-i-for-l", "TRAFFICKING"),
        )
    ),
    Case(
        "slip-name-sensitive-word-of-another-language",  # a controller may read Spanish
        {H: Sub('slip_name: {en: "Help line"', 'slip_name: {en: "Tr\u0430ta line"')},
        H, 3, "sensitive-slip-name", "'trata'", col=18,
    ),
    Case(
        "slip-name-decomposed-accent",  # NFKC composes o + U+0301 into ó
        {H: Sub('slip_name: {en: "Help line"', 'slip_name: {en: "Prostitucio\\u0301n"')},
        H, 3, "sensitive-slip-name", "'prostitución'", col=18,
    ),
    # A file name that is not UTF-8 (its byte 0xff held as a lone surrogate).
    Case(
        "topic-file-name-not-utf8",
        {"topics/\udcffextra.yaml": ALIASED_TOPIC},
        "topics/\\xffextra.yaml", 0, "bad-file-name", "not UTF-8",
    ),
    Case(
        "resource-file-name-not-utf8",
        {"resources/legal-\udce9.yaml": LEGAL_AID},
        "resources/legal-\\xe9.yaml", 0, "bad-file-name", "not UTF-8",
    ),
    Case(
        "only-topic-file-name-not-utf8",
        {T: None, "topics/h\udcffelp.yaml": TOPIC_YAML},
        "topics/h\\xffelp.yaml", 0, "bad-file-name", "rename it",
        also=("no-topics", "unreachable-resource"),
    ),
]  # fmt: skip


def _case(param: Case | pytest.param) -> Case:
    return param if isinstance(param, Case) else param.values[0]


def _params() -> list[object]:
    return [
        pytest.param(c, id=c.id)
        if isinstance(c, Case)
        else pytest.param(*c.values, marks=c.marks, id=_case(c).id)
        for c in CASES
    ]


def apply(bundle: BundleDir, rel: str, content: Content) -> None:
    if content is None:
        bundle.remove(rel)
    elif isinstance(content, Sub):
        bundle.replace(rel, content.old, content.new)
    elif isinstance(content, LinkOutside):
        inside = bundle.file(rel)
        outside = bundle.path.parent / "elsewhere" / rel
        outside.parent.mkdir(parents=True, exist_ok=True)
        if inside.exists():
            inside.rename(outside)
        else:
            outside.write_text(content.text, encoding="utf-8")
        inside.parent.mkdir(parents=True, exist_ok=True)
        inside.symlink_to(os.path.relpath(outside, inside.parent), outside.is_dir())
    else:
        bundle.write(rel, content)


def describe(result: LoadResult) -> str:
    return "\n".join(str(f) for f in result.findings) or "(no findings)"


@pytest.fixture
def bundle(tmp_path: Path) -> BundleDir:
    return make_bundle(tmp_path)


def test_template_is_valid_and_clean(bundle: BundleDir) -> None:
    result = bundle.load()
    assert result.findings == [], describe(result)
    assert result.bundle is not None
    assert [t.id for t in result.bundle.topics] == ["help"]
    hotline = result.bundle.resources["national-hotline"]
    assert [p.number for p in hotline.phones] == ["+18883737888", "233733"]


def test_corpus_is_large_and_ids_are_unique() -> None:
    ids = [_case(c).id for c in CASES]
    assert len(ids) >= 35
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("case", _params())
def test_broken_bundle(case: Case, bundle: BundleDir) -> None:
    for rel, content in case.changes.items():
        apply(bundle, rel, content)
    result = bundle.load()
    report = describe(result)

    hits = [
        f
        for f in result.findings
        if (f.pos.file, f.pos.line, f.rule) == (case.file, case.line, case.rule)
    ]
    assert len(hits) == 1, f"expected one {case.file}:{case.line} [{case.rule}], got:\n{report}"
    finding = hits[0]
    assert finding.severity is case.severity, report
    assert case.message in finding.message, report
    if case.col is not None:
        assert finding.pos.col == case.col, report
    # Nothing else went wrong: the rest is exactly the findings the case expects.
    others = sorted(f.rule for f in result.findings if f is not finding)
    assert others == sorted(case.also), report
    assert result.unreadable is (case.rule == "not-a-bundle")
    if case.severity is ERROR:
        assert result.bundle is None
    else:
        assert result.bundle is not None, report


# --- hostile input beyond the table ----------------------------------------


@pytest.mark.parametrize(
    "tag",
    [
        "!!python/object/apply:os.system",
        "!!python/object/apply:builtins.exec",
        "!!python/object/new:subprocess.Popen",
    ],
)
def test_python_tags_are_refused_and_nothing_runs(
    tag: str, bundle: BundleDir, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentinel = tmp_path / "pwned"
    calls: list[object] = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a) or 0)
    monkeypatch.chdir(tmp_path)
    if tag.endswith("exec"):
        payload = f"[\"open({str(sentinel)!r}, 'w').close()\"]"
    elif tag.endswith("Popen"):
        payload = f"[[touch, {sentinel}]]"
    else:
        payload = f'["touch {sentinel}"]'
    bundle.write("resources/extra.yaml", f"id: evil\nname: {tag} {payload}\n")

    result = bundle.load()

    assert [(f.pos.file, f.pos.line, f.rule) for f in result.findings] == [
        ("resources/extra.yaml", 2, "yaml-tag")
    ], describe(result)
    assert result.bundle is None
    assert calls == []
    assert not sentinel.exists()


def test_billion_laughs_finishes_fast_with_few_findings(bundle: BundleDir) -> None:
    # Nine levels of nine aliases: 9**9 (387 million) leaves if anything expanded it.
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [{', '.join([f'*{previous}'] * 9)}]")
    bomb = "\n".join(lines) + "\n"
    bundle.write(
        "topics/bomb.yaml",
        "id: bomb\n"
        'title: {en: "Bomb", es: "Bomba"}\n'
        "questions:\n"
        '  - question: {en: "Q", es: "P"}\n'
        '    answer: {en: "A", es: "R"}\n'
        "    sources: &i [" + ", ".join(["*h"] * 9) + "]\n"
        "resources: *i\n" + bomb.replace("i: &i", "j: &j"),
    )
    start = time.perf_counter()
    result = bundle.load()
    elapsed = time.perf_counter() - start

    assert elapsed < 2.0
    assert result.bundle is None
    assert 0 < len(result.findings) <= 60, describe(result)
    assert {f.pos.file for f in result.findings} == {"topics/bomb.yaml"}, describe(result)


def test_symlink_loop_is_a_finding_not_a_crash(bundle: BundleDir) -> None:
    bundle.file("topics/a.yaml").symlink_to("b.yaml")
    bundle.file("topics/b.yaml").symlink_to("a.yaml")
    result = bundle.load()
    assert "internal-error" not in {f.rule for f in result.findings}, describe(result)
    assert {f.pos.file for f in result.errors} == {"topics/a.yaml", "topics/b.yaml"}


def test_named_pipe_does_not_hang_the_loader(bundle: BundleDir) -> None:
    pipe = bundle.file("topics/pipe.yaml")
    os.mkfifo(pipe)
    results: list[LoadResult] = []
    worker = threading.Thread(target=lambda: results.append(bundle.load()), daemon=True)
    worker.start()
    worker.join(timeout=1.5)
    hung = worker.is_alive()
    if hung:  # let the blocked open() return, so the thread ends
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(timeout=5)
    assert not hung


# --- the command line --------------------------------------------------------

FINDING_LINE = re.compile(r"^[^:]+:\d+:\d+: (error|warning): .+ \[[a-z-]+\]$")
WHOLE_FILE_LINE = re.compile(r"^[^:]+: (error|warning): .+ \[[a-z-]+\]$")


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI reads the machine's clock; make it see TODAY like the other tests."""
    patched = partial(load_bundle, today=TODAY)
    monkeypatch.setattr(kiosk.content, "load_bundle", patched)
    monkeypatch.setattr(kiosk.content.loader, "load_bundle", patched)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(["validate", *args])
    return code, capsys.readouterr().out


def run_cli_process(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "validate", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.usefixtures("fixed_today")
def test_cli_valid_bundle_exits_0(bundle: BundleDir, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(capsys, str(bundle.path))
    assert code == 0, out
    assert out.startswith("0 errors, 0 warnings in bundle 'test-bundle' version 1")


@pytest.mark.usefixtures("fixed_today")
def test_cli_errors_exit_1(bundle: BundleDir, capsys: pytest.CaptureFixture[str]) -> None:
    bundle.replace(H, '"1-888-373-7888"', '"1-888-373-788"')
    code, out = run_cli(capsys, str(bundle.path))
    assert code == 1
    assert out.splitlines()[0].startswith("resources/hotline.yaml:6:5: error: ")


@pytest.mark.usefixtures("fixed_today")
def test_cli_warnings_exit_0_unless_strict(
    bundle: BundleDir, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle.replace(B, "status: published", "status: sample")
    code, out = run_cli(capsys, str(bundle.path))
    assert code == 0, out
    assert "[sample-bundle]" in out
    code, _ = run_cli(capsys, "--strict", str(bundle.path))
    assert code == 1


@pytest.mark.usefixtures("fixed_today")
def test_cli_strict_valid_bundle_exits_0(
    bundle: BundleDir, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run_cli(capsys, "--strict", str(bundle.path))
    assert code == 0, out


def test_cli_unreadable_exits_2(bundle: BundleDir) -> None:
    bundle.remove(B)
    process = run_cli_process(str(bundle.path))
    assert process.returncode == 2, process.stderr
    assert "bundle.yaml: error: " in process.stdout
    assert "[not-a-bundle]" in process.stdout
    process = run_cli_process(str(bundle.path / "no-such-folder"))
    assert process.returncode == 2, process.stderr


def test_cli_error_exits_1_in_a_child_process(bundle: BundleDir) -> None:
    bundle.write("resources/extra.yaml", "id: legal-aid\nname: Legal aid: free advice\n")
    process = run_cli_process("--format", "json", str(bundle.path))
    assert process.returncode == 1, process.stderr
    payload = json.loads(process.stdout)
    assert payload["ok"] is False
    assert [f["rule"] for f in payload["findings"]] == ["yaml-syntax"]


def _mixed_bundle(bundle: BundleDir) -> None:
    """Errors with a line, a whole-file error and warnings, in three files."""
    bundle.replace(H, '"1-888-373-7888"', '"1-888-373-788"')
    bundle.replace(B, "status: published", "status: sample")
    bundle.write("topics/extra.yaml", "")
    bundle.write("topics/notes.txt", "notes\n")


@pytest.mark.usefixtures("fixed_today")
def test_cli_text_lines_have_the_editor_format(
    bundle: BundleDir, capsys: pytest.CaptureFixture[str]
) -> None:
    _mixed_bundle(bundle)
    expected = bundle.load().findings
    code, out = run_cli(capsys, str(bundle.path))
    assert code == 1
    lines = out.splitlines()
    finding_lines, summary = lines[: len(expected)], lines[len(expected) :]
    assert finding_lines == [str(f) for f in expected]
    for line, finding in zip(finding_lines, expected, strict=True):
        pattern = FINDING_LINE if finding.pos.line else WHOLE_FILE_LINE
        assert pattern.match(line), line
    assert any(not f.pos.line for f in expected) and any(f.pos.line for f in expected)
    assert summary == ["2 errors, 2 warnings; the bundle cannot be used until the errors are fixed"]


@pytest.mark.usefixtures("fixed_today")
def test_cli_json_has_the_same_findings(
    bundle: BundleDir, capsys: pytest.CaptureFixture[str]
) -> None:
    _mixed_bundle(bundle)
    expected = bundle.load()
    code, out = run_cli(capsys, "--format", "json", str(bundle.path))
    assert code == 1
    payload = json.loads(out)
    assert payload["findings"] == [f.as_dict() for f in expected.findings]
    assert (payload["ok"], payload["errors"], payload["warnings"]) == (False, 2, 2)
    assert payload["bundle"] is None
    assert {f["rule"] for f in payload["findings"]} == {
        "bad-phone",
        "empty-file",
        "sample-bundle",
        "ignored-file",
    }


@pytest.mark.usefixtures("fixed_today")
def test_cli_json_for_a_valid_bundle(bundle: BundleDir, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(capsys, "--format", "json", str(bundle.path))
    assert code == 0
    payload = json.loads(out)
    assert payload["ok"] is True
    assert payload["findings"] == []
    assert payload["bundle"] == {
        "id": "test-bundle",
        "version": 1,
        "status": "published",
        "topics": 1,
        "resources": 1,
    }
    assert payload["coverage"] == {"en": "100%", "es": "100%"}
