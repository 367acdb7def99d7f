"""Sample and draft content say so on every visit screen, in a band under the
header that no scrolling moves; published content never shows it, and the
cover never does. Real widgets, offscreen, on copies of the sample bundle
whose status is set to each value."""

from __future__ import annotations

from pathlib import Path

import pytest
from content_helpers import make_bundle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel
from test_i18n_helpers import (
    CATALOGUE_OF,
    UI_LANGUAGES,
    all_language_bundle,
    catalogue,
    restore_english,  # noqa: F401  (a fixture)
)
from ui_helpers import button, make_kiosk, remove_filters

from kiosk.catalogues import is_right_to_left
from kiosk.content import load_bundle
from kiosk.content.on_show import ShownBundle
from kiosk.session import Screen, TextSize
from kiosk.ui.theme import BODY_PT, HIGH_CONTRAST, NORMAL

SAMPLE = "Sample content. This site has not reviewed it: ask staff before relying on it."
DRAFT = "Draft content, not yet published by this site: ask staff before relying on it."
SOURCE = {"sample": SAMPLE, "draft": DRAFT}
STATUSES = ("sample", "draft", "published")
VERIFIED = """\
verified:
  on: 2026-11-20
  by: "Test"
  method: desk-check
  source: "test"
"""

pytestmark = pytest.mark.usefixtures("restore_english")


def bundle_folder(folder: Path, status: str) -> Path:
    """The sample bundle (every UI language listed), with `status`."""
    path = all_language_bundle(folder)
    meta = path / "bundle.yaml"
    text = meta.read_text(encoding="utf-8")
    assert text.count("\nstatus: sample\n") == 1
    meta.write_text(text.replace("\nstatus: sample\n", f"\nstatus: {status}\n"), encoding="utf-8")
    if status == "published":
        # A published bundle may hold no unverified contact (the validator's rule).
        for resource in (path / "resources").glob("*.yaml"):
            text = resource.read_text(encoding="utf-8")
            if "\nverified:" not in text:
                resource.write_text(text + VERIFIED, encoding="utf-8")
    return path


@pytest.fixture(params=STATUSES)
def status(request) -> str:
    return request.param


@pytest.fixture
def kiosk(qtbot, tmp_path, status):
    built = make_kiosk(qtbot, bundle=bundle_folder(tmp_path, status))
    assert str(built.session.bundle.status) == status
    yield built
    remove_filters(built)


def translated(language: str, source: str) -> str:
    return catalogue(CATALOGUE_OF[language])[("StatusBand", source)][0]


def band_texts(window) -> list[str]:
    """Every visible label of the window that says the content's status, in any language."""
    said = {translated(code, s) for code in UI_LANGUAGES for s in SOURCE.values()}
    return [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text() in said
    ]


def visit_every_screen(kiosk):
    """Yield at each visit screen, reached as a visitor reaches it."""
    session, window = kiosk.session, kiosk.window
    button(window, "start").click()
    yield Screen.HOME
    topic = session.bundle.topics[0]
    button(window, f"topic_{topic.id}").click()
    yield Screen.TOPIC
    rid = topic.resource_ids[0]
    button(window, f"resource_{rid}").click()
    yield Screen.RESOURCE
    button(window, "slip_toggle").click()
    button(window.header, "open_slip").click()
    yield Screen.SLIP
    for name in ("open_about", "open_display"):
        button(window.header, "home").click()
        button(window, name).click()
        yield session.place.screen
    button(window.header, "open_language").click()
    yield Screen.LANGUAGE


def bottom_of(widget, window) -> int:
    return widget.mapTo(window, QPoint(0, widget.height())).y()


def colour_at(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name().upper()


# --- on every screen, out of the scrolling --------------------------------------------


def test_the_band_is_on_every_visit_screen_unless_published(kiosk, status):
    window = kiosk.window
    band, header, area = window.status_band, window.header, window.screen_area
    seen = []
    for screen in visit_every_screen(kiosk):
        seen.append(screen)
        assert kiosk.session.place.screen is screen
        QApplication.processEvents()
        # Part of the visit page, never of the screen in the scroll area.
        assert not area.isAncestorOf(band) and not window.screen.isAncestorOf(band)
        assert window.visit_page.isAncestorOf(band)
        if status == "published":
            assert band.isHidden() and not band.isVisible(), screen
            assert band_texts(window) == [], screen
            assert area.y() == bottom_of(header, window), screen
            continue
        assert band.isVisible(), screen
        assert band.text.text() == SOURCE[status], screen
        assert band.text.accessibleName() == SOURCE[status], screen
        # Once on the screen, Home included: no second banner in the column.
        assert band_texts(window) == [SOURCE[status]], screen
        # Straight under the header, straight above the scroll area, full width.
        assert band.mapTo(window, QPoint(0, 0)) == QPoint(0, bottom_of(header, window))
        assert area.y() == bottom_of(band, window), screen
        assert band.width() == window.width()
    assert seen == [
        Screen.HOME,
        Screen.TOPIC,
        Screen.RESOURCE,
        Screen.SLIP,
        Screen.ABOUT,
        Screen.DISPLAY,
        Screen.LANGUAGE,
    ]


@pytest.mark.parametrize("status", ["sample", "draft"])
def test_the_band_stays_on_screen_at_the_bottom_of_a_long_topic(kiosk, qtbot, status):
    session, window = kiosk.session, kiosk.window
    session.start()
    longest = max(session.bundle.topics, key=lambda t: len(t.resource_ids))
    session.open_topic(longest.id)
    window.screen.complete()
    bar = window.screen_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > window.height())
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert bar.value() == bar.maximum() > window.height()
    band = window.status_band
    assert band.isVisible() and band.text.text() == SOURCE[status]
    # Nothing covers or clips it: the whole band is drawn, where it was.
    assert band.visibleRegion().boundingRect() == band.rect()
    top = bottom_of(window.header, window)
    assert band.mapTo(window, QPoint(0, 0)).y() == top
    image = window.grab().toImage()
    assert colour_at(image, 4, top + band.height() // 2) == NORMAL.warning_bg.upper()
    # The screen below it did scroll: its title is out of sight.
    title = window.screen.title
    assert title.mapTo(window, QPoint(0, title.height())).y() < top


# --- the visitor's language, text size and contrast ---------------------------------------


def ink_columns(band) -> tuple[int, int]:
    """The leftmost and rightmost columns where the band's text is drawn."""
    image = band.grab().toImage()
    label = band.text.geometry()
    background = image.pixelColor(0, label.center().y())  # the margin
    columns = [
        x
        for x in range(image.width())
        for y in range(label.top(), label.bottom(), 3)
        if image.pixelColor(x, y) != background
    ]
    return min(columns), max(columns)


@pytest.mark.parametrize("status", ["sample", "draft"])
def test_the_band_speaks_the_visitors_language(kiosk, status):
    session, window = kiosk.session, kiosk.window
    band = window.status_band
    session.start()
    topic = session.bundle.topics[0]
    said = {}
    for code in UI_LANGUAGES:
        session.set_language(code)
        session.open_topic(topic.id)
        QApplication.processEvents()
        said[code] = band.text.text()
        assert said[code] == translated(code, SOURCE[status]), code
        assert band.isVisible(), code
        rtl = is_right_to_left(code)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert band.text.layoutDirection() == direction, code
        left, right = ink_columns(band)
        margin = band.layout().contentsMargins().left()
        if rtl:
            # Starts at the right edge, where Arabic reading starts.
            assert band.width() - margin - 6 <= right < band.width() - margin + 2, (left, right)
            assert left > margin + 100
        else:
            assert margin - 2 <= left <= margin + 6, (code, left)
        session.home()
    assert len(set(said.values())) == len(UI_LANGUAGES), said


@pytest.mark.parametrize("status", ["draft"])
@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("contrast", [False, True])
def test_the_band_follows_text_size_and_contrast(kiosk, status, size, contrast):
    session, window = kiosk.session, kiosk.window
    session.start()
    session.set_text_size(size)
    session.set_high_contrast(contrast)
    session.open_topic(session.bundle.topics[0].id)
    QApplication.processEvents()
    band = window.status_band
    assert band.text.font().pointSize() == BODY_PT[size]
    palette = HIGH_CONTRAST if contrast else NORMAL
    image = window.grab().toImage()
    middle = band.mapTo(window, QPoint(4, band.height() // 2))
    assert colour_at(image, middle.x(), middle.y()) == palette.warning_bg.upper()
    # The line wraps rather than being cut off, whatever the size.
    assert band.height() >= band.text.heightForWidth(band.text.width())


# --- never on the cover -----------------------------------------------------------


@pytest.mark.parametrize("status", ["sample", "draft"])
@pytest.mark.parametrize("leave", ["quick exit", "idle timeout"])
def test_the_cover_never_shows_the_band(kiosk, status, leave):
    session, window = kiosk.session, kiosk.window
    band = window.status_band
    assert window.pages.currentWidget() is window.cover_page
    assert not band.isVisible() and band_texts(window) == []
    assert not window.cover_page.isAncestorOf(band)
    session.start()
    session.set_language("ar")
    session.open_topic(session.bundle.topics[0].id)
    assert band.isVisible() and band.text.text() == translated("ar", SOURCE[status])
    if leave == "quick exit":
        kiosk.quick_exit()
    else:
        kiosk.ask_still_there()
        window.overlays.panel.expired.emit()
    QApplication.processEvents()
    assert window.pages.currentWidget() is window.cover_page
    assert not band.isVisible()
    assert band_texts(window) == []
    # The hidden band keeps no word of the visitor's language.
    assert band.text.text() == SOURCE[status]
    # And the next visit has it again, in the default language.
    button(window, "start").click()
    assert band.isVisible() and band_texts(window) == [SOURCE[status]]


# --- panels ---------------------------------------------------------------------------


def test_a_panel_leaves_the_band_uncovered(kiosk, status):
    window = kiosk.window
    kiosk.session.start()
    kiosk.ask_still_there()
    QApplication.processEvents()
    overlay_top = window.overlays.mapTo(window, QPoint(0, 0)).y()
    if status == "published":
        assert overlay_top == bottom_of(window.header, window)
        return
    assert overlay_top == bottom_of(window.status_band, window)
    assert window.status_band.visibleRegion().boundingRect() == window.status_band.rect()
    kiosk.close_panel()


# --- a new bundle brings its own status -------------------------------------------------


@pytest.mark.parametrize("status", ["published"])
@pytest.mark.parametrize("new_status", ["sample", "draft"])
def test_a_bundle_installed_later_brings_its_band(kiosk, tmp_path, status, new_status):
    session, window = kiosk.session, kiosk.window
    session.start()
    assert window.status_band.isHidden()
    folder = bundle_folder(tmp_path / "new", new_status)
    result = load_bundle(folder, today=kiosk.today())
    kiosk.offer(ShownBundle.loaded(folder, result))
    # During the visit nothing changes; the next visit shows the new bundle's band.
    assert window.status_band.isHidden()
    kiosk.quick_exit()
    session.start()
    assert window.status_band.isVisible()
    assert window.status_band.text.text() == SOURCE[new_status]


# --- a language the kiosk has no words for ------------------------------------------


@pytest.mark.parametrize("status", ["draft"])
@pytest.mark.parametrize("code", ["ti", "ne", "pl"])
def test_a_language_without_a_catalogue_still_gets_the_band_in_english(
    qtbot, tmp_path, status, code
):
    bundle = make_bundle(tmp_path)
    bundle.replace("bundle.yaml", "status: published", "status: draft")
    bundle.replace("bundle.yaml", "languages: [en, es]", f"languages: [en, es, {code}]")
    built = make_kiosk(qtbot, bundle=bundle.path)
    try:
        session, band = built.session, built.window.status_band
        session.start()
        session.set_language(code)
        session.open_topic(session.bundle.topics[0].id)
        assert band.isVisible() and band.text.text() == DRAFT
        session.set_language("es")
        assert band.text.text() == translated("es", DRAFT) != DRAFT
    finally:
        remove_filters(built)
