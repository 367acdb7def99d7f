"""Read aloud: how soon a visitor hears it, and what it costs a kiosk that
never uses it. Prints JSON.

- first_sound: from pressing Read aloud on a resource screen to the first
  sound at the sink, measured on a real PulseAudio null sink's monitor
  (parec, 2 ms reads). Target: at most 300 ms.
- cold_start: `kiosk run` to its first frame with `speech: headphones` and
  with `speech: off` (benchmarks/ui_latency.py's child), and what of speech
  exists at that first frame (modules imported, engine processes running).
  Target: nothing, and no difference beyond noise.

    python benchmarks/read_aloud.py [--presses 10] [--starts 5]

Needs espeak-ng, pulseaudio and pulseaudio-utils (Debian packages).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from common import emit, summary_ms  # noqa: E402
from ui_latency import KIOSK_CHILD, time_child  # noqa: E402

# At the first frame: the speech modules loaded and the engine processes
# this kiosk has started (children of its process named espeak-ng).
SPEECH_AT_FIRST_FRAME = """
    mods = sorted(m for m in sys.modules if m.startswith(("kiosk.speech", "kiosk.ui.speech")))
    kids = []
    for proc in os.listdir("/proc"):
        if proc.isdigit():
            try:
                stat = open(f"/proc/{proc}/stat").read().split()
                name = open(f"/proc/{proc}/comm").read().strip()
            except OSError:
                continue
            if int(stat[3]) == os.getpid() and name.startswith("espeak"):
                kids.append(name)
    print("SPEECH", len(mods), len(kids), flush=True)
"""


def cold_start(starts: int) -> dict:
    child = KIOSK_CHILD.replace(
        "    print(rss_mb, now, flush=True)\n",
        SPEECH_AT_FIRST_FRAME + "    print(rss_mb, now, flush=True)\n",
    )
    assert child != KIOSK_CHILD
    from kiosk.paths import sample_bundle

    with tempfile.TemporaryDirectory() as tmp:
        configs = {}
        for mode in ("headphones", "off"):
            path = Path(tmp) / f"{mode}.yaml"
            path.write_text(f"bundle: {sample_bundle()}\nspeech: {mode}\n")
            configs[mode] = path
        times: dict[str, list[float]] = {mode: [] for mode in configs}
        for _ in range(starts):
            for mode, path in configs.items():
                took, _mb = time_child(KIOSK_CHILD, "--config", str(path))
                times[mode].append(took)
        seen = _speech_at_first_frame(child, configs["headphones"])
    ms = {mode: round(statistics.median(t) * 1000) for mode, t in times.items()}
    return {
        "median_ms": ms,
        "on_minus_off_ms": ms["headphones"] - ms["off"],
        "speech_modules_at_first_frame": seen[0],
        "engine_processes_at_first_frame": seen[1],
        "target": "no speech module or engine process before the first frame",
        "runs": starts,
    }


def _speech_at_first_frame(child: str, config: Path) -> tuple[int, int]:
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", child, "--config", str(config)],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    line = next(x for x in out.splitlines() if x.startswith("SPEECH"))
    _, mods, kids = line.split()
    return int(mods), int(kids)


def first_sound(presses: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sound_sink import Recorder, SoundServer

    from kiosk.app.kiosk import build_kiosk
    from kiosk.config import KioskConfig
    from kiosk.content import load_bundle
    from kiosk.paths import sample_bundle

    with tempfile.TemporaryDirectory() as tmp:
        server = SoundServer(Path(tmp) / "pulse")
        os.environ["PULSE_SERVER"] = server.server
        recorder = Recorder(server)
        app = QApplication.instance() or QApplication([])
        kiosk = build_kiosk(app, KioskConfig(speech="speaker"), load_bundle(sample_bundle()))
        kiosk.window.resize(1280, 800)
        kiosk.window.show()
        latencies = []
        try:
            for _ in range(presses):
                kiosk.session.start()
                kiosk.session.open_resource("lifeline-988")
                pressed = time.monotonic()
                kiosk.window.read_aloud_requested.emit()  # what the header button sends
                deadline = pressed + 5
                while not recorder.heard_since(pressed) and time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.001)
                heard = recorder.heard_since(pressed)
                if heard:
                    latencies.append(heard[0] - pressed)
                kiosk.quick_exit()
                end = time.monotonic() + 0.3
                while time.monotonic() < end:
                    app.processEvents()
                    time.sleep(0.005)
        finally:
            kiosk.read_aloud.silence()
            recorder.close()
            server.close()
    return {
        "press_to_first_sound_ms": summary_ms(latencies),
        "heard": f"{len(latencies)} of {presses}",
        "target_ms": 300,
        "measured_at": "PulseAudio null sink monitor (parec, 2 ms reads)",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--presses", type=int, default=10)
    parser.add_argument("--starts", type=int, default=5)
    args = parser.parse_args()
    emit({"first_sound": first_sound(args.presses), "cold_start": cold_start(args.starts)})


if __name__ == "__main__":
    main()
