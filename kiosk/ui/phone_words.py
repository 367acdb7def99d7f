"""The line a phone number is written in ("Call: 1-800-392-3738"), one
wording for the screen and for Read aloud: the screen isolates the number
left to right, the voice reads it digit by digit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.content.model import Phone, PhoneType
from kiosk.ui.bidi import left_to_right

Translate = Callable[[str, str], str]

# Marked for lupdate here, looked up by `translate` below.
TEXT_KEYWORD = QT_TRANSLATE_NOOP("Phone", "Text {keyword} to {number}")
TEXT = QT_TRANSLATE_NOOP("Phone", "Text: {number}")
TTY = QT_TRANSLATE_NOOP("Phone", "TTY: {number}")
CALL = QT_TRANSLATE_NOOP("Phone", "Call: {number}")


def phone_line(
    phone: Phone,
    number_as: Callable[[str], str] = left_to_right,
    translate: Translate = QCoreApplication.translate,
) -> str:
    """`translate` is the catalogue lookup; `lambda _c, source: source` gives
    the English the screen would show without a catalogue."""
    number = number_as(phone.display)
    if phone.type is PhoneType.TEXT:
        if phone.keyword:
            return translate("Phone", TEXT_KEYWORD).format(keyword=phone.keyword, number=number)
        return translate("Phone", TEXT).format(number=number)
    if phone.type is PhoneType.TTY:
        return translate("Phone", TTY).format(number=number)
    return translate("Phone", CALL).format(number=number)
