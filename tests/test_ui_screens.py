"""The screens a visitor touches, as real widgets on the offscreen platform."""

import itertools
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from ui_helpers import button, make_kiosk, remove_filters, visible_buttons

from kiosk.paths import sample_bundle
from kiosk.session import Screen, TextSize
from kiosk.ui.theme import MIN_TARGET_PX


def walk(kiosk, qtbot):
    """Yield after reaching each screen by tapping, covering every topic and
    every resource the sample bundle links."""
    session, window = kiosk.session, kiosk.window
    button(window, "start").click()
    yield "home"
    for topic in session.bundle.topics:
        button(window, f"topic_{topic.id}").click()
        assert session.place.topic_id == topic.id
        yield f"topic {topic.id}"
        for rid in topic.resource_ids:
            button(window, f"resource_{rid}").click()
            assert session.place.resource_id == rid
            yield f"resource {rid}"
            button(window.header, "back").click()
        button(window.header, "home").click()
    for name in ("open_display", "open_about"):
        button(window, name).click()
        yield name
        button(window.header, "home").click()
    button(window.header, "open_language").click()
    yield "language"


def test_every_topic_and_resource_is_reachable_and_titled(kiosk, qtbot):
    seen = set()
    for step in walk(kiosk, qtbot):
        place = kiosk.session.place
        title = kiosk.window.screen.title.text()
        if place.screen is Screen.TOPIC:
            assert title == kiosk.session.bundle.topic(place.topic_id).title["en"]
        if place.screen is Screen.RESOURCE:
            assert title == kiosk.session.bundle.resources[place.resource_id].name["en"]
        seen.add(step)
    bundle = kiosk.session.bundle
    linked = {rid for t in bundle.topics for rid in t.resource_ids}
    assert {f"resource {rid}" for rid in linked} <= seen
    assert {f"topic {t.id}" for t in bundle.topics} <= seen


def test_every_screen_is_within_three_taps_of_home(kiosk):
    session, window = kiosk.session, kiosk.window
    session.start()
    topic = session.bundle.topics[0]
    rid = topic.resource_ids[0]
    # Home -> topic -> resource -> (add) ; the slip is one tap from the header.
    taps = [f"topic_{topic.id}", f"resource_{rid}", "slip_toggle", "open_slip"]
    for name in taps:
        button(window, name).click()
    assert session.place.screen is Screen.SLIP
    for name in ("open_language", "open_display", "open_about"):
        session.home()
        button(window, name).click()
        assert session.place.screen is not Screen.HOME


def test_every_target_is_big_enough_and_apart(kiosk, qtbot):
    for _ in walk(kiosk, qtbot):
        qtbot.wait(1)
        buttons = visible_buttons(kiosk.window)
        for b in buttons:
            assert b.width() >= MIN_TARGET_PX and b.height() >= MIN_TARGET_PX, (
                b.objectName() or b.text(),
                b.size(),
            )
        rects = [
            (b, b.rect().translated(b.mapTo(kiosk.window, b.rect().topLeft()))) for b in buttons
        ]
        for (a, ra), (b, rb) in itertools.combinations(rects, 2):
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            gap_x = max(rb.left() - ra.right(), ra.left() - rb.right()) - 1
            gap_y = max(rb.top() - ra.bottom(), ra.top() - rb.bottom()) - 1
            assert max(gap_x, gap_y) >= 8, (a.text(), b.text(), ra, rb)


def test_body_text_is_at_least_18_points(kiosk, qtbot):
    for _ in walk(kiosk, qtbot):
        for widget in kiosk.window.findChildren(QLabel):
            if not widget.isVisible() or not widget.text():
                continue
            floor = 15 if widget.property("role") in ("muted", "verified") else 18
            assert widget.font().pointSizeF() >= floor, (
                widget.text()[:40],
                widget.font().pointSizeF(),
            )


def test_controls_have_accessible_names(kiosk, qtbot):
    for _ in walk(kiosk, qtbot):
        for b in visible_buttons(kiosk.window):
            assert b.accessibleName().strip(), b.objectName()
    assert button(kiosk.window, "quick_exit").accessibleName() == "Quick exit"


def test_every_keypad_item_is_named_for_assistive_technology(kiosk, qtbot):
    """What Qt's accessibility bridge (AT-SPI on Linux) reports for each item
    the keypad moves through, texts included, and that the keypad's own focus
    ring is never one of them."""
    from PySide6.QtGui import QAccessible

    from kiosk.ui.reading_order import item_text

    for step in walk(kiosk, qtbot):
        items = kiosk.window.reading_items()
        assert items, step
        for item in items:
            spoken = QAccessible.queryAccessibleInterface(item).text(QAccessible.Text.Name)
            assert spoken.strip(), (step, item.objectName())
            assert item_text(item), (step, item.objectName())
        assert kiosk.window.keypad.ring not in items


def test_text_size_and_contrast_change_and_reset_with_the_session(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    button(window, "start").click()
    body = window.status_band.text
    normal_pt = body.font().pointSizeF()
    button(window, "open_display").click()
    button(window, "text_size_largest").click()
    button(window, "high_contrast_on").click()
    session.home()
    body = window.status_band.text
    assert body.font().pointSizeF() > normal_pt * 1.3
    # The screen's left margin, below the header: background whatever the screen shows.
    background = window.grab().toImage().pixelColor(10, window.height() // 2)
    assert background.lightness() < 20, "high contrast paints a black background"
    kiosk.quick_exit()
    assert session.text_size is TextSize.NORMAL and not session.high_contrast
    button(window, "start").click()
    body = window.status_band.text
    assert body.font().pointSizeF() == normal_pt
    # The screen's left margin, below the header: background whatever the screen shows.
    background = window.grab().toImage().pixelColor(10, window.height() // 2)
    assert background.lightness() > 200


def test_keyboard_alone_can_open_a_topic_and_come_back(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    window.activateWindow()
    qtbot.keyClick(window.screen, Qt.Key.Key_Return)
    assert session.place.screen is Screen.HOME
    for _ in range(30):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        if isinstance(focused, QAbstractButton) and focused.objectName().startswith("topic_"):
            break
    else:
        pytest.fail("Tab never reached a topic button")
    topic_id = focused.objectName().removeprefix("topic_")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.place.screen is Screen.TOPIC)
    assert session.place.topic_id == topic_id
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert session.place.screen is Screen.HOME


def test_arrow_keys_move_focus(kiosk, qtbot):
    window = kiosk.window
    button(window, "start").click()
    first = button(window, f"topic_{kiosk.session.bundle.topics[0].id}")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert window.focusWidget() is not first
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left)
    assert window.focusWidget() is first


def test_unverified_resources_are_badged_and_not_printable(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    session.start()
    unverified = [r for r in session.bundle.resources.values() if r.verified is None]
    assert unverified, "the sample bundle has honest unverified entries"
    session.open_resource(unverified[0].id)
    assert window.screen.findChild(QLabel, "unverified_badge").isVisible()
    assert not button(window, "slip_toggle").isEnabled()


def test_a_missing_translation_says_so(qtbot, tmp_path):
    """The sample is fully translated, so a copy of it loses one Arabic answer."""
    folder = tmp_path / "sample"
    shutil.copytree(sample_bundle(), folder)
    topic_file = folder / "topics" / "for-parents.yaml"
    lines = topic_file.read_text(encoding="utf-8").splitlines(keepends=True)
    (arabic,) = [i for i, line in enumerate(lines) if line.startswith('      ar: "تخدم أوفالون')]
    topic_file.write_text("".join(lines[:arabic] + lines[arabic + 1 :]), encoding="utf-8")
    kiosk = make_kiosk(qtbot, bundle=folder)
    try:
        session, window = kiosk.session, kiosk.window
        session.start()
        untranslated = next(
            t for t in session.bundle.topics if any("ar" not in q.answer for q in t.questions)
        )
        assert untranslated.id == "for-parents"
        session.set_language("ar")
        session.open_topic(untranslated.id)
        note = window.screen.findChild(QLabel, "fallback_note")
        assert note is not None and note.isVisible()
        translated = next(
            t for t in session.bundle.topics if all("ar" in q.answer for q in t.questions)
        )
        session.home()
        session.open_topic(translated.id)
        assert window.screen.findChild(QLabel, "fallback_note") is None
    finally:
        remove_filters(kiosk)
