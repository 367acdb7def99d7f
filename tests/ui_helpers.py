"""Building a real kiosk (real widgets, offscreen) for UI tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.app.fonts import load_fonts
from kiosk.app.kiosk import Kiosk, build_kiosk
from kiosk.bundle_origin import ContentSource
from kiosk.config import KioskConfig

TODAY = date(2026, 12, 6)  # the day the shipped sample was last checked
SIZE = (1280, 800)


def make_kiosk(qtbot, config: KioskConfig | None = None, bundle: Path | None = None) -> Kiosk:
    return make_kiosk_from(qtbot, config or KioskConfig(), ContentSource(folder=bundle))


def make_kiosk_from(qtbot, config: KioskConfig, source: ContentSource) -> Kiosk:
    app = QApplication.instance()
    load_fonts()
    folder, result = source.load(TODAY)
    assert result.bundle is not None, [str(f) for f in result.errors]
    kiosk = build_kiosk(
        app, config, result, today=lambda: TODAY, source=source, bundle_folder=folder
    )
    qtbot.addWidget(kiosk.window)
    kiosk.window.resize(*SIZE)
    kiosk.window.show()
    kiosk.window.activateWindow()
    qtbot.waitExposed(kiosk.window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window)
    return kiosk


def staff_reload(qtbot, kiosk: Kiosk, timeout: int = 60_000) -> bool:
    """Staff's Reload content, waited for (it reads in steps or in a child
    process): whether it loaded a bundle ("Loaded ... version ..." noted)."""
    before = len(kiosk.staff.update_log)
    kiosk.staff.reload_content()
    assert kiosk.staff.reloading, "a reload is under way until its result is in"
    qtbot.waitUntil(lambda: not kiosk.staff.reloading, timeout=timeout)
    return any(line.startswith("Loaded ") for line in kiosk.staff.update_log[before:])


def remove_filters(kiosk: Kiosk) -> None:
    kiosk.shut_down()


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root) and b.isVisible()]


def button(root: QWidget, name: str) -> QAbstractButton:
    """The button with this objectName, the visible one where there are several
    (the cover page and the visit page each have a Quick exit)."""
    found = root.findChildren(QAbstractButton, name)
    assert found, f"no button {name!r}"
    shown = [b for b in found if b.isVisible()]
    return (shown or found)[0]


def all_texts() -> list[str]:
    """Every text held by any live widget of the application, shown or not."""
    texts = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        texts.append(widget.accessibleName())
        texts.append(widget.toolTip())
    return texts
