"""No trace and no network, proven on the real kiosk process: a scripted
visit under strace, on a real X screen, and in a network namespace with no
interfaces at all. The child runs from a copy of the source with no bytecode
caches and without PYTHONDONTWRITEBYTECODE, with no D-Bus session address,
as on a machine where dbus-x11 would start a bus for it."""

from __future__ import annotations

import ast
import compileall
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import QUEUE
from real_process import (
    ROOT,
    VirtualScreen,
    child_env,
    end_processes,
    need,
    processes_of,
    run_visit,
    source_copy,
)
from visit_driver import MARK_END, MARK_PRINTED, MARK_START

TRACED = (
    "open,openat,openat2,creat,rename,renameat,renameat2,unlink,unlinkat,"
    "mkdir,mkdirat,link,linkat,symlink,symlinkat,truncate,ftruncate,socket,access,faccessat,faccessat2"
)
WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND")
CHANGES = re.compile(r"^\d+\s+(creat|rename\w*|unlink\w*|mkdir\w*|link\w*|symlink\w*|truncate)\(")
OPEN = re.compile(r'^\d+\s+open(?:at2?)?\((?:AT_FDCWD, |\d+, )?"([^"]*)", ([^,)]*)')
INET = re.compile(r"socket\(AF_INET6?\b")
EXEMPT = ("/dev/", "/proc/")
EXECVE = re.compile(r'^\d+\s+execve\("([^"]*)"')
CONNECT = re.compile(
    r'^\d+\s+connect\(\d+, \{sa_family=AF_UNIX, sun_path=@?"([^"]*)"\}, \d+\) = (?:(0)|-1 (\w+))'
)
# The package's own bytecode, the one file Python writes before the kiosk's
# first line can stop it (docs/privacy.md): kiosk/__pycache__/__init__.<tag>.pyc.
INIT_PYC = f"__init__.{sys.implementation.cache_tag}.pyc"


def disk_changes(lines: list[str]) -> list[str]:
    """The strace lines that create, change or remove a file (outside /dev and /proc)."""
    found = []
    for line in lines:
        opened = OPEN.match(line)
        if opened:
            path, flags = opened.groups()
            if WRITE_FLAGS.search(flags) and not path.startswith(EXEMPT):
                found.append(line)
        elif CHANGES.match(line) and not any(f'"{p}' in line for p in EXEMPT):
            found.append(line)
    return found


def changed_paths(lines: list[str]) -> set[str]:
    """Every path the disk changes name; a bytecode file's temporary name
    (NAME.pyc.<number>, renamed into place) counts as the file itself."""
    found = set()
    for line in disk_changes(lines):
        for path in re.findall(r'"([^"]*)"', line):
            found.add(re.sub(r"\.pyc\.\d+$", ".pyc", path))
    return found


def programs_started(lines: list[str]) -> list[str]:
    """The programs the child ran after its own start (execve beyond the first)."""
    return [m.group(1) for line in lines if (m := EXECVE.match(line))][1:]


def test_the_trace_reader_catches_every_kind_of_write():
    lines = [
        '12 openat(AT_FDCWD, "/home/k/.cache/x", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3',
        '12 openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3',
        '12 openat(AT_FDCWD, "/dev/null", O_RDWR) = 3',
        '12 rename("/tmp/a", "/tmp/b") = 0',
        '12 mkdir("/root/.config/kiosk", 0700) = -1 EEXIST (File exists)',
        '12 unlinkat(AT_FDCWD, "/tmp/x", 0) = 0',
        '12 open("/var/log/kiosk.log", O_WRONLY|O_APPEND) = 4',
    ]
    assert len(disk_changes(lines)) == 5


@pytest.fixture(scope="module")
def screen():
    virtual = VirtualScreen()
    yield virtual
    virtual.close()


@dataclass
class TracedVisit:
    lines: list[str]
    start: int  # the first line of the visit
    home: Path
    source: Path  # the copy of the source the kiosk ran from
    left_running: list[str]


@pytest.fixture(scope="module")
def traced_visit(screen, tmp_path_factory):
    """The scripted visit (topics, a resource, My slip, Quick exit, the idle
    reset, then a print with no printer there, then Exit kiosk) under strace.
    The child has no D-Bus session address and no PYTHONDONTWRITEBYTECODE,
    and runs from a copy of the source with no __pycache__."""
    strace = need("strace", "strace")
    base = tmp_path_factory.mktemp("no-trace")
    source = source_copy(base / "source")
    home = base / "home"
    home.mkdir()
    log = base / "strace.log"
    env = child_env(
        home,
        DISPLAY=screen.display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(source),
        KIOSK_TEST_PRINTER="no-such-printer",
        CUPS_SERVER=str(base / "no-cups.sock"),
    )
    done = run_visit(
        env, prefix=[strace, "-f", "-qq", "-e", f"trace={TRACED},execve,connect", "-o", str(log)]
    )
    left_running = processes_of(home)
    end_processes(left_running)
    assert "VISIT OK exit=0" in done.stdout, done.stdout + done.stderr[-3000:]
    assert "print: No printer is set up. Please ask at the front desk." in done.stdout
    lines = log.read_text(errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if MARK_START in line)
    return TracedVisit(lines, start, home, source, left_running)


@pytest.mark.slow
def test_a_whole_visit_writes_nothing_to_disk(traced_visit):
    """From the first tap to the kiosk's exit, with My slip and a print in
    between: the slip's modules, imported only then, leave no bytecode."""
    visit = traced_visit.lines[traced_visit.start :]
    assert any(MARK_END in line for line in visit), "the trace saw the visit"
    assert any("printing" in line for line in visit), "the slip's modules were loaded then"
    assert disk_changes(visit) == []


@pytest.mark.slow
def test_start_up_writes_only_the_package_s_own_bytecode(traced_visit):
    """Before any kiosk code runs, Python compiles kiosk/__init__.py and, with
    no cache there and no PYTHONDONTWRITEBYTECODE, writes that one file. The
    rest of the start writes nothing."""
    cache = traced_visit.source / "kiosk" / "__pycache__"
    assert changed_paths(traced_visit.lines[: traced_visit.start]) == {
        str(cache),
        str(cache / INIT_PYC),
    }
    caches = sorted(p.relative_to(traced_visit.source) for p in traced_visit.source.rglob("*.pyc"))
    assert caches == [Path("kiosk", "__pycache__", INIT_PYC)]
    assert list(traced_visit.home.iterdir()) == [], "nothing appeared in the home folder"


@pytest.mark.slow
def test_with_dbus_x11_installed_no_session_bus_is_started(traced_visit):
    """With no session bus address, libdbus would run dbus-launch (dbus-x11),
    which writes ~/.dbus and leaves a dbus-daemon running."""
    need("dbus-launch", "dbus-x11")
    assert programs_started(traced_visit.lines) == []
    assert not (traced_visit.home / ".dbus").exists()
    assert traced_visit.left_running == []


@pytest.mark.slow
def test_no_internet_socket_is_ever_opened(traced_visit):
    lines = traced_visit.lines
    assert any("socket(" in line for line in lines), "sockets were traced (X11 uses one)"
    assert [line for line in lines if INET.search(line)] == []


@pytest.mark.slow
def test_the_visit_runs_in_a_network_namespace_with_no_interfaces(tmp_path):
    unshare = need("unshare", "util-linux")
    probe = subprocess.run([unshare, "--net", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("this machine does not allow new network namespaces (needs root)")
    # Abstract X11 sockets do not cross network namespaces: use offscreen.
    done = run_visit(child_env(tmp_path, QT_QPA_PLATFORM="offscreen"), prefix=[unshare, "--net"])
    assert "VISIT OK exit=0" in done.stdout, done.stdout + done.stderr[-3000:]


NETWORK_MODULES = {
    "socket", "ssl", "http", "urllib", "ftplib", "smtplib", "requests", "httpx",
    "aiohttp", "asyncio", "xmlrpc", "socketserver", "telnetlib", "poplib", "imaplib",
}  # fmt: skip


def test_no_module_of_the_package_imports_networking():
    offenders = []
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name.split(".")[0] in NETWORK_MODULES or "QtNetwork" in name:
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


# Modules that open connections. (urllib.parse, which only splits strings,
# is loaded by the standard library itself and is not among them.)
RUNTIME_NETWORK_MODULES = (
    "socket", "ssl", "http.client", "urllib.request", "ftplib", "smtplib",
    "asyncio", "xmlrpc.client", "socketserver", "PySide6.QtNetwork",
)  # fmt: skip


def test_running_kiosk_has_no_networking_module_loaded():
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import kiosk.cli, kiosk.app.kiosk\n"
        "from kiosk.app.kiosk import build_kiosk\n"
        "from kiosk.config import KioskConfig\n"
        "from kiosk.content import load_bundle\n"
        "from kiosk.paths import sample_bundle\n"
        "app = QApplication([])\n"
        "build_kiosk(app, KioskConfig(), load_bundle(sample_bundle())).window.show()\n"
        f"print(sorted(m for m in {RUNTIME_NETWORK_MODULES!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
        cwd=ROOT, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


@pytest.mark.slow
def test_printing_writes_only_the_printed_output(tmp_path, cups):
    """A real print through Qt to a CUPS queue, under strace. Qt's print
    support keeps short-lived files in TMPDIR; on a kiosk TMPDIR is in memory
    (deploy/kiosk.service), here a folder in /dev/shm. Nothing else is
    written, and nothing is left there afterwards."""
    strace = need("strace", "strace")
    ram = Path("/dev/shm") / f"kiosk-test-{os.getpid()}"
    ram.mkdir()
    log = tmp_path / "strace.log"
    try:
        done = run_visit(
            child_env(
                tmp_path / "home",
                QT_QPA_PLATFORM="offscreen",
                TMPDIR=str(ram),
                CUPS_SERVER=str(cups.socket),
                KIOSK_TEST_PRINTER=QUEUE,
            ),
            prefix=[strace, "-f", "-qq", "-e", f"trace={TRACED}", "-o", str(log)],
        )
        assert "VISIT OK exit=0" in done.stdout, done.stdout + done.stderr[-3000:]
        assert "print: Your slip is printing" in done.stdout
        lines = log.read_text(errors="replace").splitlines()
        start = next(i for i, line in enumerate(lines) if MARK_END in line)
        end = next(i for i, line in enumerate(lines) if MARK_PRINTED in line)
        outside_ram = [line for line in disk_changes(lines[start:end]) if str(ram) not in line]
        assert outside_ram == []
        assert list(ram.iterdir()) == [], "Qt's temporary print files are gone"
    finally:
        shutil.rmtree(ram, ignore_errors=True)


# --- D-Bus: only a bus that already runs ------------------------------------------


@pytest.fixture(scope="module")
def compiled_source(tmp_path_factory):
    """A copy of the source with valid bytecode caches, as pip installs it:
    a start from it writes nothing at all."""
    source = source_copy(tmp_path_factory.mktemp("compiled"))
    assert compileall.compile_dir(source, quiet=1)
    return source


class SessionBus:
    """A real session bus (dbus-daemon) listening on a socket at `path`."""

    def __init__(self, path: Path) -> None:
        daemon = need("dbus-daemon", "dbus")
        self.path = path
        self.process = subprocess.Popen(
            [daemon, "--session", f"--address=unix:path={path}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        self.address = self.process.stdout.readline().strip()
        if not self.address:
            self.process.kill()
            pytest.fail("dbus-daemon did not start")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process.stdout.close()


@dataclass
class TracedStart:
    done: subprocess.CompletedProcess
    lines: list[str]
    home: Path
    left_running: list[str]

    def notes(self) -> list[str]:
        """The kiosk's log lines about bus addresses it changed."""
        return [
            line for line in self.done.stderr.splitlines() if line.startswith(("DBUS_", "AT_SPI_"))
        ]

    def bus_connects(self) -> set[tuple[str, str]]:
        """(socket, result) of every local connection other than the X server's
        and the name service cache's."""
        found = set()
        for line in self.lines:
            m = CONNECT.match(line)
            if m and "X11-unix" not in m.group(1) and "nscd" not in m.group(1):
                found.add((m.group(1), "connected" if m.group(2) else m.group(3)))
        return found


def traced_start(screen, source: Path, tmp_path: Path, **env: str) -> TracedStart:
    """The kiosk as `kiosk run --windowed --config FILE` starts it
    (tests/kiosk_child.py), shown on the virtual screen, then ended through
    its own Exit, under strace."""
    strace = need("strace", "strace")
    config = tmp_path / "kiosk.yaml"
    config.write_text("screen: 0\n", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    log = tmp_path / "strace.log"
    trace = f"{TRACED},execve,connect,sendmsg"
    done = subprocess.run(
        [strace, "-f", "-qq", "-s", "256", "-e", f"trace={trace}", "-o", str(log),
         sys.executable, str(ROOT / "tests" / "kiosk_child.py"), "--config", str(config)],
        env=child_env(home, DISPLAY=screen.display, QT_QPA_PLATFORM="xcb",
                      PYTHONPATH=str(source), **env),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    left_running = processes_of(home)
    end_processes(left_running)
    assert done.returncode == 0 and "READY " in done.stdout, done.stdout + done.stderr[-3000:]
    return TracedStart(done, log.read_text(errors="replace").splitlines(), home, left_running)


def dropped(variable: str, transports: str) -> str:
    return (
        f"{variable}: ignored its {transports} part; the kiosk uses only a D-Bus "
        "bus that already runs on this machine (unix:)"
    )


# Each case: the child's bus variables ({tmp} is the test's folder), the log
# lines the kiosk writes about them, and the local sockets it then connects to.
NO_BUS_CASES = {
    "no address, dbus-x11 installed": ({}, [], set()),
    "autolaunch asked for": (
        {"DBUS_SESSION_BUS_ADDRESS": "autolaunch:"},
        [dropped("DBUS_SESSION_BUS_ADDRESS", "autolaunch:")],
        set(),
    ),
    "an empty address": ({"DBUS_SESSION_BUS_ADDRESS": ""}, [], set()),
    "a bus that is not there": (
        {"DBUS_SESSION_BUS_ADDRESS": "unix:path={tmp}/no-bus"},
        [],
        {("{tmp}/no-bus", "ENOENT")},
    ),
    "a bus over the network": (
        {"DBUS_SESSION_BUS_ADDRESS": "tcp:host=127.0.0.1,port=9;autolaunch:"},
        [dropped("DBUS_SESSION_BUS_ADDRESS", "autolaunch:, tcp:")],
        set(),
    ),
    "a bus through a program": (
        {"DBUS_SESSION_BUS_ADDRESS": "unixexec:path=/bin/true"},
        [dropped("DBUS_SESSION_BUS_ADDRESS", "unixexec:")],
        set(),
    ),
    "an accessibility bus to autolaunch": (
        {"AT_SPI_BUS_ADDRESS": "autolaunch:"},
        [dropped("AT_SPI_BUS_ADDRESS", "autolaunch:")],
        set(),
    ),
    "a runtime folder whose bus is a plain file": (
        {"XDG_RUNTIME_DIR": "{tmp}/plain"},
        [],
        set(),
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize(("env", "notes", "connects"), NO_BUS_CASES.values(), ids=NO_BUS_CASES)
def test_no_bus_is_ever_started(screen, compiled_source, tmp_path, env, notes, connects):
    need("dbus-launch", "dbus-x11")
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "bus").write_text("", encoding="utf-8")
    fill = {k: v.replace("{tmp}", str(tmp_path)) for k, v in env.items()}
    started = traced_start(screen, compiled_source, tmp_path, **fill)
    assert programs_started(started.lines) == []
    assert started.left_running == []
    assert list(started.home.iterdir()) == []
    assert started.notes() == notes
    assert started.bus_connects() == {(p.replace("{tmp}", str(tmp_path)), r) for p, r in connects}
    assert [line for line in started.lines if INET.search(line)] == []
    assert disk_changes(started.lines) == []


@pytest.mark.slow
@pytest.mark.parametrize("where", ["DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"])
def test_a_running_session_bus_is_used_for_accessibility(screen, compiled_source, tmp_path, where):
    """A real session bus, named by its address or found as $XDG_RUNTIME_DIR/bus
    (a systemd login session, as under deploy/kiosk.service): Qt's accessibility
    bridge connects and asks the bus whether the screen reader's bus
    (org.a11y.Bus) is there, and nothing is started or written."""
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    bus = SessionBus(runtime / "bus")
    try:
        env = (
            {"DBUS_SESSION_BUS_ADDRESS": bus.address}
            if where == "DBUS_SESSION_BUS_ADDRESS"
            else {"XDG_RUNTIME_DIR": str(runtime)}
        )
        started = traced_start(screen, compiled_source, tmp_path, **env)
    finally:
        bus.close()
    assert started.bus_connects() == {(str(bus.path), "connected")}
    asked = [line for line in started.lines if "sendmsg(" in line and "org.a11y.Bus" in line]
    assert asked, "the accessibility bridge asked the session bus for org.a11y.Bus"
    assert programs_started(started.lines) == []
    assert started.notes() == []
    assert started.left_running == []
    assert disk_changes(started.lines) == []


# --- Bytecode: `kiosk run` writes none, whatever the environment -----------------


def tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under `folder`: (modification time, size)."""
    return {
        str(path.relative_to(folder)): (path.stat().st_mtime_ns, path.stat().st_size)
        for path in [folder, *folder.rglob("*")]
    }


def changed(before: dict, after: dict) -> set[str]:
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def kiosk_run(source: Path, home: Path, prefix: tuple[str, ...] = (), **env: str):
    """`python -m kiosk run` from the copy, with no screen: it reads the config
    and the bundle, then stops with one line and exit code 3."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "kiosk", "run"],
        env=child_env(home, PYTHONPATH=str(source), **env),
        capture_output=True, text=True, timeout=60, check=False, cwd=source,
    )  # fmt: skip


NO_DISPLAY = "kiosk: error: No display to show the kiosk on: DISPLAY is not set."
PACKAGE_CACHE = "kiosk/__pycache__"
PACKAGE_PYC = f"{PACKAGE_CACHE}/{INIT_PYC}"
# Each case: PYTHONDONTWRITEBYTECODE (None: not set), the state of the caches,
# and exactly what changes in the source tree.
BYTECODE_CASES = {
    "unset, no caches": (None, "missing", {"kiosk", PACKAGE_CACHE, PACKAGE_PYC}),
    "empty, no caches": ("", "missing", {"kiosk", PACKAGE_CACHE, PACKAGE_PYC}),
    # Python reads a number as the flag's value: "0" is off, as if unset.
    "0, no caches": ("0", "missing", {"kiosk", PACKAGE_CACHE, PACKAGE_PYC}),
    "1, no caches": ("1", "missing", set()),
    "unset, stale caches": (None, "stale", {PACKAGE_CACHE, PACKAGE_PYC}),
    "unset, valid caches": (None, "valid", set()),
}


@pytest.mark.parametrize(
    ("variable", "caches", "expected"), BYTECODE_CASES.values(), ids=BYTECODE_CASES
)
def test_kiosk_run_writes_no_bytecode_but_the_package_s_own(tmp_path, variable, caches, expected):
    source = source_copy(tmp_path / "source")
    if caches != "missing":
        assert compileall.compile_dir(source, quiet=1)
    if caches == "stale":  # sources edited since they were compiled
        for path in source.rglob("*.py"):
            stamp = path.stat().st_mtime + 5
            os.utime(path, (stamp, stamp))
    before = tree_state(source)
    extra = {} if variable is None else {"PYTHONDONTWRITEBYTECODE": variable}
    done = kiosk_run(source, tmp_path / "home", **extra)
    assert done.returncode == 3, done.stderr
    assert done.stderr.startswith(NO_DISPLAY) and len(done.stderr.splitlines()) == 1
    assert changed(before, tree_state(source)) == expected


def test_kiosk_run_from_a_read_only_source_tree_writes_nothing_and_says_nothing(tmp_path):
    unshare = need("unshare", "util-linux")
    source = source_copy(tmp_path / "source")
    read_only = [
        unshare,
        "--mount",
        "sh",
        "-c",
        'mount --bind -o ro "$0" "$0" && exec "$@"',
        str(source),
    ]
    probe = subprocess.run([*read_only, "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("this machine does not allow a read-only bind mount (needs root)")
    before = tree_state(source)
    done = kiosk_run(source, tmp_path / "home", prefix=tuple(read_only))
    assert done.returncode == 3, done.stderr
    assert done.stderr.startswith(NO_DISPLAY) and len(done.stderr.splitlines()) == 1
    assert changed(before, tree_state(source)) == set()
