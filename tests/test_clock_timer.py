"""The timer the staff corner and the idle reset measure their seconds with:
driven by a test's clock, it fires exactly when that clock says, once."""

from __future__ import annotations

import pytest

from kiosk.ui.clock_timer import ClockTimer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def timed(qtbot):
    clock = Clock()
    timer = ClockTimer(3.0, clock, tick_ms=20)
    fired: list[float] = []
    timer.timeout.connect(lambda: fired.append(clock.now))
    yield clock, timer, fired
    timer.stop()


# (steps: "start" | "stop" | seconds to move the clock on, then check), times it fired
CASES = {
    "not before its time": (["start", 2.5, 0.25], []),
    "at its time": (["start", 3.0], [1003.0]),
    "once, however long after": (["start", 3.5, 10, 100], [1003.5]),
    "never unstarted": ([10, 100], []),
    "stopped, never": (["start", 2.0, "stop", 5.0], []),
    "a restart waits again": (["start", 2.0, "start", 2.0, 1.0], [1005.0]),
    "again after firing, when started again": (["start", 3.0, "start", 3.0], [1003.0, 1006.0]),
}


@pytest.mark.parametrize(("steps", "expected"), CASES.values(), ids=CASES.keys())
def test_it_fires_when_its_clock_says(timed, steps, expected):
    clock, timer, fired = timed
    for step in steps:
        if step == "start":
            timer.start()
        elif step == "stop":
            timer.stop()
        else:
            clock.now += step
            timer.check()
    assert fired == expected


def test_its_tick_reads_the_clock_without_being_asked(timed, qtbot):
    clock, timer, fired = timed
    timer.start()
    assert timer.is_active()
    clock.now += 3.0
    with qtbot.waitSignal(timer.timeout, timeout=1000):
        pass
    assert fired == [1003.0]
    assert not timer.is_active()


def test_a_new_length_counts_from_the_next_start(timed):
    clock, timer, fired = timed
    timer.seconds = 60.0
    timer.start()
    clock.now += 59.0
    timer.check()
    assert fired == []
    clock.now += 1.0
    timer.check()
    assert fired == [1060.0]
