"""Soak: the seeded monkey of tests/monkey.py on the real kiosk window for
20,000+ events (taps, keys, languages, text sizes, slips, prints to a printer
that does not exist, quick exits, idle resets, the staff PIN pad, newer signed
bundles installed mid-run), then memory figures. Prints JSON.

    QT_QPA_PLATFORM=offscreen python benchmarks/soak.py [--events 20000] [--seed 1]

Figures, all taken at a session reset (the cover, no panel) once Qt's
deferred deletes have run and the cyclic collector has finished:
- rss: resident memory after the warm-up and after the run (target: the
  drift is within 5 MB);
- widgets and python_objects: at every reset, against the first reset after
  the warm-up (target: back to that baseline, within a small tolerance);
- none_refcount: sys.getrefcount(None). PySide6 6.12.0 lowered it on every
  void call until Python aborted ("none_dealloc"); it must never fall.
  (6.11.3 raises it by one per Python-made widget or connection, harmlessly.)
- exceptions: exceptions that reached sys.excepthook (target 0), and the
  monkey's broken promises (tests/monkey.py lists them): the run notes each
  and goes on, with one example of each kind in the output.

"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "tests", ROOT / "benchmarks"):
    sys.path.insert(0, str(extra))

from common import emit  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

# By 3,000 events every language, text size and theme has been shown and
# bundles installed: Qt's glyph and style caches have settled (the trend in the
# output shows RSS flat from there on; at 1,000 it was still climbing).
WARM_UP_EVENTS = 3000
OBJECT_TOLERANCE = 300  # Python objects; caches that settle (re, fonts) stay under it
RSS_TARGET_MB = 5.0


def build(work: Path):
    from soak_support import BundleSupply, soak_config
    from ui_helpers import TODAY

    from kiosk.app.fonts import load_fonts
    from kiosk.app.kiosk import build_kiosk
    from kiosk.bundle_origin import ContentSource

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    supply = BundleSupply(work / "supply", work / "content", TODAY)
    supply.install_next()
    source = ContentSource(content_dir=supply.content_dir)
    _, result = source.load(TODAY)
    kiosk = build_kiosk(app, soak_config(), result, today=lambda: TODAY, source=source)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    kiosk.attach_input()
    return kiosk, supply


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    from monkey import Monkey
    from soak_support import footprint

    work = Path(tempfile.mkdtemp(prefix="kiosk-soak-"))
    try:
        kiosk, supply = build(work)
        # Plain tuples of numbers: the collector stops tracking them, so the
        # figures kept do not count themselves as growth.
        resets: list[tuple[int, int, int, int, float]] = []
        measuring = False

        def at_reset(monkey: Monkey) -> None:
            if measuring:
                f = footprint()
                resets.append((monkey.tally.events, f.widgets, f.objects, f.none_refs, f.rss_mb))

        monkey = Monkey(kiosk, args.seed, supply=supply, on_reset=at_reset, keep_going=True)
        started = time.perf_counter()
        monkey.run(WARM_UP_EVENTS)
        kiosk.quick_exit()
        warm = footprint()
        measuring = True
        trend: list[dict[str, float]] = []
        while monkey.tally.events < WARM_UP_EVENTS + args.events:
            monkey.run(1000)
            if resets:
                at, _, objects, _, rss = resets[-1]
                trend.append({"events": at, "rss_mb": round(rss, 1), "objects": objects})
        monkey.finish()
        kiosk.quick_exit()
        end = footprint()
        elapsed = time.perf_counter() - started
        emit(report(args, monkey, warm, end, resets, trend, elapsed))
        if kiosk.printing.printer is not None:
            kiosk.printing.printer.wait_until_idle()
        kiosk.shut_down()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(args, monkey, warm, end, resets, trend, elapsed) -> dict:
    tally = monkey.tally
    widgets = [r[1] for r in resets] or [end.widgets]
    objects = [r[2] for r in resets] or [end.objects]
    none_refs = [r[3] for r in resets] or [end.none_refs]
    measured = tally.events - WARM_UP_EVENTS
    rss_drift = end.rss_mb - warm.rss_mb
    half = len(trend) // 2
    return {
        "benchmark": "soak",
        "seed": args.seed,
        "events": tally.events,
        "events_measured": measured,
        "events_per_s": round(tally.events / elapsed, 1),
        "exceptions": len(monkey.spy.caught),
        "broken_promises": len(monkey.problems),
        "broken_promise_examples": distinct(monkey.problems)[:3],
        "resets_measured": len(resets),
        "rss": {
            "after_warm_up_mb": round(warm.rss_mb, 1),
            "after_run_mb": round(end.rss_mb, 1),
            "drift_mb": round(rss_drift, 1),
            "target_mb": RSS_TARGET_MB,
            "met": abs(rss_drift) <= RSS_TARGET_MB,
        },
        "widgets_at_resets": {
            "baseline": warm.widgets,
            "min": min(widgets),
            "max": max(widgets),
            "met": set(widgets) == {warm.widgets},
        },
        "python_objects_at_resets": {
            "baseline": warm.objects,
            "max_above_baseline": max(objects) - warm.objects,
            "at_end_above_baseline": end.objects - warm.objects,
            "per_1000_events": round((end.objects - warm.objects) / max(measured, 1) * 1000, 1),
            "tolerance": OBJECT_TOLERANCE,
            "met": max(objects) - warm.objects <= OBJECT_TOLERANCE,
        },
        "none_refcount": {
            "baseline": warm.none_refs,
            "lowest": min(none_refs),
            "at_end": end.none_refs,
            "fell_by": max(0, warm.none_refs - min(none_refs)),
            "rose_by": end.none_refs - warm.none_refs,
            "met": min(none_refs) >= warm.none_refs - 1000,
        },
        "rss_mb_per_1000_events_second_half": slope(trend[half:], "rss_mb"),
        "trend_every_1000_events": trend,
        "tally": {
            "quick_exits": tally.quick_exits,
            "idle_questions": tally.idle_questions,
            "idle_timer_fired": tally.idle_timer_fired,
            "idle_resets": tally.idle_resets,
            "resets": tally.resets,
            "prints": tally.prints,
            "print_outcomes": tally.print_outcomes,
            "installs": tally.installs,
            "bundle_switches": tally.bundle_switches,
            "home_probes": tally.home_probes,
            "by_action": tally.by_action,
        },
    }


def distinct(problems: list[str]) -> list[str]:
    """One example of each kind of broken promise (kinds differ in their first line)."""
    seen: dict[str, str] = {}
    for problem in problems:
        kind = problem.split("\n", 1)[0].split(": ", 1)[-1]
        seen.setdefault(kind, problem[:1500])
    return list(seen.values())


def slope(points: list[dict[str, float]], key: str) -> float | None:
    """Least-squares growth of `key` per 1,000 events."""
    if len(points) < 3:
        return None
    xs = [p["events"] / 1000 for p in points]
    ys = [p[key] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var, 3)


if __name__ == "__main__":
    main()
