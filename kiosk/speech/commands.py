"""`kiosk read`: what Read aloud says on a screen, as a WAV file or as text,
for staff and editors to check (and for the tests). Everything is imported
when the command runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    read = commands.add_parser(
        "read", help="write what Read aloud says on a screen (a WAV file, or --text)"
    )
    read.add_argument("--bundle", help="a bundle folder (the sample bundle by default)")
    read.add_argument(
        "--screen", required=True, help="home, topic:ID or resource:ID", metavar="SCREEN"
    )
    read.add_argument("--lang", help="the visitor's language (the bundle's default if absent)")
    out = read.add_mutually_exclusive_group(required=True)
    out.add_argument("--wav", help="write the sound to this WAV file", metavar="OUT.wav")
    out.add_argument("--text", action="store_true", help="print the script, one line each")
    read.set_defaults(handler=_read)


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _read(args: argparse.Namespace) -> int:
    from datetime import date

    from kiosk.content import load_bundle
    from kiosk.content.on_show import ShownBundle
    from kiosk.paths import fonts_dir, sample_bundle

    folder = Path(args.bundle) if args.bundle else sample_bundle()
    result = load_bundle(folder, shipped_fonts=fonts_dir())
    if result.bundle is None:
        print(f"error: cannot use the bundle at {folder}; fix these first:", file=sys.stderr)
        for finding in result.errors:
            print(f"  {finding}", file=sys.stderr)
        return 1
    bundle = result.bundle
    language = args.lang or bundle.default_language
    if language not in bundle.languages:
        return _error(
            f"the bundle has no language {language!r}; it has: {', '.join(bundle.languages)}"
        )
    kind, _, ident = args.screen.partition(":")
    if (kind, bool(ident)) not in (("home", False), ("topic", True), ("resource", True)):
        return _error(f"--screen {args.screen!r}: write home, topic:ID or resource:ID")
    known = [t.id for t in bundle.topics] if kind == "topic" else list(bundle.resources)
    if ident and ident not in known:
        return _error(f"no {kind} {ident!r} in the bundle; it has: {', '.join(known)}")

    from PySide6.QtCore import QCoreApplication

    from kiosk.session import Session
    from kiosk.speech.engine import EspeakNg, SpeechUnavailable, synthesize
    from kiosk.ui.context import ScreenContext
    from kiosk.ui.speech_script import screen_script
    from kiosk.ui.translation import UiLanguage

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    shown = ShownBundle.loaded(folder, result)
    words = UiLanguage(app)
    words.follow_bundle(shown.catalogues)
    words.set(language)
    session = Session(shown)
    session.start()
    session.set_language(language)
    if kind == "topic":
        session.open_topic(ident)
    elif kind == "resource":
        session.open_resource(ident)
    lines = screen_script(ScreenContext(session, date.today())) or []

    try:
        engine = EspeakNg.found()
    except SpeechUnavailable as exc:
        if args.text:
            engine = None
        else:
            return _error(str(exc))
    voiced = [(text, engine.voice_for(lang) if engine else None) for text, lang in lines]
    if args.text:
        for text, voice in voiced:
            print(f"[{voice or 'no voice'}] {text}")
        return 0
    assert engine is not None
    if engine.voice_for(language) is None:
        return _error(f"no espeak-ng voice reads {language!r} on this machine; nothing written")
    return _write_wav(Path(args.wav), [(t, v) for t, v in voiced if v], engine, synthesize)


def _write_wav(out: Path, voiced, engine, synthesize) -> int:  # type: ignore[no-untyped-def]
    import io
    import wave

    from kiosk.speech.engine import SpeechUnavailable

    if not out.resolve().parent.is_dir():
        return _error(f"cannot write {out}: no such folder {out.resolve().parent}")
    params = None
    frames = []
    for text, voice in voiced:
        try:
            data = synthesize(engine, text, voice)
        except SpeechUnavailable as exc:
            return _error(f"espeak-ng could not read a line: {exc}")
        with wave.open(io.BytesIO(data)) as part:
            if params is None:
                params = part.getparams()
            # From a pipe, the header cannot know the length: read to the end.
            frames.append(part.readframes(len(data)))
    if params is None:
        return _error("this screen has nothing to read")
    with wave.open(str(out), "wb") as whole:
        whole.setparams(params)
        for chunk in frames:
            whole.writeframes(chunk)
    seconds = sum(len(f) for f in frames) / (params.sampwidth * params.nchannels) / params.framerate
    print(f"{out}: {len(voiced)} line(s), {seconds:.1f} s")
    return 0
