"""What is checked is what is shown and printed.

The sensitive-word rule compares skeletons (kiosk.content.normalise), so a
soft hyphen, a zero-width character or a look-alike letter hides no word from
the validator or from the slip composer; decoded text is checked for control,
direction and invisible characters in a language map and in plain text alike.
Bundles are real YAML folders (content_helpers); slips are composed from them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from content_helpers import TOPIC_YAML, make_bundle

from kiosk.content.normalise import SensitiveWords, skeleton
from kiosk.content.visible import text_problem
from kiosk.printing import Slip, compose_slip, sensitive_hits

PROJECT_ROOT = Path(__file__).resolve().parents[1]

HIDDEN_SPELLINGS = {
    "soft hyphen": "Sui\u00adcide line",
    "zero-width space": "Sui\u200bcide line",
    "zero-width non-joiner": "Sui\u200ccide line",
    "word joiner": "Sui\u2060cide line",
    "right-to-left override": "Sui\u202ecide line",
    "left-to-right mark": "Sui\u200ecide line",
    "tag letter": "Sui\U000e0063cide line",
    "cyrillic i": "Su\u0456cide line",
    "cyrillic es and ie": "Sui\u0441id\u0435 line",
    "greek capital iota": "SU\u0399CIDE LINE",
    "fullwidth": "\uff33\uff55\uff49\uff43\uff49\uff44\uff45 line",
    "mathematical bold": "\U0001d412\U0001d42e\U0001d422\U0001d41c\U0001d422\U0001d41d\U0001d41e",
    "capitals": "SUICIDE LINE",
    "dotless i": "Su\u0131cide",
}


@pytest.mark.parametrize("spelt", HIDDEN_SPELLINGS.values(), ids=list(HIDDEN_SPELLINGS))
def test_every_spelling_of_a_word_has_the_words_skeleton(spelt: str) -> None:
    words = SensitiveWords(["suicide"])
    assert words.hits(spelt) == ["suicide"]
    assert skeleton("suicide") in skeleton(spelt)


@pytest.mark.parametrize(
    "text", ["Help line", "Useful numbers", "Línea de ayuda", "Sui generis", "Su cide"]
)
def test_ordinary_text_holds_no_word(text: str) -> None:
    assert SensitiveWords(["suicide", "trata"]).hits(text) == []


def test_the_skeleton_is_tr39s_on_icus_data() -> None:
    # Prototypes from Unicode's confusables data: "m" and "rn" look alike,
    # Cherokee "Ꭰ" is a "D" (folded to "d" afterwards), "ſ" becomes "s" by NFKC.
    assert skeleton("m") == skeleton("rn") == "rn"
    assert skeleton("\u13a0") == "d"
    assert skeleton("\u017fuicide") == skeleton("suicide")


def write_bundle(tmp_path: Path, slip_name: str, hours: str, label: str):
    bundle = make_bundle(tmp_path)
    bundle.replace("bundle.yaml", "en: [trafficking, prostitution]", "en: [trafficking, suicide]")
    bundle.replace(
        "resources/hotline.yaml", 'slip_name: {en: "Help line"', f'slip_name: {{en: "{slip_name}"'
    )
    bundle.replace(
        "resources/hotline.yaml",
        'hours: {en: "24 hours, every day"',
        f'hours: {{en: "{hours}"',
    )
    bundle.replace(
        "resources/hotline.yaml", 'label: {en: "Call, 24 hours"', f'label: {{en: "{label}"'
    )
    return bundle


@pytest.mark.parametrize("escape", ["\\u00AD", "\\u200B", "\\u2060", "\\u034F"])
def test_the_issues_slip_name_is_refused_however_it_hides_the_word(
    tmp_path: Path, escape: str
) -> None:
    bundle = write_bundle(tmp_path, f"Sui{escape}cide line", "Always open", "Call us")
    result = bundle.load()
    assert [(str(f.pos), f.rule) for f in result.findings] == [
        ("resources/hotline.yaml:3:18", "sensitive-slip-name")  # at the word
    ]
    assert "contains 'suicide'" in result.findings[0].message
    assert result.bundle is None


def test_printed_lines_with_hidden_words_are_left_off_the_slip(tmp_path: Path) -> None:
    # Hours and a phone caption are not checked by the validator (they are fine
    # on screen); the composer drops them from the slip however they are spelt.
    bundle = write_bundle(
        tmp_path,
        "Help line",
        "Tr\u0430fficking desk, 24 hours",  # Cyrillic а
        "Sui\\u00ADcide calls",
    )
    result = bundle.load()
    assert result.findings == []
    loaded = result.bundle
    assert loaded is not None

    content = compose_slip(Slip(loaded, ("national-hotline",), "en"))

    [item] = content.items
    assert item.name is not None and item.name.text == "Help line"
    assert item.hours is None
    assert item.phones[0].caption.text == "Call"  # the plain caption, not the label
    printed = content.printed_text()
    assert "cide" not in printed and "fficking" not in printed
    assert sensitive_hits(printed, loaded) == []
    assert sensitive_hits("Tr\u0430fficking", loaded) == ["trafficking"]


# --- decoded text: a language map and plain text are checked alike ------------

HOSTILE_VALUES = [
    "\\a\\e[31m",
    "Help\\x9bnearby",
    "Help\\Nnearby",
    "\\u202Eenil pleh",
    "\\u2066+1 888\\u2069",
    "\\u200B\\u200B",
    "\\u3164",
    "\\u00AD",
    "Fine text",
    "Línea \\u200E de ayuda",  # a direction mark stays allowed
]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_decoded_checks_are_the_same_in_a_language_map_and_in_plain_text(
    tmp_path: Path, value: str
) -> None:
    bundle = make_bundle(tmp_path)
    bundle.write(
        "resources/extra.yaml",
        "id: legal-aid\n"
        f'name: {{en: "{value}", es: "Clínica"}}\n'
        f'description: "{value}"\n'
        "phones: [{number: 314-534-4200}]\n"
        "verified: {on: 2026-11-01, by: Someone, method: phoned}\n",
    )
    problem = text_problem(yaml.safe_load(f'"{value}"').strip())
    expected = (
        [("resources/extra.yaml:2:12", *problem), ("resources/extra.yaml:3:14", *problem)]
        if problem
        else []
    )
    found = [(str(f.pos), f.rule, f.message) for f in bundle.load().errors]
    assert found == expected


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("Help\x07", "control-character"),
        ("Help\x1b[31m", "control-character"),
        ("x\x7f", "control-character"),
        ("x\x85y", "control-character"),
        ("x\u202ay", "bidi-control"),
        ("x\u2069", "bidi-control"),
        ("\u200b\u200c\u200d\ufeff", "invisible-text"),
        ("\u2800", "invisible-text"),
        ("\u115f\u1160", "invisible-text"),
        ("\U000e0041", "invisible-text"),
        ("a\u200bb", None),
        ("\u0645\u0631\u062d\u0628\u0627 \u200f", None),  # Arabic with a right-to-left mark
        ("line one\nline two\tend", None),
    ],
)
def test_text_problem_names_the_rule(value: str, rule: str | None) -> None:
    problem = text_problem(value)
    assert (problem[0] if problem else None) == rule


# --- file names that are not UTF-8 -------------------------------------------


def run_kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a child process: its output goes to pipes, as on a
    terminal-less editor machine, where printing a broken name used to fail."""
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        timeout=60,
        check=False,
    )


def test_validate_and_pack_refuse_a_topic_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    bundle.remove("topics/help.yaml")
    with open(os.fsencode(bundle.path / "topics") + b"/h\xffelp.yaml", "wb") as stream:
        stream.write(TOPIC_YAML.encode("utf-8"))
    out = tmp_path / "out.kbundle"

    validate = run_kiosk("validate", str(bundle.path))
    pack = run_kiosk("pack", "--unsigned", str(bundle.path), "-o", str(out))

    expected = (
        "topics/h\\xffelp.yaml: error: this file name is not UTF-8 text; rename it (other "
        "computers, the packer and the kiosk could each read it as a different name) "
        "[bad-file-name]"
    )
    assert validate.returncode == 1 and expected in validate.stdout.splitlines()
    assert pack.returncode == 1 and expected in pack.stdout.splitlines()
    assert "not packed: the bundle has errors" in pack.stderr
    assert "Traceback" not in validate.stderr + pack.stderr
    assert not out.exists()


def test_pack_names_a_left_out_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    with open(os.fsencode(bundle.path) + b"/notes-\xfe.txt", "wb") as stream:
        stream.write(b"call the clinic\n")
    out = tmp_path / "out.kbundle"

    pack = run_kiosk("pack", "--unsigned", str(bundle.path), "-o", str(out))

    assert pack.returncode == 0, pack.stderr
    assert "not packed (the kiosk does not read it): notes-\\xfe.txt" in pack.stdout
    assert "Traceback" not in pack.stderr
    with zipfile.ZipFile(out) as archive:
        assert not any("notes" in name for name in archive.namelist())
