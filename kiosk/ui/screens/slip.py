"""The visitor's slip: what will be printed, a preview that is the printed
layout itself, and Print."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.widgets import TouchButton, card, label


class SlipScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        super().__init__(ctx, self.tr("My slip"))
        session = ctx.session
        if not session.slip:
            self.add(
                label(
                    self.tr(
                        "Your slip is empty. Open a service and tap \u201cAdd to my slip\u201d."
                    )
                )
            )
            self.finish()
            return
        self.add(
            label(
                self.tr(
                    "The slip shows only phone numbers, hours and addresses under a plain "
                    "heading. It does not say what it is about."
                ),
                "muted",
            )
        )
        for rid in session.slip:
            self.add(self._item(rid))
        self.finish()

    def _item(self, rid: str) -> QWidget:
        ctx = self.ctx
        resource = ctx.bundle.resources[rid]
        row = QHBoxLayout()
        row.addWidget(label(ctx.text(resource.name)), 1)
        remove = TouchButton(
            self.tr("Remove"),
            lambda: ctx.session.remove_from_slip(rid),
            accessible_name=self.tr("Remove {name} from the slip").format(
                name=ctx.text(resource.name)
            ),
        )
        remove.setObjectName(f"remove_{rid}")
        row.addWidget(remove)
        holder = QWidget()
        holder.setLayout(row)
        return card(holder)
