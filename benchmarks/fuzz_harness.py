"""What the three coverage-guided fuzzers (benchmarks/fuzz_*.py) share.

Each fuzzer script runs twice over: the parent (what a person starts) makes a
work folder with a seed corpus, starts itself again as a child under atheris
(libFuzzer), waits, and prints one JSON summary read from libFuzzer's final
statistics and from the bugs the child recorded. The child never stops at a
bug: a target returns normally for every input, and anything that breaks a
promise of the code under test is recorded (first input per distinct
signature) in <work>/bugs/, so one long run can find several bugs. Only a
hard crash (an exception outside the target's net, a segfault, a timeout or
running out of memory) ends the child early; libFuzzer then writes the input
to <work>/crash-*.

    python benchmarks/fuzz_loader.py --minutes 10 [--work DIR] [--jobs 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for extra in (ROOT, ROOT / "benchmarks"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

# libFuzzer's closing lines: "#123 DONE cov: 456 ft: 789 corp: 12/3Kb ..." and
# "stat::number_of_executed_units: 123".
_STATUS = re.compile(r"^#(\d+)\s+(\w+)\s+cov: (\d+) ft: (\d+) corp: (\d+)/")
_STAT = re.compile(r"^stat::(\w+):\s+(\d+)")


@dataclass
class BugLog:
    """Bugs the child found: the first input of each distinct signature,
    with its description, under <work>/bugs/."""

    folder: Path
    seen: dict[str, int] = field(default_factory=dict)

    def record(self, kind: str, data: bytes, detail: str) -> None:
        signature = f"{kind}: {_signature_of(detail)}"
        key = hashlib.sha1(signature.encode()).hexdigest()[:12]
        self.seen[key] = self.seen.get(key, 0) + 1
        if self.seen[key] > 1:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{key}.input").write_bytes(data)
        (self.folder / f"{key}.txt").write_text(f"{signature}\n\n{detail}\n", encoding="utf-8")
        print(f"\n=== BUG {key}: {signature}\n", file=sys.stderr, flush=True)

    def exception(self, kind: str, data: bytes) -> None:
        """Record the exception being handled now."""
        self.record(kind, data, traceback.format_exc())


def _signature_of(detail: str) -> str:
    """The exception type and the innermost frames of the package under test,
    so the same bug reached by a thousand inputs is one entry."""
    frames = re.findall(r'File "([^"]+)", line (\d+), in (\w+)', detail)
    ours = [f"{Path(f).name}:{line} {fn}" for f, line, fn in frames if "/kiosk/" in f]
    last = detail.strip().splitlines()[-1] if detail.strip() else ""
    kind = last.split(":")[0]
    if ours:
        return f"{kind} at {' <- '.join(reversed(ours[-3:]))}"
    # No traceback: a broken promise, named by its first line (numbers aside).
    first = detail.strip().splitlines()[0] if detail.strip() else "?"
    return re.sub(r"\d+", "N", first)


@dataclass
class Target:
    """One fuzzer: `setup(scratch, bugs)` returns the function libFuzzer calls
    with each input (it imports the code under test, so that atheris
    instruments it; it keeps its per-input files under `scratch`);
    `seeds()` yields the starting corpus."""

    name: str
    setup: Callable[[Path, BugLog], Callable[[bytes], None]]
    seeds: Callable[[], Iterable[bytes]]
    instrument: tuple[str, ...]  # module names to import instrumented
    # Words libFuzzer splices into inputs (field names, keywords): far more
    # of its mutants then get past the first parser.
    dictionary: Callable[[], Iterable[str]] = tuple


def main(target: Target, argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=f"Coverage-guided fuzzing: {target.name}")
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--work", type=Path, help="work folder (default: a new temporary one)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--scratch", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--timeout-s", type=int, default=30, help="per input, before a hang is a bug")
    args, rest = ap.parse_known_args(argv)
    if args.child:
        _child(target, args.work, args.scratch, rest)
        return
    work = args.work or Path(tempfile.mkdtemp(prefix=f"fuzz-{target.name}-"))
    work.mkdir(parents=True, exist_ok=True)
    _parent(target, work, args.minutes, args.timeout_s)


def _parent(target: Target, work: Path, minutes: float, timeout_s: int) -> None:
    corpus = work / "corpus"
    corpus.mkdir(exist_ok=True)
    for seed in target.seeds():
        (corpus / f"seed-{hashlib.sha1(seed).hexdigest()[:12]}").write_bytes(seed)
    words = work / "words.dict"
    words.write_text(
        "".join(f'"{_dict_escape(w)}"\n' for w in sorted(set(target.dictionary())) if w),
        encoding="ascii",
    )
    log_path = work / "libfuzzer.log"
    scratch = scratch_root(work)
    command = [
        sys.executable,
        str(Path(sys.argv[0]).resolve()),
        "--child",
        "--work",
        str(work),
        "--scratch",
        str(scratch),
        f"-max_total_time={round(minutes * 60)}",
        f"-timeout={timeout_s}",
        "-rss_limit_mb=3072",
        "-max_len=65536",
        "-print_final_stats=1",
        f"-artifact_prefix={work}/",
        f"-dict={words}",
        str(corpus),
    ]
    started = time.monotonic()
    try:
        with open(log_path, "w", encoding="utf-8") as log:
            done = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, check=False)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    elapsed = time.monotonic() - started
    text = log_path.read_text(encoding="utf-8", errors="replace")
    print(json.dumps(summary(target.name, work, text, done.returncode, elapsed), indent=2))


def _dict_escape(word: str) -> str:
    out = []
    for byte in word.encode("utf-8"):
        char = chr(byte)
        if 32 <= byte < 127 and char not in '"\\':
            out.append(char)
        else:
            out.append(f"\\x{byte:02X}")
    return "".join(out)


def summary(name: str, work: Path, log_text: str, returncode: int, elapsed: float) -> dict:
    status: dict[str, int] = {}
    stats: dict[str, int] = {}
    initial_cov = None
    for line in log_text.splitlines():
        if m := _STATUS.match(line):
            status = {
                "execs": int(m.group(1)),
                "cov": int(m.group(3)),
                "ft": int(m.group(4)),
                "corpus": int(m.group(5)),
            }
            if m.group(2) == "INITED" and initial_cov is None:
                initial_cov = int(m.group(3))
        elif m := _STAT.match(line):
            stats[m.group(1)] = int(m.group(2))
    bugs_dir = work / "bugs"
    bugs = []
    for txt in sorted(bugs_dir.glob("*.txt")) if bugs_dir.is_dir() else []:
        bugs.append({"id": txt.stem, "signature": txt.read_text("utf-8").splitlines()[0]})
    crashes = sorted(
        p.name for p in work.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-"))
    )
    execs = stats.get("number_of_executed_units", status.get("execs", 0))
    return {
        "fuzzer": name,
        "engine": "atheris (libFuzzer), coverage-guided",
        "seconds": round(elapsed, 1),
        "total_execs": execs,
        "execs_per_s": round(execs / elapsed, 1) if elapsed else 0,
        "coverage_edges_start": initial_cov,
        "coverage_edges_end": status.get("cov"),
        "features_end": status.get("ft"),
        "corpus_end": status.get("corpus"),
        "peak_rss_mb": stats.get("peak_rss_mb"),
        "bugs_recorded": bugs,
        "hard_crashes": crashes,
        "child_exit": returncode,
        "work": str(work),
    }


def _child(target: Target, work: Path, scratch: Path, libfuzzer_args: list[str]) -> None:
    import atheris

    bugs = BugLog(work / "bugs")
    with atheris.instrument_imports(include=list(target.instrument)):
        one_input = target.setup(scratch, bugs)
    atheris.Setup([sys.argv[0], *libfuzzer_args], one_input)
    atheris.Fuzz()


def scratch_root(work: Path) -> Path:
    """Where the child keeps its per-input files: memory-backed /dev/shm when
    there is one (every install fsyncs), else the work folder."""
    shm = Path("/dev/shm")
    base = shm if shm.is_dir() and os.access(shm, os.W_OK) else work
    return Path(tempfile.mkdtemp(prefix="kiosk-fuzz-", dir=base))
