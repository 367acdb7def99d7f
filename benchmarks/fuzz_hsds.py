"""Coverage-guided fuzzing of the HSDS importer (`kiosk.hsds.import_directory`).

Each input is one file of an HSDS 3 export; its first byte picks which:
  even: a JSON file (directory.json), seeded with the standard's examples;
  odd:  one file of the standard's CSV data package (the second byte picks
        which; datapackage.json included), the others left as they are.

The promise checked for every input (the importer's own): it either writes a
bundle that loads with no errors, or raises HsdsError with a message; never
another exception, and never a bundle the kiosk would refuse.

    python benchmarks/fuzz_hsds.py --minutes 10 [--examples DIR]

The examples are the HSDS 3.0 standard's (shared/hsds-3.0/examples beside the
repository, or --examples); without them the JSON seeds are small hand-made
directories.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_harness import ROOT, BugLog, Target, main

TODAY = date(2026, 12, 6)  # the day the shipped sample was last checked
EXAMPLES = Path(os.environ.get("KIOSK_HSDS_EXAMPLES", ROOT.parent / "shared/hsds-3.0/examples"))

HAND_MADE = {
    "services": [
        {
            "id": "svc-1",
            "name": "Food pantry",
            "description": "Free groceries once a week.",
            "phones": [{"number": "314-555-0100", "type": "voice"}],
            "schedules": [
                {"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00", "closes_at": "17:00"}
            ],
            "languages": [{"code": "en"}, {"name": "Spanish"}],
        }
    ]
}


def csv_files() -> list[Path]:
    folder = EXAMPLES / "csv"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def seeds() -> Iterable[bytes]:
    yield bytes([0]) + json.dumps(HAND_MADE).encode()
    if EXAMPLES.is_dir():
        for path in sorted(EXAMPLES.glob("*.json")):
            yield bytes([0]) + path.read_bytes()
    for index, path in enumerate(csv_files()):
        yield bytes([1, index]) + path.read_bytes()


def dictionary() -> Iterable[str]:
    """Every key and short value in the standard's examples, and CSV headers' names."""

    def walk(value: object) -> Iterable[str]:
        if isinstance(value, dict):
            for key, item in value.items():
                yield f'"{key}": '
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)
        elif isinstance(value, str) and len(value) <= 24:
            yield json.dumps(value)

    yield from walk(HAND_MADE)
    if EXAMPLES.is_dir():
        for path in EXAMPLES.glob("*.json"):
            yield from walk(json.loads(path.read_text("utf-8")))
    for path in csv_files():
        if path.suffix == ".csv":
            header = path.read_text("utf-8").splitlines()[:1]
            yield from (name.strip('"') for line in header for name in line.split(","))


def setup(scratch: Path, bugs: BugLog) -> Callable[[bytes], None]:
    from kiosk.hsds import HsdsError, ImportOptions, import_directory  # instrumented

    root = scratch / "hsds"
    root.mkdir()
    package = root / "package"
    tables = csv_files()
    if tables:
        shutil.copytree(tables[0].parent, package)
    options = ImportOptions(today=TODAY, region="US")
    out = root / "out"

    def one_input(data: bytes) -> None:
        if not data:
            return
        restore = None
        if data[0] % 2 == 0 or not tables:
            source = root / "directory.json"
            source.write_bytes(data[1:])
        else:
            chosen = tables[data[1] % len(tables)] if len(data) > 1 else tables[0]
            source = package / chosen.name
            source.write_bytes(data[2:])
            restore = chosen
        try:
            outcome = import_directory(source, out, options)
        except HsdsError:
            outcome = None
        except Exception:
            bugs.exception("import_directory raised", data)
            outcome = None
        finally:
            if restore is not None:
                shutil.copyfile(restore, package / restore.name)
        if outcome is not None and outcome.load.bundle is None:
            first = "\n".join(str(f) for f in outcome.load.errors[:5])
            bugs.record("hsds", data, f"imported a bundle that does not load\n{first}")
        shutil.rmtree(out, ignore_errors=True)

    return one_input


TARGET = Target("hsds", setup, seeds, instrument=("kiosk",), dictionary=dictionary)

if __name__ == "__main__":
    if "--examples" in sys.argv:
        at = sys.argv.index("--examples")
        os.environ["KIOSK_HSDS_EXAMPLES"] = sys.argv[at + 1]
        del sys.argv[at : at + 2]
        EXAMPLES = Path(os.environ["KIOSK_HSDS_EXAMPLES"])
    main(TARGET)
