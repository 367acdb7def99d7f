"""The screens a site really has: a portrait kiosk monitor (1080x1920), a
small desk screen (1366x768) and a smaller one still (800x480).

At each size, at every text size, left-to-right (English) and right-to-left
(Arabic), with the sample bundle and with the longest-legal-text bundle of
tests/test_ui_no_overflow.py, every screen and panel a visitor or staff member
can reach is checked on the real widgets:
- no visible widget reaches past the window; a widget in a scroll area stays
  inside its viewport sideways (up and down it scrolls); no scroll area
  scrolls sideways;
- every visible button is at least MIN_TARGET_PX in both directions;
- Quick exit is whole inside the window, on top of any panel, at least its
  own minimum size, without scrolling;
- no text is cut off (the overflow test's whole-text check for wrapping
  labels and buttons, the layout test's measurements for the rest);
- the header and the status band leave the scrolling content at least a
  third of the window's height (see ROOM_FOR_CONTENT).

One kiosk per (size, language, bundle); text sizes and screens are looped
inside it, and every problem is collected so a failure lists them all.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QPushButton,
    QWidget,
)
from test_i18n_layout import button_problem, label_problem, scroll_area_of, settle, window_rect
from test_ui_no_overflow import check_whole_text, hostile_bundle
from ui_helpers import make_kiosk, remove_filters

from kiosk.app.kiosk import Kiosk
from kiosk.config import KioskConfig, hash_pin
from kiosk.paths import sample_bundle
from kiosk.session import Screen, TextSize
from kiosk.ui.resource_button import ResourceButton
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.widgets import WrappingButton, WrappingLabel

WINDOWS = {"portrait": (1080, 1920), "desk": (1366, 768), "small": (800, 480)}
# The scrolling content keeps at least this share of the window's height
# under the header and the status band: at 800x480 that is 160 px, two rows
# of targets (2 x 64 px and the gap between them), so a visitor always sees
# content to touch, not only the frame around it.
ROOM_FOR_CONTENT = 1 / 3


def scrolled_by(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport holds this widget (its scroll bars do
    not scroll: they are held to the window like any other widget)."""
    area = scroll_area_of(widget)
    while area is not None and not area.viewport().isAncestorOf(widget):
        area = scroll_area_of(area)
    return area


def text_problem(widget: QWidget) -> str | None:
    """Why this widget's text is not shown whole (None when it is)."""
    if isinstance(widget, (WrappingLabel, WrappingButton, ResourceButton)):
        if isinstance(widget, WrappingButton) and widget._fits_one_line(widget.width()):
            return button_problem(widget)  # painted by QPushButton itself
        try:
            # A resource row's name: its number and badge are one line each.
            check_whole_text(widget)
        except AssertionError as error:
            return str(error).splitlines()[0]
        return None
    if isinstance(widget, QPushButton):
        return button_problem(widget)
    if isinstance(widget, QLabel) and widget.text():
        return label_problem(widget)
    return None


def problems(kiosk: Kiosk) -> list[str]:
    """Everything on show now that breaks one of the module's rules."""
    window = kiosk.window
    found: list[str] = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        where = window_rect(widget, window)
        area = scrolled_by(widget)
        if area is not None:
            view = window_rect(area.viewport(), window)
            if where.left() < view.left() or where.right() > view.right():
                found.append(f"{name} sticks out of its scroll area sideways: {where} in {view}")
            if area.horizontalScrollBar().maximum() != 0:
                found.append(f"{area.objectName() or 'a scroll area'} scrolls sideways")
        elif not bounds.contains(where):
            found.append(f"{name} sticks out of the window: {where} in {bounds}")
        if isinstance(widget, QAbstractButton) and (
            widget.width() < MIN_TARGET_PX or widget.height() < MIN_TARGET_PX
        ):
            found.append(f"{name} is a small target: {widget.width()}x{widget.height()}")
        problem = text_problem(widget)
        if problem is not None:
            text = getattr(widget, "_name", None) or getattr(widget, "text", lambda: "")()
            found.append(f"{name} {text[:30]!r}: {problem}")
    found.extend(quick_exit_problems(kiosk))
    if window.pages.currentWidget() is window.visit_page:
        room = window.screen_area.viewport().height()
        if room < window.height() * ROOM_FOR_CONTENT:
            found.append(f"the content has {room} px of {window.height()}")
    return found


def quick_exit_problems(kiosk: Kiosk) -> list[str]:
    window = kiosk.window
    on_cover = window.pages.currentWidget() is window.cover_page
    button = (window.cover_header if on_cover else window.header).quick_exit
    where = window_rect(button, window)
    found = []
    if not button.isVisible():
        found.append("Quick exit is hidden")
    if not window.rect().contains(where):
        found.append(f"Quick exit is not whole in the window: {where}")
    if button.width() < MIN_TARGET_PX or button.height() < MIN_TARGET_PX:
        found.append(f"Quick exit is squeezed to {button.width()}x{button.height()}")
    overlays = window.overlays
    if overlays.isVisible() and overlays.geometry().top() <= where.bottom():
        found.append(f"a panel covers Quick exit: {overlays.geometry()} over {where}")
    return found


def visit(kiosk: Kiosk, language: str, topic_id: str, resource_id: str) -> Iterator[str]:
    """Reach every screen and panel at every text size, yielding its name."""
    session = kiosk.session
    yield "cover"
    kiosk.staff.open_access()
    yield "PIN pad over the cover"
    kiosk.close_panel()
    kiosk.staff.open_panel()
    yield "staff panel over the cover"
    kiosk.close_panel()
    for size in TextSize:
        session.start()
        session.set_language(language)
        session.set_text_size(size)
        at = size.name.lower()
        yield f"home, {at}"
        session.open_topic(topic_id)
        yield f"topic, {at}"
        session.open_resource(resource_id)
        yield f"resource, {at}"
        session.add_to_slip(resource_id)
        session.open_slip()
        yield f"slip, {at}"
        session.open_language()
        yield f"language, {at}"
        session.open_display()
        yield f"display, {at}"
        session.open_about()
        yield f"about, {at}"
        kiosk.ask_still_there()
        yield f"still there?, {at}"
        kiosk.close_panel()
        kiosk.staff.open_access()
        yield f"PIN pad, {at}"
        kiosk.close_panel()
        kiosk.staff.open_panel()
        yield f"staff panel, {at}"
        kiosk.close_panel()
        kiosk.quick_exit()
        assert session.place.screen is Screen.COVER
        yield f"cover after a visit at {at}"


def sample(tmp_path):
    return sample_bundle(), "", ""


BUNDLES = {"sample": sample, "longest": hostile_bundle}


def places(kiosk: Kiosk, bundle: str) -> tuple[str, str]:
    """The topic and service to visit: the hostile bundle's only ones, or the
    sample's busiest topic and its first service."""
    if bundle == "longest":
        return "help", "national-hotline"
    topic = max(kiosk.session.bundle.topics, key=lambda t: len(t.resource_ids))
    return topic.id, topic.resource_ids[0]


@pytest.mark.parametrize(
    ("window_size", "language", "bundle"),
    [(w, lang, b) for w in WINDOWS for lang in ("en", "ar") for b in BUNDLES],
    ids=lambda value: value,
)
def test_every_screen_fits_the_window(qtbot, tmp_path, monkeypatch, window_size, language, bundle):
    made = BUNDLES[bundle](tmp_path)
    folder = made[0] if bundle == "sample" else made[0].path
    kiosk = make_kiosk(qtbot, KioskConfig(staff_pin_hash=hash_pin("2468")), bundle=folder)
    # The staff panel's printer line without asking CUPS (see test_i18n_layout).
    monkeypatch.setattr(
        kiosk.staff,
        "printer_line",
        lambda: QCoreApplication.translate("Staff", "Printer: none is set up."),
    )
    width, height = WINDOWS[window_size]
    window = kiosk.window
    window.resize(width, height)
    try:
        report = []
        seen = 0
        for place in visit(kiosk, language, *places(kiosk, bundle)):
            screen = window.screen
            if hasattr(screen, "complete"):
                screen.complete()
            settle()
            assert window.size().toTuple() == (width, height), (
                f"{place}: the window cannot be {width}x{height}: it needs "
                f"{window.minimumSizeHint().toTuple()}"
            )
            report.extend(f"{place}: {problem}" for problem in problems(kiosk))
            seen += 1
        assert seen == 3 + 11 * len(TextSize)
        assert not report, "\n".join(report)
    finally:
        remove_filters(kiosk)
