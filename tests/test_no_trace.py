"""No trace and no network, proven on the real kiosk process: a scripted
visit under strace, on a real X screen, and in a network namespace with no
interfaces at all."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import QUEUE
from real_process import ROOT, VirtualScreen, child_env, need, run_visit
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


@pytest.fixture(scope="module")
def traced_visit(screen, tmp_path_factory):
    strace = need("strace", "strace")
    home = tmp_path_factory.mktemp("home")
    log = tmp_path_factory.mktemp("trace") / "strace.log"
    done = run_visit(
        child_env(home, DISPLAY=screen.display, QT_QPA_PLATFORM="xcb"),
        prefix=[strace, "-f", "-qq", "-e", f"trace={TRACED}", "-o", str(log)],
    )
    assert "VISIT OK exit=0" in done.stdout, done.stdout + done.stderr[-3000:]
    lines = log.read_text(errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if MARK_START in line)
    end = next(i for i, line in enumerate(lines) if MARK_END in line)
    return lines, start, end, home


def test_a_whole_visit_writes_nothing_to_disk(traced_visit):
    lines, start, end, _home = traced_visit
    visit = lines[start:end]
    assert len(visit) > 2, "the trace saw the visit"
    assert disk_changes(visit) == []


def test_start_up_writes_nothing_either(traced_visit):
    lines, start, _, home = traced_visit
    assert disk_changes(lines[:start]) == []
    assert list(home.iterdir()) == [], "nothing appeared in the home folder"


def test_no_internet_socket_is_ever_opened(traced_visit):
    lines, *_ = traced_visit
    assert any("socket(" in line for line in lines), "sockets were traced (X11 uses one)"
    assert [line for line in lines if INET.search(line)] == []


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
        "import kiosk.cli, kiosk.app\n"
        "from kiosk.app import build_kiosk\n"
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
