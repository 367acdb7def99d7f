"""The install child (kiosk.updates.install_child): what it says, how the
kiosk reads it, and the real module run as the watcher runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from update_helpers import SAMPLE_ID, make_keys, packed

from kiosk.updates.errors import Refused
from kiosk.updates.install_child import read_report, report
from kiosk.updates.installer import InstallBusy, Installed
from kiosk.updates.pointers import read_pointers
from kiosk.updates.status import read_status

STOPPED = "the install stopped before it finished; the current bundle is unchanged"


@pytest.mark.parametrize(
    "outcome",
    [
        Installed("ofallon-mo", 3, Path("/content/versions/ofallon-mo-3")),
        Installed("ofallon-mo", 3, Path("/content/versions/ofallon-mo-3"), already="previous"),
        Refused("signature does not match any trusted key"),
        InstallBusy("another install is running in this content folder; try again"),
    ],
)
def test_what_the_child_reports_reads_back_as_it_was(outcome):
    read = read_report(("some noise a library printed\n" + report(outcome) + "\n").encode())
    assert type(read) is type(outcome)
    if isinstance(outcome, Installed):
        assert read == outcome
    else:
        assert read.reason == outcome.reason


@pytest.mark.parametrize(
    "output",
    [
        b"",
        b"Traceback (most recent call last):\n  File ...\nMemoryError\n",
        b'{"installed": 3}\n',
        b'{"installed": "x", "version": "three", "path": "/p"}\n',
        b'["refused"]\n',
        b"\xff\xfe\x00garbage",
    ],
)
def test_a_child_that_stopped_without_a_readable_report_is_a_refusal(output):
    read = read_report(output)
    assert isinstance(read, Refused) and read.reason == STOPPED


def run_child(*args: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-B", "-P", "-m", "kiosk.updates.install_child", *map(str, args)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_the_real_child_installs_and_says_so_in_one_line(tmp_path):
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    done = run_child(packed(tmp_path, keys, 2), content, keys.pub_file)
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert said == {
        "installed": SAMPLE_ID,
        "version": 2,
        "path": str(content / "versions" / f"{SAMPLE_ID}-2"),
        "already": None,
    }
    current = read_pointers(content).current
    assert current is not None and current.version == 2
    assert (content / "versions" / f"{SAMPLE_ID}-2.compiled.json").is_file()


def test_the_real_child_refuses_in_one_line_and_records_why(tmp_path):
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    content.mkdir()
    done = run_child(packed(tmp_path, keys, 2), content, tmp_path / "missing.pub")
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert said["busy"] is False and said["refused"].startswith("trusted key unusable")
    assert read_status(content)["last_refusal"]["reason"] == said["refused"]
    assert read_pointers(content).current is None


PARENT = """
import os, subprocess, sys
env = {**os.environ, "KIOSK_INSTALL_PARENT": str(os.getpid())}
child = subprocess.Popen(
    [sys.executable, "-c", sys.argv[1]], env=env, stdout=subprocess.PIPE, text=True
)
print(child.pid, child.stdout.readline().strip(), flush=True)
child.wait()
"""
ARMED_CHILD = (
    "import time\n"
    "from kiosk.updates.install_child import die_with_the_kiosk\n"
    "die_with_the_kiosk()\n"
    "print('armed', flush=True)\n"
    "time.sleep(60)\n"
)


def running(pid: int) -> bool:
    """The process exists and has not ended (a zombie has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(") ", 1)[1][:1] != "Z"


def test_an_install_ends_when_the_kiosk_that_started_it_is_killed():
    """A kiosk killed mid-install (tests/test_never_down.py) takes its install
    with it, as when the install ran inside it."""
    import os
    import signal
    import time

    with subprocess.Popen(
        [sys.executable, "-c", PARENT, ARMED_CHILD], stdout=subprocess.PIPE, text=True
    ) as parent:
        pid_text, said = parent.stdout.readline().split()
        pid = int(pid_text)
        assert said == "armed" and running(pid)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
    deadline = time.monotonic() + 10
    while running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    outlived = running(pid)
    if outlived:
        os.kill(pid, signal.SIGKILL)
    assert not outlived, "the install outlived the kiosk"
