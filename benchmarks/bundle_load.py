"""Load and validate a 10,000-resource, 500-topic, 6-language bundle.

Prints JSON. `parse_s` is the reference: reading every file into the node
tree the loader uses (`kiosk.content.nodes.compose`, libyaml's composer in C
with line:col on every node) and nothing else. `load_validate_s` is the whole
`load_bundle` (parse, schema, phones, glyphs, cross-file rules);
`validation_over_parse` is (whole - parse) / parse. Targets on a 2-core
machine: load_validate_s <= 1.5 and validation_over_parse <= 1.0.

For comparison with plain libyaml: `plain_libyaml_load_s` is
`yaml.load(..., Loader=yaml.CSafeLoader)` of every file (Python objects, no
positions), `libyaml_events_s` iterates libyaml's events with no tree (the
floor of anything built in Python), `event_composer_s` is the composer the
loader used before, over those events (`compose_events`, the reference it
falls back to on errors). Medians of --runs runs in this process, after one
warm-up parse.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_bundle

from kiosk.content import load_bundle
from kiosk.content.nodes import compose, compose_events
from kiosk.content.phones import parse_phone


def parse_only(root: Path, composer=compose) -> int:
    """The reference: read every file and compose its node tree, nothing else
    (with the cyclic collector paused, as load_bundle does)."""
    gc.disable()
    try:
        paths = sorted(root.rglob("*.yaml"))
        trees = [composer(path.read_text(encoding="utf-8")) for path in paths]
    finally:
        gc.enable()
    return len(trees)


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def libyaml_events(root: Path) -> None:
    """The floor: libyaml's parser producing events, with no tree at all."""
    for path in sorted(root.rglob("*.yaml")):
        for _ in yaml.parse(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
            pass


def plain_libyaml_load(root: Path) -> None:
    """What a plain `yaml.load` with libyaml costs: objects, no positions
    (collector paused too, for a like-for-like figure)."""
    gc.disable()
    try:
        for path in sorted(root.rglob("*.yaml")):
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    finally:
        gc.enable()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--resources", type=int, default=10_000)
    ap.add_argument("--topics", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = write_bundle(Path(tmp), resources=args.resources, topics=args.topics)
        files = parse_only(root)  # warm the page cache
        parse_times, load_times, plain_times, event_times = [], [], [], []
        result = None
        for _ in range(args.runs):
            t0 = time.perf_counter()
            parse_only(root)
            parse_times.append(time.perf_counter() - t0)
            # The phone memo would make every run after the first look cheap;
            # clear it so each run pays what a kiosk pays on a new bundle.
            parse_phone.cache_clear()
            t0 = time.perf_counter()
            result = load_bundle(root, today=date(2026, 11, 27))
            load_times.append(time.perf_counter() - t0)
            plain_times.append(timed(plain_libyaml_load, root))
            event_times.append(timed(parse_only, root, compose_events))
        assert result is not None and result.bundle is not None, result.errors[:3]
        peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        parse_s = statistics.median(parse_times)
        load_s = statistics.median(load_times)
        print(
            json.dumps(
                {
                    "benchmark": "bundle_load",
                    "resources": args.resources,
                    "topics": args.topics,
                    "languages": 6,
                    "files": files,
                    "runs": args.runs,
                    "libyaml_events_s": round(timed(libyaml_events, root), 3),
                    "plain_libyaml_load_s": round(statistics.median(plain_times), 3),
                    "event_composer_s": round(statistics.median(event_times), 3),
                    "parse_s": round(parse_s, 3),
                    "load_validate_s": round(load_s, 3),
                    "validation_over_parse": round((load_s - parse_s) / parse_s, 2),
                    "peak_rss_mb": round(peak_kb / 1024, 1),
                    "findings": len(result.findings),
                    "target": {"load_validate_s": 1.5, "validation_over_parse": 1.0},
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
