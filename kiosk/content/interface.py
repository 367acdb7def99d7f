"""The kiosk's own words (Quick exit, Back, Hours...) in each bundle language.

A bundle's texts are in its languages; the buttons and notes around them come
from the kiosk's interface catalogues. Two checks keep the two in agreement:

- a bundle language that no catalogue serves is a warning at the place in
  bundle.yaml that declares it: a visitor choosing it reads the kiosk's own
  words in English;
- a bundle may bring its own catalogue, `translations/kiosk_<code>.ts`, for a
  language the kiosk does not ship or to correct a shipped wording. Each one
  must be a well-formed catalogue for one of the bundle's languages, hold
  every message of the kiosk's English catalogue, finished, with the same
  placeholders and every plural form, in characters the fonts can draw.
  The install compiles it (kiosk.updates.installer); the kiosk prefers it to
  the shipped catalogue of that language.

A bundle catalogue is named after the bundle language exactly ("fr" ->
kiosk_fr.ts, "pt-BR" -> kiosk_pt_BR.ts), so which language it serves needs
no locale rules here. What the kiosk ships, which shipped catalogue serves a
code, each language's name and its number of plural forms are known only
above this layer; `KioskInterface` carries them in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kiosk.content.bundle_catalogues import (
    CATALOGUE_PREFIX,
    INTERFACE_FOLDER,
    PLACEHOLDER,
    catalogue_name,
)
from kiosk.content.findings import Findings, Pos
from kiosk.content.glyphs import RULE as MISSING_GLYPH
from kiosk.content.glyphs import describe, uncovered
from kiosk.content.linguist_ts import (
    TsCatalogue,
    TsMessage,
    TsText,
    TsUnreadable,
    line_and_column,
    read_ts,
)

# The words a visitor meets most, named in the warning so an editor sees what it means.
EXAMPLE_WORDS: Final = "Quick exit, Back, Hours..."


@dataclass(frozen=True)
class KioskInterface:
    """What the kiosk's own words exist in, told by the layer that knows the install.

    english: the kiosk's English catalogue (.ts), which holds every message.
    shipped_catalogue: the shipped catalogue a bundle language code is shown
        with ("zh-Hans" -> "zh_CN"), None when its words would be English;
        None here skips the warning about languages without one.
    language_name: a language's name in itself, for messages ("Français").
    plural_forms: how many plural forms a catalogue name needs; None unknown.
    """

    english: Path
    shipped_catalogue: Callable[[str], str | None] | None = None
    language_name: Callable[[str], str] = str
    plural_forms: Callable[[str], int | None] = lambda _name: None


@dataclass(frozen=True)
class _Reference:
    """The kiosk's English catalogue: every message the kiosk asks for."""

    messages: tuple[TsMessage, ...]

    @classmethod
    def read(cls, path: Path) -> _Reference:
        return cls(tuple(m for m in read_ts(path.read_bytes()).messages if m.source))


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


class InterfaceCheck:
    """The two checks of the module docstring, for one bundle."""

    def __init__(
        self,
        interface: KioskInterface,
        findings: Findings,
        drawable: frozenset[str] | None,
    ) -> None:
        self.interface = interface
        self.findings = findings
        self.drawable = drawable

    def check(
        self, root: Path, languages: Iterable[tuple[str, Pos]], catalogues: dict[str, Path]
    ) -> None:
        declared = list(languages)
        codes = {catalogue_name(code): code for code, _ in declared}
        usable: set[str] = set()
        reference = self._reference() if catalogues else None
        if reference is not None:
            for name, path in catalogues.items():
                if self._check_catalogue(name, path, codes, reference):
                    usable.add(name)
        self._warn_untranslated(declared, usable)

    def _reference(self) -> _Reference | None:
        """The kiosk's English catalogue, needed only to check a bundle's own."""
        try:
            return _Reference.read(self.interface.english)
        except (OSError, TsUnreadable) as exc:
            self.findings.error(
                Pos(INTERFACE_FOLDER),
                "interface-unreadable",
                f"the kiosk's own English catalogue could not be read ({exc}); reinstall the kiosk",
            )
            return None

    # --- languages without a catalogue ----------------------------------------

    def _warn_untranslated(self, declared: list[tuple[str, Pos]], usable: set[str]) -> None:
        shipped = self.interface.shipped_catalogue
        if shipped is None:
            return
        for code, pos in declared:
            if catalogue_name(code) in usable or shipped(code) is not None:
                continue
            name = self.interface.language_name(code)
            self.findings.warning(
                pos,
                "no-interface-catalogue",
                f'language "{code}" has no interface catalogue: visitors choosing {name} '
                f"will read the kiosk's own words ({EXAMPLE_WORDS}) in English; add "
                f"{INTERFACE_FOLDER}/{CATALOGUE_PREFIX}{catalogue_name(code)}.ts to the bundle "
                "(docs/editor-guide.md, Interface languages)",
            )

    # --- a bundle's own catalogue ---------------------------------------------

    def _check_catalogue(
        self, name: str, path: Path, codes: dict[str, str], reference: _Reference
    ) -> bool:
        """Report every problem of one catalogue; True when it has none."""
        rel = f"{INTERFACE_FOLDER}/{path.name}"
        errors_before = len(self.findings.errors)
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.findings.error(Pos(rel), "unreadable-file", f"cannot read: {exc.strerror or exc}")
            return False
        try:
            catalogue = read_ts(data)
        except TsUnreadable as exc:
            self.findings.error(self._pos(rel, data, exc.offset), "interface-bad-xml", str(exc))
            return False
        at_root = self._pos(rel, data, catalogue.root_offset)
        stated = catalogue_name(catalogue.language or "")
        if stated != name:
            said = f'language="{catalogue.language}"' if catalogue.language else "no language"
            self.findings.error(
                at_root,
                "interface-language-mismatch",
                f'the file is named for "{name}" but its TS element has {said}; '
                f'make the two agree (language="{name}" for {path.name})',
            )
        if name not in codes:
            listed = ", ".join(codes.values()) or "none"
            self.findings.warning(
                Pos(rel),
                "interface-unused",
                f'"{name}" is not one of the bundle\'s languages ({listed}), so no visitor '
                f"sees this catalogue; name it after a bundle language or remove it",
            )
        self._check_messages(rel, data, name, catalogue, reference)
        return len(self.findings.errors) == errors_before

    def _check_messages(
        self, rel: str, data: bytes, name: str, catalogue: TsCatalogue, reference: _Reference
    ) -> None:
        found = {m.key: m for m in catalogue.messages}
        forms = self.interface.plural_forms(name)
        for english in reference.messages:
            message = found.pop(english.key, None)
            if message is None:
                where = catalogue.contexts.get(english.context, catalogue.root_offset)
                self.findings.error(
                    self._pos(rel, data, where),
                    "interface-message-missing",
                    f'no translation of "{english.source}" ({english.context}); every message '
                    "of the kiosk's English catalogue must be here",
                )
                continue
            self._check_message(rel, data, message, english, forms)
        for extra in found.values():
            if extra.source:
                self.findings.warning(
                    self._pos(rel, data, extra.offset),
                    "interface-message-unknown",
                    f'the kiosk has no message "{extra.source}" ({extra.context}); '
                    "it is never shown (an older wording?)",
                )

    def _check_message(
        self,
        rel: str,
        data: bytes,
        message: TsMessage,
        english: TsMessage,
        forms: int | None,
    ) -> None:
        at = self._pos(rel, data, message.translation_offset or message.offset)
        quoted = f'"{english.source}" ({english.context})'
        texts = message.forms
        if message.translation_type in ("unfinished", "vanished", "obsolete") or not any(
            t.value.strip() for t in texts
        ):
            self.findings.error(
                at,
                "interface-message-unfinished",
                f"the translation of {quoted} is not finished; fill it in and remove "
                'type="unfinished"',
            )
            return
        if english.numerus:
            if not message.numerus:
                self.findings.error(
                    at,
                    "interface-plural-forms",
                    f'{quoted} counts something: give it numerus="yes" and one <numerusform> '
                    "per plural form",
                )
                return
            needed = forms if forms is not None else len(texts)
            empty = [t for t in texts if not t.value.strip()]
            if len(texts) != needed or empty:
                self.findings.error(
                    at,
                    "interface-plural-forms",
                    f"{quoted} needs {needed} plural form{'s' * (needed != 1)} in this "
                    f"language, filled in; it has {len(texts) - len(empty)}",
                )
                return
        wanted = placeholders(english.source)
        for text in texts:
            self._check_placeholders(rel, data, text, wanted, quoted, at)
            self._check_glyphs(rel, data, text)

    def _check_placeholders(
        self, rel: str, data: bytes, text: TsText, wanted: list[str], quoted: str, at: Pos
    ) -> None:
        missing = list(wanted)
        extra: list[re.Match[str]] = []
        for match in PLACEHOLDER.finditer(text.value):
            if match.group() in missing:
                missing.remove(match.group())
            else:
                extra.append(match)
        # An extra one where one is missing is most likely a misspelling of it.
        for match, meant in zip(extra, missing, strict=False):
            self.findings.error(
                self._pos(rel, data, text.offset_of(match.start())),
                "interface-placeholder-wrong",
                f"{match.group()} stands where the English of {quoted} has {meant}; "
                f"write {meant}, which the kiosk fills in",
            )
        for name in dict.fromkeys(missing[len(extra) :]):
            self.findings.error(
                at,
                "interface-placeholder-missing",
                f"the translation of {quoted} lacks {name}, which the kiosk fills in; "
                "keep every placeholder of the English",
            )
        for match in extra[len(missing) :]:
            self.findings.error(
                self._pos(rel, data, text.offset_of(match.start())),
                "interface-placeholder-extra",
                f"{match.group()} is not in the English of {quoted}; the kiosk would show it "
                "as written, or fill in the wrong thing",
            )

    def _check_glyphs(self, rel: str, data: bytes, text: TsText) -> None:
        if self.drawable is None:
            return
        for ch in uncovered(text.value, self.drawable):
            self.findings.error(
                self._pos(rel, data, text.offset_of(text.value.index(ch))),
                MISSING_GLYPH,
                f"no font covers {describe(ch)}; add a font to the bundle's fonts/ folder "
                "or remove the character",
            )

    @staticmethod
    def _pos(rel: str, data: bytes, offset: int) -> Pos:
        line, column = line_and_column(data, offset)
        return Pos(rel, line, column)
