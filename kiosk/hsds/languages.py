"""HSDS language entries (a `code`, a `name`, or both) to the short codes a
bundle lists, such as en, es, zh or ase (American Sign Language).

Directories write "eng", "EN", "en_US" or just "Spanish"; a code we cannot
read with confidence is reported, never invented.
"""

from __future__ import annotations

import re
from typing import Any, Final

from kiosk.content.schema import LANGUAGE_CODE
from kiosk.hsds.plan import Found
from kiosk.hsds.values import Record, children, text

_CODE_RE: Final = re.compile(LANGUAGE_CODE)
MAX_LANGUAGES: Final = 100

# ISO 639-2 (bibliographic and terminology) codes of languages that also have
# a two-letter ISO 639-1 code, for the languages US and European directories
# list most.
_THREE_TO_TWO: Final = {
    "alb": "sq", "amh": "am", "ara": "ar", "arm": "hy", "aze": "az", "ben": "bn",
    "bos": "bs", "bul": "bg", "bur": "my", "ces": "cs", "chi": "zh", "cze": "cs",
    "dan": "da", "deu": "de", "dut": "nl", "ell": "el", "eng": "en", "est": "et",
    "fas": "fa", "fin": "fi", "fra": "fr", "fre": "fr", "geo": "ka", "ger": "de",
    "gre": "el", "guj": "gu", "hat": "ht", "hau": "ha", "heb": "he", "hin": "hi",
    "hrv": "hr", "hun": "hu", "hye": "hy", "ibo": "ig", "ind": "id", "ita": "it",
    "jpn": "ja", "kat": "ka", "kaz": "kk", "khm": "km", "kin": "rw", "kor": "ko",
    "kur": "ku", "lao": "lo", "lav": "lv", "lit": "lt", "mac": "mk", "mar": "mr",
    "may": "ms", "mkd": "mk", "mon": "mn", "msa": "ms", "mya": "my", "nep": "ne",
    "nld": "nl", "nor": "no", "orm": "om", "pan": "pa", "per": "fa", "pol": "pl",
    "por": "pt", "pus": "ps", "ron": "ro", "rum": "ro", "run": "rn", "rus": "ru",
    "sin": "si", "slk": "sk", "slo": "sk", "slv": "sl", "som": "so", "spa": "es",
    "sqi": "sq", "srp": "sr", "swa": "sw", "swe": "sv", "tam": "ta", "tel": "te",
    "tgk": "tg", "tgl": "tl", "tha": "th", "tir": "ti", "tur": "tr", "ukr": "uk",
    "urd": "ur", "uzb": "uz", "vie": "vi", "yor": "yo", "zho": "zh",
}  # fmt: skip

# Language names as directories write them (English and a few own names).
_NAMES: Final = {
    "albanian": "sq", "american sign language": "ase", "amharic": "am", "arabic": "ar",
    "armenian": "hy", "asl": "ase", "bengali": "bn", "bangla": "bn", "bosnian": "bs",
    "burmese": "my", "cambodian": "km", "cantonese": "yue", "chinese": "zh",
    "croatian": "hr", "czech": "cs", "dari": "prs", "dutch": "nl", "english": "en",
    "español": "es", "espanol": "es", "farsi": "fa", "filipino": "fil", "french": "fr",
    "français": "fr", "german": "de", "greek": "el", "gujarati": "gu",
    "haitian creole": "ht", "hausa": "ha", "hebrew": "he", "hindi": "hi", "hmong": "hmn",
    "hungarian": "hu", "igbo": "ig", "indonesian": "id", "italian": "it",
    "japanese": "ja", "karen": "kar", "khmer": "km", "kinyarwanda": "rw",
    "kirundi": "rn", "korean": "ko", "kurdish": "ku", "lao": "lo", "laotian": "lo",
    "malay": "ms", "mandarin": "zh", "marathi": "mr", "nepali": "ne", "oromo": "om",
    "pashto": "ps", "persian": "fa", "polish": "pl", "portuguese": "pt",
    "punjabi": "pa", "romanian": "ro", "russian": "ru", "serbian": "sr",
    "slovak": "sk", "somali": "so", "spanish": "es", "swahili": "sw", "tagalog": "tl",
    "tamil": "ta", "telugu": "te", "thai": "th", "tigrinya": "ti", "turkish": "tr",
    "ukrainian": "uk", "urdu": "ur", "vietnamese": "vi", "yoruba": "yo",
}  # fmt: skip


def language_code(code: str | None, name: str | None) -> str | None:
    """The bundle's code for an HSDS language, or None when neither the code
    nor the name can be read."""
    if code:
        normal = _normal_code(code)
        if normal is not None:
            return normal
    if name:
        return _NAMES.get(" ".join(name.casefold().split()))
    return None


def _normal_code(code: str) -> str | None:
    parts = code.strip().replace("_", "-").split("-")
    first = parts[0].lower()
    first = _THREE_TO_TWO.get(first, first)
    rest = []
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            rest.append(part.upper())  # a region: en-US
        elif len(part) == 4 and part.isalpha():
            rest.append(part.title())  # a script: zh-Hans
        else:
            rest.append(part)
    normal = "-".join([first, *rest])
    return normal if _CODE_RE.fullmatch(normal) and len(normal) <= 20 else None


def read_languages(
    data: dict[str, Any],
    s: Record,
    where: str,
    locations: list[tuple[Record, str]],
    found: Found,
) -> None:
    entries = children(s, "languages", where)
    found.usage.use(s, "languages")
    for location, place in locations:
        entries.extend(children(location, "languages", place))
        found.usage.use(location, "languages")
    entries.extend(found.phone_languages)
    codes: list[str] = []
    for entry, place in entries:
        found.usage.use(entry, "id")
        code_text = text(entry, "code", place)
        name_text = text(entry, "name", place)
        code = language_code(code_text, name_text)
        if code is None:
            if code_text or name_text:
                shown = " / ".join(v for v in (code_text, name_text) if v)
                found.problems.append(f"language '{shown}' is not one the importer can read")
            continue
        found.usage.use(entry, "code", "name")
        if code not in codes and len(codes) < MAX_LANGUAGES:
            codes.append(code)
    if codes:
        data["languages"] = codes
