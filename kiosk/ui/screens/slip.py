"""The visitor's slip: what will be printed, a preview that is the printed
layout itself (drawn by the same code as the printer), and Print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.widgets import TouchButton, card, label

PREVIEW_PX = 440


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
        if ctx.slip is not None:
            printing = TouchButton(self.tr("Print my slip"), ctx.print_slip, role="primary")
            printing.setObjectName("print_slip")
            printing.setMinimumHeight(88)
            self.add(printing)
            self.add(self._preview())
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

    def _preview(self) -> QWidget:
        # Imported here: the printing code is only needed once a visitor has
        # something to print.
        from kiosk.printing import visitor_slip
        from kiosk.printing.render import render_preview

        ctx = self.ctx
        assert ctx.slip is not None
        slip = visitor_slip(ctx.bundle, ctx.session.slip, ctx.language, ctx.slip)
        image = render_preview(slip, PREVIEW_PX, cards_only=True)
        preview = QLabel()
        preview.setObjectName("slip_preview")
        preview.setPixmap(QPixmap.fromImage(image))
        preview.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        preview.setAccessibleName(self.tr("Preview of the printed slip"))
        return card(label(self.tr("This is what will be printed:"), "muted"), preview)
