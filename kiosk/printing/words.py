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
    # A sample or draft bundle says so on paper too, in every language the
    # kiosk's screens speak (DESIGN: sample content says it is sample content).
    "sample": {
        "en": "Sample content, not reviewed by this site",
        "es": "Contenido de muestra, no revisado por este lugar",
        "ar": "محتوى تجريبي، لم يراجعه هذا المكان",
        "vi": "Nội dung mẫu, nơi này chưa xem xét",
        "zh": "示例内容，本机构尚未审核",
        "bs": "Primjer sadržaja, ova ustanova ga nije pregledala",
        "sw": "Maudhui ya mfano, kituo hiki hakijayakagua",
        "fr": "Contenu d'exemple, non vérifié par ce lieu",
        "pt": "Conteúdo de exemplo, não revisado por este local",
    },
    "draft": {
        "en": "Draft content, not yet published by this site",
        "es": "Contenido en borrador, aún no publicado por este lugar",
        "ar": "محتوى مسودة، لم ينشره هذا المكان بعد",
        "vi": "Nội dung bản nháp, nơi này chưa công bố",
        "zh": "草稿内容，本机构尚未发布",
        "bs": "Nacrt sadržaja, ova ustanova ga još nije objavila",
        "sw": "Maudhui ya rasimu, kituo hiki bado hakijayachapisha",
        "fr": "Brouillon, pas encore publié par ce lieu",
        "pt": "Rascunho, ainda não publicado por este local",
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
