"""A topic: its questions and answers as cards, then where to get help."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.content.model import Resource, Trust
from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.trust import trust_badge
from kiosk.ui.widgets import TouchButton, card, label


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
                parts.append(label(self.tr("Source: ") + "; ".join(question.sources), "muted"))
            self.add(card(*parts))
        resources = ctx.bundle.resources_of(topic)
        if resources:
            self.add(label(self.tr("Where to get help"), "heading"))
            for resource in resources:
                self.add(self._resource_row(resource))
        self.finish()

    def _resource_row(self, resource: Resource) -> QWidget:
        ctx = self.ctx
        name = ctx.text(resource.name)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        summary = name
        first = resource.phones[0] if resource.phones else None
        trust = ctx.bundle.trust(resource, ctx.today)
        if first is not None and trust is not Trust.UNVERIFIED:
            summary += f"\n{first.display}"
        button = TouchButton(
            summary,
            lambda r=resource.id: ctx.session.open_resource(r),
            accessible_name=self.tr("{name}: details").format(name=name),
        )
        button.setObjectName(f"resource_{resource.id}")
        button.setProperty("role", "resource")
        layout.addWidget(button)
        badge = trust_badge(trust, resource, ctx, compact=True)
        if badge is not None:
            line = QHBoxLayout()
            line.addWidget(badge)
            line.addStretch(1)
            layout.addLayout(line)
        return row
