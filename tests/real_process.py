"""Running the real kiosk as a child process: a virtual X screen, strace, and
the scripted visit in tests/visit_driver.py."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DRIVER = ROOT / "tests" / "visit_driver.py"


def need(tool: str, package: str) -> str:
    """The path of a system tool the test needs. CI installs it (.ci/run), so
    there its absence is a failure; on a developer's machine it is a skip."""
    found = shutil.which(tool)
    if found:
        return found
    message = f"{tool} is not installed (Debian package {package}; .ci/run installs it)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class VirtualScreen:
    """An Xvfb server on a free display number, for real (xcb) windows."""

    def __init__(self, width: int = 1280, height: int = 800) -> None:
        xvfb = need("Xvfb", "xvfb")
        read_fd, write_fd = os.pipe()
        self.process = subprocess.Popen(
            [xvfb, "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.process.kill()
            pytest.fail("Xvfb did not start")
        self.display = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "LANG": "C.UTF-8",
        # No PYTHONDONTWRITEBYTECODE: the kiosk must write no bytecode cache
        # without it (kiosk/__init__.py), and the no-trace tests check that.
    }
    env.update(extra)
    return env


def source_copy(folder: Path) -> Path:
    """A copy of the kiosk's source tree with no bytecode caches, as a fresh
    checkout has it; put the returned folder on PYTHONPATH."""
    for part in ("kiosk", "resources", "translations"):  # the package and what it ships
        shutil.copytree(ROOT / part, folder / part, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def processes_of(home: Path) -> list[str]:
    """The live processes whose environment has HOME=home: whatever a child
    started with that home and left running ("pid command line"). Each test
    gives its child a home of its own, so nothing else matches."""
    marker = b"HOME=" + os.fsencode(home)
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            environ = (proc / "environ").read_bytes().split(b"\0")
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if marker in environ:
            found.append(f"{proc.name} {command.strip()}")
    return found


def end_processes(found: list[str]) -> None:
    """End what processes_of() found (started by the test's own child)."""
    for line in found:
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(line.split()[0]), signal.SIGKILL)


def run_visit(env: dict[str, str], prefix: list[str] | None = None, timeout: int = 120):
    return subprocess.run(
        [*(prefix or []), sys.executable, str(DRIVER)],
        env=env, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip
