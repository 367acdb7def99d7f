"""A bundle in one language makes the whole kiosk speak it (issue 15, §4).

For a French-only bundle, an English and French bundle whose visitor picks
French, and bundles in Korean, Russian, Amharic and Persian (right to left),
the real kiosk walks every screen and panel a visitor can reach, and:

- no shown text, accessible name or tooltip is an English message of the
  kiosk's catalogue (exactly, as a formatted pattern such as
  "My slip ({count})", or as a phrase of two words or more inside a longer
  text) where the language's catalogue says something else;
- every date shown is QLocale(language)'s long form of that day, and no
  other form of it (ISO, short, English) and no English month or weekday is
  shown;
- the speaker's accessible name ("Read aloud", "Stop reading") is the
  language's;
- the slip of the visit, rendered to a real PDF and read back with pypdf,
  prints each slip word from the language's catalogue, no English slip word,
  and nothing but those words, the bundle's own texts and the numbers.

The bundles are written here, in each language; the expected words come from
translations/kiosk_<name>.ts (the kiosk reads the compiled .qm files).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from content_helpers import REVIEW_BY, TODAY, VERIFIED_ON, BundleDir
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from test_catalogue_words import pdf_text, printed, unexplained_words
from test_i18n_helpers import (
    PLACEHOLDER,
    catalogue,
    restore_english,  # noqa: F401  (a fixture)
)
from ui_helpers import make_kiosk, remove_filters

from kiosk.app.kiosk import Kiosk
from kiosk.catalogues import is_right_to_left
from kiosk.content.model import Bundle, Trust
from kiosk.printing.printer import PrintOutcome, PrintResult
from kiosk.printing.render import render_pdf
from kiosk.printing.slip import SlipSettings, visitor_slip
from kiosk.printing.words import SOURCES
from kiosk.session import Panel
from kiosk.ui.context import language_name
from kiosk.ui.print_panel import PrintPanel
from kiosk.ui.resource_button import ResourceButton

pytestmark = pytest.mark.usefixtures("restore_english")

# --- the bundles, written in their languages ----------------------------------------

# What each bundle says, by language. Names of services get a number after them.
CONTENT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Help nearby",
        "cover_title": "Welcome",
        "cover_text": "Please check in at the front desk.",
        "topic_help": "Getting help",
        "topic_rights": "Your rights",
        "q1": "Who can I call?",
        "a1": "The line below answers day and night.",
        "q2": "Can I speak to someone in my language?",
        "a2": "Yes. Ask for an interpreter on the phone.",
        "q3": "Can I bring my children?",
        "a3": "Ask the person who answers.",
        "service": "Help line",
        "slip_name": "Support line",
        "description": "Free and confidential help.",
        "phone_label": "Call, 24 hours",
        "hours": "24 hours, every day",
        "cost": "Free",
        "eligibility": "Anyone",
        "team": "Content team",
        "street": "12 Main Street",
        "city": "Springfield",
        "sensitive": "trafficking",
    },
    "fr": {
        "title": "Aide à proximité",
        "cover_title": "Bienvenue",
        "cover_text": "Merci de vous présenter à l'accueil.",
        "topic_help": "Obtenir de l'aide",
        "topic_rights": "Vos droits",
        "q1": "Qui puis-je appeler ?",
        "a1": "La ligne ci-dessous répond jour et nuit.",
        "q2": "Puis-je parler à quelqu'un dans ma langue ?",
        "a2": "Oui. Demandez un interprète au téléphone.",
        "q3": "Puis-je venir avec mes enfants ?",
        "a3": "Demandez à la personne qui répond.",
        "service": "Ligne d'écoute",
        "slip_name": "Ligne de soutien",
        "description": "Une aide gratuite et confidentielle.",
        "phone_label": "Appeler, jour et nuit",
        "hours": "Jour et nuit, tous les jours",
        "cost": "Gratuit",
        "eligibility": "Toute personne",
        "team": "Équipe de rédaction",
        "street": "12 rue de la Gare",
        "city": "Villeneuve",
        "sensitive": "traite",
    },
    "ko": {
        "title": "가까운 도움",
        "cover_title": "환영합니다",
        "cover_text": "안내 데스크에서 접수해 주세요.",
        "topic_help": "도움 받기",
        "topic_rights": "당신의 권리",
        "q1": "누구에게 전화할 수 있나요?",
        "a1": "아래 상담 전화는 밤낮으로 응답합니다.",
        "q2": "제 언어로 말할 수 있나요?",
        "a2": "네. 전화로 통역사를 요청하세요.",
        "q3": "아이들을 데려가도 되나요?",
        "a3": "전화 받는 분에게 물어보세요.",
        "service": "상담 전화",
        "slip_name": "도움 전화",
        "description": "비밀이 보장되는 무료 상담입니다.",
        "phone_label": "전화, 24시간",
        "hours": "매일 24시간",
        "cost": "무료",
        "eligibility": "누구나",
        "team": "내용 편집팀",
        "street": "중앙로 12",
        "city": "서울",
        "sensitive": "인신매매",
    },
    "ru": {
        "title": "Помощь рядом",
        "cover_title": "Добро пожаловать",
        "cover_text": "Пожалуйста, отметьтесь на стойке регистрации.",
        "topic_help": "Как получить помощь",
        "topic_rights": "Ваши права",
        "q1": "Куда можно позвонить?",
        "a1": "Линия ниже отвечает днём и ночью.",
        "q2": "Можно ли говорить на моём языке?",
        "a2": "Да. Попросите переводчика по телефону.",
        "q3": "Можно ли прийти с детьми?",
        "a3": "Спросите того, кто ответит.",
        "service": "Линия помощи",
        "slip_name": "Телефон доверия",
        "description": "Бесплатная и конфиденциальная помощь.",
        "phone_label": "Звонить круглосуточно",
        "hours": "Круглосуточно, каждый день",
        "cost": "Бесплатно",
        "eligibility": "Для всех",
        "team": "Редакция",
        "street": "Главная улица, 12",
        "city": "Новгород",
        "sensitive": "торговля людьми",
    },
    "am": {
        "title": "በአቅራቢያ ያለ እርዳታ",
        "cover_title": "እንኳን ደህና መጡ",
        "cover_text": "እባክዎ በእንግዳ መቀበያው ይመዝገቡ።",
        "topic_help": "እርዳታ ማግኘት",
        "topic_rights": "መብቶችዎ",
        "q1": "ማን ጋር መደወል እችላለሁ?",
        "a1": "ከታች ያለው መስመር ቀንና ሌሊት ይመልሳል።",
        "q2": "በቋንቋዬ መናገር እችላለሁ?",
        "a2": "አዎ። በስልክ አስተርጓሚ ይጠይቁ።",
        "q3": "ልጆቼን ይዤ መምጣት እችላለሁ?",
        "a3": "ስልኩን የሚመልሰውን ሰው ይጠይቁ።",
        "service": "የእርዳታ መስመር",
        "slip_name": "የድጋፍ ስልክ",
        "description": "ሚስጥራዊ እና ነፃ እርዳታ።",
        "phone_label": "ይደውሉ፣ ቀንና ሌሊት",
        "hours": "በየቀኑ ቀንና ሌሊት",
        "cost": "ነፃ",
        "eligibility": "ለሁሉም ሰው",
        "team": "የይዘት ቡድን",
        "street": "ዋና መንገድ 12",
        "city": "አዲስ አበባ",
        "sensitive": "ሕገወጥ የሰዎች ዝውውር",
    },
    "fa": {
        "title": "کمک در نزدیکی",
        "cover_title": "خوش آمدید",
        "cover_text": "لطفاً در میز پذیرش ثبت‌نام کنید.",
        "topic_help": "دریافت کمک",
        "topic_rights": "حقوق شما",
        "q1": "با چه کسی می‌توانم تماس بگیرم؟",
        "a1": "خط زیر شبانه‌روز پاسخ می‌دهد.",
        "q2": "آیا می‌توانم به زبان خودم صحبت کنم؟",
        "a2": "بله. از پشت تلفن مترجم بخواهید.",
        "q3": "آیا می‌توانم فرزندانم را همراه بیاورم؟",
        "a3": "از کسی که پاسخ می‌دهد بپرسید.",
        "service": "خط کمک",
        "slip_name": "تلفن پشتیبانی",
        "description": "کمک رایگان و محرمانه.",
        "phone_label": "تماس، شبانه‌روزی",
        "hours": "هر روز، شبانه‌روزی",
        "cost": "رایگان",
        "eligibility": "برای همه",
        "team": "گروه محتوا",
        "street": "خیابان اصلی ۱۲",
        "city": "تهران",
        "sensitive": "قاچاق انسان",
    },
}

# Eight services: the first with every kind of detail and number, six that
# can go on a slip (so the slip fills), one checked too long ago, one never.
NUMBERS = (
    "1-888-373-7888",
    "1-800-799-7233",
    "1-800-656-4673",
    "1-800-422-4453",
    "1-866-509-1409",
    "1-800-392-3738",
    "1-855-484-2846",
    "1-800-273-8255",
)
TEXT_NUMBER, KEYWORD, KEYWORD_NUMBER, TTY_NUMBER = "233733", "AIDE", "741741", "1-800-787-3224"
WEBSITE = "https://example.org"
STALE_ON = TODAY - timedelta(days=400)
AS_OF = date(2026, 3, 5)
ANSWER_CHECKED = date(2026, 11, 2)
ANSWER_CHECKED_LONG_AGO = date(2025, 1, 14)
RESOURCE_IDS = tuple(f"service-{n}" for n in range(1, 9))


def flow(languages: tuple[str, ...], key: str, suffix: str = "") -> str:
    """A text in each language, as a YAML flow mapping (JSON is YAML)."""
    return json.dumps({lang: CONTENT[lang][key] + suffix for lang in languages}, ensure_ascii=False)


# Left in the default language alone where a bundle has two, so a visitor
# reading the other meets the note that says part of the page is in it.
ONLY_IN_DEFAULT = {"q3", "a3"}


def bundle_files(languages: tuple[str, ...], default: str) -> dict[str, str]:
    def t(key: str, suffix: str = "") -> str:
        return flow((default,) if key in ONLY_IN_DEFAULT else languages, key, suffix)

    sensitive = json.dumps({lang: [CONTENT[lang]["sensitive"]] for lang in languages})
    files = {
        "bundle.yaml": f"""\
id: proof-{"-".join(languages)}
version: 1
status: sample
title: {t("title")}
region: US
languages: [{", ".join(languages)}]
default_language: {default}
review_by: {REVIEW_BY.isoformat()}
max_verification_age_days: 365
cover:
  title: {t("cover_title")}
  text: {t("cover_text")}
sensitive_words: {sensitive}
""",
        "topics/help.yaml": f"""\
id: help
order: 10
title: {t("topic_help")}
icon: phone
questions:
  - question: {t("q1")}
    answer: {t("a1")}
    sources: ["22 U.S.C. 7105"]
    as_of: {AS_OF.isoformat()}
    checked:
      on: {ANSWER_CHECKED.isoformat()}
      by: content-editor
      method: desk-check
      sources: ["https://example.org/law"]
resources: [{", ".join(RESOURCE_IDS[:4])}]
""",
        "topics/rights.yaml": f"""\
id: rights
order: 20
title: {t("topic_rights")}
icon: scales
questions:
  - question: {t("q2")}
    answer: {t("a2")}
    sources: ["22 U.S.C. 7105"]
    checked:
      on: {ANSWER_CHECKED_LONG_AGO.isoformat()}
      by: lawyer
      method: desk-check
      sources: ["https://example.org/law"]
  - question: {t("q3")}
    answer: {t("a3")}
    sources: ["22 U.S.C. 7105"]
resources: [{", ".join(RESOURCE_IDS[4:])}]
""",
    }
    for n, (rid, number) in enumerate(zip(RESOURCE_IDS, NUMBERS, strict=True), start=1):
        verified_on = {7: STALE_ON}.get(n, VERIFIED_ON)
        verified = (
            ""
            if n == 8
            else f"""\
verified:
  on: {verified_on.isoformat()}
  by: {json.dumps(CONTENT[default]["team"], ensure_ascii=False)}
  method: phoned
  source: "{WEBSITE}/contact"
"""
        )
        extra = (
            f"""\
  - number: "{TEXT_NUMBER}"
    type: text
  - number: "{KEYWORD_NUMBER}"
    type: text
    keyword: "{KEYWORD}"
  - number: "{TTY_NUMBER}"
    type: tty
address:
  street: {json.dumps(CONTENT[default]["street"], ensure_ascii=False)}
  city: {json.dumps(CONTENT[default]["city"], ensure_ascii=False)}
cost: {t("cost")}
eligibility: {t("eligibility")}
website: "{WEBSITE}"
languages: [{", ".join(languages)}]
"""
            if n == 1
            else ""
        )
        # The first three say when to call; the others print the kiosk's "Call".
        label = f"    label: {t('phone_label')}\n"
        files[f"resources/{rid}.yaml"] = f"""\
id: {rid}
name: {t("service", f" {n}")}
slip_name: {t("slip_name", f" {n}")}
description: {t("description")}
phones:
  - number: "{number}"
    type: voice
{label if n <= 3 else ""}{extra}hours: {t("hours")}
{verified}"""
    return files


def write_bundle(folder: Path, languages: tuple[str, ...], default: str) -> Path:
    bundle = BundleDir(folder)
    for rel, text in bundle_files(languages, default).items():
        bundle.write(rel, text)
    result = bundle.load()
    assert result.bundle is not None, [str(f) for f in result.errors]
    assert not result.errors, [str(f) for f in result.errors]
    return folder


@dataclass(frozen=True)
class Case:
    """A bundle and the language a visitor reads it in."""

    languages: tuple[str, ...]
    default: str
    visitor: str

    @property
    def id(self) -> str:
        return f"{'+'.join(self.languages)}:{self.visitor}"


CASES = [
    Case(("fr",), "fr", "fr"),
    Case(("en", "fr"), "en", "fr"),
    Case(("ko",), "ko", "ko"),
    Case(("ru",), "ru", "ru"),
    Case(("am",), "am", "am"),
    Case(("fa",), "fa", "fa"),
]


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("language-bundles")
    return {case.id: write_bundle(root / case.id.replace(":", "-"), case.languages, case.default)
            for case in CASES}  # fmt: skip


# --- what English looks like ---------------------------------------------------------

# The bidirectional isolates numbers are wrapped in, and the arrow of Back.
FRAMING = " \n\u2066\u2067\u2068\u2069\u200e\u200f\u2190\u2192"
PLACE = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class EnglishMessages:
    """The English messages of the kiosk a language says otherwise."""

    exact: frozenset[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    phrases: frozenset[str]

    def found_in(self, text: str) -> str | None:
        shown = text.strip(FRAMING)
        if not shown:
            return None
        if shown in self.exact:
            return shown
        for source, pattern in self.patterns:
            if pattern.fullmatch(shown):
                return source
        for phrase in self.phrases:
            if phrase in text:
                return phrase
        return None


def pattern_of(message: str) -> re.Pattern[str]:
    """A message with its {placeholders} and %n as what fills them."""
    parts = re.split(f"({PLACEHOLDER.pattern})", message)
    filled = (r"\d+" if part.startswith("%") else ".+" for part in parts)
    body = "".join(
        fill if PLACEHOLDER.fullmatch(part) else re.escape(part)
        for part, fill in zip(parts, filled, strict=True)
    )
    return re.compile(body, re.DOTALL)


def english_messages(name: str) -> EnglishMessages:
    english, own = catalogue("en"), catalogue(name)
    own_words = {form for forms in own.values() for form in forms}
    exact: set[str] = set()
    patterns: list[tuple[str, re.Pattern[str]]] = []
    phrases: set[str] = set()
    for key, forms in english.items():
        for form in forms:
            if not form or form in own.get(key, []):
                continue  # the language says it as English does
            if PLACEHOLDER.search(form):
                # Only a message with words of its own: "{language} ({code})"
                # would match any text with brackets.
                if re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", form)):
                    patterns.append((form, pattern_of(form)))
            else:
                exact.add(form)
            # A phrase of the message inside a longer text (the keypad's
            # help joins several): two words or more, not in the language's
            # own words.
            for chunk in PLACEHOLDER.split(form):
                chunk = chunk.strip(" .,:;()")
                if len(chunk.split()) >= 2 and not any(chunk in w for w in own_words):
                    phrases.add(chunk)
    assert exact and patterns and phrases, name  # the check has English to look for
    return EnglishMessages(frozenset(exact), tuple(patterns), frozenset(phrases))


def test_the_english_check_finds_english(qapp):
    """The check can fail: English messages, formatted and inside a longer
    text, are found; the French for them is not."""
    english = english_messages("fr")
    [my_slip] = catalogue("fr")[("Header", "My slip ({count})")]
    assert english.found_in("Quick exit") == "Quick exit"
    assert english.found_in("\u2190 Back") == "Back"
    assert english.found_in("My slip (3)") == "My slip ({count})"
    assert english.found_in("My slip, 2 items") == "My slip, %n items"
    assert english.found_in("Bienvenue. Touch to start, please") is not None
    assert english.found_in(my_slip.format(count=3)) is None
    assert english.found_in(catalogue("fr")[("Header", "Quick exit")][0]) is None


# --- every word accounted for -----------------------------------------------------------

WORD = re.compile(r"[^\W\d_]{2,}")


def known_pieces(case: Case, bundle: Bundle) -> list[str]:
    """Everything a screen may show in the visitor's language: the literal
    parts of the catalogue's messages, the bundle's texts (in the visitor's
    language, and in the default one a missing text falls back to), the
    numbers, the dates, the languages' own names; longest first."""
    pieces: set[str] = set()
    for forms in catalogue(case.visitor).values():
        for form in forms:
            pieces.update(p.strip() for p in PLACEHOLDER.split(form))
    for language in {case.visitor, case.default}:
        for key, text in CONTENT[language].items():
            pieces.add(text)
            if key in ("service", "slip_name"):
                pieces.update(f"{text} {n}" for n in range(1, 9))
    pieces.update(
        [*NUMBERS, TEXT_NUMBER, KEYWORD_NUMBER, TTY_NUMBER, KEYWORD, WEBSITE, "22 U.S.C. 7105"]
    )
    pieces.update(written(day, case.visitor) for day in bundle_dates(bundle))
    pieces.update(language_name(code) for code in bundle.languages)
    pieces.add(name_in(case.default, case.visitor))
    # A service's languages, as the visitor's language names them.
    pieces.update(name_in(code, case.visitor) for code in bundle.languages)
    return sorted((p for p in pieces if len(p) > 1), key=len, reverse=True)


def name_in(code: str, reader: str) -> str:
    """A language's name as CLDR (through ICU) writes it in another ("anglais")."""
    import icu

    return str(icu.Locale(code).getDisplayLanguage(icu.Locale(reader)))


def unexplained_on_screen(text: str, pieces: list[str]) -> list[str]:
    rest = text
    for piece in pieces:
        if piece in rest:
            rest = rest.replace(piece, " ")
    return WORD.findall(rest)


# --- what a visitor sees ---------------------------------------------------------------


def shown_texts(window: QWidget, case: Case) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a visitor sees or assistive technology
    says, on every visible widget of the window."""
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = widget.objectName() or type(widget).__name__
        if name.startswith(("language_", "language_note_")) and name.rsplit("_", 1)[-1] in (
            set(case.languages) - {case.visitor}
        ):
            # The picker names each language in itself and writes its notes
            # for those who read it: "English" is meant for English readers.
            continue
        texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, ResourceButton):
            texts += [widget._name, widget._detail or "", widget._badge or ""]
        for text in texts:
            if text:
                yield name, text


def press(kiosk: Kiosk, key: Qt.Key) -> None:
    QTest.keyClick(kiosk.window.windowHandle(), key)


def choose_language(kiosk: Kiosk, code: str) -> None:
    """As a visitor does: Change language, then the language's button."""
    kiosk.window.header.language.click()
    buttons = kiosk.window.screen.findChildren(QAbstractButton, f"language_{code}")
    assert buttons, code
    buttons[0].click()
    assert kiosk.session.language == code


def walk(kiosk: Kiosk, case: Case) -> Iterator[str]:
    """Every screen and panel a visitor can reach, named once shown."""
    session, window = kiosk.session, kiosk.window
    bundle = session.bundle
    if case.visitor == bundle.default_language:
        yield "cover"
        press(kiosk, Qt.Key.Key_Down)  # the keypad's first key explains the keypad
        yield "cover, the keypad's help"
    session.start()
    if session.language != case.visitor:
        choose_language(kiosk, case.visitor)
    yield "home"
    press(kiosk, Qt.Key.Key_F1)
    yield "home, the keypad's help"
    for topic in bundle.topics:
        session.open_topic(topic.id)
        yield f"topic {topic.id}"
    for rid, resource in bundle.resources.items():
        session.open_resource(rid)
        yield f"resource {rid}"
        if not session.slip_full and bundle.trust(resource, kiosk.today()) is not Trust.UNVERIFIED:
            session.add_to_slip(rid)
            yield f"resource {rid}, on the slip"
    assert session.slip_full
    session.open_resource(next(r for r in reversed(bundle.resources) if r not in session.slip))
    yield "resource, the slip full"
    session.open_slip()
    yield "slip"
    session.open_language()
    yield "language"
    session.home()
    session.open_display()
    yield "display"
    session.home()
    session.open_about()
    yield "about"
    window.header.set_reading(True)
    window.speech_bar().show_reading(headphones=True)
    yield "reading aloud"
    window.header.set_reading(False)
    window.speech_bar().forget()
    kiosk.ask_still_there()
    yield "still-there panel"
    kiosk.close_panel()
    window.show_panel(PrintPanel(kiosk.close_panel), Panel.PRINT)
    yield "print panel, printing"
    for result in PrintResult:
        window.overlays.panel.show_outcome(PrintOutcome(result).message)
        yield f"print panel, {result}"
    kiosk.close_panel()


# --- dates -------------------------------------------------------------------------------

ENGLISH_MONTHS_AND_DAYS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def written(day: date, language: str) -> str:
    return QLocale(language).toString(qdate(day), QLocale.FormatType.LongFormat)


def other_forms(day: date, language: str) -> set[str]:
    """How a day could be shown that is not the language's long form."""
    forms = {day.isoformat(), f"{day.month}/{day.day}/{day.year}", written(day, "en")}
    for locale in (QLocale(language), QLocale("en")):
        for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
            forms.add(locale.toString(qdate(day), kind))
    return forms - {written(day, language)}


def bundle_dates(bundle: Bundle) -> set[date]:
    days = {bundle.review_by}
    for resource in bundle.resources.values():
        if resource.verified is not None:
            days.add(resource.verified.on)
    for topic in bundle.topics:
        for question in topic.questions:
            if question.as_of:
                days.add(question.as_of)
            if question.checked:
                days.add(question.checked.on)
    return days


def expected_date_lines(bundle: Bundle, name: str, language: str) -> dict[str, str]:
    """Each shown line with a date, from the catalogue and QLocale alone."""
    words = catalogue(name)

    def say(source: str, **values: str) -> str:
        [text] = words[("Trust", source)]
        return text.format(**values)

    lines = {}
    for rid, resource in bundle.resources.items():
        if resource.verified is None:
            continue
        day = written(resource.verified.on, language)
        if rid == "service-7":
            lines[rid] = say(
                "May be out of date: last checked on {date}. Ask staff if unsure.", date=day
            )
        else:
            lines[rid] = say("Checked on {date}", date=day)
    [editor] = words[("Trust", "the content editor")]
    [lawyer] = words[("Trust", "a lawyer")]
    lines["help"] = " ".join(
        [
            say("As of {date}.", date=written(AS_OF, language)),
            say(
                "Last checked on {date} by {who}.",
                date=written(ANSWER_CHECKED, language),
                who=editor,
            ),
        ]
    )
    lines["rights"] = " ".join(
        [
            say(
                "Last checked on {date} by {who}.",
                date=written(ANSWER_CHECKED_LONG_AGO, language),
                who=lawyer,
            ),
            say("This may have changed since: ask staff."),
        ]
    )
    return lines


# --- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_screen_speaks_the_bundles_language(qtbot, bundles, case):
    name = case.visitor
    english = english_messages(name)
    kiosk = make_kiosk(qtbot, bundle=bundles[case.id])
    try:
        bundle = kiosk.session.bundle
        days = bundle_dates(bundle)
        wrong_forms = {form: day for day in days for form in other_forms(day, case.visitor)}
        long_forms = {written(day, case.visitor) for day in days}
        date_lines = expected_date_lines(bundle, name, case.visitor)
        seen_dates: set[str] = set()
        seen_lines: set[str] = set()
        seen_texts: set[str] = set()
        pieces = known_pieces(case, bundle)
        report: list[str] = []
        for place in walk(kiosk, case):
            QApplication.sendPostedEvents()
            assert kiosk.session.language == case.visitor, place
            for where, text in shown_texts(kiosk.window, case):
                found = english.found_in(text)
                if found is not None:
                    report.append(f"{place}: {where} {text!r}: English {found!r}")
                stray = unexplained_on_screen(text, pieces)
                if stray:
                    report.append(f"{place}: {where} {text!r}: words of no catalogue {stray}")
                month = ENGLISH_MONTHS_AND_DAYS.search(text)
                if month:
                    report.append(f"{place}: {where} {text!r}: English {month.group()!r}")
                for form, day in wrong_forms.items():
                    if form and form in text:
                        report.append(f"{place}: {where} {text!r}: {day} written as {form!r}")
                seen_dates |= {form for form in long_forms if form in text}
                seen_lines |= {key for key, line in date_lines.items() if line == text}
                seen_texts.add(text)
        assert not report, "\n".join(dict.fromkeys(report))
        if case.default != case.visitor:
            [note] = catalogue(name)[
                ("ScrollingScreen", "Some of this page is shown in {language}.")
            ]
            # The rest in English, named as French names it: "en anglais".
            assert note.format(language=name_in(case.default, case.visitor)) in seen_texts
        # Every date line a visitor can reach was shown, word for word.
        assert seen_lines == set(date_lines), set(date_lines) - seen_lines
        assert seen_dates
    finally:
        remove_filters(kiosk)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_speaker_is_named_in_the_bundles_language(qtbot, bundles, case):
    words = catalogue(case.visitor)
    [read] = words[("ReadAloud", "Read aloud")]
    [stop] = words[("ReadAloud", "Stop reading")]
    assert read != "Read aloud" and stop != "Stop reading"
    kiosk = make_kiosk(qtbot, bundle=bundles[case.id])
    try:
        kiosk.session.start()
        if kiosk.session.language != case.visitor:
            choose_language(kiosk, case.visitor)
        speaker = kiosk.window.header.read_aloud
        assert speaker.isVisible() and not speaker.text()
        assert speaker.accessibleName() == read
        kiosk.window.header.set_reading(True)
        assert speaker.accessibleName() == stop
    finally:
        remove_filters(kiosk)


def slip_words(name: str) -> dict[str, str]:
    found = {}
    for key, source in SOURCES.items():
        [text] = catalogue(name)[("Slip", source)]
        assert text, (name, key)
        found[key] = text.format(keyword=KEYWORD) if key == "text_keyword" else text
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_visitors_slip_prints_the_languages_words(qapp, bundles, tmp_path, case):
    """The slip a visitor who filled it prints (six services, the first with
    a voice, a text, a keyword and a TTY number), as a real PDF."""
    name, language = case.visitor, case.visitor
    bundle = BundleDir(bundles[case.id]).load().bundle
    assert bundle is not None
    chosen = list(RESOURCE_IDS[:6])
    pdf = tmp_path / "slip.pdf"
    render_pdf(visitor_slip(bundle, chosen, language, SlipSettings()), pdf)
    text = pdf_text(pdf)
    mine = slip_words(name)
    for key in ("heading", "voice", "text", "text_keyword", "tty", "sample"):
        assert on_slip(mine[key], name, text), (key, mine[key], text)
    # No English slip word the language says otherwise.
    own = {w.casefold() for line in mine.values() for w in re.findall(r"\w+", line)}
    english = {
        w for line in slip_words("en").values() for w in re.findall(r"[^\W\d_]+", line.casefold())
    } - own
    assert english
    assert set(re.findall(r"[^\W\d_]+", text.casefold())) & english == set()
    # Nothing else: the catalogue's words, the bundle's texts, the numbers.
    content = CONTENT[language]
    known = [
        *mine.values(),
        *(f"{content['slip_name']} {n}" for n in range(1, 7)),
        content["phone_label"],
        content["hours"],
        # An address is written once, in the bundle's default language.
        CONTENT[case.default]["street"],
        CONTENT[case.default]["city"],
        WEBSITE.removeprefix("https://"),
        *NUMBERS,
        TEXT_NUMBER,
        KEYWORD_NUMBER,
        TTY_NUMBER,
        KEYWORD,
    ]
    assert unexplained(text, known, name) == []


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


# pypdf puts spaces of its own between runs of some scripts ("24 시간" for
# "24시간", "전화 ," for "전화,"): left to right, compare without spaces.
def on_slip(line: str, name: str, text: str) -> bool:
    if is_right_to_left(name):
        return printed(line, name, text)
    return squeezed(line) in squeezed(text)


def unexplained(text: str, lines: list[str], name: str) -> list[str]:
    if is_right_to_left(name):
        return unexplained_words(text, lines, name)
    rest = squeezed(text)
    for line in sorted(map(squeezed, lines), key=len, reverse=True):
        rest = rest.replace(line, " ")
    return re.findall(r"[^\W\d_]+", rest)


def test_a_service_s_languages_are_named_in_the_visitor_s_language(qtbot):
    """ "Languages spoken" names each language as the visitor's language does,
    as Read aloud says them: no English word on a French screen."""
    from ui_helpers import make_kiosk, remove_filters

    from kiosk.ui.widgets import WrappingLabel

    kiosk = make_kiosk(qtbot)
    try:
        session = kiosk.session
        session.start()
        resource = next(r for r in session.bundle.resources.values() if len(r.languages) > 1)
        shown = {}
        for language in ("en", "es"):
            session.set_language(language)
            session.open_resource(resource.id)
            shown[language] = {w.text() for w in kiosk.window.screen.findChildren(WrappingLabel)}
        assert any(text.startswith("English, Spanish") for text in shown["en"]), shown["en"]
        assert any(text.startswith("inglés, español") for text in shown["es"]), sorted(shown["es"])
    finally:
        remove_filters(kiosk)
