"""Idle reset: the question, its countdown, keeping going, and the reset."""

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_helpers import button, make_kiosk, remove_filters

from kiosk.config import KioskConfig
from kiosk.session import Screen
from kiosk.ui.idle import IDLE_TICK_MS, StillTherePanel


class FakeClock:
    def __init__(self):
        self.now = 5000.0

    def __call__(self):
        return self.now


@pytest.fixture
def idle_kiosk(qtbot):
    kiosk = make_kiosk(qtbot, KioskConfig(idle_timeout_s=1, idle_warning_s=20))
    kiosk.clock = FakeClock()
    yield kiosk
    remove_filters(kiosk)


def still_there(kiosk):
    panel = kiosk.window.overlays.panel
    return panel if isinstance(panel, StillTherePanel) else None


def quiet_for(kiosk, seconds):
    """`seconds` pass on the kiosk's clock with no input; the monitor looks."""
    kiosk.clock.now += seconds
    kiosk.idle.timer.check()


def test_no_question_on_the_cover(idle_kiosk, qtbot):
    quiet_for(idle_kiosk, 3600)
    assert still_there(idle_kiosk) is None


def test_the_question_comes_when_the_timeout_has_passed_not_before(idle_kiosk, qtbot):
    kiosk = idle_kiosk
    button(kiosk.window, "start").click()
    quiet_for(kiosk, 0.75)
    assert still_there(kiosk) is None
    quiet_for(kiosk, 0.25)
    assert still_there(kiosk) is not None


def test_quiet_visit_gets_the_question_with_a_countdown(idle_kiosk, qtbot):
    """No check() here: the monitor's own tick reads the clock."""
    kiosk = idle_kiosk
    button(kiosk.window, "start").click()
    kiosk.clock.now += 1
    qtbot.waitUntil(lambda: still_there(kiosk) is not None, timeout=IDLE_TICK_MS * 10)
    panel = still_there(kiosk)
    assert "20 seconds" in panel.countdown.text()
    assert panel.keep.height() >= 64 and panel.keep.isVisible()
    kiosk.clock.now += 7
    qtbot.waitUntil(lambda: "13 seconds" in panel.countdown.text(), timeout=2000)


def test_input_postpones_the_question(idle_kiosk, qtbot):
    kiosk = idle_kiosk
    button(kiosk.window, "start").click()
    for _ in range(4):  # 2 s in all, never 1 s without a tap
        quiet_for(kiosk, 0.5)
        assert still_there(kiosk) is None, "each tap starts the quiet spell again"
        qtbot.mouseClick(
            kiosk.window.windowHandle(), Qt.MouseButton.LeftButton, pos=QPoint(640, 700)
        )
    quiet_for(kiosk, 0.75)
    assert still_there(kiosk) is None
    quiet_for(kiosk, 0.25)
    assert still_there(kiosk) is not None


def test_keep_going_can_be_answered_again_and_again(idle_kiosk, qtbot):
    kiosk = idle_kiosk
    button(kiosk.window, "start").click()
    topic = kiosk.session.bundle.topics[0]
    kiosk.session.open_topic(topic.id)
    for _ in range(3):
        quiet_for(kiosk, 1)
        assert still_there(kiosk) is not None
        quiet_for(kiosk, 60)
        assert kiosk.session.place.topic_id == topic.id, "no second question over the first"
        still_there(kiosk).keep.click()
        assert still_there(kiosk) is None
        assert kiosk.session.place.topic_id == topic.id, "the visit goes on where it was"


def test_at_zero_the_visit_is_forgotten(idle_kiosk, qtbot):
    kiosk = idle_kiosk
    button(kiosk.window, "start").click()
    rid = next(iter(kiosk.session.bundle.resources))
    kiosk.session.open_resource(rid)
    kiosk.session.add_to_slip(rid)
    quiet_for(kiosk, 1)
    assert still_there(kiosk) is not None
    kiosk.clock.now += 20
    qtbot.waitUntil(lambda: kiosk.session.place.screen is Screen.COVER, timeout=2000)
    assert kiosk.session.slip == []
    assert still_there(kiosk) is None
    assert kiosk.window.screen.findChild(type(button(kiosk.window, "start")), "start")
    quiet_for(kiosk, 3600)
    assert still_there(kiosk) is None, "the cover asks no one"


def test_config_refuses_a_warning_shorter_than_20_seconds(tmp_path):
    from kiosk.config import ConfigError, load_config

    path = tmp_path / "kiosk.yaml"
    path.write_text("idle_timeout_s: 90\nidle_warning_s: 10\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "kiosk.yaml:2:17" in str(err.value)


def test_a_visitor_listening_to_read_aloud_is_not_asked_while_lines_begin(idle_kiosk, qtbot):
    """Each line Read aloud begins holds off the question, as a tap would: a
    visitor listening touches nothing for minutes."""
    kiosk = idle_kiosk
    button(kiosk.window, "start").click()
    for _ in range(4):
        quiet_for(kiosk, 0.5)
        assert still_there(kiosk) is None
        kiosk.read_aloud.listening()  # what the player's line_started calls
    quiet_for(kiosk, 1)
    assert still_there(kiosk) is not None, "once the reading stops, the question comes"
