"""deploy/install-kiosk.sh, run for real into a throwaway root folder.

The folder is a minimal system root: the host's own etc/passwd, group, shadow,
gshadow and login.defs, pruned to a few system accounts, and a copy of the
host's (or a minimal) cupsd.conf. `useradd --root` works on such a tree the
way it works on /, so the script's user creation is the real one. The tests
check each file, owner and mode, that a second run changes nothing, that
--dry-run changes nothing and says each step, and that an edited config stays.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import kiosk

REPO = Path(kiosk.__file__).resolve().parents[1]
SCRIPT = REPO / "deploy" / "install-kiosk.sh"
UNIT = REPO / "deploy" / "kiosk.service"
EXAMPLE = REPO / "deploy" / "kiosk.example.yaml"
PRIVACY = REPO / "deploy" / "cups" / "cupsd-privacy.conf"
KEPT_ACCOUNTS = ("root", "daemon", "bin", "sys", "lp", "nogroup", "nobody", "shadow", "users")
MINIMAL_CUPSD = "LogLevel debug\nPreserveJobFiles 86400\nListen localhost:631\nBrowsing No\n"

FIRST_RUN = [
    "installing into {root}",
    "done: create system user kiosk (home /var/lib/kiosk, no login shell)",
    "done: create folder /var/lib (root:root, 0755)",
    "done: create folder /var/lib/kiosk (kiosk:kiosk, 0750)",
    "done: create folder /var/lib/kiosk/content (kiosk:kiosk, 0755)",
    "done: create folder /media (root:root, 0755)",
    "done: create folder /media/kiosk-inbox (kiosk:kiosk, 0755)",
    "done: create folder /etc/kiosk (root:root, 0755)",
    "done: create folder /etc/kiosk/keys (root:root, 0755)",
    "done: install /etc/kiosk/kiosk.yaml (root:kiosk, 0640)",
    "done: create folder /etc/systemd/system (root:root, 0755)",
    "done: install /etc/systemd/system/kiosk.service (root:root, 0644)",
    "done: add the privacy settings of deploy/cups to /etc/cups/cupsd.conf"
    " (original kept as cupsd.conf.kiosk-orig)",
    "12 change(s) made",
]
SECOND_RUN = [
    "installing into {root}",
    "ok: user kiosk exists",
    "ok: folder /var/lib/kiosk (kiosk:kiosk, 0750)",
    "ok: folder /var/lib/kiosk/content (kiosk:kiosk, 0755)",
    "ok: folder /media/kiosk-inbox (kiosk:kiosk, 0755)",
    "ok: folder /etc/kiosk (root:root, 0755)",
    "ok: folder /etc/kiosk/keys (root:root, 0755)",
    "ok: file /etc/kiosk/kiosk.yaml (root:kiosk, 0640)",
    "ok: file /etc/systemd/system/kiosk.service (root:root, 0644)",
    "ok: /etc/cups/cupsd.conf has the privacy settings of deploy/cups",
    "nothing to change: everything was already in place",
]

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("useradd") is None,
    reason="needs root and useradd (package passwd): the script creates a user and sets owners",
)


def throwaway_root(base: Path, *, cups: bool = True) -> Path:
    root = base / "root"
    (root / "etc").mkdir(parents=True)
    for name in ("passwd", "group", "shadow", "gshadow"):
        lines = Path("/etc", name).read_text().splitlines()
        kept = [line for line in lines if line.split(":", 1)[0] in KEPT_ACCOUNTS]
        (root / "etc" / name).write_text("\n".join(kept) + "\n")
    for secret in ("shadow", "gshadow"):
        (root / "etc" / secret).chmod(0o640)
    if Path("/etc/login.defs").exists():
        shutil.copy(Path("/etc/login.defs"), root / "etc" / "login.defs")
    if cups:
        (root / "etc" / "cups").mkdir()
        (root / "etc" / "cups" / "cupsd.conf").write_text(MINIMAL_CUPSD)
    return root


def run(root: Path, *args: str, user: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [str(SCRIPT), "--root", str(root), *args]
    if user is not None:
        command = ["setpriv", "--reuid", user, "--regid", user, "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def lines(done: subprocess.CompletedProcess[str]) -> list[str]:
    return done.stdout.splitlines()


def expected(template: list[str], root: Path) -> list[str]:
    return [line.format(root=root) for line in template]


def snapshot(root: Path) -> dict[str, tuple]:
    """Every path under root with its type, owner, mode, times and content."""
    seen: dict[str, tuple] = {}
    for path in sorted([root, *root.rglob("*")]):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""
        meta = (st.st_mode, st.st_uid, st.st_gid, st.st_mtime_ns)
        seen[str(path.relative_to(root))] = (*meta, digest)
    return seen


def account(root: Path, table: str, name: str) -> list[str] | None:
    for line in (root / "etc" / table).read_text().splitlines():
        fields = line.split(":")
        if fields[0] == name:
            return fields
    return None


def owner_mode(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_uid, st.st_gid, st.st_mode & 0o7777


@pytest.fixture
def root(tmp_path) -> Path:
    return throwaway_root(tmp_path)


@pytest.fixture
def open_root() -> Iterator[Path]:
    """A throwaway root an unprivileged user can reach (pytest's tmp_path is 0700)."""
    base = Path(tempfile.mkdtemp(prefix="kiosk-install-"))
    base.chmod(0o755)
    try:
        yield throwaway_root(base)
    finally:
        shutil.rmtree(base)


def test_a_fresh_root_gets_the_user_folders_files_and_cups_settings(root):
    done = run(root)
    assert (done.returncode, lines(done)) == (0, expected(FIRST_RUN, root)), done.stderr

    user = account(root, "passwd", "kiosk")
    group = account(root, "group", "kiosk")
    assert user is not None and group is not None
    uid, gid = int(user[2]), int(group[2])
    assert 0 < uid < 1000 and int(user[3]) == gid  # a system user with its own group
    assert user[5:] == ["/var/lib/kiosk", "/usr/sbin/nologin"]
    shadow = account(root, "shadow", "kiosk")
    assert shadow is not None and shadow[1] in ("!", "!*", "*")  # no password: no login

    kiosk_ids = (uid, gid)
    assert owner_mode(root / "var/lib/kiosk") == (*kiosk_ids, 0o750)
    assert owner_mode(root / "var/lib/kiosk/content") == (*kiosk_ids, 0o755)
    assert owner_mode(root / "media/kiosk-inbox") == (*kiosk_ids, 0o755)
    assert owner_mode(root / "etc/kiosk") == (0, 0, 0o755)
    assert owner_mode(root / "etc/kiosk/keys") == (0, 0, 0o755)
    assert owner_mode(root / "etc/kiosk/kiosk.yaml") == (0, gid, 0o640)
    assert (root / "etc/kiosk/kiosk.yaml").read_bytes() == EXAMPLE.read_bytes()
    unit = root / "etc/systemd/system/kiosk.service"
    assert owner_mode(unit) == (0, 0, 0o644)
    assert unit.read_bytes() == UNIT.read_bytes()

    cupsd = (root / "etc/cups/cupsd.conf").read_text()
    assert cupsd.endswith(PRIVACY.read_text() + "# <<< resource kiosk <<<\n")
    directives = [line.split()[0] for line in cupsd.splitlines() if line[:1].isalpha()]
    # the host's own settings for the same directives give way, the rest stays
    assert directives == [
        "Listen",
        "Browsing",
        "PreserveJobFiles",
        "PreserveJobHistory",
        "PageLogFormat",
        "AccessLogLevel",
        "LogLevel",
    ]
    assert (root / "etc/cups/cupsd.conf.kiosk-orig").read_text() == MINIMAL_CUPSD


def test_a_second_run_changes_nothing_and_says_so(root):
    assert run(root).returncode == 0
    before = snapshot(root)
    done = run(root)
    assert (done.returncode, lines(done), done.stderr) == (0, expected(SECOND_RUN, root), "")
    assert snapshot(root) == before


def test_dry_run_changes_nothing_and_lists_the_steps_a_real_run_takes(root):
    before = snapshot(root)
    dry = run(root, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert snapshot(root) == before
    real = run(root)
    would = [line.replace("would: ", "done: ", 1) for line in lines(dry)]
    assert would[0] == "dry run: nothing is changed"
    assert would[1:-1] == lines(real)[:-1]
    assert lines(dry)[-1] == "12 change(s) would be made"


def test_dry_run_after_an_install_says_nothing_would_change(root):
    run(root)
    before = snapshot(root)
    dry = run(root, "--dry-run")
    assert lines(dry) == ["dry run: nothing is changed", *expected(SECOND_RUN, root)]
    assert snapshot(root) == before


def test_dry_run_needs_no_root(open_root):
    root = open_root
    before = snapshot(root)
    dry = run(root, "--dry-run", user="65534")
    assert dry.returncode == 0, dry.stderr
    assert lines(dry)[-1] == "12 change(s) would be made"
    assert snapshot(root) == before


def test_refuses_without_root_and_changes_nothing(open_root):
    root = open_root
    before = snapshot(root)
    done = run(root, user="65534")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "install-kiosk.sh: must run as root (it creates a user and sets owners);"
        " --dry-run shows the steps without changing anything\n"
    )
    assert snapshot(root) == before


def test_an_edited_config_is_kept_and_its_mode_put_right(root):
    run(root)
    config = root / "etc/kiosk/kiosk.yaml"
    edited = config.read_text().replace('printer: "Front-desk"', 'printer: "Desk-2"')
    config.write_text(edited)
    config.chmod(0o644)  # readable by everyone: the PIN hash would be too
    done = run(root)
    assert done.returncode == 0
    assert (
        "kept: /etc/kiosk/kiosk.yaml differs from kiosk.example.yaml (edited here); not overwritten"
        in lines(done)
    )
    assert "done: set mode of /etc/kiosk/kiosk.yaml to 0640 (was 644)" in lines(done)
    assert lines(done)[-1] == "1 change(s) made"
    assert config.read_text() == edited
    assert owner_mode(config)[2] == 0o640


def test_an_edited_unit_is_brought_back_to_the_shipped_one(root):
    run(root)
    unit = root / "etc/systemd/system/kiosk.service"
    unit.write_text(UNIT.read_text().replace("PrivateNetwork=yes", "PrivateNetwork=no"))
    done = run(root)
    assert (
        "done: replace /etc/systemd/system/kiosk.service with the shipped kiosk.service"
        " (local changes belong in a drop-in: systemctl edit kiosk)" in lines(done)
    )
    assert unit.read_bytes() == UNIT.read_bytes()


def test_the_folders_named_in_an_existing_config_are_the_ones_made(root):
    config = root / "etc/kiosk/kiosk.yaml"
    config.parent.mkdir(parents=True)
    config.write_text(
        EXAMPLE.read_text()
        .replace("content_dir: /var/lib/kiosk/content", "content_dir: '/srv/kiosk/content'")
        .replace("inbox: /media/kiosk-inbox", 'inbox: "/srv/inbox"  # the sync folder')
    )
    done = run(root)
    assert done.returncode == 0, done.stderr
    assert "done: create folder /srv/kiosk/content (kiosk:kiosk, 0755)" in lines(done)
    assert "done: create folder /srv/inbox (kiosk:kiosk, 0755)" in lines(done)
    assert not (root / "media/kiosk-inbox").exists()


def test_cups_settings_already_there_are_not_added_twice(root):
    cupsd = root / "etc/cups/cupsd.conf"
    run(root)
    cupsd.write_text(cupsd.read_text() + "LogLevel debug\n")  # someone turned logging up again
    done = run(root)
    assert "done: add the privacy settings of deploy/cups to /etc/cups/cupsd.conf" in done.stdout
    text = cupsd.read_text()
    log_levels = [line for line in text.splitlines() if line.startswith("LogLevel")]
    assert log_levels == ["LogLevel warn"]
    assert text.count("# >>> resource kiosk") == 1
    # the first original is the one kept
    assert (root / "etc/cups/cupsd.conf.kiosk-orig").read_text() == MINIMAL_CUPSD


def test_without_cups_the_cups_step_is_skipped_with_a_reason(tmp_path):
    root = throwaway_root(tmp_path, cups=False)
    done = run(root)
    assert done.returncode == 0
    assert (
        "skipped: /etc/cups/cupsd.conf not found (CUPS is not installed);"
        " install cups and run this again" in lines(done)
    )
    assert not (root / "etc/cups").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--frobnicate"], "install-kiosk.sh: unknown option: --frobnicate"),
        (["--root"], "usage: install-kiosk.sh [--root DIR] [--dry-run]"),
    ],
)
def test_bad_options_are_refused(args, message):
    done = subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert message in done.stderr.splitlines()


def test_a_root_that_is_not_a_system_is_refused(tmp_path):
    done = run(tmp_path)
    assert done.returncode == 2
    assert done.stderr == (
        f"install-kiosk.sh: {tmp_path}/etc/passwd not found:"
        " --root must name a system's root folder\n"
    )
    missing = run(tmp_path / "nowhere")
    assert (missing.returncode, missing.stderr) == (
        2,
        f"install-kiosk.sh: --root {tmp_path}/nowhere: no such folder\n",
    )


def test_the_installed_unit_passes_systemd_analyze_verify(root):
    analyze = shutil.which("systemd-analyze")
    if analyze is None or not Path("/usr/bin/cage").exists():
        pytest.skip("needs systemd-analyze (systemd) and cage: verify checks ExecStart's program")
    run(root)
    done = subprocess.run(
        [analyze, "verify", str(root / "etc/systemd/system/kiosk.service")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
