"""One resource: how to reach it, when, in which languages, at what cost,
and how recently someone checked."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.content.model import Phone, Resource, Trust
from kiosk.ui.context import ScreenContext, language_name_in
from kiosk.ui.phone_words import phone_line
from kiosk.ui.screens.base import ScrollingScreen
from kiosk.ui.trust import trust_badge
from kiosk.ui.widgets import TouchButton, card, label


class ResourceScreen(ScrollingScreen):
    def __init__(self, ctx: ScreenContext) -> None:
        resource = ctx.bundle.resources[ctx.session.place.resource_id or ""]
        super().__init__(ctx, ctx.text(resource.name))
        self.resource = resource
        trust = ctx.bundle.trust(resource, ctx.today)
        badge = trust_badge(trust, resource, ctx)
        if resource.description:
            self.add(label(ctx.text(resource.description)))
        if resource.phones:
            phones: list[QWidget] = []
            for phone in resource.phones:
                phones.extend(self._phone(phone))
            self.add(card(*phones))
        # How far to trust it and what to do with it come before the details,
        # where a visitor sees them without scrolling.
        if badge is not None:
            self.add(badge)
        self.add(self._slip_button(trust))
        details = self._details(resource)
        if details:
            self.add(card(*details))
        self.finish()

    def _phone(self, phone: Phone) -> list[QWidget]:
        widget = label(phone_line(phone), "phone")
        widget.setObjectName("phone")
        if phone.label:
            return [widget, label(self.ctx.text(phone.label), "muted")]
        return [widget]

    def _details(self, resource: Resource) -> list[QWidget]:
        ctx = self.ctx
        rows: list[tuple[str, str]] = []
        if resource.address:
            rows.append((self.tr("Address"), "\n".join(resource.address.lines())))
        if resource.hours:
            rows.append((self.tr("Hours"), ctx.text(resource.hours)))
        if resource.languages:
            # Named as the visitor's language names them ("inglés, español"),
            # as Read aloud says them: every word of the screen in one language.
            names = ", ".join(language_name_in(code, ctx.language) for code in resource.languages)
            rows.append((self.tr("Languages spoken"), names))
        if resource.cost:
            rows.append((self.tr("Cost"), ctx.text(resource.cost)))
        if resource.eligibility:
            rows.append((self.tr("Who can use it"), ctx.text(resource.eligibility)))
        if resource.website:
            # Shown, never opened: the kiosk has no browser and no network.
            rows.append((self.tr("Website"), resource.website))
        widgets: list[QWidget] = []
        for heading, text in rows:
            widgets.append(label(heading, "muted"))
            widgets.append(label(text))
        return widgets

    def _slip_button(self, trust: Trust) -> TouchButton:
        session = self.ctx.session
        rid = self.resource.id
        if trust is Trust.UNVERIFIED:
            button = TouchButton(self.tr("Not verified, so it cannot be printed"))
            button.setEnabled(False)
        elif rid in session.slip:
            button = TouchButton(
                self.tr("On your slip. Tap to remove"), lambda: session.remove_from_slip(rid)
            )
        elif session.slip_full:
            button = TouchButton(self.tr("Your slip is full"))
            button.setEnabled(False)
        else:
            button = TouchButton(
                self.tr("Add to my slip"), lambda: session.add_to_slip(rid), role="primary"
            )
        button.setObjectName("slip_toggle")
        return button
