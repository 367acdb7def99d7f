"""An install cut short at any step leaves the kiosk a loadable bundle and
its rollback target, and the next install cleans up and succeeds.

Two ways to cut it short: an exception raised after a step (the installer's
own error handling runs), and a real child process killed with SIGKILL after
a step (nothing runs: no except, no finally, no cleanup)."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from update_helpers import (
    SAMPLE_ID,
    TODAY,
    Keys,
    child_env,
    make_keys,
    packed,
)

from kiosk.content import load_bundle
from kiosk.updates import current_bundle_path, install, rollback
from kiosk.updates.current import load_shown_bundle
from kiosk.updates.installer import STEPS
from kiosk.updates.pointers import read_pointers
from kiosk.updates.status import status_report

HELPER = Path(__file__).with_name("update_helpers.py")
# Every step, plus stops in the middle of unpacking (after the 1st and 5th file).
CUT_POINTS = [*STEPS, "staging-file#5"]


class InjectedFault(Exception):
    pass


def expected_version(cut: str, old: int, new: int) -> int:
    step = cut.partition("#")[0]
    return new if STEPS.index(step) >= STEPS.index("switched") else old


def expected_pair(cut: str) -> tuple[int, int]:
    """(current, rollback target) after a cut while installing 3 over 2 over 1."""
    return (3, 2) if expected_version(cut, 2, 3) == 3 else (2, 1)


def install_two(tmp_path: Path, content: Path, keys: Keys) -> None:
    for version in (1, 2):
        install(packed(tmp_path, keys, version), content, [keys.public], today=TODAY)


def assert_current_and_rollback_target(content: Path, cut: str) -> None:
    """What the kiosk shows, what staff are told, and where a rollback goes."""
    current, target = expected_pair(cut)
    assert shown_version(content) == current
    pointers = read_pointers(content)
    assert pointers.current is not None and pointers.previous is not None
    assert (pointers.current.version, pointers.previous.version) == (current, target)
    report = status_report(content)
    assert (report["current"]["version"], report["previous"]["version"]) == (current, target)
    assert report["shown"] == "current"
    rollback(content)
    assert shown_version(content) == target
    rollback(content)  # and back again: the rollback target was whole too
    assert shown_version(content) == current


def shown_version(content: Path) -> int:
    path = current_bundle_path(content)
    assert path is not None, "the kiosk was left without a bundle"
    result = load_bundle(path, today=TODAY)
    assert result.bundle is not None, result.findings
    assert result.bundle.id == SAMPLE_ID
    return result.bundle.version


def assert_clean_after_next_install(
    tmp_path: Path, content: Path, keys: Keys, version: int = 3
) -> None:
    install(packed(tmp_path, keys, version), content, [keys.public], today=TODAY)
    assert shown_version(content) == version
    assert list((content / "staging").iterdir()) == []
    assert not (content / "trash").exists() or list((content / "trash").iterdir()) == []
    assert not list(content.glob(".*.tmp"))
    versions = {p.name for p in (content / "versions").iterdir()}
    folders = {name for name in versions if not name.endswith(".compiled.json")}
    assert len(folders) == 2 and f"{SAMPLE_ID}-{version}" in folders
    # Each kept version has its compiled form, and nothing else is left.
    assert versions == folders | {f"{name}.compiled.json" for name in folders}
    shown = load_shown_bundle(content, today=TODAY)
    assert shown is not None and shown.not_compiled is None


def fault_at(cut: str, fired: list[str]) -> Callable[[str], None]:
    step_name, _, nth = cut.partition("#")
    wanted, seen = int(nth or 1), {"n": 0}

    def fault(step: str) -> None:
        if step == step_name:
            seen["n"] += 1
            if seen["n"] == wanted:
                fired.append(step)
                raise InjectedFault(step)

    return fault


@pytest.mark.parametrize("cut", CUT_POINTS)
def test_exception_after_each_step(tmp_path: Path, cut: str) -> None:
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    install_two(tmp_path, content, keys)
    fired: list[str] = []
    with pytest.raises(InjectedFault):
        install(
            packed(tmp_path, keys, 3),
            content,
            [keys.public],
            today=TODAY,
            _fault=fault_at(cut, fired),
        )
    assert fired  # the step was reached, so this test tested something
    assert_current_and_rollback_target(content, cut)
    assert_clean_after_next_install(tmp_path, content, keys, 4)


def run_killed_child(kbundle: Path, content: Path, keys: Keys, cut: str) -> None:
    child = subprocess.run(
        [sys.executable, str(HELPER), str(kbundle), str(content), str(keys.pub_file)],
        env=child_env(cut),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Killed at the step, not finished or failed on the way there.
    assert child.returncode == -signal.SIGKILL, child.stderr


@pytest.mark.slow
@pytest.mark.parametrize("cut", CUT_POINTS)
def test_sigkill_after_each_step(tmp_path: Path, cut: str) -> None:
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    install_two(tmp_path, content, keys)
    run_killed_child(packed(tmp_path, keys, 3), content, keys, cut)
    assert_current_and_rollback_target(content, cut)
    assert_clean_after_next_install(tmp_path, content, keys, 4)


@pytest.mark.slow
@pytest.mark.parametrize("cut", ["staging-file", "validated", "moved", "current-written"])
def test_sigkill_during_the_first_install(tmp_path: Path, cut: str) -> None:
    """With nothing installed yet, a cut-short install leaves nothing half-made
    for the kiosk to show; the next install works."""
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    run_killed_child(packed(tmp_path, keys, 1), content, keys, cut)
    assert current_bundle_path(content) is None
    install(packed(tmp_path, keys, 2), content, [keys.public], today=TODAY)
    assert shown_version(content) == 2
