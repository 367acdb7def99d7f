"""What Read aloud says on a screen: the screen's own words, in the order a
visitor reads them, with phone numbers in their reading form.

Built from the bundle and the session, with the same translated phrases
the screens use (and the same functions, for the trust lines and the sample
notice), so what is heard is what is shown. `kiosk read` uses it too.

Every line carries the language it is written in: a text the bundle lacks
in the visitor's language is shown in its default language, and a phrase
the interface has not translated is shown in English; each is read with
its own language's voice, never the visitor's (kiosk.speech.voices).

Sources of answers and websites are left out: a list of citations or a web
address read letter by letter is noise to a listener; both stay on screen.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication

from kiosk.catalogues import FALLBACK, interface_catalogue
from kiosk.content.model import LangText, Phone, Resource, Trust
from kiosk.session import Screen
from kiosk.speech.reading import phone_reading
from kiosk.ui.context import ScreenContext, language_name_in
from kiosk.ui.phone_words import phone_line
from kiosk.ui.status_band import status_message
from kiosk.ui.trust import answer_check_text, trust_text

# The language of the kiosk's own words when a catalogue lacks a phrase.
SOURCE_LANGUAGE = FALLBACK  # the language the kiosk's own words are written in


class Line(NamedTuple):
    text: str
    language: str


class _Script:
    def __init__(self, ctx: ScreenContext) -> None:
        self.ctx = ctx
        self.lines: list[Line] = []
        # The language the interface speaks: the visitor's when a catalogue
        # (shipped, or the bundle's own) has its words, else English.
        own = [name for name, _ in ctx.session.shown.catalogues]
        found = interface_catalogue(ctx.language, own)
        self.interface = ctx.language if found is not None else SOURCE_LANGUAGE

    def content(self, value: LangText | None) -> None:
        if value is None:
            return
        found = value.get_localized(self.ctx.language)
        self.lines.append(Line(found.text, found.language))

    def words(self, text: str, source: str | None = None) -> None:
        """Words of the interface; with `source`, the English they were
        translated from: a translation that is its source is English."""
        language = self.interface
        if source is not None and text == source:
            language = SOURCE_LANGUAGE
        self.lines.append(Line(text, language))

    @staticmethod
    def translated(context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    def phrase(self, context: str, source: str) -> None:
        self.words(self.translated(context, source), source)

    def heading_and_content(self, context: str, heading: str, value: LangText | None) -> None:
        if value is not None:
            self.phrase(context, heading)
            self.content(value)


def _phone(script: _Script, phone: Phone) -> None:
    """A phone line as ResourceScreen shows it, the number in reading form."""
    text = phone_line(phone, phone_reading)
    english = phone_line(phone, phone_reading, lambda _context, source: source)
    script.words(text, english)


def screen_script(ctx: ScreenContext) -> list[Line] | None:
    """The lines to read for the session's place; None for a screen that
    has no script of its own (language, display, about, slip: the window
    reads their labels)."""
    place = ctx.session.place
    script = _Script(ctx)
    if place.screen is Screen.COVER:
        _cover(script)
        return [line for line in script.lines if line.text.strip()]
    script.words(status_message(ctx.bundle.status))  # the sample notice first
    if place.screen is Screen.HOME:
        _home(script)
    elif place.screen is Screen.TOPIC:
        _topic(script, place.topic_id or "")
    elif place.screen is Screen.RESOURCE:
        _resource(script, ctx.bundle.resources[place.resource_id or ""])
    else:
        return None
    return [line for line in script.lines if line.text.strip()]


def _cover(script: _Script) -> None:
    """What the cover shows, in its order: it names nothing the kiosk is for."""
    bundle = script.ctx.bundle
    script.content(bundle.cover.title)
    script.content(bundle.cover.text)
    if bundle.is_sample:
        script.phrase("CoverScreen", "Sample content: not reviewed for use by this site.")
    script.phrase("CoverScreen", "Touch to start")


def _home(script: _Script) -> None:
    bundle = script.ctx.bundle
    script.content(bundle.title)
    script.phrase("HomeScreen", "Choose a topic")
    for topic in bundle.topics:
        script.content(topic.title)


def _topic(script: _Script, topic_id: str) -> None:
    ctx = script.ctx
    topic = ctx.bundle.topic(topic_id)
    script.content(topic.title)
    for question in topic.questions:
        script.content(question.question)
        script.content(question.answer)
        script.words(answer_check_text(question, ctx)[0])
    resources = ctx.bundle.resources_of(topic)
    if resources:
        script.phrase("TopicScreen", "Where to get help")
    for resource in resources:
        trust = ctx.bundle.trust(resource, ctx.today)
        script.content(resource.name)
        # As on screen: an unverified number is not offered to dial.
        if resource.phones and trust is not Trust.UNVERIFIED:
            script.words(phone_reading(resource.phones[0].display))
        if trust is Trust.UNVERIFIED:
            script.phrase("Trust", "Not verified")
        elif trust is Trust.STALE:
            script.phrase("Trust", "May be out of date")


def _resource(script: _Script, resource: Resource) -> None:
    ctx = script.ctx
    script.content(resource.name)
    script.content(resource.description)
    for phone in resource.phones:
        _phone(script, phone)
        script.content(phone.label)
    script.words(trust_text(ctx.bundle.trust(resource, ctx.today), resource, ctx))
    if resource.address:
        script.phrase("ResourceScreen", "Address")
        # Written in the region's language, as its street signs are.
        script.lines.append(Line(", ".join(resource.address.lines()), ctx.bundle.default_language))
    script.heading_and_content("ResourceScreen", "Hours", resource.hours)
    if resource.languages:
        script.phrase("ResourceScreen", "Languages spoken")
        # Named in the visitor's language (the screen shows each name in its
        # own: one voice cannot read them all).
        names = ", ".join(language_name_in(code, ctx.language) for code in resource.languages)
        script.lines.append(Line(names, ctx.language))
    script.heading_and_content("ResourceScreen", "Cost", resource.cost)
    script.heading_and_content("ResourceScreen", "Who can use it", resource.eligibility)
