"""kiosk.ui.reading_order on small real widget trees: which items, in which
order, and what each one says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from ui_helpers import make_kiosk, remove_filters

from kiosk.ui.bidi import left_to_right
from kiosk.ui.reading_order import NOT_AN_ITEM, bring_into_view, item_text, reading_items


def names(items: list[QWidget]) -> list[str]:
    return [w.objectName() for w in items]


def shown(qtbot, root: QWidget, rtl: bool = False) -> QWidget:
    if rtl:
        root.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(root)
    root.resize(600, 400)
    root.show()
    qtbot.waitExposed(root)
    return root


def named(widget: QWidget, name: str) -> QWidget:
    widget.setObjectName(name)
    return widget


def column(*widgets: QWidget) -> QWidget:
    root = QWidget()
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    return root


def grid(rows: int, columns: int) -> QWidget:
    root = QWidget()
    layout = QGridLayout(root)
    for r in range(rows):
        for c in range(columns):
            layout.addWidget(named(QPushButton(f"{r}{c}"), f"b{r}{c}"), r, c)
    return root


@pytest.mark.parametrize(
    ("rtl", "expected"),
    [
        (False, ["b00", "b01", "b02", "b10", "b11", "b12"]),
        (True, ["b00", "b01", "b02", "b10", "b11", "b12"]),  # a mirrored grid: same order
    ],
    ids=["ltr", "rtl"],
)
def test_a_grid_reads_row_by_row_from_the_starting_edge(qtbot, rtl, expected):
    root = shown(qtbot, grid(2, 3), rtl)
    items = reading_items(root)
    assert names(items) == expected
    xs = [w.mapTo(root, w.rect().topLeft()).x() for w in items[:3]]
    assert xs == (sorted(xs, reverse=True) if rtl else sorted(xs))


def test_texts_are_items_and_empty_or_hidden_ones_are_not(qtbot):
    hidden = named(QLabel("hidden"), "hidden")
    root = column(
        named(QLabel("Title"), "title"),
        named(QLabel(""), "empty"),
        named(QLabel("   "), "blank"),
        hidden,
        named(QPushButton("Go"), "go"),
        named(QLabel("\u2066\u2069"), "marks_only"),
    )
    hidden.hide()
    assert names(reading_items(shown(qtbot, root))) == ["title", "go"]


def test_a_picture_with_a_name_is_an_item(qtbot):
    picture = named(QLabel(), "picture")
    picture.setAccessibleName("Preview of the printed slip")
    root = shown(qtbot, column(picture))
    assert names(reading_items(root)) == ["picture"]
    assert item_text(picture) == "Preview of the printed slip"


def test_a_text_field_is_an_item_and_says_its_name(qtbot):
    field = named(QLineEdit(), "pin")
    field.setAccessibleName("Staff PIN")
    root = shown(qtbot, column(named(QLabel("PIN"), "label"), field))
    assert names(reading_items(root)) == ["label", "pin"]
    assert item_text(field) == "Staff PIN"


def test_the_navigations_own_widgets_are_no_items(qtbot):
    ring = named(QLabel("ring"), "ring")
    ring.setProperty(NOT_AN_ITEM, True)
    root = shown(qtbot, column(named(QLabel("a"), "a"), ring))
    assert names(reading_items(root)) == ["a"]


def test_a_buttons_own_children_are_not_items_of_their_own(qtbot):
    button = named(QPushButton("Outer"), "outer")
    inner = QLabel("inner", button)
    inner.setObjectName("inner")
    root = shown(qtbot, column(button))
    assert names(reading_items(root)) == ["outer"]


def scrolled_page() -> tuple[QWidget, QScrollArea]:
    content = column(*(named(QLabel(f"line {i}"), f"line{i}") for i in range(40)))
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    header = QWidget()
    row = QHBoxLayout(header)
    row.addWidget(named(QPushButton("Back"), "back"))
    row.addWidget(named(QPushButton("Quick exit"), "quick_exit"))
    return column(header, area), area


def test_a_scroll_areas_content_is_one_block_in_its_own_order(qtbot):
    root, area = scrolled_page()
    shown(qtbot, root)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    items = names(reading_items(root))
    # Scrolled to the end, the first lines are above the window; still read
    # after the header, in their order.
    assert items == ["back", "quick_exit", *(f"line{i}" for i in range(40))]


def test_bring_into_view_scrolls_an_item_in(qtbot):
    root, area = scrolled_page()
    shown(qtbot, root)
    last = root.findChild(QLabel, "line39")
    assert last.visibleRegion().isEmpty()
    bring_into_view(last)
    assert not last.visibleRegion().isEmpty()
    first = root.findChild(QLabel, "line0")
    bring_into_view(first)
    assert area.verticalScrollBar().value() == 0


def test_rtl_header_reads_from_the_right(qtbot):
    root, _ = scrolled_page()
    shown(qtbot, root, rtl=True)
    back = root.findChild(QPushButton, "back")
    exit_ = root.findChild(QPushButton, "quick_exit")
    assert (
        back.mapTo(root, back.rect().topLeft()).x() > exit_.mapTo(root, exit_.rect().topLeft()).x()
    )
    assert names(reading_items(root))[:2] == ["back", "quick_exit"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Call: " + left_to_right("(555) 010-0199"), "", "Call: (555) 010-0199"),
        ("\u200fهاتف: " + left_to_right("+1 555 010 0199"), "", "هاتف: +1 555 010 0199"),
        ("→ Back", "Back", "Back"),
        ("Address", "", "Address"),
        ("  padded  ", "", "padded"),
        ("12 Main St\nSpringfield", "", "12 Main St\nSpringfield"),
    ],
)
def test_item_text(qtbot, text, name, expected):
    widget = QLabel(text)
    qtbot.addWidget(widget)
    if name:
        widget.setAccessibleName(name)
    assert item_text(widget) == expected


def test_phone_numbers_read_as_the_screen_shows_them(qtbot):
    kiosk = make_kiosk(qtbot)
    try:
        session = kiosk.session
        session.start()
        resource = next(r for r in session.bundle.resources.values() if r.phones)
        session.open_resource(resource.id)
        phones = [w for w in kiosk.window.reading_items() if w.objectName() == "phone"]
        assert [item_text(w) for w in phones] == [
            w.text().replace("\u2066", "").replace("\u2069", "") for w in phones
        ]
        assert any(resource.phones[0].display in item_text(w) for w in phones)
    finally:
        remove_filters(kiosk)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_header_reads_from_the_starting_edge(qtbot, language):
    kiosk = make_kiosk(qtbot)
    try:
        session = kiosk.session
        session.start()
        session.set_language(language)
        session.open_topic(session.bundle.topics[0].id)
        window = kiosk.window
        header = [w for w in window.reading_items() if window.header.isAncestorOf(w)]
        names = [w.objectName() for w in header]
        assert names == ["back", "home", "read_aloud", "open_language", "quick_exit"]
        xs = [w.mapTo(window, w.rect().topLeft()).x() for w in header]
        assert xs == (sorted(xs) if language == "en" else sorted(xs, reverse=True))
    finally:
        remove_filters(kiosk)
