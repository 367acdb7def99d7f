"""The kiosk in the visitor's language: choosing it, forgetting it, the
fallback note, and Arabic laid out right to left with its numbers intact."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget
from test_i18n_helpers import (
    CATALOGUE_OF,
    UI_LANGUAGES,
    catalogue,
    kiosk_with_all_languages,
    restore_english,  # noqa: F401  (a fixture)
)
from ui_helpers import button, remove_filters

from kiosk.content.model import Trust
from kiosk.session import Screen
from kiosk.ui.bidi import LRI, PDI
from kiosk.ui.context import language_name_in
from kiosk.ui.resource_button import PAD_X, ResourceButton

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight
# Each language in its own words, as a speaker would look for it.
NATIVE = {
    "en": "English",
    "es": "Español",
    "ar": "العربية",
    "vi": "Tiếng Việt",
    "zh-Hans": "中文（简体）",
    "bs": "Bosanski",
    "sw": "Kiswahili",
    "fr": "Français",
    "pt": "Português",
    "ko": "한국어",
    "tl": "Tagalog",
    "ru": "Русский",
    "ht": "Kreyòl ayisyen",
    "uk": "Українська",
    "fa": "فارسی",
    "so": "Soomaali",
    "am": "አማርኛ",
}

pytestmark = pytest.mark.usefixtures("restore_english")


@pytest.fixture
def kiosk(qtbot, tmp_path):
    built = kiosk_with_all_languages(qtbot, tmp_path)
    yield built
    remove_filters(built)


def translated(language: str, context: str, source: str) -> str:
    return catalogue(CATALOGUE_OF[language])[(context, source)][0]


def choose_language(kiosk, code: str) -> None:
    """As a visitor does it: the header's language button, then the language."""
    button(kiosk.window.header, "open_language").click()
    assert kiosk.session.place.screen is Screen.LANGUAGE
    button(kiosk.window, f"language_{code}").click()


# --- choosing a language -------------------------------------------------------


def test_the_language_screen_names_each_language_in_itself(kiosk):
    session, window = kiosk.session, kiosk.window
    session.start()
    for shown_in in ("en", "ar", "zh-Hans"):
        session.set_language(shown_in)
        session.open_language()
        buttons = window.screen.buttons
        assert list(buttons) == list(UI_LANGUAGES)
        for code, widget in buttons.items():
            assert widget.text() == NATIVE[code], (shown_in, code)
            # Qt's own native name for the language, without the country
            # Qt adds ("American English", "简体中文").
            qt_name = QLocale(code).nativeLanguageName().casefold()
            name = widget.text().casefold()
            # Qt calls Tagalog by the name of its standard form, Filipino.
            assert (
                name in qt_name
                or (code == "zh-Hans" and "中文" in qt_name)
                or (code == "tl" and qt_name == "filipino")
            ), code
            # Words only: no flag image and no emoji (flags are countries, not languages).
            assert widget.icon().isNull(), code
            assert not any(unicodedata.category(ch) == "So" for ch in widget.text()), code
            assert not any(0x1F1E6 <= ord(ch) <= 0x1F1FF for ch in widget.text()), code
            # Each name reads in its own direction, whatever the screen's.
            expected = RTL if code in ("ar", "fa") else LTR
            assert widget.layoutDirection() == expected, code
        session.home()


def test_choosing_a_language_translates_the_whole_ui(kiosk):
    kiosk.session.start()
    for code in UI_LANGUAGES:
        choose_language(kiosk, code)
        header = kiosk.window.header
        assert kiosk.session.language == code
        assert kiosk.session.place.screen is Screen.HOME
        assert header.quick_exit.text() == translated(code, "Header", "Quick exit")
        assert header.language.text() == NATIVE[code]
        heading = next(
            label
            for label in kiosk.window.screen.findChildren(QLabel)
            if label.text() == translated(code, "HomeScreen", "Choose a topic")
        )
        assert heading.isVisible()


def test_the_choice_lasts_for_the_visit_only(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    session.start()
    choose_language(kiosk, "ar")
    assert window.header.quick_exit.text() == "خروج سريع"
    assert window.layoutDirection() == RTL
    qtbot.mousePress(button(window, "quick_exit"), Qt.MouseButton.LeftButton)
    assert session.place.screen is Screen.COVER
    assert session.language == session.bundle.default_language == "en"
    assert kiosk.ui_language.current == "en"
    assert window.layoutDirection() == LTR
    assert QGuiApplication.layoutDirection() == LTR
    cover_exit = button(window, "quick_exit")
    assert cover_exit.text() == "Quick exit"
    # The next visitor starts in English, left to right.
    button(window, "start").click()
    header = window.header
    assert header.quick_exit.text() == "Quick exit"
    assert header.language.text() == "English"
    assert window.status_band.text.text().startswith("Sample content.")
    session.open_topic(session.bundle.topics[0].id)
    assert header.back.text() == "\u2190 Back"
    assert header.home.text() == "Home"


@pytest.mark.parametrize("code", [c for c in UI_LANGUAGES if c not in ("en", "es", "ar")])
def test_content_missing_in_a_language_says_so_in_that_language(kiosk, code):
    session = kiosk.session
    session.start()
    session.set_language(code)
    session.open_topic(session.bundle.topics[0].id)
    note = kiosk.window.screen.findChild(QLabel, "fallback_note")
    assert note is not None and note.isVisible()
    expected = translated(code, "ScrollingScreen", "Some of this page is shown in {language}.")
    # English named as the visitor's language names it ("anglais", "英语").
    english = language_name_in("en", code)
    assert note.text() == expected.format(language=english)
    assert english != "English"
    assert note.text() != "Some of this page is shown in English."


# --- right to left -------------------------------------------------------------


def in_window(widget: QWidget, window: QWidget):
    return widget.mapTo(window, widget.rect().topLeft()), widget.mapTo(
        window, widget.rect().topRight()
    )


def test_arabic_mirrors_the_header_quick_exit_top_left(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    session.start()
    topic = next(t for t in session.bundle.topics if t.resource_ids)
    for language, corner in (("en", "right"), ("ar", "left")):
        session.set_language(language)
        for go in (
            session.home,
            lambda: session.open_topic(topic.id),
            lambda: session.open_resource(topic.resource_ids[0]),
            session.open_about,
            session.open_language,
        ):
            go()
            quick = button(window, "quick_exit")
            if corner == "left":
                assert window.layoutDirection() == RTL
                # Layouts follow a change of direction on the next pass of the event loop.
                qtbot.waitUntil(lambda q=quick: in_window(q, window)[0].x() <= 24)
            else:
                qtbot.waitUntil(lambda q=quick: in_window(q, window)[1].x() >= window.width() - 24)
            assert in_window(quick, window)[0].y() <= 24
        session.home()


def test_arabic_back_arrow_points_right_and_leads_the_header(kiosk):
    session, window = kiosk.session, kiosk.window
    session.start()
    session.set_language("ar")
    session.open_topic(session.bundle.topics[0].id)
    header = window.header
    back, home = header.back, header.home
    assert back.text() == "\u2192 رجوع"
    # Back comes first in reading order: rightmost, then Home to its left.
    back_left, _ = in_window(back, window)
    _, home_right = in_window(home, window)
    assert back_left.x() > home_right.x()
    assert in_window(back, window)[1].x() >= window.width() - 24
    # Painters lay the label out right to left, so the arrow leads it: in the
    # laid-out line it sits to the right of the word.
    assert QGuiApplication.layoutDirection() == RTL
    layout = laid_out(back.text(), back, QGuiApplication.layoutDirection())
    arrow_x = layout.lineAt(0).cursorToX(0)[0]
    word_x = layout.lineAt(0).cursorToX(len(back.text()) - 1)[0]
    assert arrow_x > word_x


def test_arabic_text_is_aligned_right(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    session.start()
    session.set_language("ar")
    qtbot.waitUntil(lambda: window.screen.isVisible())
    heading = next(
        label for label in window.screen.findChildren(QLabel) if label.text() == "اختر موضوعاً"
    )
    left, right = ink_columns(heading)
    assert right >= heading.width() - 12, "the heading ends at the right edge"
    assert left > heading.width() / 2, "a short heading leaves the left side empty"
    session.set_language("en")
    heading = next(
        label for label in window.screen.findChildren(QLabel) if label.text() == "Choose a topic"
    )
    left, right = ink_columns(heading)
    assert left <= 12 and right < heading.width() / 2


def test_phone_numbers_keep_their_digits_in_order_in_arabic(kiosk):
    session, window = kiosk.session, kiosk.window
    session.start()
    session.set_language("ar")
    # A number with a space: the case the bidi algorithm reorders (a toll-free
    # 1-800-... keeps its groups together on its own).
    resource = next(
        r for r in session.bundle.resources.values() if r.phones and " " in r.phones[0].display
    )
    session.open_resource(resource.id)
    display = resource.phones[0].display
    label = next(w for w in window.screen.findChildren(QLabel) if w.objectName() == "phone")
    text = label.text()
    # Isolated left to right, digits in the order they are dialled.
    assert f"{LRI}{display}{PDI}" in text
    assert re.sub(r"\D", "", text) == re.sub(r"\D", "", display)
    assert label.layoutDirection() == RTL
    assert visual_order(text, label, RTL) == printed(display)
    # Without the isolation the same line would show the groups swapped.
    bare = text.replace(LRI, "").replace(PDI, "")
    assert visual_order(
        bare, label, RTL, within=display, text_start=bare.index(display)
    ) != printed(display)


def test_painted_resource_rows_align_right_and_keep_numbers_in_order(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    session.start()
    session.set_language("ar")
    topic = next(
        t
        for t in session.bundle.topics
        if any(
            session.bundle.trust(session.bundle.resources[r], kiosk.today()) is Trust.VERIFIED
            for r in t.resource_ids
            if session.bundle.resources[r].phones
        )
    )
    session.open_topic(topic.id)
    rows = [w for w in window.screen.findChildren(ResourceButton) if w._detail]
    assert rows
    row = rows[0]
    window.screen.pane.ensureWidgetVisible(row)
    qtbot.waitUntil(lambda: row.visibleRegion().boundingRect().height() == row.height())
    assert row.layoutDirection() == RTL
    left, right = ink_columns(row, margin=4)
    assert right >= row.width() - PAD_X - 6, "text starts at the right padding"
    number = row._detail
    display = number.strip(LRI + PDI)
    assert number == f"{LRI}{display}{PDI}"
    assert visual_order(number, row, QGuiApplication.layoutDirection(), within=display) == printed(
        display
    )
    # The same row in English starts at the left padding.
    session.set_language("en")
    row = next(w for w in window.screen.findChildren(ResourceButton) if w._detail)
    window.screen.pane.ensureWidgetVisible(row)
    qtbot.waitUntil(lambda: row.visibleRegion().boundingRect().height() == row.height())
    left, _ = ink_columns(row, margin=4)
    assert left <= PAD_X + 6


# --- helpers -------------------------------------------------------------------


def ink_columns(widget: QWidget, margin: int = 0) -> tuple[int, int]:
    """The leftmost and rightmost columns, in widget coordinates, where text is
    painted over the widget as the window shows it: pixels much darker than
    the background, `margin` pixels in from the edges (frames stay out)."""
    window = widget.window()
    box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(
        margin, margin, -margin, -margin
    )
    image: QImage = window.grab(box).toImage()
    ratio = image.width() / box.width()
    background = QColor(image.pixel(2, 2)).lightness()
    columns = []
    for x in range(image.width()):
        for y in range(image.height()):
            if background - QColor(image.pixel(x, y)).lightness() > 80:
                columns.append(x)
                break
    assert columns, "nothing painted"
    return margin + round(min(columns) / ratio), margin + round(max(columns) / ratio)


def printed(number: str) -> list[str]:
    """The digits of a number, in the order they are dialled."""
    return [ch for ch in number if ch.isdigit()]


def laid_out(text: str, widget: QWidget, direction: Qt.LayoutDirection) -> QTextLayout:
    layout = QTextLayout(text, widget.font())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return layout


def visual_order(
    text: str,
    widget: QWidget,
    direction: Qt.LayoutDirection,
    *,
    within: str | None = None,
    text_start: int | None = None,
) -> list[str]:
    """The digits of the phone number (`within`, or the part between LRI
    and PDI) as a reader sees them from left to right: laid out by Qt's text
    engine in the widget's font and the given paragraph direction."""
    if within is None:
        start = text.index(LRI) + 1
        within = text[start : text.index(PDI)]
    else:
        start = text.index(within) if text_start is None else text_start
    layout = laid_out(text, widget, direction)
    flags = (
        QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
        | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
    )
    placed = []
    for run in layout.glyphRuns(0, -1, flags):
        for position, index in zip(run.positions(), run.stringIndexes(), strict=True):
            if start <= index < start + len(within) and text[index].isdigit():
                placed.append((position.x(), index))
    assert len({index for _, index in placed}) == len(printed(within)), "a glyph for each digit"
    return [text[index] for _, index in sorted(placed)]
