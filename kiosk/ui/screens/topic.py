"""A topic: its questions and answers as cards, then where to get help."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.content.model import Resource, Trust
from kiosk.ui.bidi import left_to_right
from kiosk.ui.context import ScreenContext
from kiosk.ui.resource_button import ResourceButton
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.theme import NORMAL
from kiosk.ui.trust import answer_check_line
from kiosk.ui.widgets import card, label


class TopicScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        topic = ctx.bundle.topic(ctx.session.place.topic_id or "")
        super().__init__(ctx, ctx.text(topic.title))
        for question in topic.questions:
            parts = [
                label(ctx.text(question.question), "heading"),
                label(ctx.text(question.answer)),
            ]
            if question.sources:
                sources = "; ".join(question.sources)
                parts.append(label(self.tr("Source: {sources}").format(sources=sources), "muted"))
            parts.append(answer_check_line(question, ctx))
            self.add(card(*parts))
        resources = ctx.bundle.resources_of(topic)
        if resources:
            self.add(label(self.tr("Where to get help"), "heading"))
            shown_now = max(0, ctx.rows_in_view - len(topic.questions))
            for resource in resources[:shown_now]:
                self.add(self._resource_row(resource))
            self.defer([partial(self._resource_row, r) for r in resources[shown_now:]])
        self.finish()

    def _resource_row(self, resource: Resource) -> QWidget:
        ctx = self.ctx
        name = ctx.text(resource.name)
        trust = ctx.bundle.trust(resource, ctx.today)
        first = resource.phones[0] if resource.phones else None
        # An unverified number is not offered as something to dial. Isolated
        # left-to-right, so its digits keep their order in right-to-left rows.
        detail = ""
        if first is not None and trust is not Trust.UNVERIFIED:
            detail = left_to_right(first.display)
        badge = {
            Trust.UNVERIFIED: QCoreApplication.translate("Trust", "Not verified"),
            Trust.STALE: QCoreApplication.translate("Trust", "May be out of date"),
        }.get(trust, "")
        palette = ctx.theme.palette if ctx.theme else NORMAL
        button = ResourceButton(name, detail, badge, palette)
        button.setObjectName(f"resource_{resource.id}")
        spoken = ", ".join(part for part in (name, detail, badge) if part)
        button.setAccessibleName(self.tr("{name}: details").format(name=spoken))
        button.clicked.connect(lambda *_: ctx.session.open_resource(resource.id))
        return button
