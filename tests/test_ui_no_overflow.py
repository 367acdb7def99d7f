"""No screen is ever wider than the window, whatever the bundle says.

A bundle written to tmp_path holds the longest single words its format
allows (tests/content_helpers.py's template with every visible text replaced
by one unbroken word at its field's max_length, kiosk/content/format.py), in
English and in Arabic. The real loader reads it, a real kiosk shows it
offscreen, and every screen is checked at every text size:
- no visible widget reaches past the window, nor past the scroll area's
  viewport for the screen's own widgets; the horizontal scroll range is 0;
- "Add to my slip" can be brought fully into view;
- every text is all there: each label holds the bundle's text exactly, its
  wrapped lines put together give back that text, no line is wider than the
  label, and the label is tall enough for all of them;
- screen readers get the real text (no invisible break characters).
"""

from __future__ import annotations

import re

import pytest
from content_helpers import CHECKED_ANSWER, make_bundle
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from ui_helpers import button, make_kiosk

from kiosk.content.format import COVER, QUESTION, RESOURCE, TOPIC
from kiosk.paths import sample_bundle
from kiosk.session import Screen, TextSize
from kiosk.ui.resource_button import ResourceButton
from kiosk.ui.widgets import WrappingButton, WrappingLabel


def limit(record, field: str) -> int:
    """A field's max_length, read from the format itself (a LangMap's text)."""
    spec = record.fields[field].spec
    return getattr(spec, "text", spec).max_length


LATIN = "Wm"  # wide letters
ARABIC = "مساعدة"  # joined letters: one word however long


def word(length: int, letters: str = LATIN) -> str:
    return (letters * (length // len(letters) + 1))[:length]


# Field -> (the longest legal length, from the format).
LIMITS = {
    "topic title": limit(TOPIC, "title"),
    "question": limit(QUESTION, "question"),
    "answer": limit(QUESTION, "answer"),
    "name": limit(RESOURCE, "name"),
    "description": limit(RESOURCE, "description"),
    "hours": limit(RESOURCE, "hours"),
    "cost": limit(RESOURCE, "cost"),
    "eligibility": limit(RESOURCE, "eligibility"),
    "cover title": limit(COVER, "title"),
    "cover text": limit(COVER, "text"),
}


def test_the_limits_are_the_worst_legal_cases_the_issue_names():
    # The issue's cases (80-letter title, 200-letter name, a 4,000-letter
    # answer) are within these, so the corpus covers them.
    assert LIMITS["topic title"] == 80
    assert LIMITS["name"] == 200
    assert LIMITS["answer"] >= 4000


def texts(letters: str) -> dict[str, str]:
    return {key: word(length, letters) for key, length in LIMITS.items()}


def hostile_bundle(tmp_path):
    """English and Arabic, every visible text one word at its field's limit."""
    en, ar = texts(LATIN), texts(ARABIC)
    bundle = make_bundle(tmp_path)

    def both(key: str) -> str:
        return f'{{en: "{en[key]}", ar: "{ar[key]}"}}'

    bundle.replace("bundle.yaml", "languages: [en, es]", "languages: [en, ar]")
    bundle.replace(
        "bundle.yaml",
        'title: {en: "Help nearby", es: "Ayuda cercana"}',
        "title: " + both("cover title"),
    )
    bundle.replace(
        "bundle.yaml",
        'title: {en: "Welcome", es: "Bienvenidos"}',
        "title: " + both("cover title"),
    )
    bundle.replace(
        "bundle.yaml",
        'text: {en: "Please check in at the front desk.", '
        'es: "Por favor, regístrese en la recepción."}',
        "text: " + both("cover text"),
    )
    bundle.replace(
        "bundle.yaml",
        'slip_heading: {en: "Useful numbers", es: "Números útiles"}',
        'slip_heading: {en: "Useful numbers", ar: "أرقام مفيدة"}',
    )
    bundle.replace("bundle.yaml", "es: [trata, prostitución]", "ar: [اتجار]")
    bundle.write(
        "topics/help.yaml",
        f"""\
id: help
order: 10
title: {both("topic title")}
icon: phone
questions:
  - question: {both("question")}
    answer: {both("answer")}
    sources: ["{word(300)}"]
{CHECKED_ANSWER}resources: [national-hotline]
""",
    )
    resource = bundle.read("resources/hotline.yaml")
    for key in ("name", "description", "hours"):
        # Each is one line of the template: `name: {en: "...", es: "..."}`.
        resource, count = re.subn(rf"^{key}: .*$", f"{key}: {both(key)}", resource, flags=re.M)
        assert count == 1
    resource = resource.replace(
        'slip_name: {en: "Help line", es: "Línea de ayuda"}',
        'slip_name: {en: "Help line", ar: "خط المساعدة"}',
    )
    resource = resource.replace(
        'label: {en: "Call, 24 hours", es: "Llame, 24 horas"}',
        f'label: {{en: "{word(80)}", ar: "{word(80, ARABIC)}"}}',
    )
    resource = resource.replace("languages: [en, es]", "languages: [en, ar]")
    resource = resource.replace(
        'website: "https://humantraffickinghotline.org"',
        f'website: "https://{word(470).lower()}.org/{word(10)}"\n'
        f"cost: {both('cost')}\neligibility: {both('eligibility')}\n"
        f'address: {{street: "{word(200)}", city: "{word(100)}", state: "MO", '
        'postal_code: "63366"}',
    )
    bundle.write("resources/hotline.yaml", resource)
    result = bundle.load()
    assert result.bundle is not None, [str(f) for f in result.errors]
    assert not result.errors
    return bundle, en, ar


@pytest.fixture
def hostile(tmp_path):
    return hostile_bundle(tmp_path)


# --- what "no overflow" means, checked on the real widgets ---------------------


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def overflowing(window) -> list[str]:
    """Every shown widget that reaches past the window's sides, or (a widget
    of the screen in the scroll area) past the viewport's sides."""
    viewport = window.screen_area.viewport()
    inside_pane = rect_in(viewport, window)
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        box = rect_in(widget, window)
        bounds = inside_pane if viewport.isAncestorOf(widget) else window.rect()
        if box.left() < bounds.left() or box.right() > bounds.right():
            found.append(f"{type(widget).__name__}#{widget.objectName()} {box} not in {bounds}")
    return found


def check_whole_text(
    widget: WrappingLabel | WrappingButton | ResourceButton, *, tall_enough: bool = True
) -> str:
    """The widget's text, asserted to be shown whole, inside its width."""
    if isinstance(widget, ResourceButton):
        wrapped, text = widget.name_layout(), widget._name
    else:
        wrapped, text = widget.wrapped(), widget.text()
    lines = wrapped.lines()
    assert "".join(lines) == text, "a part of the text is not laid out"
    assert wrapped.natural_width() <= wrapped.width + 0.5, "a line is wider than its label"
    assert "\u200b" not in widget.accessibleName()
    if not tall_enough:
        pass
    elif isinstance(widget, WrappingLabel):
        assert widget.height() >= widget.heightForWidth(widget.width()), "lines cut off"
    else:
        assert widget.height() >= widget.heightForWidth(widget.width()), "lines cut off"
    return text


def shown_texts(root: QWidget, *, tall_enough: bool = True) -> set[str]:
    found = set()
    for widget in root.findChildren(QWidget):
        if widget.isVisible() and isinstance(
            widget, (WrappingLabel, WrappingButton, ResourceButton)
        ):
            found.add(check_whole_text(widget, tall_enough=tall_enough))
    return found


def assert_fits(kiosk, expected: list[str], *, tall_enough: bool = True) -> None:
    window = kiosk.window
    screen = window.screen
    if hasattr(screen, "complete"):
        screen.complete()
    QApplication.processEvents()
    assert overflowing(window) == []
    assert window.screen_area.horizontalScrollBar().maximum() == 0
    # A button that does not wrap shows its whole text on one line.
    clipped = [
        f"{b.objectName()}: {b.text()[:20]}"
        for b in window.findChildren(QPushButton)
        if b.isVisible() and not isinstance(b, WrappingButton) and b.sizeHint().width() > b.width()
    ]
    assert clipped == []
    shown = shown_texts(window, tall_enough=tall_enough)
    missing = [text[:20] + "…" for text in expected if text not in shown]
    assert missing == []


def reach(kiosk, screen: str) -> None:
    session = kiosk.session
    if screen == "cover":
        return
    session.start()
    if screen == "home":
        return
    if screen == "language":
        session.open_language()
        return
    if screen == "about":
        session.open_about()
        return
    if screen == "display":
        session.open_display()
        return
    session.open_topic("help")
    if screen == "topic":
        return
    session.open_resource("national-hotline")
    if screen == "resource":
        return
    session.add_to_slip("national-hotline")
    session.open_slip()


def expected_on(screen: str, t: dict[str, str], cover: dict[str, str]) -> list[str]:
    """The bundle's texts each screen shows, whole (the cover is always in
    the default language)."""
    return {
        "cover": [cover["cover title"], cover["cover text"]],
        "home": [t["cover title"], t["topic title"]],
        "topic": [t["topic title"], t["question"], t["answer"], t["name"]],
        "resource": [t["name"], t["description"], t["hours"], t["cost"], t["eligibility"]],
        "slip": [t["name"]],
        "language": [],
        "about": [],
        "display": [],
    }[screen]


SCREENS = ("cover", "home", "topic", "resource", "slip", "language", "about", "display")
SIZES = tuple(TextSize)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: s.name.lower())
@pytest.mark.parametrize("screen", SCREENS)
def test_no_screen_is_wider_than_the_window(qtbot, hostile, screen, size, language):
    bundle, en, ar = hostile
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    session = kiosk.session
    if screen != "cover":
        session.start()
        session.set_language(language)
        session.set_text_size(size)
    reach(kiosk, screen)
    assert session.place.screen is Screen[screen.upper()]
    rtl = language == "ar" and screen != "cover"
    assert kiosk.window.isRightToLeft() is rtl
    # The cover does not scroll: how it fits 720 letters into one window's
    # height is cover.py's sizing, not checked here; its width is.
    tall_enough = screen != "cover"
    t = ar if language == "ar" else en
    assert_fits(kiosk, expected_on(screen, t, en), tall_enough=tall_enough)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: s.name.lower())
def test_add_to_my_slip_can_always_be_reached(qtbot, hostile, size, language):
    bundle, _, _ = hostile
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    session, window = kiosk.session, kiosk.window
    session.start()
    session.set_language(language)
    session.set_text_size(size)
    reach(kiosk, "resource")
    toggle = button(window, "slip_toggle")
    assert toggle.accessibleName() == toggle.text()
    pane = window.screen_area
    pane.ensureWidgetVisible(toggle)
    QApplication.processEvents()
    assert pane.viewport().rect().contains(rect_in(toggle, pane.viewport()))
    assert overflowing(window) == []
    toggle.click()
    assert "national-hotline" in session.slip


@pytest.mark.parametrize("language", ["en", "ar"])
def test_screen_readers_get_the_real_text(qtbot, hostile, language):
    bundle, en, ar = hostile
    t = ar if language == "ar" else en
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    session = kiosk.session
    session.start()
    session.set_language(language)
    home = kiosk.window.screen
    topic_button = button(home, "topic_help")
    assert isinstance(topic_button, WrappingButton)
    assert topic_button.text() == t["topic title"]
    assert topic_button.accessibleName() == t["topic title"]
    # Wrapped inside the word: more than one line, each inside the button.
    assert len(topic_button.wrapped().lines()) > 1
    reach(kiosk, "topic")
    topic = kiosk.window.screen
    answers = [w for w in topic.findChildren(QLabel) if w.text() == t["answer"]]
    assert len(answers) == 1
    # What a screen reader is told: the label's own text, no inserted characters.
    spoken = QAccessible.queryAccessibleInterface(answers[0]).text(QAccessible.Text.Name)
    assert spoken == t["answer"]
    row = button(topic, "resource_national-hotline")
    assert row.accessibleName().startswith(t["name"])


def test_arabic_lines_start_at_the_right_edge(qtbot, hostile):
    bundle, _, _ = hostile
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    session = kiosk.session
    session.start()
    session.set_language("ar")
    reach(kiosk, "topic")
    screen = kiosk.window.screen
    row = button(screen, "resource_national-hotline")
    for wrapped in (screen.title.wrapped(), row.name_layout()):
        layout = wrapped.layout
        assert layout.lineCount() > 1
        for i in range(layout.lineCount()):
            edge = layout.lineAt(i).naturalTextRect().right()
            # Against the right edge (within a glyph's side bearing), never the left.
            assert edge == pytest.approx(wrapped.width, abs=6.0)


def test_ordinary_words_still_wrap_between_words(qtbot):
    label = WrappingLabel("Call the number below at any time of day or night")
    qtbot.addWidget(label)
    label.resize(label.fontMetrics().horizontalAdvance("Call the number below "), 400)
    lines = label.wrapped().lines()
    assert lines[0] == "Call the number below "
    assert all(line.endswith(" ") for line in lines[:-1])


def test_a_long_word_breaks_only_where_it_must(qtbot):
    long = word(300)
    label = WrappingLabel(f"See {long} now")
    qtbot.addWidget(label)
    label.resize(300, 400)
    lines = label.wrapped().lines()
    assert lines[0] == "See "  # the long word starts on a line of its own
    assert "".join(lines) == f"See {long} now"
    assert lines[-1].endswith("now")


def test_newlines_in_a_label_still_break_lines(qtbot):
    label = WrappingLabel("12 Main St\nO'Fallon, MO 63366")
    qtbot.addWidget(label)
    label.resize(1000, 400)
    assert label.wrapped().lines() == ["12 Main St\n", "O'Fallon, MO 63366"]
    assert label.text() == "12 Main St\nO'Fallon, MO 63366"


def test_staff_panel_with_the_longest_bundle_id_fits(qtbot, hostile):
    bundle, _, _ = hostile
    bundle.replace("bundle.yaml", "id: test-bundle", "id: " + "w" * 64)
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.staff.open_panel()
    panel = kiosk.window.findChild(QWidget, "staff_panel")
    qtbot.waitUntil(lambda: panel is not None and panel.isVisible())
    QApplication.processEvents()
    assert overflowing(kiosk.window) == []
    shown = {w.text() for w in panel.findChildren(QLabel) if w.isVisible()}
    assert any("w" * 64 in text for text in shown)
    for widget in panel.findChildren(WrappingLabel):
        if widget.isVisible():
            check_whole_text(widget)


@pytest.mark.parametrize("width", [1024, 800])
@pytest.mark.parametrize("screen", ["home", "topic", "resource", "slip", "display", "about"])
def test_a_narrower_window_at_the_largest_text(qtbot, hostile, screen, width):
    bundle, en, _ = hostile
    kiosk = make_kiosk(qtbot, bundle=bundle.path)
    kiosk.window.resize(width, 1280)
    session = kiosk.session
    session.start()
    session.set_text_size(TextSize.LARGEST)
    reach(kiosk, screen)
    assert kiosk.window.width() == width
    assert_fits(kiosk, expected_on(screen, en, en))


SAMPLE = sample_bundle()


@pytest.mark.parametrize("language", ["en", "es", "ar"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: s.name.lower())
def test_the_sample_bundle_fits_at_every_text_size(qtbot, size, language):
    """Real content: every topic and every service it links, whole."""
    kiosk = make_kiosk(qtbot, bundle=SAMPLE)
    session = kiosk.session
    session.start()
    session.set_language(language)
    session.set_text_size(size)
    titles = [kiosk.window.screen.title.text()]
    assert_fits(kiosk, titles)
    for topic in session.bundle.topics:
        session.open_topic(topic.id)
        assert_fits(kiosk, [kiosk.window.screen.title.text()])
        for rid in topic.resource_ids:
            session.open_resource(rid)
            assert_fits(kiosk, [kiosk.window.screen.title.text()])
            session.back()
        session.home()
