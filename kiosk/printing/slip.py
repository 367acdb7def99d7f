"""What a visitor asked to print: a `Slip` value object, Qt-free.

The UI builds one from the visitor's choices; the renderer, the printer and
`kiosk slip` all take the same object, so a preview is the printed slip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kiosk.config import SLIP_LAYOUTS
from kiosk.content.model import Bundle
from kiosk.content.suggest import did_you_mean

if TYPE_CHECKING:
    from kiosk.config import KioskConfig


@dataclass(frozen=True)
class SlipSettings:
    """The few config settings printing and the slip screen use: the paper,
    the second language and the printer (None: the system's default)."""

    layout: str = "80mm"
    second_language: str | None = None
    printer: str | None = None

    @classmethod
    def from_config(cls, config: KioskConfig) -> SlipSettings:
        return cls(config.slip_layout, config.slip_second_language, config.printer)


class SlipError(ValueError):
    """A slip that cannot be printed; the message is for a person, one problem a line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Slip:
    bundle: Bundle = field(repr=False)
    resource_ids: tuple[str, ...]
    language: str
    second_language: str | None = None
    layout: str = "80mm"
    # Cards only: repeat the slip's cards until the sheet is full (front-desk
    # handouts). Off for visitors: spare copies left in a tray are a trace.
    fill_sheet: bool = False

    def __post_init__(self) -> None:
        # The same resource chosen twice prints once, in the order first chosen.
        object.__setattr__(self, "resource_ids", tuple(dict.fromkeys(self.resource_ids)))
        if self.second_language == self.language:
            object.__setattr__(self, "second_language", None)

    def problems(self) -> list[str]:
        """Everything that makes this slip unprintable, in plain words."""
        bundle = self.bundle
        found: list[str] = []
        if not self.resource_ids:
            found.append("no resource chosen: give at least one resource id")
        for resource_id in self.resource_ids:
            resource = bundle.resources.get(resource_id)
            if resource is None:
                found.append(
                    f"no resource '{resource_id}' in bundle '{bundle.id}'"
                    + did_you_mean(resource_id, bundle.resources)
                )
            elif resource.verified is None:
                # The screen says so too, but the rule is the slip's own: a
                # number nobody has checked never goes out on paper.
                found.append(
                    f"resource '{resource_id}' has never been verified: unverified "
                    "contacts are not printed; add `verified:` to it first"
                )
        for what, language in (
            ("language", self.language),
            ("second language", self.second_language),
        ):
            if language is not None and language not in bundle.languages:
                found.append(
                    f"{what} '{language}' is not one of the bundle's languages "
                    f"({', '.join(bundle.languages)})"
                )
        if self.layout not in SLIP_LAYOUTS:
            found.append(
                f"unknown layout '{self.layout}'; use one of {', '.join(SLIP_LAYOUTS)}"
                + did_you_mean(self.layout, SLIP_LAYOUTS)
            )
        return found

    def check(self) -> None:
        problems = self.problems()
        if problems:
            raise SlipError(problems)


def visitor_slip(
    bundle: Bundle, resource_ids: Iterable[str], language: str, settings: SlipSettings
) -> Slip:
    """The slip for a visitor's choices, on the paper and with the second
    language the kiosk's settings ask for."""
    second = usable_second_language(bundle, settings.second_language, language)
    return Slip(bundle, tuple(resource_ids), language, second, settings.layout)


def usable_second_language(bundle: Bundle, configured: str | None, language: str) -> str | None:
    """The config's second language if this bundle has text in it and it is not
    the visitor's own; otherwise none (a config/bundle mismatch must not stop a print)."""
    if configured and configured != language and configured in bundle.languages:
        return configured
    return None
