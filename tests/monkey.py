"""A seeded monkey for the kiosk: thousands of taps, keys and staff actions on
the real window, with the promises that must hold after every one of them.

Used by tests/test_soak.py (a few thousand events) and benchmarks/soak.py
(tens of thousands, with memory figures); tests/soak_support.py has the
config, clock, exception spy, bundle supply and memory figures they share.

What it does, by weight: taps a
random control a finger could reach (never the staff panel's Exit kiosk),
walks to a service and adds it to the slip, opens the slip and prints (to a
printer that does not exist: the failure path, never paper), changes the
language and the text size, scrolls, presses keys (Back keys, arrows, Tab,
Enter, the panic key), quick-exits by the button and by Shift three times,
asks "still there?" and lets it run out, opens the staff PIN pad and cancels
or enters the PIN, installs a newer signed bundle into the content folder
mid-visit, and goes Home.

After every event: no exception reached sys.excepthook; the window shows the
screen the session is at; Quick exit is on screen; Home is at most two taps
away; after a reset, the kiosk shows the bundle installed last.

Taps go to the widget (QTest.mouseClick on the button, as tests/visit_driver.py
does), after checking that the button is what a finger at its centre would
touch (no panel over it, scrolled into view). Clicks sent through the QWindow
do not reach buttons inside kinetic-scrolling panes under the offscreen
platform (QScroller holds the synthetic press); real X input does.
"""

from __future__ import annotations

import random
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget
from soak_support import (
    STAFF_PIN,
    BundleSupply,
    ExceptionSpy,
    ShiftedClock,
    flush_deletes,
    wait_until,
)

from kiosk.app.kiosk import Kiosk
from kiosk.content.on_show import ShownBundle
from kiosk.printing.printer import PrintOutcome
from kiosk.session import Change, Screen
from kiosk.ui.idle import StillTherePanel
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.staff import PinPad, StaffPanel
from kiosk.updates.pointers import CURRENT, read_pointer

NEVER_TAP = frozenset({"staff_exit"})  # it quits the kiosk, as staff mean it to
CLOSERS = ("keep_going", "pin_cancel", "staff_close", "print_ok")
NO_MOD = Qt.KeyboardModifier.NoModifier
DISPLAY_CHOICES = (
    "text_size_normal",
    "text_size_large",
    "text_size_largest",
    "high_contrast_on",
    "high_contrast_off",
)
KEYS = (
    (Qt.Key.Key_Escape, NO_MOD),
    (Qt.Key.Key_Backspace, NO_MOD),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Up, NO_MOD),
    (Qt.Key.Key_Down, NO_MOD),
    (Qt.Key.Key_Left, NO_MOD),
    (Qt.Key.Key_Right, NO_MOD),
    (Qt.Key.Key_Tab, NO_MOD),
    (Qt.Key.Key_Return, NO_MOD),
    (Qt.Key.Key_Space, NO_MOD),
    (Qt.Key.Key_A, NO_MOD),
)


def is_on_top(button: QWidget, window: QWidget) -> bool:
    """Would a finger at the button's centre touch this button (not a panel
    over it, not something scrolled over it)?"""
    centre = button.mapTo(window, button.rect().center())
    hit = window.childAt(centre)
    return hit is not None and (hit is button or button.isAncestorOf(hit))


def reachable_buttons(window: QWidget) -> list[QAbstractButton]:
    """Enabled controls on screen that no panel covers (a panel leaves only
    itself and the header's Quick exit within reach)."""
    panel = window.overlays.panel  # type: ignore[attr-defined]
    found = []
    for button in window.findChildren(QAbstractButton):
        if not (button.isVisible() and button.isEnabled()):
            continue
        if button.objectName() in NEVER_TAP:
            continue
        if panel is not None and not (
            panel.isAncestorOf(button) or button.objectName() == "quick_exit"
        ):
            continue
        found.append(button)
    return found


def bring_into_view(button: QWidget) -> None:
    pane = button.parentWidget()
    while pane is not None and not isinstance(pane, QScrollArea):
        pane = pane.parentWidget()
    if isinstance(pane, QScrollArea):
        pane.ensureWidgetVisible(button)


def shown_button(root: QWidget, name: str) -> QAbstractButton | None:
    for button in root.findChildren(QAbstractButton, name):
        if button.isVisible() and button.isEnabled():
            return button
    return None


def taps_to_home(kiosk: Kiosk) -> int | None:
    """How many taps bring the visitor Home from what is on screen now (None
    when there is no way)."""
    window, place = kiosk.window, kiosk.session.place.screen
    panel = window.overlays.panel
    taps = 0
    if panel is not None:
        if not any(shown_button(panel, name) for name in CLOSERS):
            return None
        taps = 1  # the panel's Close / Cancel / OK / Keep going
    if place is Screen.HOME:
        return taps
    if place is Screen.COVER:
        cover = window.cover_screen
        start = cover.findChild(QAbstractButton, "start") if cover is not None else None
        return taps + 1 if start is not None and start.isVisible() else None
    home = window.header.home
    # Under a panel the header's buttons are disabled until it closes.
    if home.isVisible() and (home.isEnabled() or panel is not None):
        return taps + 1
    return None


@dataclass
class Tally:
    events: int = 0
    by_action: dict[str, int] = field(default_factory=dict)
    resets: int = 0
    idle_questions: int = 0
    idle_timer_fired: int = 0  # the real idle timer, after a quiet second
    idle_resets: int = 0
    quick_exits: int = 0
    prints: int = 0
    print_outcomes: dict[str, int] = field(default_factory=dict)
    installs: int = 0
    bundle_switches: int = 0
    home_probes: int = 0
    languages_seen: set[str] = field(default_factory=set)
    screens_seen: set[str] = field(default_factory=set)
    text_sizes_seen: set[int] = field(default_factory=set)


class Monkey:
    def __init__(
        self,
        kiosk: Kiosk,
        seed: int,
        *,
        supply: BundleSupply | None = None,
        on_reset: Callable[[Monkey], None] | None = None,
        keep_going: bool = False,
    ) -> None:
        self.kiosk = kiosk
        # Tests stop at the first broken promise; the soak benchmark notes
        # each and goes on, so one known bug does not cut the run short.
        self.keep_going = keep_going
        self.rng = random.Random(seed)
        self.supply = supply
        self.on_reset = on_reset
        self.tally = Tally()
        self.problems: list[str] = []
        self.recent: deque[str] = deque(maxlen=25)
        self.spy = ExceptionSpy()
        self.clock = ShiftedClock()
        kiosk.clock = self.clock
        self._reset_seen = False
        self._last_place = kiosk.session.place.screen
        self._visit_started_by = ""
        self._switch_pending = False  # a newer bundle waits for the next reset
        self._exceptions_reported = 0
        self._watched_printer: object = None
        kiosk.session.subscribe(self._on_change)
        kiosk.idle.idle.connect(self._idle_fired)
        self.actions: list[tuple[Callable[[], None], float]] = [
            (self.tap_anything, 40),
            (self.add_a_service_to_the_slip, 8),
            (self.print_the_slip, 4),
            (self.change_language, 6),
            (self.change_display, 5),
            (self.scroll, 5),
            (self.press_a_key, 8),
            (self.quick_exit_button, 3),
            (self.quick_exit_shift, 3),
            (self.panic_key, 1),
            (self.ask_still_there, 3),
            (self.let_the_question_run_out, 2),
            (self.staff_corner, 2),
            (self.go_home, 4),
            (self.install_newer_bundle, 0.4 if supply is not None else 0),
        ]

    # --- running ---------------------------------------------------------

    def run(self, events: int) -> Tally:
        """Act until `events` more events have happened; stop at the first
        broken promise (it is in self.problems) unless keep_going."""
        target = self.tally.events + events
        names, weights = zip(*self.actions, strict=True)
        with self.spy:
            while self.tally.events < target and not self._stopped:
                action = self.rng.choices(names, weights)[0]
                self.tally.by_action[action.__name__] = (
                    self.tally.by_action.get(action.__name__, 0) + 1
                )
                action()
        return self.tally

    def finish(self) -> None:
        """Let a print still running reach its outcome."""
        printer = self.kiosk.printing.printer
        if printer is not None:
            printer.wait_until_idle()
        flush_deletes()

    @property
    def _stopped(self) -> bool:
        return bool(self.problems) and not self.keep_going

    def event(self, what: str, act: Callable[[], object]) -> None:
        """One input event, then every promise checked."""
        if self._stopped:
            return
        place = self.kiosk.session.place
        self.recent.append(f"{self.tally.events}: {what} at {place.screen.value}")
        act()
        self.tally.events += 1
        # What the event loop does between two touches, deferred deletes
        # included (outside exec() Qt leaves those for later).
        flush_deletes()
        self._watch_printer()
        self.check(what)

    def _on_change(self, change: Change) -> None:
        if change is Change.RESET:
            self._reset_seen = True
        elif change is Change.PLACE and self._last_place is Screen.COVER:
            # Who started this visit, for a report if it comes at the wrong time.
            self._visit_started_by = "".join(traceback.format_stack(limit=10)[:-1])
        self._last_place = self.kiosk.session.place.screen

    def _idle_fired(self) -> None:
        self.tally.idle_timer_fired += 1

    def _watch_printer(self) -> None:
        printer = self.kiosk.printing.printer
        if printer is not None and printer is not self._watched_printer:
            printer.finished.connect(self._printed)
            self._watched_printer = printer

    def _printed(self, outcome: PrintOutcome) -> None:
        key = str(outcome.result)
        self.tally.print_outcomes[key] = self.tally.print_outcomes.get(key, 0) + 1

    # --- promises ----------------------------------------------------------

    def check(self, what: str) -> None:
        kiosk, window, session = self.kiosk, self.kiosk.window, self.kiosk.session
        found: list[str] = []
        if len(self.spy.caught) > self._exceptions_reported:
            found.append("an exception reached the top-level handler:\n" + self.spy.caught[-1])
            self._exceptions_reported = len(self.spy.caught)
        screen = window.screen
        place = session.place.screen
        if screen is None or not screen.isVisible():
            found.append("no screen is shown")
        elif type(screen).__name__.lower() != f"{place.value}screen":
            found.append(f"{type(screen).__name__} shown at {place.value}")
        page = window.cover_page if place is Screen.COVER else window.visit_page
        if window.pages.currentWidget() is not page:
            found.append("the wrong page is shown")
        if shown_button(window, "quick_exit") is None:
            found.append("no Quick exit on screen")
        taps = taps_to_home(kiosk)
        if taps is None or taps > 2:
            found.append(f"Home is {taps} taps away")
        if self._reset_seen and place is Screen.COVER:
            self._after_reset(found)
        self.tally.screens_seen.add(place.value)
        self.tally.languages_seen.add(session.language)
        self.tally.text_sizes_seen.add(int(session.text_size))
        if found:
            self.problems.append(
                f"after event {self.tally.events} ({what}): "
                + "; ".join(found)
                + "\nrecent events:\n  "
                + "\n  ".join(self.recent)
            )

    def _after_reset(self, found: list[str]) -> None:
        self._reset_seen = False
        self.tally.resets += 1
        expected = self.installed_version()
        version = self.kiosk.session.bundle.version
        if expected is not None and version != expected:
            found.append(f"after a reset the kiosk shows version {version}, not {expected}")
        if expected is not None and version == expected and self._switch_pending:
            self.tally.bundle_switches += 1
            self._switch_pending = False
        if self.on_reset is not None and self.kiosk.window.overlays.panel is None:
            self.on_reset(self)

    def installed_version(self) -> int | None:
        """The version `current` points at in the content folder (installs
        and staff's Roll back both move it, and both reload)."""
        if self.supply is None:
            return None
        pointer = read_pointer(self.supply.content_dir, CURRENT)
        return None if pointer is None else pointer.version

    # --- helpers -------------------------------------------------------------

    def tap(self, button: QAbstractButton) -> None:
        name = button.objectName() or type(button).__name__
        self.event(f"tap {name}", lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton))

    def tap_named(self, name: str) -> bool:
        """Tap the control with this name that a finger can reach, if any."""
        window = self.kiosk.window
        for button in window.findChildren(QAbstractButton, name):
            if not (button.isVisible() and button.isEnabled()):
                continue
            bring_into_view(button)
            if is_on_top(button, window):
                self.tap(button)
                return True
        return False

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
        handle = self.kiosk.window.windowHandle()
        self.event(f"key {key.name}", lambda: QTest.keyClick(handle, key, modifier))

    @property
    def panel(self) -> QWidget | None:
        return self.kiosk.window.overlays.panel

    # --- actions ---------------------------------------------------------

    def tap_anything(self) -> None:
        candidates = reachable_buttons(self.kiosk.window)
        if candidates:
            button = self.rng.choice(candidates)
            bring_into_view(button)
            if is_on_top(button, self.kiosk.window):
                self.tap(button)

    def go_home(self) -> None:
        """Home in at most two taps, from wherever the monkey is."""
        self.tally.home_probes += 1
        planned = taps_to_home(self.kiosk)
        taps = 0
        for _ in range(4):
            if self.kiosk.session.place.screen is Screen.HOME and self.panel is None:
                break
            if self.panel is not None:
                closer = next((n for n in CLOSERS if shown_button(self.panel, n) is not None), None)
                if closer is None or not self.tap_named(closer):
                    break
            elif self.kiosk.session.place.screen is Screen.COVER:
                if not self.tap_named("start"):
                    break
            elif not self.tap_named("home"):
                break
            taps += 1
        arrived = self.kiosk.session.place.screen is Screen.HOME
        if not arrived or (planned is not None and taps > planned):
            if isinstance(self.panel, StillTherePanel):
                return  # the idle question came up on the way: that is not a dead end
            self.problems.append(
                f"Home not reached in two taps (planned {planned}, tapped {taps}, "
                f"at {self.kiosk.session.place.screen.value}); recent:\n  "
                + "\n  ".join(self.recent)
            )

    def _to_home_screen(self) -> bool:
        self.go_home()
        return self.kiosk.session.place.screen is Screen.HOME and self.panel is None

    def add_a_service_to_the_slip(self) -> None:
        if not self._to_home_screen():
            return
        bundle = self.kiosk.session.bundle
        topic = self.rng.choice(bundle.topics)
        if not topic.resource_ids or not self.tap_named(f"topic_{topic.id}"):
            return
        rid = self.rng.choice(topic.resource_ids)
        if self.tap_named(f"resource_{rid}"):
            self.tap_named("slip_toggle")

    def print_the_slip(self) -> None:
        if self.tap_named("open_slip") and self.tap_named("print_slip"):
            self.tally.prints += 1

    def change_language(self) -> None:
        if self.tap_named("open_language"):
            codes = list(self.kiosk.session.bundle.languages)
            self.tap_named(f"language_{self.rng.choice(codes)}")

    def change_display(self) -> None:
        if not (self._to_home_screen() and self.tap_named("open_display")):
            return
        name = self.rng.choice(DISPLAY_CHOICES)
        self.tap_named(name)

    def scroll(self) -> None:
        screen = self.kiosk.window.screen
        if isinstance(screen, ScrollingScreen) and self.panel is None:
            bar = screen.pane.verticalScrollBar()
            value = self.rng.randint(bar.minimum(), bar.maximum())
            self.event(f"scroll to {value}", lambda: bar.setValue(value))

    def press_a_key(self) -> None:
        key, modifier = self.rng.choice(KEYS)
        self.key(key, modifier)

    def quick_exit_button(self) -> None:
        if self.tap_named("quick_exit"):
            self._expect_cover("the Quick exit button")

    def quick_exit_shift(self) -> None:
        for _ in range(3):
            self.key(Qt.Key.Key_Shift)
        self._expect_cover("Shift three times")

    def panic_key(self) -> None:
        self.key(Qt.Key.Key_F12)
        self._expect_cover("the panic key")

    def _expect_cover(self, how: str) -> None:
        self.tally.quick_exits += 1
        session = self.kiosk.session
        if not self._stopped and (
            session.place.screen is not Screen.COVER or session.slip or self.panel is not None
        ):
            panel = type(self.panel).__name__ if self.panel is not None else "no panel"
            self.problems.append(
                f"{how} did not clear the screen: at {session.place.screen.value}, "
                f"{len(session.slip)} on the slip, {panel}; recent:\n  "
                + "\n  ".join(self.recent)
                + "\nthe visit was started by:\n"
                + self._visit_started_by
            )

    def ask_still_there(self) -> None:
        """What the idle timer does after a quiet spell."""
        session = self.kiosk.session
        if session.is_visiting and not isinstance(self.panel, StillTherePanel):
            self.tally.idle_questions += 1
            self.event("idle: still there?", self.kiosk.ask_still_there)
            choice = self.rng.random()
            if choice < 0.35:
                self.let_the_question_run_out()
            elif choice < 0.7:
                self.tap_named("keep_going")
            # else: leave it for whatever comes next

    def let_the_question_run_out(self) -> None:
        panel = self.panel
        if not isinstance(panel, StillTherePanel):
            return
        self.clock.shift += self.kiosk.config.idle_warning_s + 1
        # The countdown looks at the clock four times a second.
        self.event(
            "idle: countdown runs out",
            lambda: wait_until(lambda: self.kiosk.session.place.screen is Screen.COVER, 2000),
        )
        if self.kiosk.session.place.screen is Screen.COVER:
            self.tally.idle_resets += 1

    def staff_corner(self) -> None:
        """What holding the bottom-left corner for 3 s does; then the PIN pad."""
        self.event("staff corner held", self.kiosk.staff.open_access)
        if not isinstance(self.panel, PinPad):
            return
        choice = self.rng.random()
        if choice < 0.4:
            self.tap_named("pin_cancel")
        elif choice < 0.8:
            for digit in STAFF_PIN:
                self.tap_named(f"pin_{digit}")
            self.tap_named("pin_ok")
            # The PIN is checked on a worker thread; the panel opens after.
            checker = self.kiosk.staff.pin_checker
            if checker is not None:
                wait_until(lambda: not checker.busy, 5000)
            if isinstance(self.panel, StaffPanel):
                self.tap_named(self.rng.choice(["staff_close", "staff_close", "reload"]))
        # else: leave it open for the random taps

    def install_newer_bundle(self) -> None:
        """A newer signed bundle arrives and is installed, as the inbox
        watcher does; it takes over at the next reset."""
        assert self.supply is not None
        version = self.supply.install_next()
        self.tally.installs += 1
        self._switch_pending = True
        self.event(f"bundle version {version} installed", self._offer_installed)

    def _offer_installed(self) -> None:
        # What the inbox watcher's worker hands over: the installed bundle, loaded.
        folder, result = self.kiosk.source.load()
        self.kiosk.staff.bundle_installed(ShownBundle.loaded(folder, result))
