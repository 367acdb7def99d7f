"""The few words a slip prints that do not come from the bundle.

A slip is printed in the visitor's language and, optionally, a second one, both
independent of the language the screen's Qt translator is set to, so these
short phrases live in a table here rather than in the .ts files. A language
missing from the table gets English. None of these may ever name a topic.
"""

from __future__ import annotations

from typing import Final

FALLBACK_LANGUAGE: Final = "en"

WORDS: Final[dict[str, dict[str, str]]] = {
    # Used only when the bundle's own slip_heading cannot be printed.
    "heading": {
        "en": "Useful numbers",
        "es": "Números útiles",
        "ar": "أرقام مفيدة",
        "fr": "Numéros utiles",
        "pt": "Números úteis",
    },
    "voice": {"en": "Call", "es": "Llamar", "ar": "اتصال", "fr": "Appeler", "pt": "Ligar"},
    "text": {
        "en": "Text",
        "es": "Mensaje de texto",
        "ar": "رسالة نصية",
        "fr": "SMS",
        "pt": "SMS",
    },
    "tty": {"en": "TTY", "es": "TTY", "ar": "TTY", "fr": "ATS (TTY)", "pt": "TTY"},
    # {keyword} is the word to send; the number follows on its own line, large.
    "text_keyword": {
        "en": "Text {keyword} to",
        "es": "Envíe {keyword} por mensaje de texto al",
        "ar": "أرسل {keyword} في رسالة نصية إلى",
        "fr": "Envoyez {keyword} par SMS au",
        "pt": "Envie {keyword} por SMS para",
    },
    # Sample bundles say so on paper too (DESIGN: sample content says it is sample content).
    "sample": {
        "en": "Sample content, not reviewed for use",
        "es": "Contenido de muestra, no revisado para su uso",
        "ar": "محتوى تجريبي، لم تتم مراجعته للاستخدام",
        "fr": "Contenu d'exemple, non vérifié",
        "pt": "Conteúdo de exemplo, não revisado",
    },
}

# Scripts written right to left (ISO 639 codes; a region or script subtag is ignored).
RTL_LANGUAGES: Final = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi"}
)


def word(key: str, language: str, **values: str) -> str:
    table = WORDS[key]
    text = table.get(_base(language)) or table[FALLBACK_LANGUAGE]
    return text.format(**values) if values else text


def is_right_to_left(language: str) -> bool:
    return _base(language) in RTL_LANGUAGES


def _base(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()
