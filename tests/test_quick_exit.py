"""Quick exit from anywhere, whatever is open, and a wipe that leaves nothing."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import all_texts, button, make_kiosk, remove_filters

from kiosk.config import KioskConfig
from kiosk.session import Screen
from kiosk.ui.idle import StillTherePanel
from kiosk.ui.quick_exit import SHIFT_WINDOW_S, QuickExitKeys, key_from_name
from kiosk.ui.staff import PinPad, StaffPanel


def deep_visit(kiosk):
    """A visit that leaves traces everywhere: a topic, a resource, a slip item,
    another language, bigger text, high contrast, scrolled."""
    session = kiosk.session
    session.start()
    topic = next(t for t in session.bundle.topics if all("ar" in q.answer for q in t.questions))
    session.open_topic(topic.id)
    session.open_resource(topic.resource_ids[0])
    session.add_to_slip(topic.resource_ids[0])
    session.back()
    kiosk.window.screen.restore_scroll(400)
    session.set_language("ar")
    return topic


def assert_forgotten(kiosk, qtbot, topic):
    session, window = kiosk.session, kiosk.window
    assert session.place.screen is Screen.COVER
    assert window.overlays.panel is None and not window.overlays.isVisible()
    assert session.slip == [] and session.history == []
    assert session.language == session.bundle.default_language
    assert not session.high_contrast
    # Old screens are destroyed on the next pass of the event loop; after it
    # no widget anywhere, shown or hidden, still holds the visit's text.
    qtbot.wait(1)
    QApplication.sendPostedEvents(None, 0)
    secrets = [topic.title[lang] for lang in topic.title] + [
        q.question[lang] for q in topic.questions for lang in q.question
    ]
    texts = all_texts()
    for secret in secrets:
        assert not any(secret in text for text in texts), secret


def test_the_button_hides_everything(kiosk, qtbot):
    topic = deep_visit(kiosk)
    kiosk.session.set_high_contrast(True)
    quick = button(kiosk.window, "quick_exit")
    assert quick.isVisible()
    qtbot.mousePress(quick, Qt.MouseButton.LeftButton)  # acts on press, not release
    assert_forgotten(kiosk, qtbot, topic)


def test_quick_exit_sits_in_the_same_corner_on_every_screen(kiosk, qtbot):
    session, window = kiosk.session, kiosk.window
    session.start()
    spots = set()
    topic = session.bundle.topics[0]
    for go in (
        session.home,
        lambda: session.open_topic(topic.id),
        lambda: session.open_resource(topic.resource_ids[0]),
        session.open_about,
    ):
        go()
        quick = button(window, "quick_exit")
        spots.add(quick.mapTo(window, quick.rect().topRight()).toTuple())
    assert len(spots) == 1
    ((x, y),) = spots
    assert x >= window.width() - 24 and y <= 24, "top trailing corner"


def test_no_key_brings_the_visit_back(kiosk, qtbot):
    topic = deep_visit(kiosk)
    kiosk.quick_exit()
    window = kiosk.window
    for key, mod in (
        (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Back, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(window.windowHandle(), key, mod)
        assert kiosk.session.place.screen is Screen.COVER
    kiosk.session.back()
    assert_forgotten(kiosk, qtbot, topic)
    button(window, "start").click()
    assert kiosk.session.place.screen is Screen.HOME, "a fresh visit starts at Home"
    assert kiosk.session.history == []


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def shift_keys(fires, clock=None, panic="F12"):
    return QuickExitKeys(lambda: fires.append(1), key_from_name(panic), clock or FakeClock())


NO_MOD = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_shift_three_times_within_the_window_fires():
    fires, clock = [], FakeClock()
    keys = shift_keys(fires, clock)
    for _ in range(3):
        keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
        clock.now += SHIFT_WINDOW_S - 0.1
    assert fires == [1]


def test_shift_presses_too_far_apart_do_not_fire():
    fires, clock = [], FakeClock()
    keys = shift_keys(fires, clock)
    for _ in range(3):
        keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
        clock.now += SHIFT_WINDOW_S + 0.1
    assert fires == []


def test_shift_with_another_key_and_other_keys_reset_the_count():
    fires = []
    keys = shift_keys(fires)
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
    keys.key_pressed(Qt.Key.Key_A, SHIFT)  # typing a capital letter
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
    assert fires == []
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT | Qt.KeyboardModifier.ControlModifier)
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
    assert fires == [], "Ctrl+Shift is not a Shift press"
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
    assert fires == [1]


def test_held_shift_auto_repeat_does_not_count():
    fires = []
    keys = shift_keys(fires)
    keys.key_pressed(Qt.Key.Key_Shift, SHIFT)
    for _ in range(5):
        keys.key_pressed(Qt.Key.Key_Shift, SHIFT, auto_repeat=True)
    assert fires == []


def test_panic_key_fires_at_once():
    fires = []
    keys = shift_keys(fires, panic="Pause")
    keys.key_pressed(Qt.Key.Key_Pause, NO_MOD)
    assert fires == [1]
    assert key_from_name("NoSuchKey") is None


def press_shift_three_times(qtbot, kiosk):
    """Through the window system, as a keyboard would: the QWindow first."""
    # No modifier given: QTest would press Shift once more for a Shift modifier.
    for _ in range(3):
        qtbot.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_Shift, NO_MOD)


def test_shift_three_times_through_the_real_event_path(kiosk, qtbot):
    topic = deep_visit(kiosk)
    press_shift_three_times(qtbot, kiosk)
    assert_forgotten(kiosk, qtbot, topic)


@pytest.fixture
def pin_kiosk(qtbot):
    from kiosk.config import hash_pin

    built = make_kiosk(qtbot, KioskConfig(staff_pin_hash=hash_pin("2468"), panic_key="F12"))
    yield built
    remove_filters(built)


@pytest.mark.parametrize("panel", ["pin pad", "staff panel", "still there"])
@pytest.mark.parametrize("trigger", ["button", "shift", "panic key"])
def test_quick_exit_works_with_a_panel_open(pin_kiosk, qtbot, panel, trigger):
    kiosk = pin_kiosk
    topic = deep_visit(kiosk)
    if panel == "pin pad":
        kiosk.staff.open_access()
        assert isinstance(kiosk.window.overlays.panel, PinPad)
    elif panel == "staff panel":
        kiosk.staff.open_panel()
        assert isinstance(kiosk.window.overlays.panel, StaffPanel)
    else:
        kiosk.ask_still_there()
        assert isinstance(kiosk.window.overlays.panel, StillTherePanel)
    if trigger == "button":
        quick = button(kiosk.window, "quick_exit")
        assert quick.isEnabled()
        qtbot.mousePress(quick, Qt.MouseButton.LeftButton)
    elif trigger == "shift":
        press_shift_three_times(qtbot, kiosk)
    else:
        qtbot.keyClick(kiosk.window.windowHandle(), Qt.Key.Key_F12)
    assert_forgotten(kiosk, qtbot, topic)


def test_clipboard_is_cleared_if_the_kiosk_owned_it(kiosk, qtbot):
    deep_visit(kiosk)
    clipboard = QApplication.clipboard()
    clipboard.setText("something from the visit")
    kiosk.quick_exit()
    assert clipboard.text() == ""
