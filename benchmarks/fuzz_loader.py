"""Coverage-guided fuzzing of the YAML loader and validator (`load_bundle`).

A small bundle (the sample's bundle.yaml, one topic, one resource file) sits
in a scratch folder; each input replaces one of its files with arbitrary
bytes (the first byte picks which) and the bundle is loaded. The promises
checked for every input:
- load_bundle returns (never raises) and never reports "internal-error"
  (its net for an exception that escaped the validator: a bug);
- a bundle comes back exactly when there is no error;
- every finding names a file of the bundle, and a line no further than the
  end of the file it names.

    python benchmarks/fuzz_loader.py --minutes 10

Prints JSON (see benchmarks/fuzz_harness.py): total and per-second execs,
coverage, and any bug found, with its input under <work>/bugs/.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_harness import ROOT, BugLog, Target, main

SAMPLE = ROOT / "resources" / "bundles" / "ofallon-mo"
TODAY = date(2026, 12, 6)  # the day the shipped sample was last checked
# The fuzzed bundle's files; an input's first byte (mod 3) picks the one it replaces.
SLOTS = ("bundle.yaml", "topics/topic.yaml", "resources/resource.yaml")
MINI = {
    "bundle.yaml": SAMPLE / "bundle.yaml",
    "topics/topic.yaml": SAMPLE / "topics" / "clearing-a-record.yaml",
    "resources/resource.yaml": SAMPLE / "resources" / "legal-services-eastern-mo.yaml",
}


def write_mini_bundle(folder: Path) -> None:
    for rel, source in MINI.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(source.read_bytes())


def split_input(data: bytes) -> tuple[str, bytes]:
    if not data:
        return SLOTS[0], b""
    return SLOTS[data[0] % len(SLOTS)], data[1:]


def seeds() -> Iterable[bytes]:
    """Every file of the sample, each in the slot its kind belongs in."""
    yield bytes([0]) + (SAMPLE / "bundle.yaml").read_bytes()
    for path in sorted((SAMPLE / "topics").glob("*.yaml")):
        yield bytes([1]) + path.read_bytes()
    for path in sorted((SAMPLE / "resources").glob("*.yaml")):
        yield bytes([2]) + path.read_bytes()
    # The resource-list form: several resources in one file.
    listed = b"".join(
        b"- " + p.read_bytes().replace(b"\n", b"\n  ").rstrip() + b"\n"
        for p in sorted((SAMPLE / "resources").glob("*.yaml"))[:3]
    )
    yield bytes([2]) + listed


YAML_WORDS = (
    "- ", ": ", "{", "}", "[", "]", "---", "...", "&a", "*a", "!!str", "!!binary", "!!python/name:",
    "<<", "? ", "|", ">-", '"', "'", "#", "~", "null", "yes", "no", "on", "off", "10:30", "0x1F",
    "01234", "1e9", ".inf", ".nan", "2026-02-30", "\t", "\r\n", "\ufeff", "\u202e",
)  # fmt: skip


def dictionary() -> Iterable[str]:
    """The field names the sample uses, language codes, YAML's traps."""
    yield from YAML_WORDS
    for path in SAMPLE.rglob("*.yaml"):
        for match in re.finditer(r"^[ -]*([a-z_]+):", path.read_text("utf-8"), re.M):
            yield match.group(1) + ": "
    yield from ("en", "es", "ar", "zh-Hant", "voice", "text", "tty", "sample", "published")


def yaml_lines(data: bytes) -> int:
    """Lines as YAML (and editors) count them: a lone CR, NEL and the Unicode
    line and paragraph separators break lines too."""
    text = data.decode("utf-8", "replace")
    return len(re.split("\r\n|[\r\n\x85\u2028\u2029]", text))


def broken_promises(result, files: dict[str, bytes]) -> list[str]:
    """What a LoadResult may never be, whatever the input (empty: all kept)."""
    problems = []
    if any(f.rule == "internal-error" for f in result.findings):
        problems.append("internal-error: an exception escaped the validator")
    if (result.bundle is None) != bool(result.errors):
        problems.append(
            f"bundle {'missing' if result.bundle is None else 'returned'} "
            f"with {len(result.errors)} error(s)"
        )
    for finding in result.findings:
        file = finding.pos.file
        if not file:
            problems.append(f"finding without a file: {finding.rule}")
            continue
        if file in files:
            lines = yaml_lines(files[file])
            if finding.pos.line > lines + 1:
                problems.append(
                    f"line past the end of the file: {finding.rule} at line "
                    f"{finding.pos.line} of {lines}"
                )
    return problems


def setup(scratch: Path, bugs: BugLog) -> Callable[[bytes], None]:
    from kiosk.content import load_bundle  # instrumented by the harness
    from kiosk.paths import fonts_dir

    fonts = fonts_dir()
    folder = scratch / "bundle"
    folder.mkdir()
    write_mini_bundle(folder)
    originals = {rel: source.read_bytes() for rel, source in MINI.items()}

    def one_input(data: bytes) -> None:
        slot, content = split_input(data)
        files = dict(originals, **{slot: content})
        (folder / slot).write_bytes(content)
        try:
            result = load_bundle(folder, today=TODAY, shipped_fonts=fonts)
        except Exception:
            bugs.exception("load_bundle raised", data)
            return
        finally:
            (folder / slot).write_bytes(originals[slot])
        for problem in broken_promises(result, files):
            detail = f"{problem}\nfindings:\n" + "\n".join(str(f) for f in result.findings)
            bugs.record("loader", data, detail)

    return one_input


TARGET = Target("loader", setup, seeds, instrument=("kiosk", "phonenumbers"), dictionary=dictionary)

if __name__ == "__main__":
    main(TARGET)
