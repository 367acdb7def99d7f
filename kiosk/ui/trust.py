"""How far a visitor can rely on a resource, said plainly on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from kiosk.content.model import Resource, Trust
from kiosk.ui.context import ScreenContext
from kiosk.ui.widgets import label


def trust_badge(
    trust: Trust, resource: Resource, ctx: ScreenContext, *, compact: bool = False
) -> QLabel | None:
    """A badge for anything short of verified; a quiet "checked on" line otherwise."""
    if trust is Trust.UNVERIFIED:
        text = (
            QCoreApplication.translate("Trust", "Not verified")
            if compact
            else QCoreApplication.translate(
                "Trust",
                "Not verified: these details have not been checked. "
                "Ask staff before relying on them.",
            )
        )
        badge = label(text, "badge", wrap=not compact)
        badge.setObjectName("unverified_badge")
        return badge
    assert resource.verified is not None
    checked = ctx.long_date(resource.verified.on)
    if trust is Trust.STALE:
        text = (
            QCoreApplication.translate("Trust", "May be out of date")
            if compact
            else QCoreApplication.translate(
                "Trust", "May be out of date: last checked on {date}. Ask staff if unsure."
            ).format(date=checked)
        )
        badge = label(text, "badge", wrap=not compact)
        badge.setObjectName("stale_badge")
        return badge
    if compact:
        return None
    line = label(
        QCoreApplication.translate("Trust", "Checked on {date}").format(date=checked), "verified"
    )
    line.setObjectName("verified_line")
    return line
