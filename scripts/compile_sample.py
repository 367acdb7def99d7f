"""Compile the shipped sample bundle, so the README's demo starts as a kiosk does.

    python scripts/compile_sample.py          # writes the compiled sample beside its folder
    python scripts/compile_sample.py --check  # exit 1 if the file is not what the YAML says

An installed bundle is compiled when it is installed; the sample ships in the
package and is compiled here, from its YAML, with the same code
(kiosk.content.compiled). `kiosk run` without a config reads the compiled
file only while it was made from the YAML beside it by this kiosk version;
otherwise it checks the YAML in full, as before. Run this whenever the
sample's YAML, the loader's findings or the kiosk's version change:
tests/test_compiled_sample.py fails until then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.content import load_bundle  # noqa: E402
from kiosk.content.compiled import sample_source_digest  # noqa: E402
from kiosk.content.compiler import compile_folder  # noqa: E402
from kiosk.paths import compiled_sample, sample_bundle  # noqa: E402


def compiled_sample_bytes() -> bytes:
    folder = sample_bundle()
    result = load_bundle(folder)
    if result.bundle is None:
        raise SystemExit("the sample bundle has errors:\n" + "\n".join(map(str, result.errors)))
    return compile_folder(folder, result, source=sample_source_digest(folder))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    data, target = compiled_sample_bytes(), compiled_sample()
    if args.check:
        if not target.is_file() or target.read_bytes() != data:
            print(f"{target} is out of date; run scripts/compile_sample.py", file=sys.stderr)
            return 1
        return 0
    target.write_bytes(data)
    print(f"wrote {target} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
