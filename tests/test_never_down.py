"""Never down, at the process level: the real kiosk (tests/kiosk_child.py, which
starts it as `kiosk run --windowed --config FILE` does) is killed hard
(SIGKILL, no chance to tidy up) during a visit and during installs, then
started again, as systemd's Restart=always (deploy/kiosk.service) would. It
must come back at the cover screen, on the bundle that `current` names.
"""

from __future__ import annotations

import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from real_process import child_env
from update_helpers import SAMPLE_ID, TODAY, make_keys, packed
from update_helpers import child_env as install_child_env

from kiosk.updates import install
from kiosk.updates.pointers import CURRENT, STAGING, read_pointer
from kiosk.updates.status import read_status

ROOT = Path(__file__).resolve().parents[1]
KIOSK_CHILD = ROOT / "tests" / "kiosk_child.py"
INSTALL_CHILD = ROOT / "tests" / "update_helpers.py"
sys.path.insert(0, str(ROOT / "benchmarks"))

pytestmark = pytest.mark.slow


class KioskProcess:
    """The kiosk child and its stdout, read line by line as it comes."""

    def __init__(self, tmp_path: Path, config: Path, *mode: str) -> None:
        env = child_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen")
        (tmp_path / "home").mkdir(exist_ok=True)
        self.process = subprocess.Popen(
            [sys.executable, str(KIOSK_CHILD), "--config", str(config), *mode],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.lines: list[str] = []

    def wait_for(self, prefix: str, timeout_s: float = 90) -> dict[str, str]:
        """The fields of the first line starting with `prefix` (key=value words)."""
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout_s
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            while True:
                left = deadline - time.monotonic()
                assert left > 0, f"no {prefix} line; got {self.lines}; {self.stderr()}"
                if not selector.select(left):
                    continue
                line = self.process.stdout.readline()
                assert line, f"the kiosk ended before {prefix}: {self.lines}; {self.stderr()}"
                self.lines.append(line.strip())
                assert not line.startswith("FAILED"), line
                if line.startswith(prefix):
                    words = line.split()[1:]
                    return dict(w.split("=", 1) for w in words if "=" in w)

    def close(self) -> None:
        """Whatever happened in the test: no child left running, no pipe open."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        assert self.process.wait(timeout=30) == -signal.SIGKILL

    def finish(self, timeout_s: float = 60) -> int:
        code = self.process.wait(timeout=timeout_s)
        return code

    def stderr(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return "(still running)"
        if self.process.stderr.closed:
            return ""
        return self.process.stderr.read()[-3000:]


@pytest.fixture
def start_kiosk(tmp_path):
    started: list[KioskProcess] = []

    def start(config: Path, *mode: str) -> KioskProcess:
        started.append(KioskProcess(tmp_path, config, *mode))
        return started[-1]

    yield start
    for kiosk in started:
        kiosk.close()


def write_config(tmp_path: Path, content: Path, keys=None, inbox: Path | None = None) -> Path:
    lines = [f"content_dir: {content}"]
    if inbox is not None and keys is not None:
        lines += [f"inbox: {inbox}", f"trusted_keys: [{keys.pub_file}]"]
    config = tmp_path / "kiosk.yaml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return config


def installed(tmp_path: Path, version: int = 1):
    """A content folder with the sample installed at `version`, and its keys."""
    keys = make_keys(tmp_path / "keys")
    content = tmp_path / "content"
    install(packed(tmp_path / "v1", keys, version), content, [keys.public], today=TODAY)
    return keys, content


def current_version(content: Path) -> int | None:
    pointer = read_pointer(content, CURRENT)
    return None if pointer is None else pointer.version


def restart_and_check(start_kiosk, config: Path, content: Path) -> dict[str, str]:
    """Start the kiosk again; it must show the current bundle at the cover."""
    again = start_kiosk(config)
    shown = again.wait_for("READY")
    assert again.finish() == 0, again.stderr()
    assert shown["bundle"] == SAMPLE_ID
    assert int(shown["version"]) == current_version(content)
    assert (shown["place"], shown["page"], shown["panel"]) == ("cover", "cover", "no")
    return shown


def test_killed_during_a_visit_it_comes_back_at_the_cover_on_the_installed_bundle(
    tmp_path, start_kiosk
):
    _, content = installed(tmp_path, 3)
    config = write_config(tmp_path, content)
    kiosk = start_kiosk(config, "--visit")
    assert kiosk.wait_for("READY")["version"] == "3"
    visiting = kiosk.wait_for("VISITING")
    assert visiting == {"place": "resource", "slip": "1"}
    kiosk.kill()
    shown = restart_and_check(start_kiosk, config, content)
    assert shown["version"] == "3"


# Before the switch the old bundle must come back; from it on, the new one.
KILL_POINTS = [("staging-file#2", 1), ("validated", 1), ("current-written", 1), ("switched", 2)]


@pytest.mark.parametrize(("step", "expected"), KILL_POINTS)
def test_killed_during_an_install_it_comes_back_on_the_current_bundle(
    tmp_path, start_kiosk, step, expected
):
    keys, content = installed(tmp_path)
    newer = packed(tmp_path / "v2", keys, 2)
    cut = subprocess.run(
        [sys.executable, str(INSTALL_CHILD), str(newer), str(content), str(keys.pub_file)],
        env=install_child_env(step), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert cut.returncode == -signal.SIGKILL, cut.stderr
    assert current_version(content) == expected
    shown = restart_and_check(start_kiosk, write_config(tmp_path, content), content)
    assert shown["version"] == str(expected)


def big_sample_update(tmp_path: Path, keys) -> Path:
    """Version 2 of the installed bundle, with 3,000 resources: its install
    takes long enough (unpacking, validating) to be caught in the middle."""
    from synthetic import write_bundle

    folder = write_bundle(tmp_path / "big", resources=3000, topics=150, per_file=50)
    yaml = folder / "bundle.yaml"
    text = yaml.read_text("utf-8").replace(
        "id: synthetic\nversion: 1", f"id: {SAMPLE_ID}\nversion: 2"
    )
    yaml.write_text(text, encoding="utf-8")
    from kiosk.updates.pack import pack

    out = tmp_path / "inbox" / "update-v2.kbundle"
    out.parent.mkdir()
    pack(folder, out, key=keys.secret, today=TODAY)
    return out


def test_killed_while_installing_from_its_inbox_it_comes_back_and_finishes(tmp_path, start_kiosk):
    keys, content = installed(tmp_path)
    update = big_sample_update(tmp_path, keys)
    config = write_config(tmp_path, content, keys, update.parent)
    kiosk = start_kiosk(config, "--die-during-install")
    assert kiosk.wait_for("READY")["version"] == "1"
    kiosk.wait_for("KILLING")
    assert kiosk.process.wait(timeout=30) == -signal.SIGKILL
    # Cut short with files in staging/: nothing was switched.
    assert current_version(content) == 1
    assert any((content / STAGING).rglob("*"))

    # Restarted, it shows what `current` names, at the cover; its watcher
    # finds the update still in the inbox and installs it; the kiosk, at the
    # cover, takes it at once.
    again = start_kiosk(config, "--wait-version", "2")
    first = again.wait_for("READY")
    assert (first["version"], first["place"], first["page"]) == ("1", "cover", "cover")
    done = again.wait_for("SHOWING", timeout_s=120)
    assert again.finish() == 0, again.stderr()
    assert (done["version"], done["place"], done["page"]) == ("2", "cover", "cover")
    assert current_version(content) == 2
    assert not any((content / STAGING).rglob("*")), "the cut-short install was cleared"
    assert read_status(content)["last_install"]["version"] == 2
