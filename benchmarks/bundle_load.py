"""`kiosk validate`'s work on a 10,000-resource, 500-topic, 6-language bundle,
against PyYAML's own C loader and check-jsonschema on the same files.

Prints JSON. Every figure comes from one run of this script, on one bundle:

- `kiosk_validate_s`: `load_bundle` as `kiosk validate` calls it (read,
  compose with positions, schema, phones, glyphs, cross-file rules).
- `pyyaml_cload_s`: `yaml.load(text, Loader=yaml.CSafeLoader)` of every file
  (Python objects, no positions, no checks), each file's data dropped at once.
- `pyyaml_cload_kept_s`: the same, keeping every file's data until the end,
  as any loader must (the validator keeps the bundle it builds): the garbage
  collector's full passes then walk what was kept, as they do in the loader.
- `compose_s`: `kiosk.content.nodes.compose` of every file, nothing else.
- `floor_s`: PyYAML's C loader on every file, then the phone library
  parsing, checking and formatting each number found: a floor for any
  validator that builds a value from every node (as the loader does; the
  validator also checks each one and keeps its place) and checks every
  number with the library. `floor_over_pyyaml` above 1.0 puts the 1.0
  target out of reach for such a validator, whatever its own code does.
- `check_jsonschema_s`: check-jsonschema with the bundle format's published
  JSON Schemas (kiosk schema) on the same files, as a peer reference. It is
  a command, so its time includes its own start-up; it is not a project
  dependency (`pip install -e .[bench]`); without it the figure is null.

Each measurement runs in a fresh child process (as a real `kiosk validate`
does), interleaved run by run so that a busy machine slows all of them
alike; times are medians over --runs, taken inside the child after imports.
`peak_rss_mb` is each child's peak resident memory (ru_maxrss), imports
included. The garbage collector is left as Python sets it, in every child.
Target: `kiosk_over_pyyaml` <= 1.0.
"""

from __future__ import annotations

import argparse
import inspect
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_bundle  # noqa: E402

KINDS = ("kiosk_validate", "pyyaml_cload", "pyyaml_cload_kept", "compose", "floor")


def floor(paths: list[Path]) -> None:
    """A floor for any validator that hands back what it checked: PyYAML's C
    loader builds a value from every node (a validator builds at least as
    much, and checks it besides), then the phone library parses, checks and
    formats every number (E.164 and national), as validating a number takes.
    Nothing else: no positions, no findings, no model."""
    import phonenumbers
    import yaml

    national, e164 = phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.E164
    numbers: list[str] = []
    for path in paths:
        stack = [yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                if "number" in value:
                    numbers.append(value["number"])
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
    for text in numbers:
        number = phonenumbers.parse(text, "US")
        assert phonenumbers.is_valid_number_for_region(number, "US"), text
        phonenumbers.format_number(number, e164)
        phonenumbers.format_number(number, national)


def child(kind: str, bundle: Path) -> None:
    """One measurement, in this (fresh) process; prints seconds and peak RSS."""
    sys.path.insert(0, str(ROOT))
    import yaml

    from kiosk.content import load_bundle
    from kiosk.content.nodes import compose
    from kiosk.paths import fonts_dir

    paths = sorted(bundle.rglob("*.yaml"))
    start = time.perf_counter()
    if kind == "kiosk_validate":
        # Commits before the shipped_fonts parameter found the fonts themselves.
        fonts = {"shipped_fonts": fonts_dir()}
        if "shipped_fonts" not in inspect.signature(load_bundle).parameters:
            fonts = {}
        result = load_bundle(bundle, today=date(2026, 12, 6), **fonts)
        assert result.bundle is not None, [str(f) for f in result.errors[:3]]
    elif kind == "pyyaml_cload":
        for path in paths:
            yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    elif kind == "pyyaml_cload_kept":
        kept = [yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for p in paths]
        assert len(kept) == len(paths)
    elif kind == "floor":
        floor(paths)
    else:
        for path in paths:
            compose(path.read_text(encoding="utf-8"))
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_rss_mb": peak_mb}))


def measure(kind: str, bundle: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(bundle)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def check_jsonschema(bundle: Path, schemas: Path) -> tuple[float, int] | None:
    """check-jsonschema over the same files (one command per kind of file)."""
    beside_python = Path(sys.executable).with_name("check-jsonschema")
    tool = str(beside_python) if beside_python.exists() else shutil.which("check-jsonschema")
    if tool is None:
        return None
    groups = [
        ("bundle.schema.json", [bundle / "bundle.yaml"]),
        ("topic.schema.json", sorted((bundle / "topics").glob("*.yaml"))),
        ("resource.schema.json", sorted((bundle / "resources").glob("*.yaml"))),
    ]
    start = time.perf_counter()
    worst = 0
    for schema, files in groups:
        done = subprocess.run(
            [tool, "--schemafile", str(schemas / schema), *map(str, files)],
            capture_output=True,
            text=True,
            check=False,
        )
        worst = max(worst, done.returncode)
    return time.perf_counter() - start, worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--resources", type=int, default=10_000)
    ap.add_argument("--topics", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--jsonschema-runs", type=int, default=1)
    ap.add_argument("--child", nargs=2, metavar=("KIND", "BUNDLE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        bundle = write_bundle(Path(tmp) / "bundle", resources=args.resources, topics=args.topics)
        schemas = Path(tmp) / "schemas"
        subprocess.run(
            [sys.executable, "-m", "kiosk", "schema", "--out", str(schemas)],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        measure("compose", bundle)  # warm the page cache
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
        for _ in range(args.runs):
            for kind in KINDS:
                runs[kind].append(measure(kind, bundle))
        peer = [check_jsonschema(bundle, schemas) for _ in range(args.jsonschema_runs)]

    def median(kind: str, key: str = "seconds") -> float:
        return statistics.median(run[key] for run in runs[kind])

    kiosk, pyyaml = median("kiosk_validate"), median("pyyaml_cload")
    peer_s = statistics.median(p[0] for p in peer) if all(peer) else None
    payload = {
        "benchmark": "bundle_load",
        "resources": args.resources,
        "topics": args.topics,
        "languages": 6,
        "files": 1 + args.topics + -(-args.resources // 100),
        "runs": args.runs,
        "kiosk_validate_s": round(kiosk, 3),
        "pyyaml_cload_s": round(pyyaml, 3),
        "pyyaml_cload_kept_s": round(median("pyyaml_cload_kept"), 3),
        "compose_s": round(median("compose"), 3),
        "floor_s": round(median("floor"), 3),
        "floor_over_pyyaml": round(median("floor") / pyyaml, 2),
        "check_jsonschema_s": round(peer_s, 3) if peer_s is not None else None,
        "check_jsonschema_exit": max(p[1] for p in peer) if all(peer) else None,
        "kiosk_over_pyyaml": round(kiosk / pyyaml, 2),
        "kiosk_over_pyyaml_kept": round(kiosk / median("pyyaml_cload_kept"), 2),
        "check_jsonschema_over_kiosk": round(peer_s / kiosk, 1) if peer_s else None,
        "peak_rss_mb": {kind: round(median(kind, "peak_rss_mb"), 1) for kind in KINDS},
        "target": {"kiosk_over_pyyaml": 1.0},
    }
    print(json.dumps(payload, indent=2))


if __name__ == "__main__":
    main()
