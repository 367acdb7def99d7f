"""Keep the UI translations current: pyside6-lupdate into translations/*.ts,
then pyside6-lrelease into translations/*.qm (installed into the package).

    python scripts/translations.py            # update .ts and .qm
    python scripts/translations.py --check    # exit 1 if either is stale (CI)

The English catalogue is written by this script, never by hand: every
message translates to itself, and plural forms ("1 second", "2 seconds") come
from ENGLISH_PLURALS. The kiosk falls back to it, so a message not yet
translated into a language reads as English. The other languages' .ts files
are edited by translators (Qt Linguist, or any text editor); see
translations/README.md.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk.translation_status import CATALOGUE_NAMES  # noqa: E402

TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "translations"
# Catalogue names: kiosk_<name>.qm, as Qt names the locale, listed in
# kiosk/translation_status.py with how far each can be trusted. Simplified
# Chinese is zh_CN (kiosk.ui.translation maps a bundle's "zh", "zh-Hans" or
# "zh-CN" to it); Tagalog is fil, Qt's name for it (a bundle's "tl" finds it).
LANGUAGES = CATALOGUE_NAMES
ENGLISH_PLURALS = {
    "My slip, %n item(s)": ("My slip, %n item", "My slip, %n items"),
    "This screen will clear in %n second(s).": (
        "This screen will clear in %n second.",
        "This screen will clear in %n seconds.",
    ),
    "Too many wrong PINs. Try again in %n second(s).": (
        "Too many wrong PINs. Try again in %n second.",
        "Too many wrong PINs. Try again in %n seconds.",
    ),
}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kiosk").rglob("*.py"))


def update(ts_dir: Path, qm_dir: Path) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    qm_dir.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = ts_dir / f"kiosk_{lang}.ts"
        stand_in = LUPDATE_STAND_IN.get(lang)
        if stand_in is not None and ts.exists():
            _set_language(ts, stand_in)
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
             "-target-language", stand_in or lang, "-ts", str(ts)],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip
        if stand_in is not None:
            _set_language(ts, lang)
        if lang == "en":
            fill_english(ts)
        # -nounfinished: a translation lupdate carried over from a changed
        # source text is a guess; English is shown until someone confirms it.
        subprocess.run(
            [tool("pyside6-lrelease"), "-nounfinished", str(ts),
             "-qm", str(qm_dir / f"kiosk_{lang}.qm")],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip


# Languages lupdate does not know (it leaves their file as it was, saying only
# "target language is not recognized"), and a language it knows with the same
# plural forms to update the file as. Haitian Creole marks no plural on the
# noun after a number: one form, as Vietnamese.
LUPDATE_STAND_IN = {"ht": "vi"}


def _set_language(ts: Path, lang: str) -> None:
    text = ts.read_text(encoding="utf-8")
    start = text.index('language="') + len('language="')
    end = text.index('"', start)
    ts.write_text(text[:start] + lang + text[end:], encoding="utf-8")


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") != "yes":
            translation.text = source
            continue
        forms = ENGLISH_PLURALS.get(source)
        if forms is None:
            raise SystemExit(f"add the English plural forms of {source!r} to ENGLISH_PLURALS")
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        update(TS_DIR, QM_DIR)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ts_copy, qm_copy = Path(tmp) / "ts", Path(tmp) / "qm"
        shutil.copytree(TS_DIR, ts_copy)
        update(ts_copy, qm_copy)
        stale = [
            name
            for lang in LANGUAGES
            for name, a, b in (
                (f"kiosk_{lang}.ts", ts_copy / f"kiosk_{lang}.ts", TS_DIR / f"kiosk_{lang}.ts"),
                (f"kiosk_{lang}.qm", qm_copy / f"kiosk_{lang}.qm", QM_DIR / f"kiosk_{lang}.qm"),
            )
            if not b.exists() or not filecmp.cmp(a, b, shallow=False)
        ]
    if stale:
        print("stale translations: " + ", ".join(stale) + "; run scripts/translations.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
