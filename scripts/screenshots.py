"""Render every screen of the sample bundle offscreen into docs/screenshots/.

    python scripts/screenshots.py [--out docs/screenshots] [--size 1280x800]

The README shows these pictures; run this after changing a screen and look
at them as a visitor would. Home and a topic are also pictured on a portrait
kiosk monitor (1080x1920) and home on a small desk screen (800x480).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from kiosk.app.fonts import load_fonts
from kiosk.app.kiosk import build_kiosk
from kiosk.config import KioskConfig
from kiosk.content import load_bundle
from kiosk.paths import sample_bundle
from kiosk.session import TextSize
from kiosk.ui.idle import StillTherePanel

TODAY = date(2026, 12, 6)
# The slips pictured: three sample resources (voice, text and TTY; a text
# keyword; a state number), in English, on each paper at a readable scale.
SLIP_RESOURCES = (
    "national-trafficking-hotline",
    "national-dv-hotline",
    "mo-safe-at-home",
)
# Screens a site really has besides the 1280x800 of the other pictures.
OTHER_WINDOWS = {"portrait": (1080, 1920), "small": (800, 480)}
SLIP_DPI = {"80mm": 150, "58mm": 150, "cards-letter": 100, "cards-a4": 100}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split("x"))

    app = QApplication([])
    load_fonts()
    kiosk = build_kiosk(
        app, KioskConfig(), load_bundle(sample_bundle(), today=TODAY), today=lambda: TODAY
    )
    window, session = kiosk.window, kiosk.session
    window.resize(width, height)
    window.show()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    shot("cover")
    session.start()
    shot("home")
    topic = session.bundle.topics[2]
    session.open_topic(topic.id)
    shot("topic")
    window.screen.restore_scroll(10_000)
    shot("topic-resources")
    session.open_resource(topic.resource_ids[0])
    session.add_to_slip(topic.resource_ids[0])
    shot("resource")
    unverified = next(
        r for r in session.bundle.resources.values() if r.verified is None and r.phones
    )
    session.open_resource(unverified.id)
    shot("resource-unverified")
    session.open_slip()
    shot("slip")
    session.open_language()
    shot("language")
    session.set_language("es")
    session.home()
    shot("home-es")
    session.set_language("ar")
    shot("home-ar")
    session.open_topic(topic.id)
    shot("topic-ar")
    session.set_language("en")
    session.open_display()
    session.set_text_size(TextSize.LARGEST)
    session.set_high_contrast(True)
    shot("display-high-contrast")
    session.home()
    shot("home-high-contrast")
    session.set_high_contrast(False)
    session.set_text_size(TextSize.NORMAL)
    session.open_about()
    shot("about")
    kiosk.ask_still_there()
    shot("still-there")
    kiosk.quick_exit()
    kiosk.staff.open_access()
    shot("staff-panel")
    kiosk.close_panel()
    assert not isinstance(window.overlays.panel, StillTherePanel)
    for name, size in OTHER_WINDOWS.items():
        window.resize(*size)
        session.start()
        shot(f"{name}-home")
        if name == "portrait":
            session.open_topic(topic.id)
            shot(f"{name}-topic")
        kiosk.quick_exit()
    slips(session.bundle, out)


def slips(bundle, out: Path) -> None:
    """Each paper's slip as the preview draws it (the PDF and printer draw the same plan)."""
    from kiosk.printing import Slip
    from kiosk.printing.layout import layout_for
    from kiosk.printing.render import render_preview

    for layout, dpi in SLIP_DPI.items():
        width_px = round(layout_for(layout).paper_width_mm / 25.4 * dpi)
        image = render_preview(Slip(bundle, SLIP_RESOURCES, "en", layout=layout), width_px)
        path = out / f"slip-{layout}.png"
        image.save(str(path))
        print(path)


if __name__ == "__main__":
    main()
