"""Colours, type sizes and the style sheet, for the normal and high-contrast
themes at each text size.

`Theme.text_pairs()` lists every text/background pair the style sheet uses,
so a test can hold each of them to WCAG's 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from kiosk.session import TextSize

# Body text in points at each size; 18 pt is the floor for waiting-room
# reading distance.
BODY_PT: Final = {TextSize.NORMAL: 18, TextSize.LARGE: 22, TextSize.LARGEST: 27}
MIN_TARGET_PX: Final = 64  # every tappable element, both directions
TARGET_GAP_PX: Final = 12  # space between neighbouring targets (at least 8)
# Each band of the keypad's focus ring; WCAG 2.4.13 asks for 2 CSS px.
FOCUS_BAND_PX: Final = 3
# In order of preference; Qt falls back along the list for missing glyphs.
FONT_FAMILIES: Final = ("Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC")


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str  # cards
    text: str
    muted_text: str
    accent: str  # primary buttons
    accent_text: str
    button: str  # secondary buttons
    button_text: str
    border: str
    focus: str
    exit_bg: str
    exit_text: str
    warning_bg: str  # "unverified", "sample content"
    warning_text: str
    ok_text: str
    # The keypad's focus ring (kiosk.ui.keypad): two bands around the item,
    # the inner one against the page, the outer one against whatever else
    # the item sits on (a banner, a card), so at least one band always
    # differs from what it covers by 3:1 or more (WCAG 2.4.13).
    ring_inner: str
    ring_outer: str


NORMAL: Final = Palette(
    background="#F4F1EA",
    surface="#FFFFFF",
    text="#1A1A1A",
    muted_text="#4A4A4A",
    accent="#1D4E7A",
    accent_text="#FFFFFF",
    button="#E3E9EF",
    button_text="#10263B",
    border="#8A949E",
    focus="#E8A33D",
    exit_bg="#9E1B22",
    exit_text="#FFFFFF",
    warning_bg="#FFF0C2",
    warning_text="#5C3A00",
    ok_text="#1E5C2E",
    ring_inner="#1A1A1A",
    ring_outer="#FFFFFF",
)

HIGH_CONTRAST: Final = Palette(
    background="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted_text="#F0F0F0",
    accent="#FFE14D",
    accent_text="#000000",
    button="#000000",
    button_text="#FFFFFF",
    border="#FFFFFF",
    focus="#00E5FF",
    exit_bg="#FFFFFF",
    exit_text="#000000",
    warning_bg="#FFE14D",
    warning_text="#000000",
    ok_text="#9CFF9C",
    ring_inner="#00E5FF",
    ring_outer="#000000",
)


@dataclass(frozen=True)
class Theme:
    palette: Palette
    text_size: TextSize

    @classmethod
    def for_session(cls, high_contrast: bool, text_size: TextSize) -> Theme:
        return cls(HIGH_CONTRAST if high_contrast else NORMAL, text_size)

    @property
    def body_pt(self) -> int:
        return BODY_PT[self.text_size]

    @property
    def title_pt(self) -> int:
        return round(self.body_pt * 1.45)

    @property
    def small_pt(self) -> int:
        # Small print (sources, verification dates) stays readable: never below 15 pt.
        return max(15, round(self.body_pt * 0.85))

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) the style sheet paints text with."""
        p = self.palette
        return {
            "body": (p.text, p.background),
            "card": (p.text, p.surface),
            "muted on background": (p.muted_text, p.background),
            "muted on card": (p.muted_text, p.surface),
            "primary button": (p.accent_text, p.accent),
            "button": (p.button_text, p.button),
            "quick exit": (p.exit_text, p.exit_bg),
            "warning badge": (p.warning_text, p.warning_bg),
            "status band": (p.warning_text, p.warning_bg),
            "verified": (p.ok_text, p.surface),
        }

    def style_sheet(self) -> str:
        p, body = self.palette, self.body_pt
        return f"""
#kiosk_window, #screen, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {p.background}; color: {p.text};
}}
QLabel {{ color: {p.text}; background: transparent; }}
QLabel[role="title"] {{ font-size: {self.title_pt}pt; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {round(body * 1.2)}pt; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted_text}; font-size: {self.small_pt}pt; }}
QLabel[role="phone"] {{ font-size: {round(body * 1.5)}pt; font-weight: bold; }}
QLabel[role="badge"] {{
    color: {p.warning_text}; background: {p.warning_bg}; font-weight: bold;
    border-radius: 6px; padding: 4px 10px;
}}
QLabel[role="verified"] {{ color: {p.ok_text}; font-size: {self.small_pt}pt; }}
QFrame[role="card"] {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: 10px;
}}
QFrame[role="card"] QLabel {{ color: {p.text}; }}
QFrame[role="card"] QLabel[role="muted"] {{ color: {p.muted_text}; }}
QFrame[role="banner"] {{ background: {p.warning_bg}; }}
QFrame[role="banner"] QLabel {{ color: {p.warning_text}; font-weight: bold; }}
#status_band {{ background: {p.warning_bg}; border-bottom: 2px solid {p.border}; }}
#status_band QLabel {{ color: {p.warning_text}; }}
QFrame[role="overlay"] {{
    background: {p.surface}; border: 3px solid {p.border}; border-radius: 14px;
}}
QPushButton {{
    color: {p.button_text}; background: {p.button}; border: 2px solid {p.border};
    border-radius: 10px; padding: 10px 18px; min-height: 44px; min-width: 44px;
}}
QPushButton[role="primary"] {{
    color: {p.accent_text}; background: {p.accent}; border-color: {p.accent};
}}
QPushButton[role="topic"] {{
    color: {p.accent_text}; background: {p.accent}; border-color: {p.accent};
    font-size: {round(body * 1.15)}pt; font-weight: bold; text-align: left; padding: 16px 20px;
}}
QPushButton[role="resource"] {{ text-align: left; padding: 14px 20px; }}
QPushButton[role="choice"][selected="true"] {{
    color: {p.accent_text}; background: {p.accent}; border-color: {p.accent}; font-weight: bold;
}}
QPushButton#quick_exit {{
    color: {p.exit_text}; background: {p.exit_bg}; border: 3px solid {p.exit_text};
    font-weight: bold; font-size: {round(body * 1.1)}pt; padding: 10px 22px;
}}
QPushButton:focus {{ border: 4px solid {p.focus}; }}
QPushButton:disabled {{ color: {p.muted_text}; }}
QScrollBar:vertical {{ width: 18px; background: {p.background}; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 8px; min-height: 48px; }}
"""

    def cover_style_sheet(self) -> str:
        """What the cover adds. Its Start button keeps one size whether it has
        the focus or not: the focus ring is 2 px wider than the border, so the
        padding gives those 2 px back. (Qt measures a button when its style is
        applied, not when its focus moves: without this, Start came back 4 px
        bigger after any visit that changed the look, a trace of that visit.)"""
        return f"""
#cover_page {{ background: {self.palette.background}; }}
#cover_page QPushButton#start:focus {{ padding: 8px 16px; }}
"""


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two #RRGGBB colours."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
