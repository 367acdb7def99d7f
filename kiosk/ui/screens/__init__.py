"""One module per screen. `build_screen` picks the screen for a place."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Final

from PySide6.QtWidgets import QWidget

from kiosk.session import Screen
from kiosk.ui.context import ScreenContext

# Each place's screen: its module and class. A module is imported the first
# time its screen is shown, so the start imports the cover's and Home's and
# not the six a visitor may never open (each brings its own helpers).
SCREENS: Final = {
    Screen.COVER: ("cover", "CoverScreen"),
    Screen.HOME: ("home", "HomeScreen"),
    Screen.TOPIC: ("topic", "TopicScreen"),
    Screen.RESOURCE: ("resource", "ResourceScreen"),
    Screen.LANGUAGE: ("language", "LanguageScreen"),
    Screen.DISPLAY: ("display", "DisplayScreen"),
    Screen.ABOUT: ("about", "AboutScreen"),
    Screen.SLIP: ("slip", "SlipScreen"),
}


def build_screen(ctx: ScreenContext) -> QWidget:
    module, name = SCREENS[ctx.session.place.screen]
    build: Callable[[ScreenContext], QWidget] = getattr(
        importlib.import_module(f"{__name__}.{module}"), name
    )
    return build(ctx)


def import_every_screen() -> None:
    """Every screen's module, so a visitor's first tap on a new kind of
    screen builds it without importing it first (after the first frame)."""
    for module, _ in SCREENS.values():
        importlib.import_module(f"{__name__}.{module}")
