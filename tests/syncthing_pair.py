"""Two real Syncthing instances (Debian's `syncthing`) set up as docs/fleet.md
says: the admin's folder shared send-only into a kiosk's receive-only inbox,
and the kiosk's send-only outbox shared back into the admin's receive-only
status folder.

Both run inside one fresh network namespace that has only loopback
(`unshare -n`, then `ip link set lo up`), with discovery, relays, NAT
traversal, usage and crash reporting and upgrades all off: no packet can
leave the machine. They find each other only by the static addresses
written here.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# A fresh namespace has no listener at all: fixed ports cannot clash.
ADMIN_PORT, KIOSK_PORT = 22101, 22102
ADMIN_GUI, KIOSK_GUI = 8391, 8392
OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "reconnectionIntervalS": "1",
    "stunServer": "",
    "globalAnnounceServer": "",
}


@dataclass
class Instance:
    name: str
    home: Path
    port: int
    gui_port: int
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    device_id: str = ""

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"


def generate(syncthing: str, instance: Instance) -> None:
    subprocess.run(
        [syncthing, "generate", f"--home={instance.home}", "--no-default-folder",
         "--skip-port-probing"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    root = ET.parse(instance.home / "config.xml").getroot()
    device = root.find("device")
    assert device is not None
    instance.device_id = device.attrib["id"]


def configure(
    me: Instance, peer: Instance, folders: list[tuple[str, Path, str]], rescan_s: int = 1
) -> None:
    """Edit `me`'s generated config.xml: loopback only, everything that could
    reach the internet off, `peer` known by its static address, and
    `folders` (id, path, type) shared with it."""
    path = me.home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    options = root.find("options")
    assert options is not None
    for name in ("listenAddress", *OFF):
        for old in options.findall(name):
            options.remove(old)
    ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{me.port}"
    for name, value in OFF.items():
        ET.SubElement(options, name).text = value
    gui = root.find("gui")
    assert gui is not None
    address, key = gui.find("address"), gui.find("apikey")
    assert address is not None and key is not None
    address.text, key.text = f"127.0.0.1:{me.gui_port}", me.api_key
    for name, id_ in ((me.name, me.device_id), (peer.name, peer.device_id)):
        device = (
            next(d for d in root.findall("device") if d.attrib["id"] == id_)
            if (id_ == me.device_id)
            else ET.SubElement(root, "device", id=id_, compression="metadata", introducer="false")
        )
        device.attrib["name"] = name
        for old in device.findall("address"):
            device.remove(old)
        port = me.port if id_ == me.device_id else peer.port
        ET.SubElement(device, "address").text = f"tcp://127.0.0.1:{port}"
    for folder_id, folder_path, kind in folders:
        folder_path.mkdir(parents=True, exist_ok=True)
        (folder_path / ".stfolder").mkdir(exist_ok=True)
        folder = ET.SubElement(
            root, "folder", id=folder_id, label=folder_id, path=str(folder_path), type=kind,
            rescanIntervalS=str(rescan_s), fsWatcherEnabled="true", fsWatcherDelayS="1",
            ignorePerms="false", autoNormalize="true",
        )  # fmt: skip
        for id_ in (me.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=id_)
    tree.write(path)


# Runs as root inside `unshare -n`: the namespace has only `lo` (down) until
# this brings it up; the links it saw are written for the test to check.
WRAPPER = """
ip link set lo up || exit 90
ip -o link show > "$1/links.txt" || exit 91
shift
for home in "$@"; do
    syncthing serve --home="$home" --no-browser --no-restart --no-upgrade \
        --logflags=0 > "$home/syncthing.log" 2>&1 &
done
wait
"""


class Namespace:
    """Both instances in one loopback-only network namespace."""

    def __init__(self, workdir: Path, instances: list[Instance]) -> None:
        self.workdir = workdir
        self.instances = instances
        self.wrapper_log = workdir / "wrapper.log"
        env = {
            **os.environ,
            "STNOUPGRADE": "1",
            "STNODEFAULTFOLDER": "1",
            "STNORESTART": "1",
            "HOME": str(workdir),
        }
        with self.wrapper_log.open("wb") as log:
            self.process = subprocess.Popen(
                ["unshare", "-n", "sh", "-c", WRAPPER, "wrapper", str(workdir),
                 *(str(i.home) for i in instances)],
                env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=log,
            )  # fmt: skip

    def links(self) -> list[str]:
        """The interface names the namespace had (one per `ip -o link` line)."""
        text = (self.workdir / "links.txt").read_text()
        return [line.split(":")[1].strip().split("@")[0] for line in text.splitlines() if line]

    def log_tail(self, lines: int = 15) -> str:
        parts = []
        for instance in self.instances:
            with contextlib.suppress(OSError):
                text = instance.log.read_text(errors="replace").splitlines()[-lines:]
                parts.append(f"--- {instance.name} ---\n" + "\n".join(text))
        if self.process.poll() is not None:
            parts.append(f"--- wrapper exited {self.process.returncode} ---")
            parts.append(self.wrapper_log.read_text(errors="replace"))
        return "\n".join(parts)

    def wait_for(self, qtbot: Any, what: str, ready: Callable[[], bool], timeout_s: float) -> float:
        """Seconds until `ready()`, the Qt event loop running meanwhile (the
        inbox watcher lives on it); fails with the logs' last lines at the
        deadline, or as soon as the instances stop."""
        start = time.monotonic()
        try:
            qtbot.waitUntil(
                lambda: ready() or self.process.poll() is not None, timeout=int(timeout_s * 1000)
            )
        except qtbot.TimeoutError:
            pytest.fail(f"no {what} within {timeout_s:.0f} s\n{self.log_tail()}")
        if not ready():
            pytest.fail(f"syncthing stopped while waiting for {what}\n{self.log_tail()}")
        return time.monotonic() - start

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)
        # Anything of the group still there (a syncthing that ignored TERM).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
