"""A real sound server for Read aloud's tests: PulseAudio with one null sink
on a private socket, and a recorder on the sink's monitor that notes when
sound is heard. Debian packages pulseaudio and pulseaudio-utils (parec);
.ci/run installs them.

PulseAudio refuses nothing as root here: it warns and runs as a per-user
server on the socket we name, with anonymous access, from a home folder of
its own in tmp_path (its cookie goes there, not into the tester's home).
"""

from __future__ import annotations

import array
import os
import subprocess
import threading
import time
from pathlib import Path

from real_process import need

SINK = "kiosk_test"
RATE = 48000
# One read of the monitor: 2 ms of mono 16-bit sound.
CHUNK_BYTES = RATE // 500 * 2
# Louder than this (of 32767) is sound; a null sink's silence is exactly 0.
LOUD = 200


class SoundServer:
    def __init__(self, folder: Path) -> None:
        pulseaudio = need("pulseaudio", "pulseaudio")
        need("parec", "pulseaudio-utils")
        folder.mkdir(parents=True, exist_ok=True)
        self.socket = folder / "native"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder),
            "XDG_RUNTIME_DIR": str(folder),
        }
        self.process = subprocess.Popen(
            [pulseaudio, "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
             "-L", f"module-null-sink sink_name={SINK}",
             "-L", f"module-native-protocol-unix socket={self.socket} auth-anonymous=1"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        self.server = f"unix:{self.socket}"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                stderr = self.process.stderr
                said = stderr.read().decode(errors="replace") if stderr else ""
                raise RuntimeError("pulseaudio ended: " + said[-500:])
            probe = subprocess.run(
                ["pactl", "--server", self.server, "info"], capture_output=True, check=False
            )
            if probe.returncode == 0:
                return
            time.sleep(0.05)
        self.close()
        raise RuntimeError("pulseaudio did not answer on its socket within 10 s")

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stderr is not None:
            self.process.stderr.close()


class Recorder:
    """What the sink plays, read from its monitor 2 ms at a time; notes the
    monotonic time of every chunk with sound in it."""

    def __init__(self, server: SoundServer) -> None:
        self.process = subprocess.Popen(
            ["parec", "--server", server.server, "-d", f"{SINK}.monitor", "--raw",
             "--format=s16le", f"--rate={RATE}", "--channels=1", "--latency-msec=2"],
            stdout=subprocess.PIPE, bufsize=0,
        )  # fmt: skip
        self.loud: list[float] = []
        self.chunks = 0
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while True:
            data = os.read(fd, CHUNK_BYTES)
            if not data:
                return
            now = time.monotonic()
            samples = array.array("h", data[: len(data) // 2 * 2])
            self.chunks += 1
            if samples and max(abs(v) for v in samples) > LOUD:
                self.loud.append(now)

    def heard_since(self, moment: float) -> list[float]:
        return [t for t in list(self.loud) if t >= moment]

    def close(self) -> None:
        self.process.kill()
        self.process.wait()
        self._thread.join(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()
