"""Read aloud: the voices, the script, the sound on a real sound server,
and Quick exit silencing it (issue 18, sections 1 and 3)."""

from __future__ import annotations

import io
import time
import wave

import pytest
from content_helpers import make_bundle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton
from real_process import need
from sound_sink import Recorder, SoundServer
from ui_helpers import TODAY, button, make_kiosk

from kiosk import cli
from kiosk.catalogues import translate
from kiosk.config import KioskConfig, read_config
from kiosk.content import load_bundle
from kiosk.paths import sample_bundle
from kiosk.session import Session
from kiosk.speech.engine import EspeakNg, synthesize
from kiosk.speech.reading import phone_reading
from kiosk.speech.voices import ESPEAK_VOICES, NO_VOICE, parse_voice_list
from kiosk.translation_status import BUNDLE_CODE, CATALOGUE_NAMES
from kiosk.ui.keypad import screen_help
from kiosk.ui.reading_order import item_text
from kiosk.ui.theme import MIN_TARGET_PX

QUICK_EXIT_BUDGET_S = 0.050


@pytest.fixture(autouse=True)
def _one_application(qapp):
    """`kiosk read` makes a QCoreApplication when there is none; the
    widget tests here need a QApplication, made first."""


@pytest.fixture(scope="module")
def espeak() -> EspeakNg:
    need("espeak-ng", "espeak-ng")
    return EspeakNg.found()


# --- voices -------------------------------------------------------------------

EXPECTED_VOICES = {
    "en": "en-us", "es": "es-419", "ar": "ar", "vi": "vi", "zh": "cmn", "zh_CN": "cmn",
    "bs": "bs", "sw": "sw", "fr": "fr-fr", "pt": "pt-br", "ko": "ko", "ru": "ru",
    "ht": "ht", "uk": "uk", "fa": "fa", "am": "am", "tl": None, "so": None, "xx": None,
}  # fmt: skip


@pytest.mark.parametrize(("language", "voice"), sorted(EXPECTED_VOICES.items()))
def test_each_language_has_its_own_voice_or_none(espeak, language, voice):
    assert espeak.voice_for(language) == voice


def test_every_mapped_voice_exists_in_this_espeak_ng(espeak):
    assert set(ESPEAK_VOICES.values()) <= espeak.installed_voices()


def test_mbrola_voices_are_never_counted():
    listing = (
        "Pty Language       Age/Gender VoiceName          File                 Other Languages\n"
        " 5  es-419          --/M      Spanish_(Latin_America) roa/es-419  es-mx\n"
        " 5  zh              --/M      chinese-mb-cn1     mb/mb-cn1            \n"
    )
    assert parse_voice_list(listing) == frozenset({"es-419"})


# --- reading form -------------------------------------------------------------


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        ("1-800-392-3738", "1, 8 0 0, 3 9 2, 3 7 3 8"),
        ("988", "9 8 8"),
        ("911", "9 1 1"),
        ("(636) 949-0100", "6 3 6, 9 4 9, 0 1 0 0"),
        ("+1 636 949 0100", "+ 1, 6 3 6, 9 4 9, 0 1 0 0"),
        ("\u2066(636) 949-0100\u2069", "6 3 6, 9 4 9, 0 1 0 0"),
        ("866-371-TIPS", "8 6 6, 3 7 1"),
        ("", ""),
    ],
)
def test_phone_numbers_are_read_digit_by_digit_in_their_groups(shown, read):
    assert phone_reading(shown) == read


# --- config and session ---------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "speech", "finding"),
    [
        ("headphones", "headphones", None),
        ("speaker", "speaker", None),
        ("off", "off", None),
        ("false", None, "2:9: error: 'false' is not one of: headphones, speaker, off; "
         "write off to turn Read aloud off [bad-choice]"),
        ("no", None, "2:9: error: 'no' is not one of: headphones, speaker, off; "
         "write off to turn Read aloud off [bad-choice]"),
        ("Off", None, "2:9: error: 'Off' is not one of: headphones, speaker, off; "
         "write off to turn Read aloud off [bad-choice]"),
        ("loud", None, "2:9: error: 'loud' is not one of: headphones, speaker, off [bad-choice]"),
        ("[off]", None, "2:9: error: expected text, found a list [expected-text]"),
        ('""', None, "2:9: error: this text is empty; write the text or remove the field "
         "[empty-value]"),
    ],
)  # fmt: skip
def test_the_speech_setting_is_one_of_three_or_refused_at_its_place(
    tmp_path, written, speech, finding
):
    path = tmp_path / "kiosk.yaml"
    path.write_text(f"idle_timeout_s: 90\nspeech: {written}\n")
    config, findings = read_config(path)
    if finding is None:
        assert findings == [] and config is not None and config.speech == speech
    else:
        assert [str(f) for f in findings] == [f"{path}:{finding}"]


def test_speech_is_for_headphones_unless_the_config_says_otherwise():
    assert KioskConfig().speech == "headphones"


def test_rate_volume_and_the_headphones_prompt_are_forgotten_at_reset():
    session = Session(load_bundle(sample_bundle()).bundle)
    session.start()
    assert session.change_speech_rate(-1) and session.change_speech_volume(2)
    session.told_headphones = True
    session.reset()
    assert (session.speech_rate, session.speech_volume, session.told_headphones) == (0, 0, False)


def test_rate_and_volume_stop_at_their_ends():
    session = Session(load_bundle(sample_bundle()).bundle)
    assert [session.change_speech_rate(-1) for _ in range(4)] == [True, True, False, False]
    assert [session.change_speech_volume(1) for _ in range(6)] == [True] * 4 + [False] * 2


# --- the script: `kiosk read --text` -----------------------------------------------


def read_text(capsys, *args: str) -> list[str]:
    assert cli.main(["read", *args, "--text"]) == 0
    return capsys.readouterr().out.splitlines()


def test_a_resource_screen_reads_its_numbers_digit_by_digit(espeak, capsys):
    lines = read_text(capsys, "--screen", "resource:mo-child-abuse-hotline")
    assert lines[0] == (
        "[en-us] Sample content. This site has not reviewed it: ask staff before relying on it."
    )
    assert "[en-us] Call: 1, 8 0 0, 3 9 2, 3 7 3 8" in lines
    assert not any("1-800-392-3738" in line for line in lines)


def test_every_resource_script_holds_each_of_its_numbers_in_reading_form(espeak, capsys):
    bundle = load_bundle(sample_bundle()).bundle
    for rid, resource in bundle.resources.items():
        lines = read_text(capsys, "--screen", f"resource:{rid}")
        for phone in resource.phones:
            assert any(phone_reading(phone.display) in line for line in lines), (rid, phone)
        assert any("Checked on" in line or "verified" in line for line in lines), rid


@pytest.mark.parametrize(("language", "voice"), [("en", "en-us"), ("es", "es-419"), ("ar", "ar")])
def test_each_line_is_read_by_its_own_language_s_voice(espeak, capsys, language, voice):
    lines = read_text(capsys, "--screen", "topic:laws-and-rights", "--lang", language)
    assert lines and all(line.startswith(f"[{voice}] ") for line in lines), lines[:3]


def test_a_text_missing_in_the_visitor_s_language_is_read_by_the_default_s_voice(
    espeak, tmp_path, capsys
):
    bundle = make_bundle(tmp_path)
    bundle.replace("bundle.yaml", "languages: [en, es]", "languages: [en, es, ti]")
    lines = read_text(capsys, "--bundle", str(bundle.path), "--screen", "home", "--lang", "ti")
    # Tigrinya has no voice and no catalogue: the English words keep the English voice.
    assert all(line.startswith("[en-us] ") for line in lines), lines


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--screen", "topic:nope"], "error: no topic 'nope' in the bundle; it has: "),
        (["--screen", "map"], "error: --screen 'map': write home, topic:ID or resource:ID"),
        (["--screen", "topic:"], "error: --screen 'topic:': write home, topic:ID or resource:ID"),
        (["--screen", "home", "--lang", "fr"], "error: the bundle has no language 'fr'; "),
    ],
)
def test_kiosk_read_refuses_what_it_cannot_read(capsys, args, message):
    assert cli.main(["read", *args, "--text"]) == 1
    assert capsys.readouterr().err.startswith(message)


# --- sound, synthesized to memory ----------------------------------------------------


def decoded(data: bytes) -> tuple[float, int]:
    """Seconds of sound and the loudest sample of a WAV file in memory."""
    import array

    with wave.open(io.BytesIO(data)) as wav:
        # Written to a pipe, the header cannot say how long the sound is: read to the end.
        frames = wav.readframes(len(data))
        frame = wav.getsampwidth() * wav.getnchannels()
        # A streamed WAV's length is unknown to its header, and espeak-ng was
        # seen (once in thousands) to end a stream on half a sample: whole
        # frames only.
        frames = frames[: len(frames) - len(frames) % frame]
        seconds = len(frames) / frame / wav.getframerate()
    return seconds, max(abs(v) for v in array.array("h", frames))


def sample_screens() -> list[str]:
    bundle = load_bundle(sample_bundle()).bundle
    return (
        ["home"]
        + [f"topic:{t.id}" for t in bundle.topics]
        + [f"resource:{rid}" for rid in bundle.resources]
    )


def spoken(espeak: EspeakNg, screen: str, language: str) -> list[tuple[str, str, bytes]]:
    from PySide6.QtCore import QCoreApplication

    from kiosk.content.on_show import ShownBundle
    from kiosk.ui.context import ScreenContext
    from kiosk.ui.speech_script import screen_script
    from kiosk.ui.translation import UiLanguage

    result = load_bundle(sample_bundle())
    words = UiLanguage(QCoreApplication.instance())
    words.set(language)
    session = Session(ShownBundle(result.bundle))
    session.start()
    session.set_language(language)
    kind, _, ident = screen.partition(":")
    if kind == "topic":
        session.open_topic(ident)
    elif kind == "resource":
        session.open_resource(ident)
    lines = screen_script(ScreenContext(session, TODAY))
    out = []
    for text, lang in lines:
        voice = espeak.voice_for(lang)
        assert voice is not None, (lang, text)
        out.append((text, voice, synthesize(espeak, text, voice)))
    return out


def check_plausible(text: str, data: bytes) -> None:
    seconds, loudest = decoded(data)
    assert loudest > 1000, f"silent: {text[:40]!r}"
    # Words take time: at least 20 ms a character (150 words a minute is
    # about 80 ms a character), and no more than 0.8 s for one (an Arabic
    # digit, "thamaniya", with the pause of a group, is some 0.7 s).
    letters = len(text.replace(" ", ""))
    assert 0.02 * letters <= seconds <= 0.8 * letters + 1, (text[:40], seconds, letters)


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_a_topic_screen_sounds_in_each_language(qapp, espeak, language):
    for text, _voice, data in spoken(espeak, "topic:health-care", language):
        check_plausible(text, data)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_every_screen_of_the_sample_sounds_in_every_language_with_a_voice(qapp, espeak, language):
    for screen in sample_screens():
        for text, _voice, data in spoken(espeak, screen, language):
            check_plausible(text, data)


def test_kiosk_read_writes_a_wav_file(espeak, tmp_path, capsys):
    out = tmp_path / "home.wav"
    assert cli.main(["read", "--screen", "resource:lifeline-988", "--wav", str(out)]) == 0
    seconds, loudest = decoded(out.read_bytes())
    assert seconds > 5 and loudest > 1000
    assert capsys.readouterr().out.startswith(f"{out}: ")


# --- the control on screen ---------------------------------------------------------


def test_read_aloud_is_a_named_touch_target_on_every_visit_screen(qtbot):
    kiosk = make_kiosk(qtbot)
    window = kiosk.window
    assert not window.header.read_aloud.isVisible(), "not on the cover"
    button(window, "start").click()
    control = button(window, "read_aloud")
    assert control.height() >= MIN_TARGET_PX and control.width() >= MIN_TARGET_PX
    assert control.accessibleName() == "Read aloud"
    # What the AT-SPI bridge hands a screen reader: the accessible interface's name.
    face = QAccessible.queryAccessibleInterface(control)
    assert face.text(QAccessible.Text.Name) == "Read aloud"
    kiosk.session.open_topic("health-care")
    assert button(window, "read_aloud").isVisible()


def test_speech_off_hides_the_control(qtbot):
    kiosk = make_kiosk(qtbot, KioskConfig(speech="off"))
    button(kiosk.window, "start").click()
    assert not kiosk.window.header.read_aloud.isVisible()


def test_nothing_of_speech_is_made_before_the_first_press(qtbot):
    kiosk = make_kiosk(qtbot)
    button(kiosk.window, "start").click()
    assert not kiosk.window.has_speech_bar and kiosk.read_aloud.player is None


# --- on a real sound server ----------------------------------------------------------


@pytest.fixture
def sound(tmp_path, monkeypatch):
    need("espeak-ng", "espeak-ng")
    server = SoundServer(tmp_path / "pulse")
    monkeypatch.setenv("PULSE_SERVER", server.server)
    recorder = Recorder(server)
    yield recorder
    recorder.close()
    server.close()


def start_reading(kiosk, qtbot, sound, *, language: str = "en") -> None:
    button(kiosk.window, "start").click()
    kiosk.session.set_language(language)
    kiosk.session.open_resource("mo-child-abuse-hotline")
    pressed = time.monotonic()
    button(kiosk.window, "read_aloud").click()
    qtbot.waitUntil(lambda: bool(sound.heard_since(pressed)), timeout=5000)


@pytest.mark.slow
def test_first_use_asks_for_headphones_and_reads(qtbot, sound):
    kiosk = make_kiosk(qtbot)
    start_reading(kiosk, qtbot, sound)
    bar = kiosk.window.speech_bar()
    assert bar.message.text() == "Use the headphones" and bar.icon.pixmap() is not None
    assert not bar.icon.pixmap().isNull()
    assert kiosk.window.header.read_aloud.accessibleName() == "Stop reading"
    for name in ("speech_quieter", "speech_louder", "speech_slower", "speech_faster"):
        assert button(kiosk.window, name).height() >= MIN_TARGET_PX
    # Stop, and again: the prompt is once a visit.
    button(kiosk.window, "read_aloud").click()
    assert not kiosk.read_aloud.speaking
    button(kiosk.window, "read_aloud").click()
    assert bar.message.isHidden()
    kiosk.quick_exit()


@pytest.mark.slow
def test_louder_restarts_the_line_louder(qtbot, sound):
    kiosk = make_kiosk(qtbot, KioskConfig(speech="speaker"))
    start_reading(kiosk, qtbot, sound)
    assert kiosk.window.speech_bar().message.isHidden(), "no headphones prompt for a speaker"
    first = kiosk.read_aloud.player.process_id
    button(kiosk.window, "speech_louder").click()
    assert kiosk.session.speech_volume == 1
    assert kiosk.read_aloud.player.process_id != first
    kiosk.quick_exit()
    assert kiosk.session.speech_volume == 0


def press_button(kiosk) -> None:
    kiosk.window.header.quick_exit.click()


def press_panic_key(kiosk) -> None:
    kiosk.keys.key_pressed(Qt.Key.Key_F12, Qt.KeyboardModifier.NoModifier)


def press_shift_three_times(kiosk) -> None:
    for _ in range(3):
        kiosk.keys.key_pressed(Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)


def idle_reset(kiosk) -> None:
    kiosk.ask_still_there()
    kiosk.window.overlays.panel.expired.emit()


@pytest.mark.slow
@pytest.mark.parametrize(
    "way", [press_button, press_panic_key, press_shift_three_times, idle_reset]
)
def test_quick_exit_silences_reading_within_50_ms_at_the_sink(qtbot, sound, way):
    kiosk = make_kiosk(qtbot)
    start_reading(kiosk, qtbot, sound, language="es")
    # Reading is under way: sound is coming out now.
    qtbot.waitUntil(lambda: len(sound.heard_since(time.monotonic() - 0.05)) > 3, timeout=3000)
    pressed = time.monotonic()
    way(kiosk)
    qtbot.wait(400)  # what the sink plays after the press, if anything
    after = sound.heard_since(pressed)
    assert not after or after[-1] - pressed <= QUICK_EXIT_BUDGET_S, after[-1] - pressed
    assert sound.chunks > 0
    assert kiosk.session.place.screen.value == "cover" and not kiosk.read_aloud.speaking


# --- no trace --------------------------------------------------------------------------


@pytest.mark.slow
def test_reading_aloud_writes_nothing_to_disk(tmp_path):
    """Under strace, following the engine's processes: no WAV file, nothing
    created or changed. The sound server's cookie, which the user's session
    made when it started its server (here: the test, beforehand), is opened
    by the client library with O_RDWR|O_CREAT and left exactly as it was."""
    import subprocess
    import sys

    from real_process import ROOT, child_env
    from test_no_trace import TRACED, disk_changes

    strace = need("strace", "strace")
    need("espeak-ng", "espeak-ng")
    server = SoundServer(tmp_path / "pulse")
    try:
        home = tmp_path / "home"
        cookie = home / ".config" / "pulse" / "cookie"
        cookie.parent.mkdir(parents=True)
        cookie.write_bytes(bytes(range(256)))
        before = cookie.stat().st_mtime_ns
        log = tmp_path / "strace.log"
        env = child_env(home, QT_QPA_PLATFORM="offscreen", PULSE_SERVER=server.server)
        done = subprocess.run(
            [strace, "-f", "-qq", "-e", f"trace={TRACED},execve", "-o", str(log),
             sys.executable, str(ROOT / "tests" / "speech_child.py")],
            env=env, capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        server.close()
    assert "SPOKE OK" in done.stdout, done.stdout + done.stderr[-2000:]
    lines = log.read_text(errors="replace").splitlines()
    start = next(i for i, line in enumerate(lines) if "speech-start" in line)
    visit = lines[start:]
    assert any("espeak-ng" in line and "execve" in line for line in visit)
    changes = [line for line in disk_changes(visit) if f'"{cookie}"' not in line]
    assert changes == []
    assert cookie.read_bytes() == bytes(range(256)) and cookie.stat().st_mtime_ns == before


# --- the keypad speaks ---------------------------------------------------------------


def key(kiosk, code: Qt.Key) -> None:
    QTest.keyClick(kiosk.window.windowHandle(), code)


@pytest.mark.slow
def test_the_keypad_reads_each_item_it_lands_on_and_its_help(qtbot, sound):
    kiosk = make_kiosk(qtbot)
    button(kiosk.window, "start").click()
    kiosk.session.open_resource("mo-child-abuse-hotline")
    pressed = time.monotonic()
    key(kiosk, Qt.Key.Key_Down)
    landed = kiosk.window.keypad.current
    assert landed is not None
    said = kiosk.read_aloud.player._lines
    assert [text for text, _voice in said] == [item_text(landed)]
    qtbot.waitUntil(lambda: bool(sound.heard_since(pressed)), timeout=5000)
    # A line is not "reading the screen": the header still offers Read aloud.
    assert kiosk.window.header.read_aloud.accessibleName() == "Read aloud"
    key(kiosk, Qt.Key.Key_F1)
    help_text = screen_help(kiosk.session.place.screen, kiosk.window.overlays.kind)
    assert kiosk.read_aloud.player._lines[0][0] == help_text
    kiosk.quick_exit()
    assert not kiosk.read_aloud.speaking


@pytest.mark.slow
def test_enter_on_read_aloud_reads_the_screen_while_its_name_is_said(qtbot, sound):
    kiosk = make_kiosk(qtbot)
    button(kiosk.window, "start").click()
    kiosk.session.open_resource("mo-child-abuse-hotline")
    control = kiosk.window.header.read_aloud
    kiosk.window.keypad.land(control)  # as Up/Down would, saying "Read aloud"
    assert kiosk.read_aloud.speaking
    key(kiosk, Qt.Key.Key_Return)
    assert control.accessibleName() == "Stop reading"
    lines = [text for text, _voice in kiosk.read_aloud.player._lines]
    assert len(lines) > 3 and any("8 0 0" in line for line in lines)
    key(kiosk, Qt.Key.Key_Return)  # and Enter again stops it
    assert not kiosk.read_aloud.speaking
    kiosk.quick_exit()


# --- every interface language, and the cover --------------------------------------

KEYS_HELP = (
    "Press Down or Up to move from item to item, Enter to choose an item, Back to go "
    "back and Help to have this explained again. To leave at once, press Shift three "
    "times or choose Quick exit."
)


@pytest.mark.parametrize("catalogue", CATALOGUE_NAMES)
def test_every_interface_language_with_a_voice_says_its_own_words(qapp, espeak, catalogue):
    """Each shipped catalogue's words, read by its own language's voice: heard,
    and as long as a sentence of that length takes to say."""
    code = BUNDLE_CODE.get(catalogue, catalogue)
    voice = espeak.voice_for(code)
    if voice is None:
        assert code in NO_VOICE, f"{code} has a catalogue and should have a voice"
        return
    assert voice == ESPEAK_VOICES[code]
    text = translate(code, "Keypad", KEYS_HELP)
    assert code == "en" or text != KEYS_HELP, "the catalogue's own words are read"
    seconds, loudest = decoded(synthesize(espeak, text, voice))
    assert seconds > 4 and loudest > 1000, (seconds, loudest)


@pytest.mark.slow
def test_the_cover_reads_its_own_words_and_keeps_the_visit_s_prompt(qtbot, sound):
    kiosk = make_kiosk(qtbot)
    control = kiosk.window.cover_header.read_aloud
    assert control.isVisible() and control.accessibleName() == "Read aloud"
    pressed = time.monotonic()
    control.click()
    qtbot.waitUntil(lambda: bool(sound.heard_since(pressed)), timeout=5000)
    said = [text for text, _voice in kiosk.read_aloud.player._lines]
    cover = kiosk.session.bundle.cover
    assert said[0] == cover.title["en"] and said[-1] == "Touch to start"
    # The prompt belongs to the visit's bar: not spent on the cover.
    assert not kiosk.session.told_headphones
    button(kiosk.window, "start").click()
    assert not kiosk.read_aloud.speaking, "a new screen silences the cover"
    kiosk.quick_exit()


def test_reading_in_a_visit_leaves_the_cover_s_header_as_the_cover_shows_it(qtbot):
    """Quick exit's first frame is the cover as it stands: reading aloud in a
    Spanish visit changes only the visit's header."""
    kiosk = make_kiosk(qtbot)
    cover = kiosk.window.cover_header
    before = [(b.objectName(), b.text(), b.accessibleName(), b.isVisibleTo(cover))
              for b in cover.findChildren(QAbstractButton)]  # fmt: skip
    need("espeak-ng", "espeak-ng")
    cover.read_aloud.click()  # read on the cover, then the visit begins
    button(kiosk.window, "start").click()
    kiosk.session.set_language("es")
    kiosk.session.open_resource("mo-child-abuse-hotline")
    button(kiosk.window, "read_aloud").click()
    assert kiosk.window.header.read_aloud.accessibleName() == "Dejar de leer"
    after = [(b.objectName(), b.text(), b.accessibleName(), b.isVisibleTo(cover))
             for b in cover.findChildren(QAbstractButton)]  # fmt: skip
    assert after == before
    kiosk.quick_exit()


def test_keypad_lines_read_numbers_digit_by_digit_and_names_in_their_own_voice():
    from kiosk.app.read_aloud import spoken_numbers

    assert spoken_numbers("Call: 1-800-392-3738") == "Call: 1, 8 0 0, 3 9 2, 3 7 3 8"
    assert spoken_numbers("Checked on December 6, 2026") == "Checked on December 6, 2026"
    assert spoken_numbers("Open 9:00 to 17:00") == "Open 9:00 to 17:00"


@pytest.mark.parametrize(
    ("code", "voice"), [("es-MX", "es-419"), ("pt-PT", "pt-br"), ("ar-EG", "ar"), ("so-SO", None)]
)
def test_a_regional_code_takes_its_language_s_voice(code, voice):
    from kiosk.speech.voices import voice_for

    assert voice_for(code, frozenset(ESPEAK_VOICES.values())) == voice
