"""What a short window (a 7" 800x480 touchscreen, a 1366x768 desk screen)
changes, on the real kiosk, offscreen:
- the cover's title and text scroll on their own; Start, the sample note and
  Quick exit stay whole in the window without scrolling; the text is back at
  the top whenever the cover is shown or left (no trace), and a tap on it
  still starts a visit;
- the header and the status band are compact below SHORT_WINDOW_PX: the
  header's buttons stay on one line at the largest text, every target keeps
  its full size, and a taller window gets the full-size header back;
- a panel taller than the room under the header (the staff panel at the
  largest text) scrolls in the panel layer, its buttons at full size.

tests/test_screen_sizes.py sweeps every screen at every size; these are the
behaviours behind its fixes, each pinned on its own.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton
from test_i18n_layout import settle, window_rect
from test_ui_no_overflow import hostile_bundle
from ui_helpers import make_kiosk, remove_filters, staff_reload

from kiosk.config import KioskConfig, hash_pin
from kiosk.session import Screen, TextSize
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.widgets import QUICK_EXIT_MIN_HEIGHT
from kiosk.ui.window import SHORT_WINDOW_PX


@pytest.fixture
def long_cover(qtbot, tmp_path):
    """A kiosk showing the longest legal cover (hostile_bundle) at 800x480."""
    kiosk = make_kiosk(qtbot, bundle=hostile_bundle(tmp_path)[0].path)
    kiosk.window.resize(800, 480)
    settle()
    yield kiosk
    remove_filters(kiosk)


def cover_scroll(kiosk):
    return kiosk.window.cover_screen.text_area.verticalScrollBar()


def whole_in_window(widget, window) -> bool:
    return widget.isVisible() and window.rect().contains(window_rect(widget, window))


@pytest.mark.parametrize("size", [(800, 480), (1366, 768)])
def test_a_long_cover_scrolls_its_text_and_keeps_start_and_quick_exit_in_view(long_cover, size):
    window = long_cover.window
    window.resize(*size)
    settle()
    cover = window.cover_screen
    assert cover_scroll(long_cover).maximum() > 0  # the text does not fit: it scrolls
    for control in (cover.start_button, window.cover_header.quick_exit):
        assert whole_in_window(control, window), control.objectName()
        assert not cover.text_area.isAncestorOf(control)  # never scrolled away
    assert cover.start_button.height() >= MIN_TARGET_PX


def test_a_short_cover_does_not_scroll(qtbot):
    kiosk = make_kiosk(qtbot)  # the sample: a title and one sentence
    try:
        for size in ((800, 480), (1366, 768), (1080, 1920)):
            kiosk.window.resize(*size)
            settle()
            assert cover_scroll(kiosk).maximum() == 0, size
            assert not cover_scroll(kiosk).isVisible(), size
    finally:
        remove_filters(kiosk)


@pytest.mark.parametrize("leave", ["quick exit", "idle timeout"])
def test_the_cover_text_is_back_at_the_top_after_a_visit(long_cover, leave):
    window = long_cover.window
    before = window.grab().toImage()
    bar = cover_scroll(long_cover)
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    long_cover.session.start()
    settle()
    # Already at the top while the visit goes on: Quick exit's first paint
    # is the cover as it stands.
    assert bar.value() == 0
    bar.setValue(bar.maximum())  # (nothing a visitor can do from a visit)
    if leave == "quick exit":
        long_cover.quick_exit()
    else:
        long_cover.ask_still_there()
        window.overlays.panel.expired.emit()
    settle()
    assert long_cover.session.place.screen is Screen.COVER
    assert bar.value() == 0
    assert window.grab().toImage() == before


def test_a_tap_on_the_scrolling_cover_text_starts_a_visit(qtbot, long_cover):
    window = long_cover.window
    window.enable_kinetic_scrolling()  # as after the first frame: a finger flings it
    area = long_cover.window.cover_screen.text_area
    assert area.kinetic
    middle = area.viewport().rect().center()
    qtbot.mouseClick(area.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.waitUntil(lambda: long_cover.session.is_visiting)


def test_a_new_bundles_cover_flings_too(long_cover, qtbot):
    """The cover is built again for each bundle installed; once the kiosk
    flings, each new one does."""
    window = long_cover.window
    window.enable_kinetic_scrolling()
    old = window.cover_screen
    assert staff_reload(qtbot, long_cover)  # staff's Reload: shown from the next reset
    long_cover.session.start()
    long_cover.quick_exit()
    settle()
    assert window.cover_screen is not old
    assert window.cover_screen.text_area.kinetic


def header_buttons(header) -> list[QAbstractButton]:
    return [b for b in header.findChildren(QAbstractButton) if b.isVisible()]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_header_is_compact_in_a_short_window_and_full_size_in_a_tall_one(qtbot, language):
    kiosk = make_kiosk(qtbot)
    window = kiosk.window
    try:
        session = kiosk.session
        session.start()
        session.set_language(language)
        session.set_text_size(TextSize.LARGEST)
        session.open_about()  # Back, Home, Read aloud, the language and Quick exit
        window.resize(800, 480)
        settle()
        header = window.header
        assert header.compact and window.cover_header.compact
        buttons = header_buttons(header)
        assert len(buttons) == 5
        for b in buttons:
            # One line each (Read aloud is a drawing), all in one row, each a full target.
            assert b is header.read_aloud or b._fits_one_line(b.width()), b.objectName()
            assert b.height() >= MIN_TARGET_PX, b.objectName()
            assert window_rect(b, window).top() == window_rect(buttons[0], window).top()
        assert header.quick_exit.height() >= QUICK_EXIT_MIN_HEIGHT
        assert header.quick_exit.width() >= MIN_TARGET_PX * 3
        # The visitor's text size still holds under the header.
        assert window.screen.title.font().pointSize() > header.back.font().pointSize()
        short_band = window.status_band.height()
        window.resize(800, SHORT_WINDOW_PX)  # as wide, a little taller
        settle()
        assert not header.compact and header.styleSheet() == ""
        # The same words, with the room around them back (2 x 6 px).
        assert window.status_band.height() == short_band + 12
        assert header.quick_exit.height() >= QUICK_EXIT_MIN_HEIGHT
    finally:
        remove_filters(kiosk)


@pytest.mark.parametrize("size", [(1366, 768), (800, 480)])
def test_a_tall_staff_panel_scrolls_in_the_panel_layer_with_full_size_buttons(
    qtbot, monkeypatch, size
):
    kiosk = make_kiosk(qtbot, KioskConfig(staff_pin_hash=hash_pin("2468")))
    monkeypatch.setattr(
        kiosk.staff,
        "printer_line",
        lambda: QCoreApplication.translate("Staff", "Printer: none is set up."),
    )
    window = kiosk.window
    try:
        kiosk.session.start()
        kiosk.session.set_language("ar")
        kiosk.session.set_text_size(TextSize.LARGEST)
        window.resize(*size)
        kiosk.staff.open_panel()
        settle()
        panel = window.overlays.panel
        layer = window.findChild(type(kiosk.scroll_pane()), "overlay_scroll")
        assert layer.isAncestorOf(panel)
        assert layer.verticalScrollBar().maximum() > 0  # taller than the room: it scrolls
        names = ("staff_close", "staff_exit", "reload", "test_print")
        for name in names:
            found = panel.findChild(QAbstractButton, name)
            assert found.height() >= MIN_TARGET_PX, (name, found.height())
        # The last button can be brought whole into view.
        close = panel.findChild(QAbstractButton, "staff_exit")
        layer.ensureWidgetVisible(close)
        settle()
        viewport = layer.viewport()
        where = window_rect(close, viewport)
        assert viewport.rect().contains(where), (where, viewport.rect())
        # Closing hands the borrowed findings pane back and empties the layer.
        kiosk.close_panel()
        settle()
        assert kiosk.scroll_pane().parentWidget() is window.overlays
        assert not layer.isVisible() and layer.widget() is None
        assert window.overlays.panel is None
    finally:
        remove_filters(kiosk)
