"""Language switch on a content-heavy screen.

A topic with many questions and 50 services is on screen; the visitor picks
another language, cycling through every language of the bundle: all 17 UI
languages the kiosk ships catalogues for (Arabic and Persian included, so
the layout flips to right to left and back; Amharic and Korean bring their
own fonts into play). The services are written in six of them, as a real
bundle's are in fewer languages than the UI; the topic in all 17. Each switch is
timed from `Session.set_language()` to the window repainted with the new
screen laid out: the new catalogues in place, the screen rebuilt in the new
language and direction, pending layouts done (what the event loop does
before it paints) and `QWidget.repaint()`, which paints synchronously.

Prints JSON: p50/p95 over --switches switches (target p95 <= 100 ms on a
2-core machine); the first switch into each language; the same screen
rebuilt without a switch, for comparison; and what the screen holds.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from common import emit, summary_ms

QUESTIONS = 12


def ui_languages(content: tuple[str, ...]) -> tuple[str, ...]:
    """The content's languages, then every other language the kiosk has a
    UI catalogue for, as a bundle names it (tl for Tagalog)."""
    from kiosk.translation_status import CATALOGUE_NAMES, bundle_code

    shipped = (bundle_code(name) for name in CATALOGUE_NAMES if name != "zh_CN")  # zh is in content
    return tuple(dict.fromkeys((*content, *shipped)))


def list_languages(root: Path, content: tuple[str, ...], languages: tuple[str, ...]) -> None:
    meta = root / "bundle.yaml"
    text = meta.read_text(encoding="utf-8")
    listed = "languages: [" + ", ".join(content) + "]"
    assert listed in text, "synthetic.write_bundle changed how it lists languages"
    meta.write_text(text.replace(listed, "languages: [" + ", ".join(languages) + "]"), "utf-8")


def heavy_topic(root: Path, languages: tuple[str, ...]) -> None:
    """Give the first topic many questions with answers of a realistic length."""
    topic = root / "topics" / "topic-0000.yaml"
    text = topic.read_text(encoding="utf-8")
    head, _, tail = text.partition("questions:\n")
    _, _, resources = tail.partition("resources:")

    def lang_map(words: str) -> str:
        return "{" + ", ".join(f'{lang}: "{words} ({lang})"' for lang in languages) + "}"

    answer = (
        "You can ask for help at any time. The people who answer these lines "
        "will not judge you, and most of them can talk with you in your language. "
        "You decide what to say and what happens next."
    )
    questions = "".join(
        f"  - question: {lang_map(f'Question {q}: what can I do if this happens to me?')}\n"
        f"    answer: {lang_map(answer)}\n"
        for q in range(QUESTIONS)
    )
    topic.write_text(f"{head}questions:\n{questions}resources:{resources}", encoding="utf-8")


def measure(switches: int) -> dict:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QWidget
    from synthetic import LANGUAGES, write_bundle

    from kiosk.app.fonts import load_fonts
    from kiosk.app.kiosk import build_kiosk
    from kiosk.config import KioskConfig
    from kiosk.content import load_bundle

    app = QApplication.instance() or QApplication([])
    load_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        root = write_bundle(Path(tmp), resources=1000, topics=20)  # 50 services a topic
        everyone = ui_languages(LANGUAGES)
        list_languages(root, LANGUAGES, everyone)
        heavy_topic(root, everyone)
        result = load_bundle(root)
    assert result.bundle is not None, [str(f) for f in result.errors]
    kiosk = build_kiosk(app, KioskConfig(), result)
    window, session = kiosk.window, kiosk.session
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    session.start()
    topic = session.bundle.topics[0]
    assert len(topic.resource_ids) == 50 and len(topic.questions) == QUESTIONS
    session.open_topic(topic.id)
    app.processEvents()
    languages = list(session.bundle.languages)
    assert len(languages) >= 17 and {"ar", "fa", "am", "ko"} <= set(languages), languages
    times: list[float] = []
    first_into: dict[str, float] = {}
    for i in range(switches):
        language = languages[(i + 1) % len(languages)]
        begin = time.perf_counter()
        session.set_language(language)
        # Layouts the new screen asked for, as the event loop runs them before painting.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        window.repaint()
        elapsed = time.perf_counter() - begin
        times.append(elapsed)
        first_into.setdefault(language, elapsed)
        # Replaced screens are destroyed when control returns to the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    # For comparison: the same screen rebuilt with no change of language, so
    # the figures show what the switch adds to building the screen itself.
    rebuilds: list[float] = []
    for _ in range(100):
        begin = time.perf_counter()
        window.render()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        window.repaint()
        rebuilds.append(time.perf_counter() - begin)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
    screen = window.screen
    assert screen is not None and session.language == languages[switches % len(languages)]
    assert kiosk.ui_language.current == session.language
    catalogues = sorted(kiosk.ui_language.loaded)
    widgets = len(screen.findChildren(QWidget))
    kiosk.shut_down()
    return {
        "switch": {**summary_ms(times), "target_p95_ms": 100},
        "first_switch_into_each_language_ms": {
            lang: round(s * 1000, 1) for lang, s in first_into.items()
        },
        "same_screen_rebuilt_without_switch": summary_ms(rebuilds),
        "screen": {
            "questions": QUESTIONS,
            "services": len(topic.resource_ids),
            "widgets": widgets,
            "languages": languages,
            "ui_catalogues_loaded": catalogues,
        },
    }


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--switches", type=int, default=300)
    args = parser.parse_args()
    if args.switches < 200:
        parser.error("at least 200 switches, so the p95 means something")
    emit({"benchmark": "language_switch", **measure(args.switches)})


if __name__ == "__main__":
    main()
