"""docs/fleet.md's recipe, run: a bundle signed and dropped into the admin's
Syncthing folder reaches a kiosk's inbox through a second, real Syncthing
instance, the kiosk's real inbox watcher installs it (its install child
writes the status file into the outbox), Syncthing carries that file back,
and `kiosk fleet-report` on the admin's side shows the kiosk with the new
version.

The kiosk side is the real kiosk.updates.watcher.InboxWatcher on this
test's (offscreen) Qt event loop, started as kiosk.app.start.watch_inbox
starts it: the same child process, the same command line, the same status
file as a kiosk on screen. Its window is left out: it plays no part in
installing, and the no-trace tests cover it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from real_process import need
from syncthing_pair import (
    ADMIN_GUI,
    ADMIN_PORT,
    KIOSK_GUI,
    KIOSK_PORT,
    Instance,
    Namespace,
    configure,
    generate,
)
from update_helpers import SAMPLE_ID, make_keys, packed

from kiosk.updates.pointers import read_pointers
from kiosk.updates.watcher import FleetReport, InboxWatcher

ROOT = Path(__file__).resolve().parents[1]
SYNC_TIMEOUT_S = 90


def _can_unshare() -> str | None:
    if os.geteuid() != 0:
        return "a network namespace needs root (unshare -n)"
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=10)
    return None if probe.returncode == 0 else f"unshare -n failed: {probe.stderr.decode()}"


@pytest.mark.slow
def test_a_bundle_goes_out_to_a_kiosk_and_its_status_comes_back(tmp_path, qtbot):
    syncthing = need("syncthing", "syncthing")
    need("ip", "iproute2")
    need("unshare", "util-linux")
    why_not = _can_unshare()
    if why_not:
        pytest.skip(why_not)

    admin = Instance("admin", tmp_path / "admin-home", ADMIN_PORT, ADMIN_GUI)
    kiosk = Instance("kiosk-1", tmp_path / "kiosk-home", KIOSK_PORT, KIOSK_GUI)
    outgoing = tmp_path / "admin" / "outgoing"  # the admin drops bundles here
    statuses = tmp_path / "admin" / "status-kiosk-1"  # kiosk-1's status files arrive here
    inbox, outbox = tmp_path / "kiosk" / "inbox", tmp_path / "kiosk" / "outbox"
    content = tmp_path / "kiosk" / "content"
    content.mkdir(parents=True)
    for instance in (admin, kiosk):
        generate(syncthing, instance)
    configure(admin, kiosk, [("bundles", outgoing, "sendonly"),
                             ("status-kiosk-1", statuses, "receiveonly")])  # fmt: skip
    configure(kiosk, admin, [("bundles", inbox, "receiveonly"),
                             ("status-kiosk-1", outbox, "sendonly")])  # fmt: skip

    keys = make_keys(tmp_path / "keys")
    kbundle = packed(tmp_path / "packing", keys, 7)
    watcher = InboxWatcher(
        inbox, content, [keys.pub_file], stable_ms=500, poll_ms=1000,
        fleet=FleetReport(outbox, "kiosk-1"),
    )  # fmt: skip
    installed: list[tuple[str, int]] = []
    watcher.installed.connect(lambda bundle_id, version: installed.append((bundle_id, version)))
    refused: list[str] = []
    watcher.refused.connect(refused.append)

    pair = Namespace(tmp_path, [admin, kiosk])
    try:
        pair.wait_for(qtbot, "namespace", lambda: (tmp_path / "links.txt").exists(), 20)
        assert pair.links() == ["lo"]
        watcher.start()
        # Written aside and renamed, as an editor's copy (or `kiosk pack -o`) would.
        shutil.copyfile(kbundle, outgoing / ".incoming.tmp")
        os.replace(outgoing / ".incoming.tmp", outgoing / "ofallon-7.kbundle")
        status_file = statuses / "kiosk-1.status.json"

        def arrived() -> bool:
            return status_file.is_file() and b'"bundle_version": 7' in status_file.read_bytes()

        round_trip = pair.wait_for(
            qtbot, "status file back on the admin side", arrived, SYNC_TIMEOUT_S
        )
        print(f"round trip, bundle dropped to status file back: {round_trip:.1f} s")
        # The child writes the status file when its install is done; the
        # kiosk's side then reads the compiled bundle in steps before it says
        # so, which can end after the status file is already back.
        qtbot.waitUntil(lambda: bool(installed or refused), timeout=30_000)
    finally:
        watcher.stop()
        pair.stop()

    assert refused == []
    assert installed == [(SAMPLE_ID, 7)]
    assert (inbox / "ofallon-7.kbundle").read_bytes() == kbundle.read_bytes()
    current = read_pointers(content).current
    assert current is not None and (current.bundle_id, current.version) == (SAMPLE_ID, 7)
    assert status_file.read_bytes() == (outbox / "kiosk-1.status.json").read_bytes()

    report = subprocess.run(
        [sys.executable, "-m", "kiosk", "fleet-report", "--format", "json", str(statuses)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    rows = json.loads(report.stdout)
    assert [(r["kiosk"], r["bundle_id"], r["bundle_version"], r["event"]) for r in rows] == [
        ("kiosk-1", SAMPLE_ID, 7, "installed")
    ]
    text = subprocess.run(
        [sys.executable, "-m", "kiosk", "fleet-report", str(statuses)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert f"kiosk-1  {SAMPLE_ID} v7" in text.stdout.splitlines()[1]
