"""Short runs of the three fuzz targets (benchmarks/fuzz_*.py) with hypothesis
instead of atheris: the same inputs (the seeds, mutated the way libFuzzer
mutates them: bytes flipped, inserted, deleted, duplicated, dictionary words
spliced in) and the same promises, checked by the same code. A few seconds
each; the long coverage-guided runs are the benchmarks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzz_hsds
import fuzz_kbundle
import fuzz_loader
from fuzz_harness import BugLog, Target

SHORT = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,  # nothing written beside the tests
)


def mutants(seeds: Sequence[bytes], words: Sequence[bytes]) -> st.SearchStrategy[bytes]:
    """A seed with a few libFuzzer-like edits; the first byte (which picks
    the target's mode or file) is mutated like any other."""

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = bytearray(draw(st.sampled_from(seeds)))
        for _ in range(draw(st.integers(0, 5))):
            at = draw(st.integers(0, len(data)))
            edit = draw(st.sampled_from(["flip", "insert", "delete", "word", "copy", "cut"]))
            if edit == "flip" and at < len(data):
                data[at] ^= 1 << draw(st.integers(0, 7))
            elif edit == "insert":
                data[at:at] = draw(st.binary(min_size=1, max_size=8))
            elif edit == "delete":
                del data[at : at + draw(st.integers(1, 64))]
            elif edit == "word" and words:
                data[at:at] = draw(st.sampled_from(words))
            elif edit == "copy" and data:
                start = draw(st.integers(0, len(data) - 1))
                data[at:at] = data[start : start + draw(st.integers(1, 200))]
            elif edit == "cut":
                del data[at:]
        return bytes(data)

    return build()


def words_of(target: Target) -> list[bytes]:
    return sorted({w.encode("utf-8") for w in target.dictionary() if w})


@pytest.fixture(scope="module")
def run_target(tmp_path_factory) -> Callable[[Target], tuple[Callable[[bytes], None], BugLog]]:
    made: dict[str, tuple[Callable[[bytes], None], BugLog]] = {}

    def prepare(target: Target) -> tuple[Callable[[bytes], None], BugLog]:
        if target.name not in made:
            folder = tmp_path_factory.mktemp(f"fuzz-{target.name}")
            bugs = BugLog(folder / "bugs")
            made[target.name] = (target.setup(folder, bugs), bugs)
        return made[target.name]

    return prepare


def assert_no_bug(bugs: BugLog) -> None:
    if bugs.seen:
        first = sorted(bugs.folder.glob("*.txt"))[0]
        raise AssertionError(first.read_text("utf-8"))


LOADER_SEEDS = list(fuzz_loader.seeds())
KBUNDLE_SEEDS = list(fuzz_kbundle.seeds())
HSDS_SEEDS = list(fuzz_hsds.seeds())


@settings(SHORT, max_examples=150)
@given(data=mutants(LOADER_SEEDS, words_of(fuzz_loader.TARGET)))
def test_the_loader_keeps_its_promises_on_mutated_bundle_files(run_target, data):
    one_input, bugs = run_target(fuzz_loader.TARGET)
    one_input(data)
    assert_no_bug(bugs)


@settings(SHORT, max_examples=60)
@given(data=mutants(KBUNDLE_SEEDS, words_of(fuzz_kbundle.TARGET)))
def test_the_installer_keeps_its_promises_on_mutated_kbundles(run_target, data):
    one_input, bugs = run_target(fuzz_kbundle.TARGET)
    one_input(data)
    assert_no_bug(bugs)


@settings(SHORT, max_examples=150)
@given(data=mutants(HSDS_SEEDS, words_of(fuzz_hsds.TARGET)))
def test_the_hsds_importer_keeps_its_promises_on_mutated_exports(run_target, data):
    one_input, bugs = run_target(fuzz_hsds.TARGET)
    one_input(data)
    assert_no_bug(bugs)


def test_the_seeds_reach_the_end_and_the_promises_can_fail(tmp_path):
    """A seed archive installs (so mutants start from a path that goes all
    the way), and the loader's promises catch what they are there to catch."""
    from kiosk.content import Finding, LoadResult, Pos, Severity
    from kiosk.updates import install

    archive = tmp_path / "good.kbundle"
    assert fuzz_kbundle.build(KBUNDLE_SEEDS[0], archive)
    key = fuzz_kbundle.secret_key().public()
    assert install(archive, tmp_path / "content", [key], today=fuzz_kbundle.TODAY).version == 2

    wrong_place = Finding(Pos("resources/resource.yaml", 9, 1), Severity.ERROR, "x", "y")
    returned_anyway = LoadResult(bundle=object(), findings=[wrong_place])  # type: ignore[arg-type]
    problems = fuzz_loader.broken_promises(returned_anyway, {"resources/resource.yaml": b"a\nb"})
    assert len(problems) == 2, problems
    assert fuzz_loader.yaml_lines(b"a\rb\r\nc\xc2\x85d") == 4
