"""Read aloud's player and its bar of controls. Imported at the first press
of Read aloud, never before the first frame.

The player runs the engine's program once per line, the line on its
standard input, and plays nothing itself: the program plays to the sound
system and ends with its line. Stopping is SIGKILL to that process, which
ends the sound at once (a sound server drops a dead client's stream).
Nothing is written to disk.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QProcess, QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from kiosk.speech.engine import SpeechEngine
from kiosk.ui.icons import icon_for
from kiosk.ui.theme import TARGET_GAP_PX
from kiosk.ui.widgets import TouchButton, label

ICON_PX = 40


class SpeechPlayer(QObject):
    """Reads lines one after the other until the last, or until stopped."""

    # The reading came to an end by itself (last line read, or the engine failed).
    ended = Signal()
    # A line began: the visitor is listening, which the idle timer cannot see.
    line_started = Signal()

    def __init__(self, engine: SpeechEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._process: QProcess | None = None
        self._lines: list[tuple[str, str]] = []  # (text, voice)
        self._at = 0
        self._rate = 0
        self._volume = 0
        self.failed = False  # the last reading ended because the engine failed

    @property
    def speaking(self) -> bool:
        return self._process is not None

    @property
    def process_id(self) -> int | None:
        """The engine process speaking now (tests and benchmarks watch it)."""
        return None if self._process is None else int(self._process.processId()) or None

    def play(self, lines: list[tuple[str, str]], rate: int, volume: int) -> None:
        """Read (text, voice) lines in order."""
        self.stop()
        self._lines, self._at = list(lines), 0
        self._rate, self._volume = rate, volume
        self.failed = False
        self._speak()

    def repace(self, rate: int, volume: int) -> None:
        """New speed or volume: the line being read starts again with it (an
        engine process cannot change either once it speaks)."""
        self._rate, self._volume = rate, volume
        if self._process is not None:
            self._kill()
            self._speak()

    def stop(self) -> None:
        """Silence now; the lines are forgotten."""
        self._kill()
        self._lines, self._at = [], 0

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.kill()  # SIGKILL at once; reaped when its finished signal comes

    def _speak(self) -> None:
        if self._at >= len(self._lines):
            self._lines, self._at = [], 0
            self.ended.emit()
            return
        text, voice = self._lines[self._at]
        command = self.engine.playback(voice, self._rate, self._volume)
        process = QProcess(self)
        process.setProgram(command[0])
        process.setArguments(command[1:])
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(lambda code, status, p=process: self._finished(p, code, status))
        process.errorOccurred.connect(lambda error, p=process: self._error(p, error))
        self._process = process
        process.start()
        self.line_started.emit()
        # The text goes on stdin: a command line is readable by any local user.
        process.write(text.encode())
        process.closeWriteChannel()

    def _finished(self, process: QProcess, code: int, status: QProcess.ExitStatus) -> None:
        if not shiboken6.isValid(process):
            return  # the player went, with its processes (the kiosk closed)
        process.deleteLater()
        if process is not self._process:
            return  # stopped, or replaced by a new pace
        self._process = None
        if status is not QProcess.ExitStatus.NormalExit or code != 0:
            self._fail()
            return
        self._at += 1
        self._speak()

    def _error(self, process: QProcess, error: QProcess.ProcessError) -> None:
        if not shiboken6.isValid(process):
            return
        if process is self._process and error is QProcess.ProcessError.FailedToStart:
            self._process = None
            process.deleteLater()
            self._fail()

    def _fail(self) -> None:
        self._lines, self._at = [], 0
        self.failed = True
        self.ended.emit()


class SpeechBar(QFrame):
    """Under the header while Read aloud is in use: a message (Use the
    headphones, or why nothing is read) and, while reading, quieter,
    louder, slower and faster."""

    quieter = Signal()
    louder = Signal()
    slower = Signal()
    faster = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speech_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(TARGET_GAP_PX)
        self.icon = QLabel()
        self.icon.setObjectName("speech_icon")
        self.message = label("")
        self.message.setObjectName("speech_message")
        layout.addWidget(self.icon)
        layout.addWidget(self.message, 1)
        self.buttons: dict[str, TouchButton] = {}
        for name, signal in (
            ("quieter", self.quieter),
            ("louder", self.louder),
            ("slower", self.slower),
            ("faster", self.faster),
        ):
            button = TouchButton("", signal.emit)
            button.setObjectName(f"speech_{name}")
            self.buttons[name] = button
            layout.addWidget(button)
        self.hide()

    def show_reading(self, headphones: bool) -> None:
        """Reading: the controls, and on the first use in a visit "Use the
        headphones" in words and a picture."""
        self._words()
        if headphones:
            self._say(QCoreApplication.translate("ReadAloud", "Use the headphones"), "headphones")
        else:
            self._say("", "")
        for button in self.buttons.values():
            button.show()
        self.show()

    def show_message(self, text: str) -> None:
        """Only a message (no voice for the language, no engine): no controls."""
        self._words()
        self._say(text, "")
        for button in self.buttons.values():
            button.hide()
        self.show()

    def forget(self) -> None:
        self._say("", "")
        self.hide()

    def _say(self, text: str, icon: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))
        colour = self.palette().windowText().color().name()
        found = icon_for(icon, colour, ICON_PX) if icon else None
        if found is None:
            self.icon.clear()
            self.icon.hide()
        else:
            self.icon.setPixmap(found.pixmap(QSize(ICON_PX, ICON_PX)))
            self.icon.setAccessibleName(text)
            self.icon.show()

    def _words(self) -> None:
        names = {
            "quieter": QCoreApplication.translate("ReadAloud", "Quieter"),
            "louder": QCoreApplication.translate("ReadAloud", "Louder"),
            "slower": QCoreApplication.translate("ReadAloud", "Slower"),
            "faster": QCoreApplication.translate("ReadAloud", "Faster"),
        }
        for name, text in names.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(text)
