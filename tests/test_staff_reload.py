"""Staff's Reload content and Roll back never load a bundle on the GUI thread:
an installed bundle's compiled form is read in small steps, anything heavier
(its YAML checked in full, a preview folder, the sample) in a child process
(kiosk.updates.load_child). Roll back's pointer swap (fsync + os.replace)
runs in that child too, never in the kiosk's process. Real kiosks, real
child processes, real files."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from real_process import ROOT
from ui_helpers import TODAY, button, make_kiosk_from, staff_reload
from update_helpers import SAMPLE_ID, make_keys, packed
from update_helpers import child_env as install_child_env

import kiosk.bundle_origin
import kiosk.content
import kiosk.updates.current
import kiosk.updates.fsutil
import kiosk.updates.installer
import kiosk.updates.pointers
from kiosk.app.bundle_reload import ROLL_BACK_STOPPED
from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig
from kiosk.content.compiled import (
    CompiledResult,
    NotUsable,
    compiled_path,
    read_compiled_bytes_in_steps,
    run_steps,
    sample_source_digest,
)
from kiosk.paths import sample_bundle
from kiosk.session import Panel, Screen
from kiosk.updates import install
from kiosk.updates.errors import Refused
from kiosk.updates.installer import load_trusted_keys
from kiosk.updates.load_child import STOPPED, Checked, HasErrors, RolledBack, read_report
from kiosk.updates.pointers import read_pointers, version_dir

WAIT_MS = 60_000
REFUSED = "Reload refused: the bundle has errors."
INSTALL_CHILD = Path(__file__).resolve().parent / "update_helpers.py"


def panel_text(running) -> str:
    return "\n".join(w.text() for w in running.window.overlays.panel.findChildren(QLabel))


@pytest.fixture
def installed(qtbot, tmp_path):
    """A kiosk showing version 1 installed in a content folder, and a way to
    install more versions."""
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    trusted = load_trusted_keys([keys.pub_file])

    def add(version: int, edit=None) -> Path:
        made = packed(tmp_path / f"v{version}", keys, version, edit=edit)
        return install(made, content, trusted, today=TODAY).path

    add(1)
    config = KioskConfig(content_dir=content)
    running = make_kiosk_from(qtbot, config, ContentSource.from_config(config, None))
    running.add = add
    running.signing_keys = keys
    yield running
    running.shut_down()


def current_folder(running) -> Path:
    content = running.source.content_dir
    return version_dir(content, read_pointers(content).current.dir)


def make_stale(folder: Path) -> None:
    """A compiled form that no longer matches (one byte more: the seal fails)."""
    with open(compiled_path(folder), "ab") as f:
        f.write(b"x")


def break_yaml(folder: Path) -> None:
    (folder / "topics" / "broken.yaml").write_text("id: [\n", encoding="utf-8")


def counted_calls(monkeypatch, targets) -> list[str]:
    """Each (module, name) in `targets` wrapped so that every call is noted
    with the thread it ran on; the list of notes."""
    calls: list[str] = []

    def counted(name, real):
        def call(*args, **kwargs):
            calls.append(f"{name} on {threading.current_thread().name}")
            return real(*args, **kwargs)

        return call

    for module, name in targets:
        monkeypatch.setattr(module, name, counted(name, getattr(module, name)))
    return calls


@pytest.fixture
def no_load_here(monkeypatch):
    """Every way to a loaded bundle in this (the kiosk's) process, counted
    with the thread it ran on: the list must stay empty."""
    return counted_calls(
        monkeypatch,
        (
            (kiosk.content, "load_bundle"),
            (kiosk.updates.current, "load_installed"),
            (kiosk.updates.current, "read_compiled"),
            (kiosk.bundle_origin, "read_compiled"),
            (ContentSource, "load"),
        ),
    )


@pytest.fixture
def no_swap_here(monkeypatch):
    """Every way the kiosk's process could swap the pointers or flush a file,
    counted with the thread it ran on: the list must stay empty while staff
    roll back. (Cleared by a test after its own installs.)"""
    return counted_calls(
        monkeypatch,
        (
            (kiosk.updates.installer, "rollback"),
            (kiosk.updates.installer, "write_pointer"),
            (kiosk.updates.pointers, "write_pointer"),
            (kiosk.updates.pointers, "atomic_write"),
            (kiosk.updates.fsutil, "atomic_write"),
            (os, "fsync"),
            (os, "replace"),
        ),
    )


# --- nothing loads in the kiosk's process -----------------------------------------


@pytest.mark.parametrize("compiled", ["usable", "stale"])
def test_reload_of_an_installed_bundle_loads_nothing_in_the_kiosks_process(
    installed, qtbot, no_load_here, compiled
):
    """A usable compiled form is read in steps; a stale one is checked in
    full in the child. Either way no load runs here, and the bundle is offered."""
    folder = installed.add(2)
    if compiled == "stale":
        make_stale(folder)
    assert staff_reload(qtbot, installed)
    assert no_load_here == []
    assert installed.session.bundle.version == 2  # on the cover: applied at once
    assert installed.session.shown.folder == folder
    assert installed.staff.update_log[-1] == f"Loaded {SAMPLE_ID} version 2."


def test_reload_of_a_preview_folder_checks_its_yaml_in_the_child(qtbot, tmp_path, no_load_here):
    folder = tmp_path / "bundle"
    shutil.copytree(sample_bundle(), folder)
    source = ContentSource(folder=folder)
    running = make_kiosk_from(qtbot, KioskConfig(), source)
    try:
        no_load_here.clear()  # the start above loaded it (as `kiosk run` does)
        name = folder / "resources" / "crimestoppers-stl.yaml"
        name.write_text(
            name.read_text(encoding="utf-8").replace(
                'en: "St. Louis Regional CrimeStoppers"', 'en: "Edited Tip Line"'
            ),
            encoding="utf-8",
        )
        assert staff_reload(qtbot, running)
        assert no_load_here == []
        shown = running.session.bundle.resources["crimestoppers-stl"]
        assert shown.name.get("en") == "Edited Tip Line"  # what the editor just wrote
        assert not list(folder.glob("*.json")) and not (tmp_path / "bundle.compiled.json").exists()
    finally:
        running.shut_down()


# --- a stale compiled form: checked in full, broken still refused ----------------


def test_a_stale_compiled_form_is_checked_in_full_and_a_broken_bundle_refused(
    installed, qtbot, no_load_here
):
    folder = current_folder(installed)
    shown_before = installed.session.shown
    make_stale(folder)
    break_yaml(folder)
    assert staff_reload(qtbot, installed) is False
    assert no_load_here == []
    assert installed.staff.update_log[-1] == REFUSED
    assert installed.session.shown is shown_before, "nothing changes"


def test_a_stale_compiled_form_shows_what_its_yaml_says_now(installed, qtbot):
    """Checked in full means the YAML, not the stale file: an edit there shows."""
    folder = current_folder(installed)
    make_stale(folder)
    name = folder / "resources" / "crimestoppers-stl.yaml"
    name.write_text(
        name.read_text(encoding="utf-8").replace(
            'en: "St. Louis Regional CrimeStoppers"', 'en: "Checked Again"'
        ),
        encoding="utf-8",
    )
    assert staff_reload(qtbot, installed)
    assert installed.session.bundle.resources["crimestoppers-stl"].name.get("en") == (
        "Checked Again"
    )


def test_a_broken_current_version_falls_back_to_the_previous_as_at_start(installed, qtbot):
    folder = installed.add(2)
    make_stale(folder)
    break_yaml(folder)
    assert staff_reload(qtbot, installed)
    assert installed.session.bundle.version == 1
    assert installed.staff.update_log[-1] == f"Loaded {SAMPLE_ID} version 1."


def test_an_install_during_the_reload_is_what_the_reload_offers(installed, qtbot):
    """The pointers moved while the child checked version 2: the reload
    starts over and offers version 3, never the older one."""
    make_stale(installed.add(2))
    installed.staff.reload_content()
    installed.add(3)  # while the child runs (this blocks the event loop meanwhile)
    qtbot.waitUntil(lambda: not installed.staff.reloading, timeout=WAIT_MS)
    assert installed.session.bundle.version == 3
    assert [line for line in installed.staff.update_log if line.startswith("Loaded")] == [
        f"Loaded {SAMPLE_ID} version 3."
    ]


# --- while a reload is under way ----------------------------------------------------


def test_the_panel_says_a_reload_is_under_way_and_a_second_press_does_nothing(installed, qtbot):
    make_stale(installed.add(2))  # the child: long enough to press again
    installed.staff.open_panel()
    button(installed.window.overlays.panel, "reload").click()
    assert "Reloading content…" in panel_text(installed)
    button(installed.window.overlays.panel, "reload").click()
    before = read_pointers(installed.source.content_dir)
    button(installed.window.overlays.panel, "roll_back").click()
    assert read_pointers(installed.source.content_dir) == before, "roll back waits its turn"
    qtbot.waitUntil(lambda: not installed.staff.reloading, timeout=WAIT_MS)
    loaded = [line for line in installed.staff.update_log if line.startswith("Loaded")]
    assert loaded == [f"Loaded {SAMPLE_ID} version 2."]
    assert "Reloading content…" not in panel_text(installed)
    assert f"Loaded {SAMPLE_ID} version 2." in panel_text(installed)


def test_quick_exit_during_a_reload_shows_the_cover_and_the_reload_still_lands(installed, qtbot):
    """Quick exit hides the screen; it does not undo what staff asked for.
    The reload's result is offered as any new bundle is: the visitor's
    screen is already the cover, so it is shown from there on."""
    make_stale(installed.add(2))
    installed.session.start()
    installed.session.open_topic(installed.session.bundle.topics[0].id)
    installed.staff.open_panel()
    button(installed.window.overlays.panel, "reload").click()
    button(installed.window, "quick_exit").click()
    assert installed.session.place.screen is Screen.COVER
    assert installed.open_panel is Panel.NONE
    assert installed.staff.reloading, "the reload was still under way at the exit"
    assert installed.session.bundle.version == 1
    qtbot.waitUntil(lambda: not installed.staff.reloading, timeout=WAIT_MS)
    assert installed.session.bundle.version == 2
    assert installed.session.place.screen is Screen.COVER
    assert installed.staff.update_log[-1] == f"Loaded {SAMPLE_ID} version 2."


def test_a_reload_is_dropped_when_the_kiosk_goes(installed, qtbot):
    make_stale(installed.add(2))
    installed.staff.reload_content()
    installed.staff.stop_reload()
    assert not installed.staff.reloading
    qtbot.wait(200)  # a finished child reporting late must change nothing
    assert installed.session.bundle.version == 1
    assert not any(line.startswith("Loaded") for line in installed.staff.update_log)


# --- roll back through the panel -------------------------------------------------------


def roll_back(qtbot, running) -> None:
    """Staff press Roll back on the panel, and wait for it to be done."""
    running.staff.open_panel()
    button(running.window.overlays.panel, "roll_back").click()
    assert running.staff.reloading, "the panel shows the in-flight note meanwhile"
    assert "Reloading content…" in panel_text(running)
    qtbot.waitUntil(lambda: not running.staff.reloading, timeout=WAIT_MS)


def test_roll_back_through_the_panel_reads_the_previous_version(
    installed, qtbot, no_load_here, no_swap_here
):
    """The swap happens (in the child): the pointers name version 1 after,
    and the kiosk's own process neither called `rollback` nor wrote,
    flushed or replaced any file, on any thread."""
    installed.add(2)
    assert staff_reload(qtbot, installed)
    no_swap_here.clear()  # the install above flushed and replaced, as installs do
    roll_back(qtbot, installed)
    assert read_pointers(installed.source.content_dir).current.version == 1  # swapped
    assert read_pointers(installed.source.content_dir).previous.version == 2
    assert installed.session.bundle.version == 1
    assert f"Loaded {SAMPLE_ID} version 1." in panel_text(installed)
    assert "Reloading content…" not in panel_text(installed)
    assert no_load_here == []
    assert no_swap_here == []


def test_a_second_roll_back_undoes_the_first(installed, qtbot, no_swap_here):
    installed.add(2)
    assert staff_reload(qtbot, installed)
    no_swap_here.clear()
    roll_back(qtbot, installed)
    roll_back(qtbot, installed)
    assert read_pointers(installed.source.content_dir).current.version == 2
    assert installed.session.bundle.version == 2
    assert [line for line in installed.staff.update_log if line.startswith("Loaded")][-2:] == [
        f"Loaded {SAMPLE_ID} version 1.",
        f"Loaded {SAMPLE_ID} version 2.",
    ]
    assert no_swap_here == []


def test_roll_back_with_nothing_to_go_back_to_says_why(installed, qtbot, no_swap_here):
    before = read_pointers(installed.source.content_dir)
    shown_before = installed.session.shown
    roll_back(qtbot, installed)
    assert installed.staff.update_log[-1] == (
        "Roll back refused: there is no previous bundle to roll back to"
    )
    assert "Roll back refused: there is no previous bundle to roll back to" in panel_text(installed)
    assert read_pointers(installed.source.content_dir) == before
    assert installed.session.shown is shown_before, "nothing was reloaded"
    assert not any(line.startswith("Loaded") for line in installed.staff.update_log)
    assert no_swap_here == []


def test_a_second_press_during_a_roll_back_does_nothing(installed, qtbot):
    """A second Roll back would swap the pointers back again: it must wait
    its turn, as a Reload press must."""
    installed.add(2)
    assert staff_reload(qtbot, installed)
    installed.staff.open_panel()
    button(installed.window.overlays.panel, "roll_back").click()
    assert "Reloading content…" in panel_text(installed)
    button(installed.window.overlays.panel, "roll_back").click()
    button(installed.window.overlays.panel, "reload").click()
    qtbot.waitUntil(lambda: not installed.staff.reloading, timeout=WAIT_MS)
    assert read_pointers(installed.source.content_dir).current.version == 1
    loaded = [line for line in installed.staff.update_log if line.startswith("Loaded")]
    assert loaded == [f"Loaded {SAMPLE_ID} version 2.", f"Loaded {SAMPLE_ID} version 1."]


def test_quick_exit_during_a_roll_back_shows_the_cover_and_the_roll_back_lands(installed, qtbot):
    installed.add(2)
    assert staff_reload(qtbot, installed)
    installed.session.start()
    installed.session.open_topic(installed.session.bundle.topics[0].id)
    installed.staff.open_panel()
    button(installed.window.overlays.panel, "roll_back").click()
    button(installed.window, "quick_exit").click()
    assert installed.session.place.screen is Screen.COVER
    assert installed.open_panel is Panel.NONE
    assert installed.staff.reloading, "the roll back was still under way at the exit"
    qtbot.waitUntil(lambda: not installed.staff.reloading, timeout=WAIT_MS)
    assert read_pointers(installed.source.content_dir).current.version == 1
    assert installed.session.bundle.version == 1
    assert installed.session.place.screen is Screen.COVER
    assert installed.staff.update_log[-1] == f"Loaded {SAMPLE_ID} version 1."


def test_roll_back_while_an_install_holds_the_content_folder_waits_for_staff(
    installed, qtbot, tmp_path
):
    """An inbox install (a real install in a process of its own, paused with
    the content folder's install lock held) is not disturbed: the roll back
    is refused with the installer's reason and swaps nothing; once the
    install is done, Roll back goes back to what was shown before it."""
    installed.add(2)
    assert staff_reload(qtbot, installed)
    newer = packed(tmp_path / "v3", installed.signing_keys, 3)
    content = installed.source.content_dir
    pub = installed.signing_keys.pub_file
    install_run = subprocess.Popen(
        [sys.executable, str(INSTALL_CHILD), str(newer), str(content), str(pub)],
        env=install_child_env("validated", stop=True),
    )
    try:
        _, status = os.waitpid(install_run.pid, os.WUNTRACED)
        assert os.WIFSTOPPED(status), "the install paused with the lock held"
        before = read_pointers(content)
        roll_back(qtbot, installed)
        assert installed.staff.update_log[-1] == (
            "Roll back refused: an install is running in this content folder; try again"
        )
        assert read_pointers(content) == before
        assert installed.session.bundle.version == 2
        os.kill(install_run.pid, signal.SIGCONT)
        assert install_run.wait(timeout=120) == 0
    finally:
        if install_run.poll() is None:
            install_run.kill()
            install_run.wait()
    assert read_pointers(content).current.version == 3
    roll_back(qtbot, installed)
    assert read_pointers(content).current.version == 2
    assert installed.session.bundle.version == 2
    assert installed.staff.update_log[-1] == f"Loaded {SAMPLE_ID} version 2."


def children_rolling_back() -> list[int]:
    """This process's live children that are roll back children."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (proc / "cmdline").read_bytes().split(b"\0")
        except (OSError, ValueError, IndexError):
            continue
        if ppid == os.getpid() and b"--roll-back" in command:
            found.append(int(proc.name))
    return found


def test_a_roll_back_child_killed_midway_says_so_and_reloads_nothing(installed, qtbot):
    installed.add(2)
    assert staff_reload(qtbot, installed)
    shown_before = installed.session.shown
    installed.staff.open_panel()
    button(installed.window.overlays.panel, "roll_back").click()
    qtbot.waitUntil(lambda: children_rolling_back() != [], timeout=WAIT_MS)
    for pid in children_rolling_back():
        os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: not installed.staff.reloading, timeout=WAIT_MS)
    assert installed.staff.update_log[-1] == f"Roll back refused: {ROLL_BACK_STOPPED}"
    assert installed.session.shown is shown_before


def test_a_roll_back_is_dropped_when_the_kiosk_goes(installed, qtbot):
    installed.add(2)
    assert staff_reload(qtbot, installed)
    installed.staff.roll_back()
    assert installed.staff.reloading
    installed.staff.stop_reload()
    assert not installed.staff.reloading
    assert children_rolling_back() == [], "its child went with it"
    assert installed.session.bundle.version == 2
    assert installed.staff.update_log[-1] == f"Loaded {SAMPLE_ID} version 2."


# --- the not-ready panel's try again ---------------------------------------------------


def test_not_ready_try_again_through_its_button(qtbot, tmp_path, no_load_here):
    from kiosk.app.kiosk import build_kiosk
    from kiosk.content import LoadResult

    content = tmp_path / "content"
    content.mkdir()
    config = KioskConfig(content_dir=content)
    running = build_kiosk(
        QApplication.instance(),
        config,
        LoadResult(None, []),
        today=lambda: TODAY,
        source=ContentSource(content_dir=content),
    )
    try:
        running.staff.open_panel()
        button(running.window.overlays.panel, "reload").click()
        qtbot.waitUntil(lambda: not running.staff.reloading, timeout=WAIT_MS)
        assert running.session is None
        assert running.staff.not_ready_reasons == [
            f"no bundle is installed in {content}; install one with "
            "`kiosk install FILE --content-dir` or through the inbox"
        ]
        keys = make_keys(tmp_path / "keys")
        install(packed(tmp_path / "v1", keys, 1), content, [keys.public], today=TODAY)
        running.staff.open_panel()
        button(running.window.overlays.panel, "reload").click()
        reasons = running.window.overlays.panel.findChildren(QLabel, "not_ready_reason")
        assert "Reloading content…" in [r.text() for r in reasons]
        qtbot.waitUntil(lambda: running.session is not None, timeout=WAIT_MS)
        assert running.session.bundle.version == 1
        assert no_load_here == []
    finally:
        running.shut_down()


# --- the child and what it says ---------------------------------------------------------


def run_child(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-B", "-P", "-m", "kiosk.updates.load_child", *args],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_child_seals_what_it_checked_and_a_changed_byte_is_not_used(tmp_path):
    folder = tmp_path / "bundle"
    shutil.copytree(sample_bundle(), folder)
    done = run_child("--today", TODAY.isoformat(), "--folder", str(folder))
    assert done.returncode == 0, done.stderr
    line, _, body = done.stdout.partition(b"\n")
    said = read_report(line)
    assert said == Checked(folder, sample_source_digest(folder))
    read = run_steps(read_compiled_bytes_in_steps(body, source=said.source, today=TODAY))
    assert isinstance(read, CompiledResult) and read.bundle.id == SAMPLE_ID
    flipped = bytearray(body)
    flipped[-2] ^= 1
    assert run_steps(read_compiled_bytes_in_steps(flipped, source=said.source)) == NotUsable(
        "the compiled form has been changed or cut short since it was written"
    )
    assert run_steps(read_compiled_bytes_in_steps(body, source="0" * 64)) == NotUsable(
        "the compiled form was made from other files than the installed ones"
    )
    assert run_steps(read_compiled_bytes_in_steps(body[: len(body) // 2], source=said.source)) == (
        NotUsable("the compiled form has been changed or cut short since it was written")
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle"], "the child writes nothing"


def test_the_child_reports_a_broken_folder_with_its_first_error(tmp_path):
    folder = tmp_path / "bundle"
    shutil.copytree(sample_bundle(), folder)
    break_yaml(folder)
    done = run_child("--today", TODAY.isoformat(), "--folder", str(folder))
    assert done.returncode == 0, done.stderr
    said = read_report(done.stdout.splitlines()[0])
    assert isinstance(said, HasErrors) and said.reasons
    assert said.reasons[0] == (
        "This is not valid YAML here: compare the line with the examples in the guide. "
        "(YAML parser: while parsing a flow node, did not find expected node content)"
    )
    assert done.stdout.count(b"\n") == 1, "nothing follows a refusal"


def test_the_roll_back_child_swaps_the_pointers_and_says_where_to(tmp_path):
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    for version in (1, 2):
        install(packed(tmp_path / f"v{version}", keys, version), content, [keys.public])
    done = run_child("--today", TODAY.isoformat(), "--roll-back", str(content))
    assert done.returncode == 0, done.stderr
    assert read_report(done.stdout) == RolledBack(version_dir(content, f"{SAMPLE_ID}-1"))
    assert done.stdout.count(b"\n") == 1, "nothing follows the report"
    pointers = read_pointers(content)
    assert (pointers.current.version, pointers.previous.version) == (1, 2)


@pytest.mark.parametrize(
    ("installs", "reason"),
    [
        ((), "no bundle is installed in {content}"),
        ((1,), "there is no previous bundle to roll back to"),
    ],
)
def test_the_roll_back_child_refuses_with_the_installers_reason(tmp_path, installs, reason):
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    for version in installs:
        install(packed(tmp_path / f"v{version}", keys, version), content, [keys.public])
    before = read_pointers(content)
    done = run_child("--today", TODAY.isoformat(), "--roll-back", str(content))
    assert done.returncode == 0, done.stderr
    said = read_report(done.stdout.rstrip(b"\n"))
    assert isinstance(said, Refused) and said.reason == reason.format(content=content)
    assert read_pointers(content) == before


def test_the_roll_back_child_refuses_while_an_install_holds_the_lock(tmp_path):
    from kiosk.updates.fsutil import install_lock

    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    for version in (1, 2):
        install(packed(tmp_path / f"v{version}", keys, version), content, [keys.public])
    with install_lock(content):
        done = run_child("--today", TODAY.isoformat(), "--roll-back", str(content))
    said = read_report(done.stdout.rstrip(b"\n"))
    assert isinstance(said, Refused)
    assert said.reason == "an install is running in this content folder; try again"
    assert read_pointers(content).current.version == 2


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([], 2),
        (["--roll-back", "x"], 2),
        (["--today", "2026-12-06", "--roll-back", "a", "--content-dir", "b"], 2),
        (["--today", "2026-12-06"], 2),
        (["--folder", "x"], 2),
        (["--today", "yesterday", "--folder", "x"], 2),
        (["--today", "2026-12-06", "--folder", "a", "--sample", "b"], 2),
    ],
)
def test_the_child_refuses_wrong_arguments(args, code):
    done = run_child(*args)
    assert done.returncode == code
    assert done.stdout == b""


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        (b"", Refused(STOPPED)),
        (b"garbage", Refused(STOPPED)),
        (b"[]", Refused(STOPPED)),
        (b'{"checked": 1, "source": "s"}', Refused(STOPPED)),
        (b'{"checked": "/b"}', Refused(STOPPED)),
        (b'{"checked": "/b", "source": "ab"}', Checked(Path("/b"), "ab")),
        (b'{"errors": ["a: error: x"]}', HasErrors(("a: error: x",))),
        (b'{"errors": []}', HasErrors(())),
        (b'{"errors": [1]}', Refused(STOPPED)),
        (b'{"errors": "x"}', Refused(STOPPED)),
        (b'{"refused": "why"}', Refused("why")),
        (b'{"rolled_back": "/v/b-1"}', RolledBack(Path("/v/b-1"))),
        (b'{"rolled_back": 1}', Refused(STOPPED)),
        (b'{"rolled_back": null}', Refused(STOPPED)),
        (b'{"refused": null}', Refused(STOPPED)),
        (b"\xff\xfe", Refused(STOPPED)),
        (
            json.dumps({"checked": "/b", "source": "s", "extra": 1}).encode(),
            Checked(Path("/b"), "s"),
        ),
    ],
)
def test_what_the_child_said_is_read_exactly(line, outcome):
    said = read_report(line)
    assert type(said) is type(outcome)
    if isinstance(outcome, Refused):
        assert said.reason == outcome.reason
    else:
        assert said == outcome
