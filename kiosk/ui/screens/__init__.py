"""One module per screen. `build_screen` picks the screen for a place."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.session import Screen
from kiosk.ui.context import ScreenContext


def build_screen(ctx: ScreenContext) -> QWidget:
    from kiosk.ui.screens import about, cover, display, home, language, resource, slip, topic

    builders = {
        Screen.COVER: cover.CoverScreen,
        Screen.HOME: home.HomeScreen,
        Screen.TOPIC: topic.TopicScreen,
        Screen.RESOURCE: resource.ResourceScreen,
        Screen.LANGUAGE: language.LanguageScreen,
        Screen.DISPLAY: display.DisplayScreen,
        Screen.ABOUT: about.AboutScreen,
        Screen.SLIP: slip.SlipScreen,
    }
    return builders[ctx.session.place.screen](ctx)
