"""Cold start, screen switches and memory of the kiosk UI.

Prints JSON:
- cold_start: process start to the first frame of Home painted (taken once
  that frame's paint events are all done), median of --starts processes,
  next to a bare PySide6 window with the same number of buttons measured the
  same way in the same run (target ratio <= 1.3). All interleaved in one run:
  the sample as `kiosk run` starts it (its compiled form) and as it started
  before compiled forms (its YAML loaded and checked: `--bundle` of its
  folder); an installed 10,000-service, 6-language bundle (benchmarks/
  synthetic.py, packed, signed and installed for real) read from its
  compiled form, and the same with the compiled form removed (the YAML
  checked in full, as before); target: installed large <= 1.5x the sample.
  Resident memory at the first frame is reported for each;
- switch: time from a navigation to the new screen painted, p50/p95 over
  --navigations navigations, on a bundle with a 50-resource topic (target
  p95 <= 30 ms); switch_to_every_row_built: the same until the rows below
  the first screenful (built on the event loop's next turn) exist too;
- full_collection: one full garbage collection after the navigations,
  as Python leaves the heap and once the kiosk has settled what it keeps
  for the run out of the full passes (kiosk.app.long_lived).
- rss: resident memory after 10 and after all navigations (target growth
  <= 5 MB).
All on the offscreen platform, in child processes where a fresh start matters.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from common import ROOT, emit, rss_mb, summary_ms

# Both children stop the clock the same way: at the first paint of any of
# their widgets, once that whole frame is painted. It reads `app`.
FIRST_FRAME = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
def painted():
    now = time.monotonic()
    with open("/proc/self/statm") as statm:
        rss_mb = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    print(rss_mb, now, flush=True)
    os._exit(0)
class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            QTimer.singleShot(0, painted)  # once the whole frame is painted
        return False
first = FirstFrame()
app.installEventFilter(first)
app.exec()
"""

# What `kiosk run --windowed` does (kiosk.app.commands), up to the event loop:
# the command line, the config and the bundle, then Qt and the window.
KIOSK_CHILD = (
    textwrap.dedent(
        """
        import os, sys, time
        from kiosk.cli import build_parser
        from kiosk.app.commands import plan_run
        argv = ["run", "--windowed", *sys.argv[1:]]
        plan = plan_run(build_parser(argv).parse_args(argv))
        kiosk = plan.start()
        kiosk.session.start()
        app = kiosk.app
        """
    )
    + FIRST_FRAME
)

BARE_CHILD = (
    textwrap.dedent(
        """
        import os, sys, time
        from PySide6.QtWidgets import QApplication, QGridLayout, QPushButton, QWidget
        app = QApplication(sys.argv[:1])
        window = QWidget()
        grid = QGridLayout(window)
        for i in range(int(sys.argv[1])):
            grid.addWidget(QPushButton(f"Button {i}"), i // 2, i % 2)
        window.resize(1280, 800)
        window.show()
        """
    )
    + FIRST_FRAME
)


def time_child(code: str, *args: str) -> tuple[float, float]:
    """Seconds from process start to the first frame, and RSS (MB) then."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    begin = time.monotonic()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
        timeout=120, check=True,
    ).stdout  # fmt: skip
    rss, painted = out.split()[-2:]
    return float(painted) - begin, float(rss)


def installed_large_bundle(tmp: Path) -> tuple[Path, Path]:
    """Configs for a content folder holding an installed 10,000-service,
    6-language bundle (compiled at install), and for a copy of it without
    the compiled form (what every start did before)."""
    import shutil

    sys.path.insert(0, str(Path(__file__).parent))
    from synthetic import write_bundle

    from kiosk.content.compiled import compiled_path
    from kiosk.updates import install, minisign
    from kiosk.updates.pack import pack

    key = minisign.SecretKey.generate()
    folder = write_bundle(tmp / "large")
    pack(folder, tmp / "large.kbundle", key=key)
    compiled = tmp / "compiled"
    install(tmp / "large.kbundle", compiled, [key.public()])
    yaml_only = tmp / "yaml-only"
    shutil.copytree(compiled, yaml_only)
    for path in (yaml_only / "versions").glob("*.compiled.json"):
        path.unlink()
    configs = []
    for content in (compiled, yaml_only):
        config = tmp / f"{content.name}.yaml"
        config.write_text(f"content_dir: {content}\n", encoding="utf-8")
        configs.append(config)
    assert compiled_path(next(p for p in (compiled / "versions").iterdir() if p.is_dir())).exists()
    return configs[0], configs[1]


def home_button_count() -> int:
    from PySide6.QtWidgets import QAbstractButton, QApplication

    from kiosk.app.kiosk import build_kiosk
    from kiosk.bundle_origin import ContentSource
    from kiosk.config import KioskConfig

    app = QApplication.instance() or QApplication([])
    _, result = ContentSource().load()  # the sample, as `kiosk run` reads it
    kiosk = build_kiosk(app, KioskConfig(), result)
    kiosk.session.start()
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    app.processEvents()
    count = sum(1 for b in kiosk.window.findChildren(QAbstractButton) if b.isVisible())
    kiosk.shut_down()
    kiosk.window.close()
    return count


def cold_start(starts: int, buttons: int) -> dict:
    # An installed kiosk runs from the bytecode pip compiled at install (and
    # never writes any itself: PYTHONDONTWRITEBYTECODE in deploy/kiosk.service);
    # the bare window's PySide6 is compiled too. Without this, every child
    # would compile whichever kiosk modules have no fresh cache.
    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    from kiosk.paths import sample_bundle

    with tempfile.TemporaryDirectory() as tmp:
        large, large_yaml = installed_large_bundle(Path(tmp))
        children = {
            "bare_pyside": (BARE_CHILD, str(buttons)),
            "sample_compiled": (KIOSK_CHILD,),
            "sample_yaml": (KIOSK_CHILD, "--bundle", str(sample_bundle())),
            "large_compiled": (KIOSK_CHILD, "--config", str(large)),
            "large_yaml": (KIOSK_CHILD, "--config", str(large_yaml)),
        }
        times: dict[str, list[float]] = {name: [] for name in children}
        rss: dict[str, list[float]] = {name: [] for name in children}
        for _ in range(starts):  # interleaved, so load on the machine hits all alike
            for name, (code, *args) in children.items():
                took, mb = time_child(code, *args)
                times[name].append(took)
                rss[name].append(mb)
    ms = {name: statistics.median(t) * 1000 for name, t in times.items()}
    bare, sample, large_ms = ms["bare_pyside"], ms["sample_compiled"], ms["large_compiled"]
    return {
        "median_ms": {name: round(v) for name, v in ms.items()},
        "rss_at_first_frame_mb": {name: round(statistics.median(v), 1) for name, v in rss.items()},
        "buttons": buttons,
        "ratio": round(sample / bare, 2),
        "target_ratio": 1.3,
        "ratio_before": round(ms["sample_yaml"] / bare, 2),
        "large_over_sample": round(large_ms / sample, 2),
        "target_large_over_sample": 1.5,
        "large_over_sample_before": round(ms["large_yaml"] / ms["sample_yaml"], 2),
        "large": "10,000 services, 500 topics, 6 languages, signed and installed",
        "runs": starts,
    }


def switching(navigations: int) -> dict:
    sys.path.insert(0, str(Path(__file__).parent))
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from synthetic import write_bundle

    from kiosk.app.kiosk import build_kiosk
    from kiosk.config import KioskConfig
    from kiosk.content import load_bundle

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        root = write_bundle(Path(tmp), resources=1000, topics=20)  # 50 resources a topic
        result = load_bundle(root)
    kiosk = build_kiosk(app, KioskConfig(), result)
    window, session = kiosk.window, kiosk.session
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    session.start()
    topics = session.bundle.topics
    assert len(topics[0].resource_ids) == 50
    moves = []
    for i in range(navigations):
        topic = topics[i % len(topics)]
        step = i % 4
        if step == 0:
            moves.append(lambda t=topic: session.open_topic(t.id))
        elif step == 1:
            moves.append(lambda t=topic: session.open_resource(t.resource_ids[7]))
        elif step == 2:
            moves.append(session.back)
        else:
            moves.append(session.home)
    times, whole, rss_after_10 = [], [], None
    for n, move in enumerate(moves, 1):
        begin = time.perf_counter()
        move()
        window.repaint()  # the new screen painted, synchronously
        times.append(time.perf_counter() - begin)
        # Rows below the first screenful come on the loop's next turn; this
        # is the time until the whole list exists and is painted.
        app.processEvents()
        window.repaint()
        whole.append(time.perf_counter() - begin)
        # Destroyed screens go when control returns to the event loop; do
        # what the loop would do, so memory is measured as it really is.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
        if n == 10:
            rss_after_10 = rss_mb()
    rss_end = rss_mb()
    # A full collection at this point, as one may start during any visit:
    # first as Python leaves it, then once the kiosk has settled what it
    # keeps for the run out of the full passes (kiosk.app.long_lived, done
    # after the first frame and when a bundle takes over).
    from kiosk.app.long_lived import settle, tracked_objects

    def full_collection_ms() -> float:
        runs = []
        for _ in range(5):
            begin = time.perf_counter()
            gc.collect()
            runs.append((time.perf_counter() - begin) * 1000)
        return round(statistics.median(runs), 2)

    as_python_leaves_it = full_collection_ms()
    settle()
    settled = full_collection_ms()
    gc.unfreeze()
    return {
        "full_collection": {
            "tracked_objects": tracked_objects(),
            "median_ms": as_python_leaves_it,
            "median_ms_settled": settled,
        },
        "switch": {**summary_ms(times), "target_p95_ms": 30, "topic_resources": 50},
        "switch_to_every_row_built": summary_ms(whole),
        "rss": {
            "after_10_mb": round(rss_after_10, 1),
            f"after_{navigations}_mb": round(rss_end, 1),
            "growth_mb": round(rss_end - rss_after_10, 2),
            "target_growth_mb": 5,
        },
    }


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--navigations", type=int, default=1000)
    parser.add_argument("--only-start", action="store_true", help="cold start figures only")
    args = parser.parse_args()
    buttons = home_button_count()
    result = {"benchmark": "ui_latency", "cold_start": cold_start(args.starts, buttons)}
    if not args.only_start:
        result.update(switching(args.navigations))
    emit(result)


if __name__ == "__main__":
    main()
