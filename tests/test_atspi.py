"""A screen reader hears every control by name (issue 18, section 3): the real
kiosk (`kiosk run --windowed`) on an X screen with a session bus of its own,
read over AT-SPI by a separate process, as Orca reads it. The in-process
checks of QAccessible names (test_ui_screens.py, test_read_aloud.py) cannot
show that the names cross the accessibility bus; this test does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from real_process import ROOT, VirtualScreen, child_env, end_processes, need, processes_of

from kiosk.content import load_bundle
from kiosk.paths import fonts_dir, sample_bundle

READER = ROOT / "tests" / "atspi_reader.py"
SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's, where python3-pyatspi installs
# How the session bus starts the accessibility bus when Qt asks for it, as a
# desktop session's bus does (at-spi2-core ships the file).
A11Y_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")
GIVE_UP_S = 60
PUSH_BUTTON = "push button"  # AT-SPI's role name for Qt's QPushButton


def missing(message: str) -> None:
    """As real_process.need: a failure in CI (.ci/run installs it), else a skip."""
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def need_pyatspi() -> None:
    if not SYSTEM_PYTHON.exists():
        missing(f"{SYSTEM_PYTHON} is not installed (Debian package python3)")
    found = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
    )
    if found.returncode != 0:
        missing(
            "the system python3 cannot import pyatspi (Debian packages python3-pyatspi "
            "gir1.2-atspi-2.0; .ci/run installs them)"
        )


def need_accessibility_bus() -> None:
    """at-spi2-core: the bus launcher the session bus starts on demand."""
    if not A11Y_SERVICE.exists():
        missing(f"{A11Y_SERVICE} is missing (Debian package at-spi2-core; .ci/run installs it)")
    launcher = next(
        line.split("=", 1)[1].strip()
        for line in A11Y_SERVICE.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    if not os.access(launcher.split()[0], os.X_OK):
        missing(f"{launcher} is missing (Debian package at-spi2-core; .ci/run installs it)")


class SessionBus:
    """A private D-Bus session bus, as a desktop login session has one, whose
    services (the accessibility bus among them) start with `env`."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        daemon = need("dbus-daemon", "dbus")
        self.process = subprocess.Popen(
            [daemon, "--session", f"--address=unix:path={folder / 'bus'}", "--nofork",
             "--print-address=1"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self.address = self.process.stdout.readline().strip()
        if not self.address:
            self.close()
            pytest.fail("dbus-daemon did not start")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process.stdout.close()


def sample_topic_titles() -> list[str]:
    # The kiosk runs on the shipped sample; its own loader says what Home lists.
    loaded = load_bundle(sample_bundle(), today=date(2026, 12, 6), shipped_fonts=fonts_dir())
    return [topic.title["en"] for topic in loaded.bundle.topics]


def stop(process: subprocess.Popen) -> str:
    """End a child (bounded) and return what it wrote on stderr."""
    if process.poll() is None:
        process.terminate()
    try:
        _, errors = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        _, errors = process.communicate(timeout=10)
    return errors


@pytest.mark.slow
def test_a_screen_reader_hears_every_control_by_name(tmp_path):
    need_pyatspi()
    need_accessibility_bus()
    topics = sample_topic_titles()
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"  # where the launcher puts the accessibility bus
    home.mkdir()
    runtime.mkdir(mode=0o700)
    screen = VirtualScreen()
    bus = kiosk = None
    try:
        # Everything below shares this HOME, so processes_of(home) finds
        # whatever outlives its parent (the launcher, the registry daemon).
        base = child_env(home, DISPLAY=screen.display, XDG_RUNTIME_DIR=str(runtime))
        bus = SessionBus(runtime, {**base, "GSETTINGS_BACKEND": "memory"})
        # The kiosk only joins a bus that runs (kiosk/session_bus.py): it is
        # given the bus's address, as a login session gives it. Qt's bridge
        # then asks that bus for the accessibility bus, which starts it.
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--windowed"],
            env={**base, "QT_QPA_PLATFORM": "xcb", "DBUS_SESSION_BUS_ADDRESS": bus.address,
                 "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"},
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        # The screen reader's side: no DISPLAY, so libatspi too finds the
        # accessibility bus only through the session bus.
        read = subprocess.run(
            [str(SYSTEM_PYTHON), "-B", str(READER), "Kiosk", str(GIVE_UP_S),
             "Touch to start", "Touch to start", topics[0]],
            env={"PATH": base["PATH"], "HOME": str(home), "LANG": "C.UTF-8",
                 "DBUS_SESSION_BUS_ADDRESS": bus.address, "GSETTINGS_BACKEND": "memory"},
            capture_output=True, text=True, timeout=GIVE_UP_S + 30, check=False,
        )  # fmt: skip
        running = kiosk.poll() is None
    finally:
        errors = stop(kiosk) if kiosk is not None else ""
        if bus is not None:
            bus.close()
        end_processes(processes_of(home))
        screen.close()
    assert running, errors[-3000:]
    assert "Traceback" not in errors, errors[-3000:]
    assert read.returncode == 0, read.stdout + read.stderr[-3000:] + errors[-3000:]
    cover, visit = (json.loads(line) for line in read.stdout.splitlines())

    def buttons(shown: list) -> list[str]:
        return [name for role, name, actions in shown if role == PUSH_BUTTON]

    # Every control on screen has a name, and offers the action that activates it.
    for shown in (cover, visit):
        for role, name, actions in shown:
            if role == PUSH_BUTTON:
                assert name.strip() and "Press" in actions, (name, actions)
    # The cover: exactly its three controls, heard as buttons.
    assert sorted(buttons(cover)) == ["Quick exit", "Read aloud", "Touch to start"]
    # Home, reached through the Press action of "Touch to start": the header
    # (no Back or Home on Home itself), then every topic of the bundle.
    assert buttons(visit)[:3] == ["Read aloud", "Change language", "Quick exit"]
    assert set(topics) <= set(buttons(visit)), buttons(visit)
    assert "Touch to start" not in buttons(visit)
