"""Render a 3-resource slip to a PDF, per layout, and print the medians as JSON.

The whole path the kiosk and `kiosk slip` take: plan (compose, measure, QR
codes) and paint to a QPdfWriter, written to a file. Target on a 2-core
machine: p50 <= 100 ms per slip. Also the on-screen preview (480 px wide).
Runs after one warm-up render (fonts registered, glyph caches filled).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from kiosk.content import load_bundle
from kiosk.printing import LAYOUT_NAMES, Slip
from kiosk.printing.render import render_pdf, render_preview

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "bundles" / "ofallon-mo"
THREE = ("national-trafficking-hotline", "national-dv-hotline", "stcharles-victim-assistance")
TARGET_MS = 100.0


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))] * 1000, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--lang", default="es")
    ap.add_argument("--second-lang", default="en")
    args = ap.parse_args()

    app = QGuiApplication([])  # noqa: F841 - fonts and painting need it
    bundle = load_bundle(SAMPLE).bundle
    assert bundle is not None, "the sample bundle does not load"
    results: dict[str, object] = {
        "resources": len(THREE),
        "language": args.lang,
        "second_language": args.second_lang,
        "runs": args.runs,
        "target_p50_ms": TARGET_MS,
    }
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "slip.pdf"
        for layout in LAYOUT_NAMES:
            slip = Slip(bundle, THREE, args.lang, args.second_lang, layout)
            render_pdf(slip, out)  # warm-up
            pdf_times, preview_times = [], []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                render_pdf(slip, out)
                pdf_times.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                render_preview(slip, 480)
                preview_times.append(time.perf_counter() - t0)
            pdf = _ms(pdf_times)
            results[layout] = {
                "pdf": pdf,
                "preview_480px": _ms(preview_times),
                "pdf_bytes": out.stat().st_size,
                "meets_target": pdf["p50_ms"] <= TARGET_MS,
            }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
