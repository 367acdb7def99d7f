"""The private CUPS the print tests use: a config the installed cupsd refuses is
reported in cupsd's words, a scheduler that cannot start fails only the tests
that print, and no scheduler folder is left behind, pass or fail."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cups_queue import CupsServer, CupsUnavailable, new_base, why_unavailable

TESTS = Path(__file__).resolve().parent

needs_cups = pytest.mark.skipif(
    why_unavailable() is not None and not os.environ.get("CI"),
    reason=f"no private CUPS here: {why_unavailable()}",
)


@needs_cups
def test_a_config_the_installed_cupsd_refuses_is_reported_in_its_words(tmp_path):
    snippet = tmp_path / "bad.conf"
    snippet.write_text("MaxJobs\n")  # a directive with no value
    base = new_base()
    try:
        with pytest.raises(CupsUnavailable, match=r"refuses the test config: .*MaxJobs"):
            CupsServer.launch(base, snippet)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    assert not base.exists()


@needs_cups
def test_a_scheduler_folder_is_removed_even_when_the_test_fails():
    with pytest.raises(RuntimeError), CupsServer.start(privacy_snippet=None) as server:
        base = server.base
        assert server.socket.exists()
        raise RuntimeError("the test body failed")
    assert not base.exists()


@pytest.mark.slow
def test_without_cupsd_only_the_print_tests_fail_and_they_say_why(tmp_path):
    """A pytest run on a machine where cupsd cannot start (here: not on PATH),
    as CI: the tests that print fail with the reason, the others pass, and the
    temp folder holds no scheduler folder afterwards."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "CI": "true",
        "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin",  # no /usr/sbin
        "TMPDIR": str(temp),
    }
    env.pop("CUPS_SERVER", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(TESTS / "test_session.py"),
            str(TESTS / "test_slip_print.py")
            + "::test_the_staff_panel_lists_printers_and_their_state",
        ],
        cwd=TESTS.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    # The print test errors in its `cups` fixture; every test of the session passes.
    assert re.search(r"^\d\d+ passed, 1 error in ", out, re.MULTILINE), out
    assert "ERROR tests/test_slip_print.py::test_the_staff_panel" in out, out
    assert "no private CUPS for this print test: cupsd, lpadmin not installed" in out, out
    assert not list(temp.glob("kiosk-cups-*")), list(temp.iterdir())
