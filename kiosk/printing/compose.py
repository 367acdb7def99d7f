"""What a discreet slip says, decided before anything is drawn (Qt-free).

The rules, in one place:
- The heading is the bundle's neutral `slip_heading`, never a topic.
- An item is named only by its `slip_name`; without one it has no name at all.
  `name`, `description`, `eligibility` and topics are never printed.
- Every other line (phone captions, hours, address, website) is printed only
  if it holds none of the bundle's `sensitive_words`; a phone caption that
  does falls back to a plain "Call" / "Text" / "TTY". Numbers always print.
- QR codes: `tel:` for the first voice number, and the website if its address
  holds no sensitive word (a scanned address is as readable as printed text).

The slip's own few words ("Call", "Text", the heading a bundle without a
safe one gets, the sample/draft line) come from the kiosk's catalogues through
kiosk.printing.words, which the composer imports only when it runs: deciding
what a slip says needs Qt's translators, importing this module does not.

Words are matched as the validator matches slip names: substrings of the
texts' skeletons (kiosk.content.normalise: NFKC, no invisible characters,
case-folded, look-alike letters folded as Unicode TR39 says), in every
language of the bundle (a controller may read any of them, and a web address
runs words together). A false match drops a line; it never prints one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from kiosk.content.model import Bundle, BundleStatus, LangText, Phone, PhoneType, Resource
from kiosk.content.normalise import SensitiveWords
from kiosk.printing.slip import Slip


class SlipWords(Protocol):
    """The slip's own words: `key` in `language`, placeholders filled from
    `values` (kiosk.printing.words.word)."""

    def __call__(self, key: str, language: str, /, **values: str) -> str: ...


@dataclass(frozen=True, slots=True)
class SlipLine:
    """One line in the visitor's language, and the same line in the second language."""

    text: str
    second: str | None = None

    def texts(self) -> Iterator[str]:
        yield self.text
        if self.second:
            yield self.second


@dataclass(frozen=True, slots=True)
class SlipPhone:
    caption: SlipLine
    number: str  # Phone.display: the form a visitor in the region dials


@dataclass(frozen=True, slots=True)
class SlipCode:
    """A QR code: what a phone's camera reads, and the short caption printed with it."""

    payload: str
    caption: str


@dataclass(frozen=True, slots=True)
class SlipItem:
    resource_id: str
    name: SlipLine | None
    phones: tuple[SlipPhone, ...]
    hours: SlipLine | None
    address: tuple[str, ...]
    website: str | None  # as printed (no scheme); the QR code holds the full address
    codes: tuple[SlipCode, ...]

    def texts(self) -> Iterator[str]:
        if self.name:
            yield from self.name.texts()
        for phone in self.phones:
            yield from phone.caption.texts()
            yield phone.number
        if self.hours:
            yield from self.hours.texts()
        yield from self.address
        if self.website:
            yield self.website
        for code in self.codes:
            yield code.caption


@dataclass(frozen=True, slots=True)
class SlipContent:
    heading: SlipLine
    items: tuple[SlipItem, ...]
    footer: SlipLine | None
    language: str
    second_language: str | None
    # Chosen resources with nothing safe to print (no safe name, number, hours or address).
    left_out: tuple[str, ...] = ()

    def texts(self) -> Iterator[str]:
        yield from self.heading.texts()
        for item in self.items:
            yield from item.texts()
        if self.footer:
            yield from self.footer.texts()

    def printed_text(self) -> str:
        """Every word the slip prints, one line each (QR payloads are checked apart)."""
        return "\n".join(self.texts())


def sensitive_hits(text: str, bundle: Bundle) -> list[str]:
    """The bundle's sensitive words (any language) that occur in `text`, sorted."""
    return _words_of(bundle).hits(text)


def _words_of(bundle: Bundle) -> SensitiveWords:
    # The words' skeletons are worked out once per set of words, not per line.
    return _sensitive_words(
        tuple(sorted(w for words in bundle.sensitive_words.values() for w in words))
    )


@functools.lru_cache(maxsize=4)
def _sensitive_words(words: tuple[str, ...]) -> SensitiveWords:
    return SensitiveWords(words)


def compose_slip(slip: Slip, words: SlipWords | None = None) -> SlipContent:
    """The slip's content. `slip` must pass `slip.check()`. `words` gives the
    slip's own words (by default the kiosk's catalogues)."""
    bundle = slip.bundle
    lang, second = slip.language, slip.second_language
    safe = _Safe(bundle, words or _catalogue_words())

    heading = _line(safe, bundle.slip_heading, lang, second) or SlipLine(
        safe.word("heading", lang), _second_word(safe, "heading", lang, second)
    )
    items: list[SlipItem] = []
    left_out: list[str] = []
    for resource_id in slip.resource_ids:
        item = _item(safe, bundle.resources[resource_id], lang, second)
        if item.name or item.phones or item.hours or item.address:
            items.append(item)
        else:
            left_out.append(resource_id)
    footer = _status_line(safe, bundle, lang, second)
    content = SlipContent(heading, tuple(items), footer, lang, second, tuple(left_out))
    # The filters above make this impossible; if a change breaks them, fail
    # loudly in development rather than print a word that could endanger someone.
    assert not sensitive_hits(content.printed_text(), bundle), sensitive_hits(
        content.printed_text(), bundle
    )
    return content


def _catalogue_words() -> SlipWords:
    """The kiosk's catalogues (Qt), imported only when a slip is composed."""
    from kiosk.printing.words import word

    return word


class _Safe:
    """Answers 'may this be printed?' for one bundle's sensitive words, and
    knows the slip's own words."""

    def __init__(self, bundle: Bundle, words: SlipWords) -> None:
        self.sensitive = _words_of(bundle)
        self.word = words

    def __call__(self, text: str | None) -> str | None:
        if text and not self.sensitive.hits(text):
            return text
        return None


def _line(safe: _Safe, text: LangText | None, lang: str, second: str | None) -> SlipLine | None:
    """A bundle text in the visitor's language (falling back as the screen does),
    with the second language only where the bundle really has it."""
    if text is None:
        return None
    primary = safe(text.in_language(lang))
    if primary is None:
        return None
    return SlipLine(primary, _second_text(safe, text, second, primary))


def _second_text(
    safe: _Safe, text: LangText | None, second: str | None, primary: str
) -> str | None:
    if text is None or second is None:
        return None
    found = text.get_localized(second)
    if found.fallback or found.text == primary:
        return None
    return safe(found.text)


def _second_word(safe: _Safe, key: str, lang: str, second: str | None) -> str | None:
    if second is None:
        return None
    text = safe.word(key, second)
    return safe(text) if text != safe.word(key, lang) else None


# The line a slip of unpublished content ends with, by the bundle's status.
_STATUS_WORD = {BundleStatus.SAMPLE: "sample", BundleStatus.DRAFT: "draft"}


def _status_line(safe: _Safe, bundle: Bundle, lang: str, second: str | None) -> SlipLine | None:
    """ "Sample content, not reviewed by this site" (or the draft line) for a
    bundle that is not published; nothing for one that is. A line holding one
    of the bundle's sensitive words is left out, as any other line would be."""
    key = _STATUS_WORD.get(bundle.status)
    if key is None:
        return None
    primary = safe(safe.word(key, lang))
    other = _second_word(safe, key, lang, second)
    if primary is None:
        return SlipLine(other) if other else None
    return SlipLine(primary, other)


def _item(safe: _Safe, resource: Resource, lang: str, second: str | None) -> SlipItem:
    phones = tuple(_phone(safe, phone, lang, second) for phone in resource.phones)
    address = tuple(
        line for line in (resource.address.lines() if resource.address else []) if safe(line)
    )
    website = safe(resource.website)
    codes: list[SlipCode] = []
    first_voice = next((p for p in resource.phones if p.type is PhoneType.VOICE), None)
    if first_voice is not None:
        codes.append(SlipCode(first_voice.dial_uri, first_voice.display))
    shown_website = _without_scheme(website) if website else None
    if website and shown_website:
        codes.append(SlipCode(website, shown_website))
    return SlipItem(
        resource_id=resource.id,
        name=_line(safe, resource.slip_name, lang, second),
        phones=phones,
        hours=_line(safe, resource.hours, lang, second),
        address=address,
        website=shown_website,
        codes=tuple(codes),
    )


def _phone(safe: _Safe, phone: Phone, lang: str, second: str | None) -> SlipPhone:
    primary = _caption(safe, phone, lang)
    other = _caption(safe, phone, second) if second else None
    return SlipPhone(SlipLine(primary, other if other != primary else None), phone.display)


def _caption(safe: _Safe, phone: Phone, lang: str) -> str:
    """The words above a number. Text and TTY numbers always say so: dialling a
    text-only short code, or a TTY line, by voice gets the visitor nowhere."""
    if phone.type is PhoneType.TEXT and phone.keyword:
        keyword_caption = safe(safe.word("text_keyword", lang, keyword=phone.keyword))
        if keyword_caption:
            return keyword_caption
    type_word = safe.word(str(phone.type), lang)
    label = safe(phone.label.in_language(lang)) if phone.label else None
    if label is None:
        return type_word
    if phone.type is not PhoneType.VOICE and not _mentions(label, type_word, phone.type):
        return f"{type_word} · {label}"
    return label


def _mentions(label: str, type_word: str, phone_type: PhoneType) -> bool:
    folded = label.casefold()
    return type_word.casefold() in folded or str(phone_type) in folded


def _without_scheme(url: str) -> str:
    for scheme in ("https://", "http://"):
        if url.lower().startswith(scheme):
            url = url[len(scheme) :]
            break
    return url.rstrip("/")
