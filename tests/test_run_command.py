"""`kiosk run` refuses what it cannot show, with messages for people."""

import subprocess
import sys

from real_process import ROOT, child_env


def run(tmp_path, *args):
    env = child_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "run", *args],
        env=env, capture_output=True, text=True, timeout=60, check=False, cwd=ROOT,
    )  # fmt: skip


def test_a_bad_config_stops_the_start_with_file_and_line(tmp_path):
    config = tmp_path / "kiosk.yaml"
    config.write_text("idle_timeout_s: 90\npanik_key: F12\nslip_layout: a5\n")
    done = run(tmp_path, "--config", str(config))
    assert done.returncode == 2
    assert (
        f"{config}:2:1: error: unknown field 'panik_key'; did you mean 'panic_key'?" in done.stderr
    )
    assert f"{config}:3:14: error:" in done.stderr and "80mm" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_broken_bundle_is_refused_with_its_findings(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "bundle.yaml").write_text("id: x\nversion: one\n")
    done = run(tmp_path, "--bundle", str(bundle))
    assert done.returncode == 2
    assert "bundle.yaml:2:10: error: expected a whole number" in done.stderr
    assert "Traceback" not in done.stderr
