"""Keypad navigation (EZ Access model) on the real window, offscreen: every
key goes in through the window's QWindow, as a USB keypad's would, past the
Quick-exit watcher."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from ui_helpers import all_texts, make_kiosk, remove_filters

from kiosk.app.kiosk import Kiosk
from kiosk.session import Screen, TextSize
from kiosk.ui.reading_order import item_text
from kiosk.ui.theme import contrast_ratio

NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def kiosk(qtbot):
    made = make_kiosk(qtbot)
    yield made
    remove_filters(made)


def press(kiosk: Kiosk, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO) -> None:
    """One key, where a keypad's keys arrive: the window's QWindow."""
    QTest.keyClick(kiosk.window.windowHandle(), key, modifiers)


def walk_items(kiosk: Kiosk) -> list[QWidget]:
    """Down from the top until the keypad stays put: every item it lands on."""
    landed: list[QWidget] = []
    keypad = kiosk.window.keypad
    for _ in range(400):
        press(kiosk, Qt.Key.Key_Down)
        current = keypad.current
        assert current is not None
        if landed and current is landed[-1]:
            return landed
        landed.append(current)
    pytest.fail("the keypad never reached the end of the screen")


def shown_items(page: QWidget) -> set[QWidget]:
    """What a visitor sees on the page, found without kiosk.ui.reading_order:
    every button shown and every text shown that says something."""
    found: set[QWidget] = set()
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or widget.objectName() == "focus_ring":
            continue
        says = isinstance(widget, QLabel) and (widget.text().strip() or widget.accessibleName())
        if says or isinstance(widget, QAbstractButton):
            found.add(widget)
    return found


def places(kiosk: Kiosk) -> list[tuple[str, Callable[[], None]]]:
    """Every screen of the sample bundle, and how to reach it from the cover."""
    session = kiosk.session
    bundle = session.bundle
    found: list[tuple[str, Callable[[], None]]] = [("cover", lambda: None)]
    found.append(("home", session.start))
    for topic in bundle.topics:
        found.append(
            (f"topic {topic.id}", lambda t=topic.id: (session.start(), session.open_topic(t)))
        )
    for rid in sorted(bundle.resources):
        found.append((f"resource {rid}", lambda r=rid: (session.start(), session.open_resource(r))))
    found.append(("language", lambda: (session.start(), session.open_language())))
    found.append(("display", lambda: (session.start(), session.open_display())))
    found.append(("about", lambda: (session.start(), session.open_about())))
    printable = next(rid for rid, r in sorted(bundle.resources.items()) if r.verified is not None)
    found.append(
        ("slip", lambda: (session.start(), session.add_to_slip(printable), session.open_slip()))
    )
    return found


GROUPS = ("cover", "home", "topic", "resource", "language", "display", "about", "slip")


@pytest.mark.parametrize("group", GROUPS)
def test_the_keypad_reaches_every_item_of_every_screen(kiosk, qtbot, group):
    window = kiosk.window
    chosen = [(name, go) for name, go in places(kiosk) if name.split()[0] == group]
    assert chosen
    for name, go in chosen:
        kiosk.quick_exit()
        go()
        if name == "cover":
            press(kiosk, Qt.Key.Key_Down)  # the first key says how to use the keypad
        landed = walk_items(kiosk)
        assert len(landed) == len(set(landed)), name
        page = window.pages.currentWidget()
        missing = shown_items(page) - set(landed)
        assert not missing, (name, [item_text(w) or w.objectName() for w in missing])
        # The end of the screen is in view, with the ring around it.
        last = landed[-1]
        assert window.keypad.ring.isVisible(), name
        assert last.visibleRegion().boundingRect().height() > 0, name


def test_up_comes_back_the_same_way(kiosk):
    kiosk.session.start()
    kiosk.session.open_topic(kiosk.session.bundle.topics[0].id)
    down = walk_items(kiosk)
    up = [down[-1]]
    for _ in range(len(down) - 1):
        press(kiosk, Qt.Key.Key_Up)
        up.append(kiosk.window.keypad.current)
    assert up == list(reversed(down))


def state(kiosk: Kiosk) -> tuple:
    """Everything a tap can change, as plain values."""
    session, window = kiosk.session, kiosk.window
    return (
        session.place.screen,
        session.place.topic_id,
        session.place.resource_id,
        tuple(session.slip),
        session.language,
        session.text_size,
        session.high_contrast,
        kiosk.open_panel,
        window.pages.currentWidget() is window.cover_page,
    )


def pressable(kiosk: Kiosk, name: str, go: Callable[[], None]) -> list[str]:
    kiosk.quick_exit()
    go()
    return [
        w.objectName() or item_text(w)
        for w in walk_items(kiosk)
        if isinstance(w, QAbstractButton) and w.isEnabled()
    ]


def by_keypad(kiosk: Kiosk, go: Callable[[], None], index: int) -> tuple:
    kiosk.quick_exit()
    go()
    for _ in range(index + 1):
        press(kiosk, Qt.Key.Key_Down)
    press(kiosk, Qt.Key.Key_Return)
    return state(kiosk)


@pytest.mark.parametrize(
    "group",
    [
        pytest.param(g, marks=pytest.mark.slow) if g in ("topic", "resource") else g
        for g in GROUPS[1:]
    ],
)
def test_enter_on_every_button_does_what_a_tap_does(kiosk, qtbot, group):
    window = kiosk.window
    printed: list[int] = []
    window.print_requested.disconnect()  # no real print job: only that it was asked for
    window.print_requested.connect(lambda: printed.append(1))
    checked = 0
    for name, go in places(kiosk):
        if name.split()[0] != group:
            continue
        kiosk.quick_exit()
        go()
        items = walk_items(kiosk)
        for index, item in enumerate(items):
            if not isinstance(item, QAbstractButton) or not item.isEnabled():
                continue
            ident = item.objectName() or item_text(item)
            printed.clear()
            entered = by_keypad(kiosk, go, index)
            prints_by_key = len(printed)
            kiosk.quick_exit()
            go()
            twin = next(w for w in walk_items(kiosk) if (w.objectName() or item_text(w)) == ident)
            printed.clear()
            twin.click()
            assert state(kiosk) == entered, (name, ident)
            assert len(printed) == prints_by_key, (name, ident)
            checked += 1
    assert checked


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_return_and_the_number_pads_enter_choose(kiosk, key):
    kiosk.session.start()
    topic = kiosk.session.bundle.topics[0]
    items = walk_items(kiosk)
    target = next(i for i, w in enumerate(items) if w.objectName() == f"topic_{topic.id}")
    kiosk.quick_exit()
    kiosk.session.start()
    for _ in range(target + 1):
        press(kiosk, Qt.Key.Key_Down)
    modifiers = Qt.KeyboardModifier.KeypadModifier if key == Qt.Key.Key_Enter else NO
    press(kiosk, key, modifiers)
    assert kiosk.session.place.topic_id == topic.id


def test_enter_on_a_text_says_it_again(kiosk, qtbot):
    kiosk.session.start()
    press(kiosk, Qt.Key.Key_Down)
    keypad = kiosk.window.keypad
    while not isinstance(keypad.current, QLabel):
        press(kiosk, Qt.Key.Key_Down)
    text = keypad.current
    with qtbot.waitSignal(keypad.landed) as said:
        press(kiosk, Qt.Key.Key_Return)
    assert said.args == [text, item_text(text)]
    assert kiosk.session.place.screen is Screen.HOME


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Backspace])
def test_back_goes_back(kiosk, key):
    session = kiosk.session
    session.start()
    session.open_topic(session.bundle.topics[0].id)
    press(kiosk, Qt.Key.Key_Down)
    press(kiosk, key)
    assert session.place.screen is Screen.HOME
    assert kiosk.window.keypad.current is None


def test_landing_says_the_item_for_speech(kiosk, qtbot):
    kiosk.session.start()
    with qtbot.waitSignal(kiosk.window.keypad.landed) as landed:
        press(kiosk, Qt.Key.Key_Down)
    widget, text = landed.args
    assert widget is kiosk.window.keypad.current and widget.hasFocus()
    assert text == item_text(widget) and text


def test_a_text_the_keypad_lands_on_has_the_focus_assistive_technology_sees(kiosk):
    from PySide6.QtGui import QAccessible

    kiosk.session.start()
    text = land_on(kiosk, lambda w: isinstance(w, QLabel))
    seen = QAccessible.queryAccessibleInterface(text)
    assert seen.state().focused
    assert seen.text(QAccessible.Text.Name) == text.text()


# --- help and the cover ----------------------------------------------------------

HOME_HELP = {
    "en": "This is the start page. It lists the topics: choose one to read it.",
}


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_Question, Qt.Key.Key_Help])
def test_help_says_what_the_screen_is_and_how_to_use_the_keys(kiosk, qtbot, key):
    kiosk.session.start()
    modifiers = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Question else NO
    with qtbot.waitSignal(kiosk.window.keypad.help_requested) as helped:
        press(kiosk, key, modifiers)
    (text,) = helped.args
    assert text.startswith(HOME_HELP["en"])
    assert "Press Down or Up to move from item to item" in text
    hint = kiosk.window.visit_hint
    assert hint.isVisible() and hint.text.text() == text
    assert kiosk.session.place.screen is Screen.HOME


def test_help_is_in_the_visitors_language(kiosk, qtbot):
    from kiosk.catalogues import translate

    kiosk.session.start()
    kiosk.session.set_language("ar")
    with qtbot.waitSignal(kiosk.window.keypad.help_requested) as helped:
        press(kiosk, Qt.Key.Key_F1)
    (text,) = helped.args
    arabic = translate("ar", "Keypad", HOME_HELP["en"])
    assert arabic != HOME_HELP["en"]
    assert text.startswith(arabic)


def test_the_first_key_on_the_cover_says_how_to_use_the_keypad(kiosk, qtbot):
    window = kiosk.window
    assert not window.cover_hint.isVisible()
    with qtbot.waitSignal(window.keypad.help_requested) as helped:
        press(kiosk, Qt.Key.Key_Down)
    (text,) = helped.args
    assert text.startswith("This kiosk has information and places that can help. Press Enter")
    assert text.endswith("For another language, press Enter to start, then choose Change language.")
    assert window.cover_hint.isVisible() and window.cover_hint.text.text() == text
    # Said, not moved: Enter starts, as the hint says.
    assert window.keypad.current is None
    press(kiosk, Qt.Key.Key_Return)
    assert kiosk.session.place.screen is Screen.HOME
    assert not window.cover_hint.isVisible() and not window.visit_hint.isVisible()


# --- safety: Quick exit, the panic key, the idle reset -------------------------------


def navigate_somewhere(kiosk: Kiosk) -> QWidget:
    session = kiosk.session
    session.start()
    session.open_topic(session.bundle.topics[0].id)
    for _ in range(5):
        press(kiosk, Qt.Key.Key_Down)
    press(kiosk, Qt.Key.Key_F1)
    current = kiosk.window.keypad.current
    assert current is not None and kiosk.window.visit_hint.isVisible()
    return current


def assert_forgotten(kiosk: Kiosk) -> None:
    window = kiosk.window
    assert kiosk.session.place.screen is Screen.COVER
    assert window.pages.currentWidget() is window.cover_page
    assert window.keypad.current is None
    assert not window.keypad.ring.isVisible()
    for hint in (window.visit_hint, window.cover_hint):
        assert not hint.isVisible() and hint.text.text() == ""
    # Back at the top: the first key on the cover explains again, then
    # Down lands on the cover's first item.
    press(kiosk, Qt.Key.Key_Down)
    assert window.keypad.current is None and window.cover_hint.isVisible()
    press(kiosk, Qt.Key.Key_Down)
    first = window.reading_items()[0]
    assert window.keypad.current is first


def test_shift_three_times_while_navigating(kiosk):
    navigate_somewhere(kiosk)
    for _ in range(3):
        press(kiosk, Qt.Key.Key_Shift)
    assert_forgotten(kiosk)


def test_a_navigation_key_between_shifts_restarts_the_count(kiosk):
    navigate_somewhere(kiosk)
    press(kiosk, Qt.Key.Key_Shift)
    press(kiosk, Qt.Key.Key_Down)
    press(kiosk, Qt.Key.Key_Shift)
    press(kiosk, Qt.Key.Key_Shift)
    assert kiosk.session.place.screen is Screen.TOPIC
    press(kiosk, Qt.Key.Key_Shift)
    assert_forgotten(kiosk)


def test_the_panic_key_while_navigating(kiosk):
    navigate_somewhere(kiosk)
    press(kiosk, Qt.Key.Key_F12)
    assert_forgotten(kiosk)


def test_quick_exit_is_reachable_by_keypad(kiosk):
    navigate_somewhere(kiosk)
    keypad = kiosk.window.keypad
    for _ in range(60):
        if keypad.current is not None and keypad.current.objectName() == "quick_exit":
            break
        press(kiosk, Qt.Key.Key_Up)
    else:
        pytest.fail("Up never reached Quick exit")
    press(kiosk, Qt.Key.Key_Return)
    assert_forgotten(kiosk)


def test_the_idle_reset_forgets_the_position(kiosk):
    from kiosk.session import Panel

    navigate_somewhere(kiosk)
    kiosk.ask_still_there()
    assert kiosk.open_panel is Panel.STILL_THERE
    kiosk.window.overlays.panel.expired.emit()
    assert_forgotten(kiosk)


def test_no_word_of_the_help_is_left_after_quick_exit(kiosk):
    navigate_somewhere(kiosk)
    said = kiosk.window.visit_hint.text.text()
    kiosk.quick_exit()
    assert said not in all_texts()


def test_a_panel_keeps_the_keypad_on_quick_exit_and_the_panel(kiosk):
    from kiosk.session import Panel

    kiosk.session.start()
    kiosk.ask_still_there()
    assert kiosk.open_panel is Panel.STILL_THERE
    items = walk_items(kiosk)
    assert items[0].objectName() == "quick_exit"
    panel = kiosk.window.overlays.panel
    assert all(w is items[0] or panel.isAncestorOf(w) for w in items)


# --- the focus ring: WCAG 2.4.13 Focus Appearance, measured on the grabbed window ----


def land_on(kiosk: Kiosk, wanted: Callable[[QWidget], bool]) -> QWidget:
    for _ in range(80):
        press(kiosk, Qt.Key.Key_Down)
        current = kiosk.window.keypad.current
        if current is not None and wanted(current):
            return current
    pytest.fail("the keypad never landed on the item wanted")


def thickest_change(focused, unfocused, points) -> int:
    """The longest run of pixels along `points` that differ by 3:1 or more
    between the focused and the unfocused window."""
    best = run = 0
    for x, y in points:
        a = focused.pixelColor(x, y).name()
        b = unfocused.pixelColor(x, y).name()
        run = run + 1 if contrast_ratio(a, b) >= 3.0 else 0
        best = max(best, run)
    return best


def perimeter_thickness(kiosk: Kiosk, item: QWidget) -> int:
    """The thinnest the 3:1 change is anywhere around the item: a line is
    drawn across each edge (from 10 px inside to 10 px outside) every 3 px
    along it, and the thinnest line's longest run is returned."""
    window = kiosk.window
    focused = window.grab().toImage()
    window.keypad.screen_changed()
    window.setFocus()
    unfocused = window.grab().toImage()
    top_left = item.mapTo(window, item.rect().topLeft())
    left, top = top_left.x(), top_left.y()
    right, bottom = left + item.width() - 1, top + item.height() - 1
    width, height = focused.width(), focused.height()
    lines = []
    for x in range(left + 12, right - 12, 3):
        lines.append([(x, y) for y in range(top - 10, top + 10)])
        lines.append([(x, y) for y in range(bottom + 10, bottom - 10, -1)])
    for y in range(top + 12, bottom - 12, 3):
        lines.append([(x, y) for x in range(left - 10, left + 10)])
        lines.append([(x, y) for x in range(right + 10, right - 10, -1)])
    inside = [[(x, y) for x, y in line if 0 <= x < width and 0 <= y < height] for line in lines]
    assert inside
    return min(thickest_change(focused, unfocused, line) for line in inside)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("contrast", [False, True], ids=["normal", "high-contrast"])
def test_the_focus_ring_is_thick_and_contrasting(kiosk, language, size, contrast):
    session = kiosk.session
    session.start()
    session.set_language(language)
    session.set_text_size(size)
    session.set_high_contrast(contrast)
    session.home()
    topic = land_on(kiosk, lambda w: w.objectName().startswith("topic_"))
    assert perimeter_thickness(kiosk, topic) >= 2
    text = land_on(kiosk, lambda w: isinstance(w, QLabel))
    assert perimeter_thickness(kiosk, text) >= 2
    session.open_resource(sorted(session.bundle.resources)[0])
    phone = land_on(kiosk, lambda w: w.objectName() == "phone")
    assert perimeter_thickness(kiosk, phone) >= 2


def test_the_focus_ring_on_the_cover(kiosk):
    press(kiosk, Qt.Key.Key_Down)  # the keypad explained
    start = land_on(kiosk, lambda w: w.objectName() == "start")
    assert perimeter_thickness(kiosk, start) >= 2


def test_a_tap_elsewhere_takes_the_ring_away(kiosk):
    kiosk.session.start()
    press(kiosk, Qt.Key.Key_Down)
    assert kiosk.window.keypad.ring.isVisible()
    other = next(
        b for b in kiosk.window.visit_screen.findChildren(QAbstractButton) if b.isVisible()
    )
    other.setFocus(Qt.FocusReason.MouseFocusReason)
    assert not kiosk.window.keypad.ring.isVisible()
    assert kiosk.window.keypad.current is None
