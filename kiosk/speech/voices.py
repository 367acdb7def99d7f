"""Which espeak-ng voice reads which kiosk language.

The map is explicit: a language is never read with another language's voice
(an Arabic answer read by an English voice is noise, and a wrong phone
number read in the wrong language is worse). A language missing here, or
whose voice this machine's espeak-ng lacks, has no voice: the kiosk says so
and reads nothing.
"""

from __future__ import annotations

from typing import Final

# Kiosk language code (as bundles write it) -> espeak-ng voice name. Checked
# against espeak-ng 1.51's own list (`espeak-ng --voices`); MBROLA voices are
# never used (they need a separate, non-free voice database).
ESPEAK_VOICES: Final = {
    "am": "am",
    "ar": "ar",
    "bs": "bs",
    "en": "en-us",
    "es": "es-419",  # Latin American Spanish, what most US visitors speak
    "fa": "fa",
    "fr": "fr-fr",
    "ht": "ht",
    "ko": "ko",
    "pt": "pt-br",
    "ru": "ru",
    "sw": "sw",
    "uk": "uk",
    "vi": "vi",
    "zh": "cmn",  # Mandarin; espeak-ng's "zh" is an MBROLA voice
    "zh-Hans": "cmn",
    "zh-CN": "cmn",
    "zh_CN": "cmn",
}
# espeak-ng 1.51 has no voice for these; listed so the gap is deliberate.
NO_VOICE: Final = frozenset({"so", "tl"})


def voice_for(language: str, installed: frozenset[str]) -> str | None:
    """The voice that reads `language`, if this machine has it: a regional
    code takes its language's voice ("es-MX", "pt-PT", "ar-EG"), the same
    language in the same script."""
    voice = ESPEAK_VOICES.get(language)
    if voice is None:
        base = language.replace("_", "-").split("-")[0]
        voice = None if base in NO_VOICE else ESPEAK_VOICES.get(base)
    if voice is None or voice not in installed:
        return None
    return voice


def parse_voice_list(listing: str) -> frozenset[str]:
    """The voice names in `espeak-ng --voices` output, without MBROLA ones.

    Columns: Pty Language Age/Gender VoiceName File Other-Languages; the
    file of an MBROLA voice starts with "mb/"."""
    names: set[str] = set()
    for line in listing.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 5 and not fields[4].startswith("mb/"):
            names.add(fields[1])
    return frozenset(names)
