"""Read aloud, for the kiosk: the header's button starts and stops it, the
bar under the header changes its volume and speed, and Quick exit, the idle
reset and every move to another screen silence it.

Everything that speaks (the engine, the player, the script) is imported at
the first press: a kiosk configured with speech but never asked to read
starts no engine process and imports none of it (docs/speech.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from kiosk.session import Session
    from kiosk.speech.engine import SpeechEngine
    from kiosk.ui.speech import SpeechBar, SpeechPlayer
    from kiosk.ui.speech_script import Line
    from kiosk.ui.window import KioskWindow


class ReadAloud:
    def __init__(
        self,
        mode: str,
        today: Callable[[], date],
        engine: Callable[[], SpeechEngine] | None = None,
    ) -> None:
        self.mode = mode  # headphones | speaker | off (kiosk.config.SPEECH_MODES)
        self._today = today
        self._make_engine = engine  # tests and benchmarks may pass their own
        self._engine: SpeechEngine | None = None
        self.player: SpeechPlayer | None = None
        self._window: KioskWindow | None = None
        self._session: Session | None = None
        self._wired: SpeechBar | None = None  # the bar whose buttons reach this
        self._whole_screen = False  # what plays is the screen, not one keypad line
        # Called as each line begins (the kiosk holds off the idle reset).
        self.listening: Callable[[], None] | None = None

    @property
    def offered(self) -> bool:
        return self.mode != "off"

    @property
    def speaking(self) -> bool:
        return self.player is not None and self.player.speaking

    def silence(self) -> None:
        """Quick exit's first step: the engine process is killed, nothing else."""
        if self.player is not None:
            self.player.stop()

    def stop(self) -> None:
        """Silence, and the controls put away (a new screen, a reset)."""
        self.silence()
        window = self._window
        if window is not None:
            window.header.set_reading(False)
            window.cover_header.set_reading(False)
            if window.has_speech_bar:
                window.speech_bar().forget()

    # --- the visitor's presses ---------------------------------------------

    def press(self, window: KioskWindow, session: Session) -> None:
        """Read aloud, or Stop reading when it already reads the screen (a
        keypad line being said, such as the name "Read aloud" itself, gives way
        to the screen)."""
        if self.speaking and self._whole_screen:
            self._window, self._session = window, session
            self.stop()
            return
        self._read(window, session, lambda: self.script(window, session), whole_screen=True)

    def say(
        self, window: KioskWindow, session: Session, text: str, language: str | None = None
    ) -> None:
        """One line in the visitor's language: the item the keypad landed on,
        or the keypad's help. A keypad is how a visitor who cannot see the
        screen asks to hear it (the EZ Access model), so it speaks whenever
        speech is offered; the line before it stops at once."""
        if not self.offered or not text.strip():
            return
        from kiosk.ui.speech_script import Line

        line = Line(spoken_numbers(text), language or session.language)
        self._read(window, session, lambda: [line], whole_screen=False)

    def _read(
        self,
        window: KioskWindow,
        session: Session,
        lines: Callable[[], list[Line]],
        *,
        whole_screen: bool,
    ) -> None:
        self._window, self._session = window, session
        from kiosk.speech.engine import EspeakNg, SpeechUnavailable
        from kiosk.ui.speech import SpeechPlayer

        bar = window.speech_bar()
        if self._engine is None:
            try:
                self._engine = self._make_engine() if self._make_engine else EspeakNg.found()
            except SpeechUnavailable:
                self._tell(
                    window,
                    QCoreApplication.translate(
                        "ReadAloud", "Read aloud is not working here. Please ask staff."
                    ),
                )
                return
        voice = self._engine.voice_for(session.language)
        if voice is None:
            # Never another language's voice: it would read this one as noise.
            self._tell(
                window,
                QCoreApplication.translate(
                    "ReadAloud", "Read aloud is not available in this language."
                ),
            )
            return
        if self.player is None:
            self.player = SpeechPlayer(self._engine)
            self.player.ended.connect(self._ended)
            self.player.line_started.connect(self._line_started)
        if self._wired is not bar:
            self._connect(bar)
            self._wired = bar
        voiced = self.voiced(lines(), self._engine)
        if session.is_visiting:
            # The bar lives on the visit page: the cover shows neither it nor
            # the headphones prompt, which the visit's first reading then gives.
            first_use = self.mode == "headphones" and not session.told_headphones
            session.told_headphones = True
            bar.show_reading(headphones=first_use)
        # The header's button says "Stop reading" only while the screen is
        # read, on the page on show (the cover's header is set back when the
        # visit begins, still in the cover's language).
        shown = window.cover_header if window.showing_cover else window.header
        shown.set_reading(whole_screen)
        self._whole_screen = whole_screen
        self.player.play(voiced, session.speech_rate, session.speech_volume)

    @staticmethod
    def _tell(window: KioskWindow, text: str) -> None:
        """A word about Read aloud itself: in its bar during a visit, under
        the cover's header on the cover (the bar is the visit page's)."""
        if window.showing_cover:
            window.cover_hint.say(text)
        else:
            window.speech_bar().show_message(text)

    def script(self, window: KioskWindow, session: Session) -> list[Line]:
        from kiosk.ui.context import ScreenContext
        from kiosk.ui.speech_script import screen_script

        lines = screen_script(ScreenContext(session, self._today()))
        return lines if lines is not None else screen_words(window, session.language)

    @staticmethod
    def voiced(lines: list[Line], engine: SpeechEngine) -> list[tuple[str, str]]:
        """Each line with its own language's voice; a line in a language
        with no voice here is left out rather than read by another's."""
        voiced = []
        for text, language in lines:
            voice = engine.voice_for(language)
            if voice is not None:
                voiced.append((text, voice))
        return voiced

    def _connect(self, bar: SpeechBar) -> None:
        bar.quieter.connect(lambda: self.change_pace(volume=-1))
        bar.louder.connect(lambda: self.change_pace(volume=1))
        bar.slower.connect(lambda: self.change_pace(rate=-1))
        bar.faster.connect(lambda: self.change_pace(rate=1))

    def change_pace(self, *, rate: int = 0, volume: int = 0) -> None:
        """A step slower/faster or quieter/louder, for this visit only (the
        session forgets it at reset)."""
        session = self._session
        if session is None:
            return
        changed = session.change_speech_rate(rate) if rate else False
        changed = (session.change_speech_volume(volume) if volume else False) or changed
        if changed and self.player is not None:
            self.player.repace(session.speech_rate, session.speech_volume)

    def _line_started(self) -> None:
        if self.listening is not None:
            self.listening()

    def _ended(self) -> None:
        window = self._window
        player = self.player
        if window is None or player is None:
            return
        window.header.set_reading(False)
        window.cover_header.set_reading(False)
        if player.failed:
            self._tell(
                window,
                QCoreApplication.translate(
                    "ReadAloud", "Read aloud is not working here. Please ask staff."
                ),
            )
        elif window.has_speech_bar:
            window.speech_bar().forget()


def screen_words(window: KioskWindow, language: str) -> list[Line]:
    """The words a screen without a script shows (language, display, about,
    slip), item by item in the keypad's reading order (kiosk.ui.reading_order):
    what is heard is what the keypad lands on."""
    screen = window.visit_screen
    if screen is None:
        return []
    from kiosk.ui.reading_order import SPEECH_LANGUAGE, item_text, reading_items
    from kiosk.ui.speech_script import Line

    return [
        Line(spoken_numbers(text), w.property(SPEECH_LANGUAGE) or language)
        for w in reading_items(screen)
        if (text := item_text(w))
    ]


# A phone number as a screen shows it: at least six digits and separators in a
# row ("1-800-392-3738", "(636) 949-7370", "+44 20 7946 0000"); years, times and
# counts are shorter or broken by other characters.
_SHOWN_NUMBER = re.compile(r"\+?\(?\d[\d\s().-]{4,}\d")


def spoken_numbers(text: str) -> str:
    """Each phone number in a line read digit by digit in its groups (a
    keypad item, a screen's label), as the screen scripts read them."""
    from kiosk.speech.reading import phone_reading

    return _SHOWN_NUMBER.sub(lambda m: phone_reading(m.group(0)), text)
