"""The engine that turns text into sound, behind a small interface so
another platform's engine can be added.

An engine is a program: it reads the text on its standard input (never on
its command line, which every local user can read in /proc) and either plays
it or writes a WAV file to its standard output. Nothing is written to disk.
The kiosk runs one such program per line it reads and stops it with SIGKILL:
the sound ends as the process does (docs/speech.md has the measurements).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Final, Protocol

from kiosk.speech.voices import parse_voice_list, voice_for

# The visitor's steps (kiosk.session) in espeak-ng's units. 150 words a
# minute is a little slower than espeak-ng's own 175, for listeners reading
# in a second language; its amplitude runs 0-200 with 100 as normal.
BASE_WPM: Final = 150
WPM_PER_STEP: Final = 25
BASE_AMPLITUDE: Final = 100
AMPLITUDE_PER_STEP: Final = 25
VOICE_LIST_TIMEOUT_S: Final = 2.0
SYNTHESIS_TIMEOUT_S: Final = 60.0


class SpeechEngine(Protocol):
    """What the kiosk needs of an engine."""

    def voice_for(self, language: str) -> str | None:
        """The voice that reads `language` here, or None."""
        ...

    def playback(self, voice: str, rate_step: int, volume_step: int) -> list[str]:
        """The command that reads stdin aloud on the default sound output."""
        ...

    def synthesis(self, voice: str, rate_step: int, volume_step: int) -> list[str]:
        """The command that reads stdin into a WAV file on stdout."""
        ...


class SpeechUnavailable(Exception):
    """No engine program on this machine."""


@dataclass
class EspeakNg:
    """espeak-ng (Debian package espeak-ng): about 13 MB with its voice
    data, a hundred languages, and a process that starts in milliseconds."""

    program: str
    _installed: frozenset[str] | None = None

    @classmethod
    def found(cls) -> EspeakNg:
        program = shutil.which("espeak-ng")
        if program is None:
            raise SpeechUnavailable("espeak-ng is not installed (Debian package espeak-ng)")
        return cls(program)

    def installed_voices(self) -> frozenset[str]:
        """The voices this machine's espeak-ng has, asked once per run."""
        if self._installed is None:
            try:
                listed = subprocess.run(
                    [self.program, "--voices"], capture_output=True, text=True,
                    timeout=VOICE_LIST_TIMEOUT_S, check=False,
                )  # fmt: skip
            except (OSError, subprocess.TimeoutExpired):
                # Remembered too: asking again would hold up every keypad
                # step of the visit for as long again.
                self._installed = frozenset()
                return self._installed
            self._installed = parse_voice_list(listed.stdout)
        return self._installed

    def voice_for(self, language: str) -> str | None:
        return voice_for(language, self.installed_voices())

    def _options(self, voice: str, rate_step: int, volume_step: int) -> list[str]:
        return [
            "--stdin",
            "-v", voice,
            "-s", str(BASE_WPM + WPM_PER_STEP * rate_step),
            "-a", str(BASE_AMPLITUDE + AMPLITUDE_PER_STEP * volume_step),
        ]  # fmt: skip

    def playback(self, voice: str, rate_step: int, volume_step: int) -> list[str]:
        return [self.program, *self._options(voice, rate_step, volume_step)]

    def synthesis(self, voice: str, rate_step: int, volume_step: int) -> list[str]:
        return [self.program, *self._options(voice, rate_step, volume_step), "--stdout"]


def synthesize(
    engine: SpeechEngine, text: str, voice: str, rate_step: int = 0, volume_step: int = 0
) -> bytes:
    """`text` as a WAV file in memory: the engine's output through a pipe."""
    done = subprocess.run(
        engine.synthesis(voice, rate_step, volume_step), input=text.encode(),
        capture_output=True, timeout=SYNTHESIS_TIMEOUT_S, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise SpeechUnavailable(done.stderr.decode(errors="replace").strip() or "no sound made")
    return done.stdout
