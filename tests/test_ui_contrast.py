"""Text contrast of at least 4.5:1 (WCAG AA) in every theme, computed from
the palettes and from the pixels the screens actually paint."""

from collections import Counter

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QLabel
from ui_helpers import button

from kiosk.session import TextSize
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL, Theme, contrast_ratio


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high-contrast"])
def test_every_text_pair_of_the_theme_reaches_4_5(palette):
    theme = Theme(palette, TextSize.NORMAL)
    for name, (fg, bg) in theme.text_pairs().items():
        assert contrast_ratio(fg, bg) >= 4.5, (name, fg, bg, contrast_ratio(fg, bg))


def _painted_contrast(window, widget) -> float:
    """Background = the commonest colour of the pixels under the widget in
    the painted window; text = the pixel that stands out most from it (glyph
    cores at 15 pt and up reach the full text colour)."""
    shown = widget.visibleRegion().boundingRect()
    top_left = widget.mapTo(window, shown.topLeft())
    image = window.grab().toImage().copy(top_left.x(), top_left.y(), shown.width(), shown.height())
    counts = Counter()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0]).name()
    best = 1.0
    for rgb in counts:
        best = max(best, contrast_ratio(QColor.fromRgb(rgb).name(), background))
    return best


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_painted_text_reaches_4_5_on_every_screen(kiosk, qtbot, high_contrast):
    session, window = kiosk.session, kiosk.window
    button(window, "start").click()
    session.set_high_contrast(high_contrast)
    topic = session.bundle.topics[0]
    places = [
        lambda: session.home(),
        lambda: session.open_topic(topic.id),
        lambda: session.open_resource(topic.resource_ids[0]),
        lambda: session.open_about(),
    ]
    for go in places:
        go()
        qtbot.wait(1)
        widgets = [
            w
            for w in [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
            if w.isVisible()
            and w.text().strip()
            and w.isEnabled()
            # scrolled out of sight: nothing painted to measure
            and w.visibleRegion().boundingRect().height() >= w.height() // 2
        ]
        assert widgets
        for widget in widgets:
            ratio = _painted_contrast(window, widget)
            assert ratio >= 4.5, (widget.objectName(), widget.text()[:30], ratio)
