"""Soak: a seeded monkey (tests/monkey.py) drives the real kiosk window for
2,000 events, with a content folder that receives newer signed bundles while
it runs. Every event must leave the kiosk usable; every reset must leave it
as it was after the first one.

benchmarks/soak.py runs the same monkey for 20,000+ events and reports
memory figures.
"""

from __future__ import annotations

import sys
import weakref

import pytest
from monkey import Monkey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from soak_support import BundleSupply, flush_deletes, footprint, soak_config
from ui_helpers import TODAY, make_kiosk_from

from kiosk.bundle_origin import ContentSource
from kiosk.session import Screen, TextSize

SEED = 20261127
EVENTS = 2000
WARM_UP = 300  # events before the baseline: every screen built once, printing loaded


@pytest.fixture
def soak(qtbot, tmp_path):
    """A kiosk on an installed bundle (version 1), a supply of newer ones,
    short idle times and a printer that does not exist."""
    supply = BundleSupply(tmp_path / "supply", tmp_path / "content", TODAY)
    supply.install_next()
    kiosk = make_kiosk_from(qtbot, soak_config(), ContentSource(content_dir=supply.content_dir))
    yield kiosk, supply
    if kiosk.printing.printer is not None:
        kiosk.printing.printer.wait_until_idle()
    kiosk.shut_down()


@pytest.mark.slow
def test_two_thousand_events_keep_every_promise(soak):
    kiosk, supply = soak
    widgets_at_resets: list[tuple[int, int]] = []
    none_refs: list[int] = []

    def at_reset(monkey: Monkey) -> None:
        flush_deletes()
        widgets_at_resets.append((monkey.tally.events, len(QApplication.allWidgets())))
        none_refs.append(sys.getrefcount(None))

    monkey = Monkey(kiosk, SEED, supply=supply, on_reset=at_reset)
    monkey.run(EVENTS // 2)
    # Installs come at random too; one for certain, in the middle of a visit.
    monkey.go_home()
    monkey.install_newer_bundle()
    tally = monkey.run(EVENTS - monkey.tally.events)
    monkey.finish()

    assert not monkey.problems, monkey.problems[0]
    assert tally.events >= EVENTS
    # The walk went everywhere the issue names.
    assert tally.screens_seen == {s.value for s in Screen}
    assert tally.languages_seen == set(kiosk.session.bundle.languages)
    assert tally.text_sizes_seen == {int(s) for s in TextSize}
    assert tally.by_action["quick_exit_button"] and tally.by_action["quick_exit_shift"]
    assert tally.quick_exits >= 10
    assert tally.idle_resets >= 1 and tally.idle_questions >= 1
    assert tally.prints >= 1
    assert tally.by_action["staff_corner"] >= 1
    assert tally.installs >= 1 and tally.bundle_switches >= 1
    assert tally.home_probes >= 20
    # Printing went to a printer that does not exist: the visitor was told, no paper came out.
    assert tally.print_outcomes and set(tally.print_outcomes) == {"no-printer"}
    # After a reset, the same widgets as after the first one (screens,
    # panels, old covers all destroyed).
    settled = [count for events, count in widgets_at_resets if events >= WARM_UP]
    assert len(settled) >= 20
    assert set(settled) == {settled[0]}, widgets_at_resets
    # The PySide6 6.12.0 hazard: void calls dropping None's reference count
    # until "Fatal Python error: none_dealloc". It may rise (6.11.3 leaks a
    # reference per Python-made widget, which is harmless); it must not fall.
    assert min(none_refs) >= none_refs[0] - 1000, (none_refs[0], min(none_refs))


@pytest.mark.slow
def test_python_objects_return_to_the_baseline_after_each_reset(soak):
    kiosk, _ = soak
    counts: list[tuple[int, int]] = []

    def at_reset(monkey: Monkey) -> None:
        if monkey.tally.events >= 150:
            counts.append((monkey.tally.events, footprint().objects))

    # Measuring at resets gives Qt's timers time to fire between events, which
    # can trip the known Enter-then-quick-exit bug (test above): note, go on.
    monkey = Monkey(kiosk, SEED + 1, supply=None, on_reset=at_reset, keep_going=True)
    monkey.run(600)
    assert len(counts) >= 10
    baseline = counts[0][1]
    grown = [(events, objects - baseline) for events, objects in counts]
    assert max(g for _, g in grown) <= 300, grown


def test_a_quick_exit_right_after_enter_on_start_stays_on_the_cover(kiosk, qtbot):
    start = kiosk.window.cover_screen.start_button
    assert kiosk.window.focusWidget() is start
    handle = kiosk.window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_Return)
    qtbot.keyClick(handle, Qt.Key.Key_F12)
    assert kiosk.session.place.screen is Screen.COVER
    # The delayed click would come within 100 ms; give it ten times that.
    with qtbot.waitSignal(start.clicked, timeout=1000, raising=False):
        pass
    assert kiosk.session.place.screen is Screen.COVER


def switch_screens(kiosk, times: int) -> None:
    session = kiosk.session
    topic = session.bundle.topics[0]
    session.start()
    for _ in range(times):
        session.open_topic(topic.id)
        session.home()
        flush_deletes()
    kiosk.quick_exit()
    flush_deletes()


def test_building_screens_leaves_no_python_objects_behind(kiosk):
    switch_screens(kiosk, 20)
    before = footprint().objects
    switch_screens(kiosk, 100)
    grown = footprint().objects - before
    # 200 screens built and dropped; a few objects of slack for caches that settle.
    assert grown <= 100, grown


def test_screens_and_panels_leave_no_references_to_the_session_behind(kiosk):
    switch_screens(kiosk, 5)
    kiosk.session.start()
    for _ in range(5):
        kiosk.ask_still_there()
        kiosk.window.overlays.panel.keep.click()
    kiosk.quick_exit()
    flush_deletes()
    before = weakref.getweakrefcount(kiosk.session), weakref.getweakrefcount(kiosk)
    switch_screens(kiosk, 50)
    kiosk.session.start()
    for _ in range(50):
        kiosk.ask_still_there()
        kiosk.window.overlays.panel.keep.click()
    kiosk.quick_exit()
    flush_deletes()
    after = weakref.getweakrefcount(kiosk.session), weakref.getweakrefcount(kiosk)
    assert after[0] - before[0] <= 5 and after[1] - before[1] <= 5, (before, after)
