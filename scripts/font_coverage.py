"""Record which characters the shipped fonts draw, for a fast kiosk start.

    python scripts/font_coverage.py          # writes resources/fonts/coverage.txt
    python scripts/font_coverage.py --check  # exit 1 if the file is not what the fonts say

The validator's glyph check needs the union of the shipped fonts' character
maps on every bundle load, the kiosk's first one included. Reading them takes
fontTools (a fifth of a second to import) and decoding six maps; the kiosk
reads this file instead, line by line, as long as each font's character map
table still has the recorded length and CRC-32 (kiosk/content/glyphs.py). Run this
whenever a font in resources/fonts/ changes (scripts/subset_fonts.py
does, after writing the CJK subsets); tests/test_font_coverage.py fails until
then. A stale record is never trusted: that font is read with fontTools.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.content.glyphs import COVERAGE_FILE, coverage_line, shipped_font_files  # noqa: E402
from kiosk.paths import fonts_dir  # noqa: E402

HEADER = """\
# Characters each font in this folder draws, one font a line:
#   FILE CMAP RANGES
# CMAP is the length and CRC-32 of the font's character map table; RANGES are
# hexadecimal code points, FIRST-LAST or one alone. kiosk/content/glyphs.py
# uses a line only while its font's table still matches CMAP.
# Written by scripts/font_coverage.py; tests/test_font_coverage.py recomputes it.
"""


def coverage_text(folder: Path) -> str:
    """The coverage file for the fonts in `folder`: one line per font, so a
    change to one font changes one line of the diff."""
    lines = [coverage_line(path) for path in shipped_font_files(folder)]
    return HEADER + "".join(line + "\n" for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--fonts", type=Path, default=fonts_dir(), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    target = args.fonts / COVERAGE_FILE
    text = coverage_text(args.fonts)
    if args.check:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            print(f"{target} is stale; run python scripts/font_coverage.py")
            return 1
        print(f"{target.name}: up to date")
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
