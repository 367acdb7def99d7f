"""The package says what it is and under which licences, and a built wheel
carries those licences: the kiosk's own (GPL-3.0-or-later) and the fonts'
(SIL Open Font License), beside the fonts themselves."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from test_install_layout import ROOT, SOURCES

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
FONTS = ROOT / "resources" / "fonts"
FONT_LICENCES = sorted(p.name for p in FONTS.glob("OFL*.txt"))


def test_the_licence_file_is_the_gpl_the_metadata_names():
    assert PROJECT["license"] == "GPL-3.0-or-later"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE\n                       Version 3")
    # "-or-later": the text's own instructions name that choice.
    assert "either version 3 of the License, or\n    (at your option) any later version" in text
    debian = Path("/usr/share/common-licenses/GPL-3")
    if debian.is_file():
        assert text == debian.read_text(encoding="utf-8")


def test_every_shipped_font_is_covered_by_a_listed_licence_file():
    listed = {p.name for pattern in PROJECT["license-files"] for p in ROOT.glob(pattern)}
    assert {"LICENSE", *FONT_LICENCES} == listed
    notices = " ".join((FONTS / name).read_text(encoding="utf-8") for name in FONT_LICENCES)
    fonts = sorted(p.name for p in FONTS.glob("*.ttf"))
    assert fonts, "no shipped fonts found"
    for font in fonts:
        family = font.split("-")[0]  # NotoSansArabic-Bold.ttf: NotoSansArabic
        assert font in notices or family in notices.replace(" ", ""), font


def test_the_metadata_names_authors_and_classifiers_but_no_made_up_urls():
    assert PROJECT["authors"] == [{"name": "Resource kiosk developers"}]
    assert "Environment :: X11 Applications :: Qt" in PROJECT["classifiers"]
    # PEP 639: with a licence expression, a licence classifier is refused.
    assert not [c for c in PROJECT["classifiers"] if c.startswith("License ::")]
    assert "urls" not in PROJECT  # the project has no public address yet


@pytest.mark.slow
def test_a_built_wheel_carries_the_licences_and_the_fonts(tmp_path):
    source = tmp_path / "checkout"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy(ROOT / name, source / name)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    [wheel] = (tmp_path / "dist").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        [dist_info] = {n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info")}
        licences = f"{dist_info}/licenses"
        assert archive.read(f"{licences}/LICENSE") == (ROOT / "LICENSE").read_bytes()
        for name in FONT_LICENCES:
            assert archive.read(f"{licences}/resources/fonts/{name}") == (FONTS / name).read_bytes()
            # ... and beside the fonts, where a copied kiosk folder keeps them.
            assert f"kiosk/resources/fonts/{name}" in names
        for font in FONTS.glob("*.ttf"):
            assert archive.read(f"kiosk/resources/fonts/{font.name}") == font.read_bytes()
        metadata = Parser().parsestr(archive.read(f"{dist_info}/METADATA").decode("utf-8"))
    assert metadata["License-Expression"] == "GPL-3.0-or-later"
    assert sorted(metadata.get_all("License-File")) == sorted(
        ["LICENSE", *(f"resources/fonts/{name}" for name in FONT_LICENCES)]
    )
    assert metadata.get_all("Classifier") == PROJECT["classifiers"]
    assert metadata["Author"] == "Resource kiosk developers"
