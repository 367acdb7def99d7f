"""Build the Chinese and Korean fonts the kiosk ships: subsets of Noto Sans CJK SC and KR.

    python scripts/subset_fonts.py            # resources/fonts/NotoSansCJK{sc,kr}-*-subset.ttf
    python scripts/subset_fonts.py --only kr  # just the Korean ones
    python scripts/subset_fonts.py --check    # exit 1 if a fresh build differs from them

Run it again whenever a translation (translations/*.ts) or the sample bundle
gains a Chinese or Korean character outside the sets below;
tests/test_glyphs.py fails until then.

Source: Debian's fonts-noto-cjk (1:20220127, Noto Sans CJK 2.004), face 2 of
/usr/share/fonts/opentype/noto/NotoSansCJK-{Regular,Bold}.ttc, "Noto Sans CJK
SC". The whole face is about 20 MB per weight.

What is kept, less whatever Noto Sans and Noto Sans Arabic already draw (Qt
uses those first and falls back to this font glyph by glyph):
- all of GB 2312 (6763 hanzi: level 1, the 3755 most common, and level 2;
  plus its punctuation, kana and symbol rows), which covers everyday
  Simplified Chinese text, so bundle content in Chinese is covered too;
- CJK Symbols and Punctuation (U+3000-303F) and the fullwidth/halfwidth
  forms (U+FF01-FF65);
- every character of translations/*.ts (source and translation) and of the
  bundles under resources/bundles/.
Budget: at most 4 MB per weight; the result is about 2 MB. That is a tenth of
the full font; GBK's 21,000 hanzi would take an estimated 6 MB (at the ~270
bytes per glyph seen here) for characters a waiting room's texts practically
never use (a bundle that needs them can bring a font in its fonts/ folder).

Outlines are converted from CFF (cubic) to TrueType (quadratic, within one
font unit of 1000 per em) and the files are .ttf, because kiosk.app.fonts.load_fonts
loads resources/fonts/*.ttf; the CFF form would be about 10% smaller (1.8 MB).
Vertical-writing and per-language (locl) glyph variants are dropped: the
kiosk sets Chinese horizontally and only in its Simplified forms.

Korean (face 1, "Noto Sans CJK KR", the same source files) keeps only Hangul:
- the 2,350 precomposed syllables of KS X 1001, the set Korean text has been
  written in for decades (every everyday word; the other 8,822 modern
  syllables Unicode encodes are rare combinations), and the Hangul
  Compatibility Jamo (U+3131-318E), which show single letters;
- every Hangul character of translations/*.ts and resources/bundles/.
No hanja (Chinese characters in Korean text are rare in public information,
and the Chinese subset draws the common ones) and no punctuation: Korean
uses the Latin punctuation Noto Sans has. Budget 2 MB per weight; the result
is about 0.36 MB (Hangul outlines are small).

Reproducible: the same source fonts and fontTools version give byte-identical
files (the source's timestamps are kept). The Chinese subsets were built with
fontTools 4.68.0, the Korean ones with 4.69.1 (which builds the Chinese ones
a few bytes smaller: a rebuild shows them as stale for that reason alone).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.content.glyphs import font_characters  # noqa: E402

FONTS_DIR = ROOT / "resources" / "fonts"
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
# The face order in Debian's NotoSansCJK-*.ttc: JP, KR, SC, TC, HK, Mono...
KR_FACE = 1
SC_FACE = 2
WEIGHTS = ("Regular", "Bold")
OUTPUT_NAME = "NotoSansCJKsc-{weight}-subset.ttf"
KR_OUTPUT_NAME = "NotoSansCJKkr-{weight}-subset.ttf"
BUDGET_BYTES = 4 * 1000 * 1000
KR_BUDGET_BYTES = 2 * 1000 * 1000
HANGUL_BLOCKS = (
    (0x1100, 0x11FF),  # Jamo
    (0x3130, 0x318F),  # Compatibility Jamo
    (0xA960, 0xA97F),  # Jamo Extended-A
    (0xAC00, 0xD7AF),  # Syllables
    (0xD7B0, 0xD7FF),  # Jamo Extended-B
)
MAX_OUTLINE_ERROR = 1.0  # font units of 1000 per em
DROPPED_FEATURES = frozenset({"locl", "vert", "vrt2", "valt", "vhal", "vkna", "vkrn", "vpal"})
KEPT_NAME_IDS = (0, 1, 2, 3, 4, 5, 6, 10, 13, 14)  # 0, 13, 14: copyright and licence


def gb2312_characters() -> set[str]:
    """Every character GB 2312 encodes (rows 1-9 symbols, 16-87 hanzi)."""
    found: set[str] = set()
    for row in range(1, 95):
        for cell in range(1, 95):
            try:
                found.add(bytes((0xA0 + row, 0xA0 + cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def is_hangul(ch: str) -> bool:
    return any(first <= ord(ch) <= last for first, last in HANGUL_BLOCKS)


def ksx1001_hangul() -> set[str]:
    """The 2,350 Hangul syllables KS X 1001 encodes (EUC-KR rows 16-40)."""
    found: set[str] = set()
    for row in range(16, 41):
        for cell in range(1, 95):
            try:
                ch = bytes((0xA0 + row, 0xA0 + cell)).decode("euc_kr")
            except UnicodeDecodeError:
                continue
            if "\uac00" <= ch <= "\ud7a3":
                found.add(ch)
    return found


def translation_characters(ts_dir: Path) -> set[str]:
    found: set[str] = set()
    for path in sorted(ts_dir.glob("*.ts")):
        for element in ET.parse(path).iter():
            if element.tag in ("source", "translation", "numerusform", "lengthvariant"):
                found.update(element.text or "")
    return found


def bundle_characters(bundles_dir: Path) -> set[str]:
    found: set[str] = set()
    for path in sorted(bundles_dir.rglob("*.yaml")):
        found.update(path.read_text(encoding="utf-8"))
    return found


def wanted_characters() -> set[str]:
    """The Chinese subset: everything the kiosk may show that no other
    shipped font draws, less Hangul (the Korean subset's)."""
    wanted = gb2312_characters()
    wanted.update(map(chr, range(0x3000, 0x3040)))
    wanted.update(map(chr, range(0xFF01, 0xFF66)))
    wanted |= translation_characters(ROOT / "translations")
    wanted |= bundle_characters(ROOT / "resources" / "bundles")
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        if not path.name.startswith("NotoSansCJK"):
            wanted -= font_characters(path)
    return {ch for ch in wanted if (not ch.isspace() or ch == "\u3000") and not is_hangul(ch)}


def korean_characters() -> set[str]:
    wanted = ksx1001_hangul()
    wanted.update(map(chr, range(0x3131, 0x318F)))
    wanted |= translation_characters(ROOT / "translations")
    wanted |= bundle_characters(ROOT / "resources" / "bundles")
    return {ch for ch in wanted if is_hangul(ch)}


def build(weight: str, characters: set[str], face: int = SC_FACE) -> bytes:
    source = SOURCE_DIR / f"NotoSansCJK-{weight}.ttc"
    font = TTFont(str(source), fontNumber=face, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = [f for f in options.layout_features if f not in DROPPED_FEATURES]
    options.drop_tables += ["vhea", "vmtx", "VORG"]
    options.name_IDs = list(KEPT_NAME_IDS)
    options.hinting = False  # CFF hints do not survive the conversion anyway
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(map(ord, characters)))
    subsetter.subset(font)
    to_truetype_outlines(font)
    describe_subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def to_truetype_outlines(font: TTFont) -> None:
    """Replace the CFF table with glyf/loca: each cubic curve approximated by
    quadratic ones, contours reversed to TrueType's clockwise direction."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_OUTLINE_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    del font["CFF "]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    # No TrueType instructions: the counters a version 1.0 maxp carries for them are zero.
    for field in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 3.0  # no glyph names: nothing reads them, and they cost 70 kB


def describe_subset(font: TTFont) -> None:
    name = font["name"]
    unique = name.getDebugName(3) or "NotoSansCJK"
    family = name.getDebugName(1) or "Noto Sans CJK"
    name.setName(f"{unique};resource-kiosk-subset", 3, 3, 1, 0x409)
    name.setName(
        f"A subset of {family} (Debian fonts-noto-cjk) with TrueType outlines, "
        "made for the resource kiosk by scripts/subset_fonts.py.",
        10,
        3,
        1,
        0x409,
    )


SUBSETS = {
    # name: (face, file name, budget, characters); Korean first, since the
    # Chinese subset leaves out what the other shipped fonts draw.
    "kr": (KR_FACE, KR_OUTPUT_NAME, KR_BUDGET_BYTES, korean_characters),
    "sc": (SC_FACE, OUTPUT_NAME, BUDGET_BYTES, wanted_characters),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--only", choices=sorted(SUBSETS), help="build one subset")
    args = parser.parse_args()
    missing = [w for w in WEIGHTS if not (SOURCE_DIR / f"NotoSansCJK-{w}.ttc").is_file()]
    if missing:
        print(f"{SOURCE_DIR}: no NotoSansCJK-{missing[0]}.ttc; apt-get install fonts-noto-cjk")
        return 2
    stale = []
    for subset_name, (face, output, budget, characters_of) in SUBSETS.items():
        if args.only and subset_name != args.only:
            continue
        characters = characters_of()
        for weight in WEIGHTS:
            data = build(weight, characters, face)
            target = FONTS_DIR / output.format(weight=weight)
            digest = hashlib.sha256(data).hexdigest()[:16]
            print(f"{target.name}: {len(data):,} bytes, sha256 {digest}...")
            if len(data) > budget:
                print(f"  over the budget of {budget:,} bytes; look at what was added")
                return 1
            if args.check:
                if not target.is_file() or target.read_bytes() != data:
                    stale.append(target.name)
            else:
                target.write_bytes(data)
        print(f"{subset_name}: {len(characters)} characters asked for")
    if stale:
        print(f"stale: {', '.join(stale)}; run python scripts/subset_fonts.py")
        return 1
    if not args.check:
        import font_coverage  # beside this script

        return font_coverage.main([])  # the kiosk's record of what the fonts draw
    return 0


if __name__ == "__main__":
    sys.exit(main())
