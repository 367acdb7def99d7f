"""One visitor's visit, without Qt: where they are, what they chose, what
they want to print, and the rules for moving around.

Everything the kiosk knows about a visitor lives in one `Session`, so
forgetting them is one call: `reset()`. Screens are rebuilt from this state;
they keep none of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum, IntEnum, StrEnum
from typing import Final

from kiosk.content.model import Bundle
from kiosk.content.on_show import ShownBundle

# The "up to about 6 items": Add to my slip is offered until then. The
# renderer itself takes any number (staff handouts may need more).
MAX_SLIP_ITEMS: Final = 6
# Read aloud's slower/faster and quieter/louder steps, for this visit only
# (kiosk.speech.engine turns a step into the engine's own units).
RATE_STEPS: Final = range(-2, 5)
VOLUME_STEPS: Final = range(-3, 5)


class Screen(StrEnum):
    COVER = "cover"
    HOME = "home"
    TOPIC = "topic"
    RESOURCE = "resource"
    LANGUAGE = "language"
    DISPLAY = "display"  # text size and contrast
    ABOUT = "about"
    SLIP = "slip"


@dataclass(frozen=True, slots=True)
class Place:
    screen: Screen
    topic_id: str | None = None
    resource_id: str | None = None
    scroll: int = 0  # where the visitor had scrolled to, restored by Back


class TextSize(IntEnum):
    NORMAL = 0
    LARGE = 1
    LARGEST = 2


class Change(Enum):
    PLACE = "place"
    LANGUAGE = "language"
    DISPLAY = "display"
    SLIP = "slip"
    RESET = "reset"


class Panel(Enum):
    """Which panel is open over the screen: a plain value, so the rules that
    depend on it (below) are tested without a window."""

    NONE = "none"
    STILL_THERE = "still-there"  # the idle question
    PIN_PAD = "pin-pad"
    STAFF = "staff"
    PRINT = "print"  # a visitor's print under way or its outcome


def idle_watch_wanted(visiting: bool, panel: Panel) -> bool:
    """Whether a quiet screen should lead to "Still there?": during a visit,
    or while any panel is open (staff walking away from the staff panel),
    but not while the question itself is asked (it counts down on its own)."""
    return (visiting or panel is not Panel.NONE) and panel is not Panel.STILL_THERE


def staff_panel_wanted(panel: Panel) -> bool:
    """The staff corner opens the PIN pad unless staff are already in."""
    return panel not in (Panel.PIN_PAD, Panel.STAFF)


Listener = Callable[[Change], None]
COVER: Final = Place(Screen.COVER)
HOME: Final = Place(Screen.HOME)


class Session:
    def __init__(self, bundle: ShownBundle | Bundle) -> None:
        # A bare Bundle (tests, tools) is shown as one with no folder or fonts.
        self._shown = bundle if isinstance(bundle, ShownBundle) else ShownBundle(bundle)
        self._next: ShownBundle | None = None
        self._listeners: list[Listener] = []
        self._forget()

    # --- state ------------------------------------------------------------

    def _forget(self) -> None:
        self.place: Place = COVER
        self.history: list[Place] = []
        self.language: str = self._shown.model.default_language
        self.text_size: TextSize = TextSize.NORMAL
        self.high_contrast: bool = False
        self.slip: list[str] = []
        self.speech_rate: int = 0
        self.speech_volume: int = 0
        self.told_headphones: bool = False  # Read aloud's first use in this visit

    @property
    def bundle(self) -> Bundle:
        return self._shown.model

    @property
    def shown(self) -> ShownBundle:
        """The bundle on show, with its folder and fonts."""
        return self._shown

    @property
    def waiting(self) -> ShownBundle | None:
        """A bundle offered during a visit, shown from the next reset."""
        return self._next

    @property
    def is_visiting(self) -> bool:
        return self.place.screen is not Screen.COVER

    @property
    def can_go_back(self) -> bool:
        return self.is_visiting and self.place.screen is not Screen.HOME

    def reset(self) -> None:
        """Forget the visitor entirely and show the cover. A bundle installed
        during the visit takes over now, never in the middle of one."""
        if self._next is not None:
            self._shown, self._next = self._next, None
        self._forget()
        self._notify(Change.RESET)

    def offer_bundle(self, shown: ShownBundle) -> None:
        """A newly loaded bundle: used from the next reset on (now, if no one
        is visiting). The one way a bundle reaches the screen after start."""
        self._next = shown
        if not self.is_visiting:
            self.reset()

    # --- moving around -----------------------------------------------------

    def start(self) -> None:
        """A tap on the cover: a fresh visit at Home."""
        if self.is_visiting:
            return
        self._forget()
        self.place = HOME
        self._notify(Change.PLACE)

    def home(self) -> None:
        if not self.is_visiting:
            return
        self.history.clear()
        self.place = HOME
        self._notify(Change.PLACE)

    def back(self) -> None:
        if not self.can_go_back:
            return
        self.place = self.history.pop() if self.history else HOME
        self._notify(Change.PLACE)

    def open_topic(self, topic_id: str) -> None:
        self.bundle.topic(topic_id)  # KeyError for an unknown id: a bug, not content
        self._go(Place(Screen.TOPIC, topic_id=topic_id))

    def open_resource(self, resource_id: str) -> None:
        if resource_id not in self.bundle.resources:
            raise KeyError(resource_id)
        self._go(Place(Screen.RESOURCE, topic_id=self.place.topic_id, resource_id=resource_id))

    def open_language(self) -> None:
        self._go(Place(Screen.LANGUAGE))

    def open_display(self) -> None:
        self._go(Place(Screen.DISPLAY))

    def open_about(self) -> None:
        self._go(Place(Screen.ABOUT))

    def open_slip(self) -> None:
        self._go(Place(Screen.SLIP))

    def remember_scroll(self, value: int) -> None:
        """The screen reports its scroll position before it is replaced."""
        if self.place.scroll != value:
            self.place = replace(self.place, scroll=value)

    def _go(self, place: Place) -> None:
        if not self.is_visiting:
            return
        if place == replace(self.place, scroll=0):
            return
        # Settings screens are not worth coming back to; everything else is.
        if self.place.screen not in (Screen.LANGUAGE, Screen.DISPLAY):
            self.history.append(self.place)
        self.place = place
        self._notify(Change.PLACE)

    # --- choices -----------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language not in self.bundle.languages:
            raise ValueError(f"language {language!r} is not in the bundle")
        if language != self.language:
            self.language = language
            self._notify(Change.LANGUAGE)

    def set_text_size(self, size: TextSize) -> None:
        if size is not self.text_size:
            self.text_size = TextSize(size)
            self._notify(Change.DISPLAY)

    def set_high_contrast(self, on: bool) -> None:
        if on != self.high_contrast:
            self.high_contrast = on
            self._notify(Change.DISPLAY)

    def add_to_slip(self, resource_id: str) -> bool:
        """False when the slip is full, the item is already on it, or nobody
        has verified its contact details: an unverified number is never
        printed, whatever button a screen offers."""
        resource = self.bundle.resources.get(resource_id)
        if resource is None:
            raise KeyError(resource_id)
        if resource.verified is None:
            return False
        if resource_id in self.slip or len(self.slip) >= MAX_SLIP_ITEMS:
            return False
        self.slip.append(resource_id)
        self._notify(Change.SLIP)
        return True

    def remove_from_slip(self, resource_id: str) -> None:
        if resource_id in self.slip:
            self.slip.remove(resource_id)
            self._notify(Change.SLIP)

    @property
    def slip_full(self) -> bool:
        return len(self.slip) >= MAX_SLIP_ITEMS

    def change_speech_rate(self, steps: int) -> bool:
        """Slower (-1) or faster (+1) reading, within RATE_STEPS; False at the end."""
        wanted = self.speech_rate + steps
        if wanted not in RATE_STEPS:
            return False
        self.speech_rate = wanted
        return True

    def change_speech_volume(self, steps: int) -> bool:
        """Quieter (-1) or louder (+1) reading, within VOLUME_STEPS."""
        wanted = self.speech_volume + steps
        if wanted not in VOLUME_STEPS:
            return False
        self.speech_volume = wanted
        return True

    # --- listeners ---------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
