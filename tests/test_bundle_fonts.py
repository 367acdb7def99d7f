"""A bundle's own fonts travel with it to the kiosks and are used there."""

import shutil

from content_helpers import TODAY
from PySide6.QtGui import QFontDatabase
from test_glyphs import write_font
from ui_helpers import make_kiosk_from
from update_helpers import make_keys

from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig
from kiosk.paths import sample_bundle
from kiosk.updates import install
from kiosk.updates.installer import load_trusted_keys
from kiosk.updates.pack import pack

GEORGIAN = "\u10d0\u10d1"  # letters no shipped font has


def bundle_with_own_font(tmp_path):
    folder = tmp_path / "bundle"
    shutil.copytree(sample_bundle(), folder)
    write_font(folder / "fonts" / "Extra.ttf", GEORGIAN, family="Kiosk Test Extra")
    (folder / "fonts" / "OFL.txt").write_text("licence text\n")
    cover = folder / "bundle.yaml"
    cover.write_text(
        cover.read_text(encoding="utf-8").replace("version: 1", "version: 2"), encoding="utf-8"
    )
    return folder


def test_packing_takes_the_fonts_and_their_licence(tmp_path):
    keys = make_keys(tmp_path / "keys")
    out = tmp_path / "b.kbundle"
    pack(bundle_with_own_font(tmp_path), out, key=keys.secret, today=TODAY)
    content = tmp_path / "content"
    installed = install(out, content, load_trusted_keys([keys.pub_file]), today=TODAY)
    assert (installed.path / "fonts" / "Extra.ttf").is_file()
    assert (installed.path / "fonts" / "OFL.txt").is_file()


def test_the_kiosk_loads_the_bundle_fonts(tmp_path, qtbot):
    folder = bundle_with_own_font(tmp_path)
    kiosk = make_kiosk_from(qtbot, KioskConfig(), ContentSource(folder=folder))
    try:
        assert "Kiosk Test Extra" in QFontDatabase.families()
        assert "Kiosk Test Extra" in kiosk.window.font().families()
    finally:
        kiosk.fonts.release()
        kiosk.shut_down()
    assert "Kiosk Test Extra" not in QFontDatabase.families()
