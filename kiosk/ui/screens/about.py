"""About this kiosk: what it keeps (nothing) and what it cannot protect against.
The same words as docs/privacy.md."""

from __future__ import annotations

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.widgets import card, label


class AboutScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx, self.tr("About this kiosk"))
        sections = [
            (
                self.tr("What this kiosk keeps"),
                self.tr(
                    "Nothing. It does not save what you look at, which language you choose or "
                    "what you print. It has no internet connection. When you tap Quick exit, or "
                    "leave it alone for a while, it forgets everything and shows the welcome "
                    "screen again."
                ),
            ),
            (
                self.tr("What it cannot protect you from"),
                self.tr(
                    "People near you can see the screen. Cameras in the room may record it. "
                    "A printed slip can be found, so keep it somewhere safe. Some printers keep "
                    "a list of printed pages unless staff have turned this off."
                ),
            ),
            (
                self.tr("Quick exit"),
                self.tr(
                    "The Quick exit button is always in the top corner. Pressing the Shift key "
                    "three times does the same. Everything is hidden at once."
                ),
            ),
            (
                self.tr("Is this information correct?"),
                self.tr(
                    "Each service shows when its details were last checked. Details marked "
                    "\u201cNot verified\u201d or \u201cMay be out of date\u201d need checking: "
                    "ask staff."
                ),
            ),
        ]
        for heading, text in sections:
            self.add(card(label(heading, "heading"), label(text)))
        if not ctx.staff_pin_set:
            self.add(
                card(
                    label(self.tr("For staff"), "heading"),
                    label(
                        self.tr(
                            "No staff PIN is set. To leave the kiosk, hold the bottom-left corner "
                            "of the screen for 3 seconds, then choose Exit kiosk."
                        )
                    ),
                )
            )
        self.finish()
