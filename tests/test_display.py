"""The kiosk on a real screen, and what it says when it cannot have one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from real_process import ROOT, VirtualScreen, child_env, need

from kiosk import display_check


def run_kiosk(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "run", *args],
        env=env, capture_output=True, text=True, timeout=timeout, check=False, cwd=ROOT,
    )  # fmt: skip


def test_no_display_is_one_plain_sentence_not_a_qt_abort(tmp_path):
    done = run_kiosk(child_env(tmp_path))  # no DISPLAY, no WAYLAND_DISPLAY, no platform
    assert done.returncode == 3
    assert "DISPLAY is not set" in done.stderr
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_debian_package_names_follow_the_soname():
    assert display_check.debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert display_check.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert display_check.debian_package("libEGL.so.1") == "libegl1"


GHOST = "libxcb-kioskghost.so.0"  # a library no machine has


def test_a_missing_xcb_library_is_named_with_its_package(tmp_path, monkeypatch):
    """A real shared object that needs a library which then goes missing:
    ldd reports it, and the kiosk names the library and its package."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build the stand-in plugin")
    (tmp_path / "stub.c").write_text("int stub(void) { return 0; }\n")
    plugin = "extern int stub(void); int plugin(void) { return stub(); }\n"
    (tmp_path / "plugin.c").write_text(plugin)
    subprocess.run(
        [cc, "-shared", "-fPIC", "-o", GHOST, f"-Wl,-soname,{GHOST}", "stub.c"],
        cwd=tmp_path, check=True,
    )  # fmt: skip
    subprocess.run(
        [cc, "-shared", "-fPIC", "-o", "libqxcb.so", "plugin.c", "-L.", f"-l:{GHOST}"],
        cwd=tmp_path, check=True,
    )  # fmt: skip
    (tmp_path / GHOST).unlink()
    monkeypatch.setattr(display_check, "_xcb_plugin", lambda: tmp_path / "libqxcb.so")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    problem = display_check.display_problem()
    assert problem is not None
    assert GHOST in problem
    assert "apt-get install libxcb-kioskghost0" in problem


def test_the_real_plugin_has_everything_it_needs_here():
    # CI installs the libraries (.ci/run); a fresh machine gets the message above.
    if display_check.missing_xcb_libraries() and not os.environ.get("CI"):
        pytest.skip("this machine lacks Qt's xcb libraries; the README's first command adds them")
    assert display_check.missing_xcb_libraries() == []


def test_kiosk_run_fills_a_real_x_screen(tmp_path):
    need("xwd", "x11-apps")
    screen = VirtualScreen(1024, 768)
    try:
        env = child_env(tmp_path, DISPLAY=screen.display, QT_QPA_PLATFORM="xcb")
        process = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run"], env=env, cwd=ROOT,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        shot = tmp_path / "screen.xwd"
        deadline = time.monotonic() + 30
        colours: set[bytes] = set()
        while time.monotonic() < deadline and len(colours) < 3 and process.poll() is None:
            time.sleep(0.5)
            subprocess.run(
                ["xwd", "-root", "-silent", "-display", screen.display, "-out", str(shot)],
                check=True,
            )
            colours = _sample_colours(shot.read_bytes())
        running = process.poll() is None
        process.terminate()
        _, errors = process.communicate(timeout=10)
        assert running, errors
        # The cover: its warm background, dark text and the red Quick exit.
        assert len(colours) >= 3, colours
        assert "Traceback" not in errors
    finally:
        screen.close()


def _sample_colours(xwd: bytes) -> set[bytes]:
    """A few distinct pixel values from an X window dump (32-bit pixels after a header)."""
    header_size = int.from_bytes(xwd[0:4], "big")
    body = xwd[header_size + 256 * 12 :]
    step = max(4, (len(body) // 4000) // 4 * 4)
    return {body[i : i + 3] for i in range(0, len(body) - 4, step)}


def _free_x_display() -> str:
    number = 99
    while os.path.exists(f"/tmp/.X11-unix/X{number}") or os.path.exists(f"/tmp/.X{number}-lock"):
        number += 1
    return f":{number}"


UNREACHABLE = {
    "x11 display nobody runs": (
        {"DISPLAY": "FREE"},
        "No X server answers on DISPLAY=FREE (none runs there, or it refuses this "
        "user): start the kiosk from its graphical session (see deploy/README.md) or on a "
        "virtual screen: xvfb-run kiosk run.",
    ),
    "x11 display name that is no name": (
        {"DISPLAY": "not a display"},
        "No X server answers on DISPLAY=not a display (none runs there, or it refuses "
        "this user): start the kiosk from its graphical session (see deploy/README.md) or on a "
        "virtual screen: xvfb-run kiosk run.",
    ),
    "wayland socket that is not there": (
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "nowhere", "XDG_RUNTIME_DIR": "TMP"},
        "No Wayland compositor answers at TMP/nowhere (WAYLAND_DISPLAY=nowhere): start "
        "the kiosk under cage from its systemd unit (see deploy/README.md).",
    ),
    "wayland session without a compositor": (
        {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": "TMP"},
        "No Wayland compositor answers at TMP/wayland-7 (WAYLAND_DISPLAY=wayland-7): "
        "start the kiosk under cage from its systemd unit (see deploy/README.md).",
    ),
    "wayland without a runtime folder": (
        {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
        "No Wayland compositor to show the kiosk on: XDG_RUNTIME_DIR is not set. Start "
        "it under cage from the kiosk's systemd unit (see deploy/README.md).",
    ),
    "neither of two platforms": (
        {"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "gone", "XDG_RUNTIME_DIR": "TMP",
         "DISPLAY": "FREE"},
        "No Wayland compositor answers at TMP/gone (WAYLAND_DISPLAY=gone): start the "
        "kiosk under cage from its systemd unit (see deploy/README.md).",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(UNREACHABLE))
def test_a_display_nothing_answers_on_is_one_sentence_and_exit_3(tmp_path, case):
    """Not Qt's abort (exit 134, SIGABRT) with its hint about xcb-cursor."""
    if display_check.missing_xcb_libraries():
        pytest.skip("this machine lacks Qt's xcb libraries: that message comes first")
    free = _free_x_display()
    extra, expected = UNREACHABLE[case]
    extra = {k: v.replace("FREE", free).replace("TMP", str(tmp_path)) for k, v in extra.items()}
    expected = expected.replace("FREE", free).replace("TMP", str(tmp_path))
    done = run_kiosk(child_env(tmp_path, **extra))
    assert done.returncode == 3, done.stderr
    # The start checks' one line, as `kiosk check-config` prints it.
    assert done.stderr.strip() == f"kiosk: error: {expected} [no-display]"


def test_a_display_that_answers_is_no_problem(monkeypatch):
    need("Xvfb", "xvfb")
    screen = VirtualScreen(640, 480)
    try:
        monkeypatch.setenv("DISPLAY", screen.display)
        monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
        monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
        assert display_check.x11_display_answers(screen.display)
        assert display_check.display_problem() is None
    finally:
        screen.close()


def test_a_wayland_socket_someone_listens_on_is_no_problem(tmp_path, monkeypatch):
    """libwayland-client connects as Qt's plugin will; a listening socket is
    what a compositor offers before any Wayland message."""
    import ctypes.util
    import socket

    if ctypes.util.find_library("wayland-client") is None:
        pytest.skip("libwayland-client0 is not installed (Qt's Wayland plugin needs it)")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(tmp_path / "wayland-9"))
        compositor.listen(1)
        monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
        monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-9")
        assert display_check.display_problem() is None
    (tmp_path / "wayland-9").unlink()
    assert display_check.display_problem() == (
        f"No Wayland compositor answers at {tmp_path}/wayland-9 (WAYLAND_DISPLAY=wayland-9): "
        "start the kiosk under cage from its systemd unit (see deploy/README.md)."
    )
