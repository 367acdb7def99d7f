"""The kiosk as deploy/kiosk.service starts it: the unit passes systemd's own
check, and its ExecStart line, read from the unit file, runs under a real
cage on Qt's Wayland plugin, draws the cover, and obeys Shift x3 and the
panic key pressed on a real keyboard device.

No GPU and no DRM device here: cage's x11 backend draws into a window of an
Xvfb screen with wlroots' software renderer (pixman). Debian 12's wlroots
0.15 headless backend would need a DRM device for its output and gives black
screenshots, so it is not used. `grim` takes the screenshot through cage's
screencopy protocol, which is what the compositor shows, not what Qt thinks
it drew.

Keys are pressed on Xvfb's keyboard (XTEST, via xdotool); cage's x11 backend
reads them from its window as a seat's keyboard and sends them to the kiosk
as Wayland key events (wl_keyboard), as a USB keyboard would be. `wtype`
cannot be used: cage 0.1.4 (Debian 12) does not offer the virtual keyboard
protocol ("Compositor does not support the virtual keyboard protocol").

cage refuses to run as root. Run as root (CI), the test makes a throwaway
system user for the run and removes it afterwards; run as anyone else, it
runs cage as that user.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton
from real_process import ROOT, VirtualScreen, end_processes, need, processes_of, source_copy
from ui_helpers import make_kiosk, remove_filters
from update_helpers import TODAY, make_keys, packed

from kiosk.ui.theme import NORMAL
from kiosk.updates import install

UNITS = sorted((ROOT / "deploy").glob("*.service"))
KIOSK_UNIT = ROOT / "deploy" / "kiosk.service"
# What the unit names that a test must put elsewhere.
INSTALLED_KIOSK = "/opt/kiosk/venv/bin/kiosk"
INSTALLED_CONFIG = "/etc/kiosk/kiosk.yaml"


def service_settings(unit: Path) -> list[tuple[str, str]]:
    """The [Service] section's settings in order (a key may repeat)."""
    settings, section = [], ""
    for raw in unit.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line
        elif section == "[Service]":
            key, _, value = line.partition("=")
            settings.append((key.strip(), value.strip()))
    return settings


def setting(unit: Path, key: str) -> str:
    values = [value for name, value in service_settings(unit) if name == key]
    assert len(values) == 1, f"{key}= {values}"
    return values[0]


def environment(unit: Path) -> dict[str, str]:
    pairs = [value.split("=", 1) for name, value in service_settings(unit) if name == "Environment"]
    return dict(pairs)


# --- the unit files -------------------------------------------------------------


def systemd_analyze_verify(unit: Path) -> subprocess.CompletedProcess:
    analyze = need("systemd-analyze", "systemd")
    # verify also checks that ExecStart's program exists.
    need("cage", "cage")
    return subprocess.run(
        [analyze, "verify", str(unit)], capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize("unit", UNITS, ids=[u.name for u in UNITS])
def test_every_unit_passes_systemd_analyze_verify(unit):
    done = systemd_analyze_verify(unit)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_systemd_analyze_verify_speaks_up_about_a_misspelt_setting(tmp_path):
    """The check above can fail: a unit with one key misspelt."""
    text = KIOSK_UNIT.read_text("utf-8").replace("RestartSec=1", "RestartSek=1")
    broken = tmp_path / "kiosk.service"
    broken.write_text(text, encoding="utf-8")
    done = systemd_analyze_verify(broken)
    line = text.splitlines().index("RestartSek=1") + 1
    assert f"kiosk.service:{line}: Unknown key 'RestartSek' in section [Service]" in done.stderr


def test_cage_allows_no_switch_to_another_console():
    """Without -s, cage passes Ctrl+Alt+F1..F12 to the kiosk instead of
    switching virtual terminals: a visitor cannot reach a login prompt."""
    words = shlex.split(setting(KIOSK_UNIT, "ExecStart"))
    assert words[0] == "/usr/bin/cage"
    assert words[1 : words.index("--")] == []


def test_the_runtime_folder_is_the_units_own_not_the_hidden_run_user():
    """ProtectHome=tmpfs puts an empty folder over /run/user, so the Wayland
    socket lives in the unit's own RuntimeDirectory, made for the kiosk user."""
    env = environment(KIOSK_UNIT)
    folders = setting(KIOSK_UNIT, "RuntimeDirectory").split()
    assert setting(KIOSK_UNIT, "ProtectHome") == "tmpfs"
    assert setting(KIOSK_UNIT, "RuntimeDirectoryMode") == "0700"
    assert env["XDG_RUNTIME_DIR"] == f"/run/{folders[0]}"
    assert env["TMPDIR"] == f"/run/{folders[1]}"
    assert env["QT_QPA_PLATFORM"] == "wayland"


# --- the unit's ExecStart under a real cage -------------------------------------


@dataclass
class KioskUser:
    name: str
    uid: int
    gid: int


@contextlib.contextmanager
def unprivileged_user() -> Iterator[KioskUser]:
    if os.getuid() != 0:
        yield KioskUser(pwd.getpwuid(os.getuid()).pw_name, os.getuid(), os.getgid())
        return
    useradd, userdel = need("useradd", "passwd"), need("userdel", "passwd")
    name = f"kiosk-cage-{os.getpid()}"
    subprocess.run(
        [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        entry = pwd.getpwnam(name)
        yield KioskUser(name, entry.pw_uid, entry.pw_gid)
    finally:
        subprocess.run([userdel, name], check=False, capture_output=True)


def as_user(user: KioskUser) -> dict:
    """Popen arguments that run a child as `user` (nothing when that is us)."""
    if user.uid == os.getuid():
        return {}
    return {"user": user.uid, "group": user.gid, "extra_groups": []}


def python_for(user: KioskUser, folder: Path) -> Path:
    """A Python the kiosk user can run, with the kiosk and its libraries:
    a venv of this interpreter, or of the system's Python of the same
    version when this one sits where the user cannot reach (a pyenv under
    /root). It sees this checkout and this run's site-packages, as pip's
    install of the kiosk into /opt/kiosk/venv would."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    # A venv's python is a link to the interpreter it was made from.
    candidates = [Path(sys.executable).resolve(), Path(f"/usr/bin/python{version}")]
    probe = "import sys; print(f'{sys.version_info.major}.{sys.version_info.minor}')"
    for base in candidates:
        with contextlib.suppress(OSError):
            done = subprocess.run(
                [str(base), "-c", probe], capture_output=True, text=True, check=False,
                cwd="/", **as_user(user),
            )  # fmt: skip
            if done.returncode == 0 and done.stdout.strip() == version:
                break
    else:
        pytest.fail(f"no Python {version} the user {user.name} may run: {candidates}")
    venv = folder / "venv"
    subprocess.run([str(base), "-m", "venv", "--without-pip", str(venv)], check=True)
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = Path(
        subprocess.run(
            [str(venv / "bin" / "python"), "-c", where], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    # The console script pip writes for the entry point pyproject.toml names.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    module, function = project["project"]["scripts"]["kiosk"].split(":")
    script = venv / "bin" / "kiosk"
    script.write_text(
        f"#!{venv / 'bin' / 'python'}\nimport sys\nfrom {module} import {function}\n"
        f"sys.exit({function}())\n"
    )
    script.chmod(0o755)
    libraries = [Path(p) for p in sys.path if p.endswith(("site-packages", "dist-packages"))]
    paths = [ROOT, *libraries]
    problem = _cannot_import(user, venv, site, paths, module)
    if problem:
        # The checkout or this run's libraries sit where the kiosk user may not
        # go (a clone and its venv under /root): give it a copy of the code and
        # hard links to the libraries' files, as an install would have them.
        paths = [source_copy(folder / "source")]
        for index, library in enumerate(libraries):
            paths.append(_linked_copy(library, folder / f"library-{index}"))
        problem = _cannot_import(user, venv, site, paths, module)
    if problem:
        pytest.fail(f"the user {user.name} cannot import the kiosk: {problem}")
    return script


def _cannot_import(user: KioskUser, venv: Path, site: Path, paths: list[Path], module: str) -> str:
    """Why the venv's Python, run as `user` with `paths` on its path, cannot
    import Qt and the kiosk ("" when it can)."""
    (site / "kiosk-under-test.pth").write_text("\n".join(map(str, paths)) + "\n")
    check = subprocess.run(
        [str(venv / "bin" / "python"), "-c", f"import PySide6.QtWidgets, {module}"],
        capture_output=True, text=True, check=False, cwd="/", **as_user(user),
    )  # fmt: skip
    return "" if check.returncode == 0 else check.stderr[-800:]


def _linked_copy(source: Path, target: Path) -> Path:
    """`source` as a tree of hard links (a copy where the file system will
    not link), in folders anyone may enter."""

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link, symlinks=True)
    for folder, _, _ in os.walk(target):
        os.chmod(folder, 0o755)
    return target


class CagedKiosk:
    """cage started with the unit's ExecStart line and Environment=, as the
    kiosk user, on cage's x11 backend inside an Xvfb screen."""

    def __init__(self, user: KioskUser, folder: Path, screen: VirtualScreen) -> None:
        self.user, self.folder, self.screen = user, folder, screen
        self.home = folder / "home"
        self.home.mkdir()
        os.chown(self.home, user.uid, user.gid)
        kiosk = python_for(user, folder)
        config = self.write_config()
        # What systemd does for RuntimeDirectory=: folders for the user, 0700.
        run = folder / "run"
        run.mkdir()
        mode = int(setting(KIOSK_UNIT, "RuntimeDirectoryMode"), 8)
        for name in setting(KIOSK_UNIT, "RuntimeDirectory").split():
            (run / name).mkdir()
            (run / name).chmod(mode)
            os.chown(run / name, user.uid, user.gid)
        env = {
            name: value.replace("/run/", f"{run}/", 1) if value.startswith("/run/") else value
            for name, value in environment(KIOSK_UNIT).items()
        }
        self.runtime_dir = Path(env["XDG_RUNTIME_DIR"])
        env.update(
            PATH="/usr/local/bin:/usr/bin:/bin",
            HOME=str(self.home),
            LANG="C.UTF-8",
            # What pam_systemd says of a session on a text console (PAMName=,
            # TTYPath=): not "wayland".
            XDG_SESSION_TYPE="tty",
            # In place of a monitor and a GPU: a window of the Xvfb screen,
            # drawn by the CPU.
            WLR_BACKENDS="x11",
            WLR_RENDERER="pixman",
            DISPLAY=screen.display,
        )
        command = shlex.split(setting(KIOSK_UNIT, "ExecStart"))
        assert command.count(INSTALLED_KIOSK) == 1 and command.count(INSTALLED_CONFIG) == 1
        command = [
            {INSTALLED_KIOSK: str(kiosk), INSTALLED_CONFIG: str(config)}.get(word, word)
            for word in command
        ]
        self.log = folder / "cage.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                command, env=env, cwd="/", stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True, **as_user(user),
            )  # fmt: skip

    def write_config(self) -> Path:
        """The sample bundle installed as `kiosk install` does, and a config
        with the defaults (panic key F12)."""
        keys = make_keys(self.folder / "keys")
        content = self.folder / "content"
        install(packed(self.folder / "v1", keys, 1), content, [keys.public], today=TODAY)
        config = self.folder / "kiosk.yaml"
        config.write_text(f"content_dir: {content}\n", encoding="utf-8")
        for path in [content, *content.rglob("*")]:
            os.chown(path, self.user.uid, self.user.gid)
        return config

    def screenshot(self) -> QImage:
        grim = need("grim", "grim")
        env = {"XDG_RUNTIME_DIR": str(self.runtime_dir), "WAYLAND_DISPLAY": "wayland-0"}
        done = subprocess.run(
            [grim, "-"], env=env, capture_output=True, check=False, timeout=30, cwd="/",
            **as_user(self.user),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr.decode(errors="replace") + self.output()
        image = QImage.fromData(done.stdout, "PNG")
        assert not image.isNull()
        return image

    def press(self, *keys: str) -> None:
        """Keys on the keyboard cage reads (its window on the Xvfb screen),
        the pointer first moved over that window, which gets the keys."""
        xdotool = need("xdotool", "xdotool")
        subprocess.run(
            [xdotool, "mousemove", "5", "5", "key", "--delay", "80", *keys],
            env={"DISPLAY": self.screen.display}, check=True, timeout=30,
        )  # fmt: skip

    def wait_until(self, shows, what: str, timeout_s: float = 30) -> QImage:
        """The first screenshot for which `shows(image)` holds, taken as soon
        as the screen changes (cage ends it early by ending)."""
        deadline = time.monotonic() + timeout_s
        while True:
            assert self.process.poll() is None, f"cage ended: {self.output()}"
            # Nothing to capture before cage makes its socket.
            socket_made = (self.runtime_dir / "wayland-0").is_socket()
            image = self.screenshot() if socket_made else None
            if image is not None and shows(image):
                return image
            assert time.monotonic() < deadline, f"never showed {what}: {self.output()}"
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=0.2)

    def kiosk_process(self) -> int:
        """The kiosk cage started (its one child with the unit's command)."""
        found = [
            line
            for line in processes_of(self.home)
            if " run --config " in line and int(line.split()[0]) != self.process.pid
        ]
        assert len(found) == 1, processes_of(self.home)
        return int(found[0].split()[0])

    def output(self) -> str:
        """cage's and the kiosk's last lines, without wlroots 0.15's line
        for each screenshot taken (it tests the output mode again)."""
        lines = self.log.read_text(errors="replace").splitlines()
        return "\n".join(line for line in lines if "Basic output test failed" not in line)[-3000:]

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        # The kiosk got the same SIGTERM and ends on its own a moment after
        # cage: give it that moment before anything counts as left behind.
        deadline = time.monotonic() + 10
        while processes_of(self.home) and time.monotonic() < deadline:
            time.sleep(0.05)


def x_display_files() -> set[Path]:
    tmp = Path("/tmp")
    return {*tmp.glob(".X*-lock"), *(tmp / ".X11-unix").glob("X*")}


def remove_xwayland_files(user: KioskUser, before: set[Path]) -> None:
    """cage 0.1.4 leaves the lock file and socket of the X display it kept
    for Xwayland (/tmp/.X<n>-lock, /tmp/.X11-unix/X<n>) when it ends: remove
    the kiosk user's that were not there before."""
    for path in x_display_files() - before:
        with contextlib.suppress(OSError):
            if path.lstat().st_uid == user.uid:
                path.unlink()


@pytest.fixture
def caged_kiosk() -> Iterator[CagedKiosk]:
    for tool, package in [("cage", "cage"), ("Xwayland", "xwayland"), ("grim", "grim"),
                          ("xdotool", "xdotool")]:  # fmt: skip
        need(tool, package)
    screen = VirtualScreen(1280, 800)
    # In /tmp, not pytest's tmp_path: that sits in a folder only its owner may enter.
    folder = Path(tempfile.mkdtemp(prefix="kiosk-cage-", dir="/tmp"))
    folder.chmod(0o755)
    caged = None
    try:
        with unprivileged_user() as user:
            x_files = x_display_files()
            try:
                caged = CagedKiosk(user, folder, screen)
                yield caged
            finally:
                if caged is not None:
                    caged.close()
                    left = processes_of(caged.home)
                    end_processes(left)
                    remove_xwayland_files(user, x_files)
                    assert left == [], "cage left these running"
    finally:
        screen.close()
        shutil.rmtree(folder, ignore_errors=True)


def cover_places(qtbot, width: int, height: int) -> tuple[QRect, QRect]:
    """Where the cover puts Quick exit and "Touch to start" on a screen of
    this size: the same kiosk, laid out offscreen."""
    kiosk = make_kiosk(qtbot)
    try:
        window = kiosk.window
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.size().width() == width)
        window.cover_page.layout().activate()
        places = []
        for name in ("quick_exit", "start"):
            widget = window.cover_page.findChild(QAbstractButton, name)
            assert widget is not None and widget.isVisible(), name
            places.append(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))
        return places[0], places[1]
    finally:
        remove_filters(kiosk)


def colour(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name().upper()


@pytest.mark.slow
def test_the_units_exec_start_under_cage_shows_the_cover_and_obeys_quick_exit_keys(
    caged_kiosk, qtbot
):
    first = caged_kiosk.wait_until(
        lambda image: colour(image, image.width() - 40, 40) == NORMAL.exit_bg, "Quick exit"
    )
    exit_button, start = cover_places(qtbot, first.width(), first.height())
    inside_exit = [
        QPoint(exit_button.left() + 8, exit_button.center().y()),
        QPoint(exit_button.right() - 8, exit_button.center().y()),
        QPoint(exit_button.center().x(), exit_button.top() + 8),
    ]
    inside_start = QPoint(start.left() + 8, start.center().y())
    # The cover's background around both; a visit's screens have a band
    # and buttons there.
    beside = [
        # Under it (Read aloud's speaker sits beside it).
        QPoint(exit_button.center().x(), exit_button.bottom() + 12),
        QPoint(start.left() - 12, start.center().y()),
        QPoint(12, exit_button.bottom() + 30),
    ]

    def found(image: QImage) -> list[str]:
        return [colour(image, p.x(), p.y()) for p in [*inside_exit, inside_start, *beside]]

    drawn_cover = [NORMAL.exit_bg] * 3 + [NORMAL.accent] + [NORMAL.background] * 3

    def cover(image: QImage) -> bool:
        return found(image) == drawn_cover

    assert found(first) == drawn_cover

    # Qt's Wayland plugin draws the kiosk, not X11 through cage's Xwayland.
    maps = Path(f"/proc/{caged_kiosk.kiosk_process()}/maps").read_text()
    assert "libqwayland" in maps and "libqxcb" not in maps

    for quick_exit_keys in (["Shift_L", "Shift_L", "Shift_L"], ["F12"]):
        caged_kiosk.press("space")  # "Touch to start" has the focus
        # The topics screen: the sample bundle's status band where the cover has none.
        caged_kiosk.wait_until(
            lambda image: colour(image, beside[2].x(), beside[2].y()) == NORMAL.warning_bg,
            "a visit",
        )
        caged_kiosk.press(*quick_exit_keys)
        caged_kiosk.wait_until(cover, f"the cover after {'+'.join(quick_exit_keys)}")

    # No D-Bus session bus was started for the kiosk (dbus-launch is there to
    # autolaunch one: CI installs dbus-x11), and nothing was written.
    assert shutil.which("dbus-launch") or not os.environ.get("CI")
    running = processes_of(caged_kiosk.home)
    assert [line for line in running if "dbus" in line] == []
    assert list(caged_kiosk.home.iterdir()) == []
    assert "Traceback" not in caged_kiosk.output()
