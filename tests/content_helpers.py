"""A small, valid bundle written fresh into a test's tmp_path, to break one file at a time.

    bundle = make_bundle(tmp_path)
    bundle.write("resources/hotline.yaml", "...")     # replace or add a file
    bundle.remove("topics/help.yaml")
    result = bundle.load()                            # load_bundle(..., today=TODAY,
                                                      #   shipped_fonts=fonts_dir())

The template loads with no findings at all (see test_broken_bundles.py), so a
test that changes one thing can assert that exactly one thing went wrong.
Dates are relative to the fixed TODAY, never to the machine's clock.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kiosk.content import LoadResult, load_bundle
from kiosk.paths import fonts_dir

# The day the shipped sample was last checked: its check records may not lie in
# the future of a test's clock.
TODAY = date(2026, 12, 6)
VERIFIED_ON = TODAY - timedelta(days=16)  # 2026-11-20: recent, not stale
REVIEW_BY = TODAY + timedelta(days=176)  # 2027-05-31: in the future

BUNDLE_YAML = f"""\
id: test-bundle
version: 1
status: published
title: {{en: "Help nearby", es: "Ayuda cercana"}}
region: US
languages: [en, es]
default_language: en
review_by: {REVIEW_BY.isoformat()}
max_verification_age_days: 365
cover:
  title: {{en: "Welcome", es: "Bienvenidos"}}
  text: {{en: "Please check in at the front desk.", es: "Por favor, regístrese en la recepción."}}
slip_heading: {{en: "Useful numbers", es: "Números útiles"}}
sensitive_words:
  en: [trafficking, prostitution]
  es: [trata, prostitución]
"""

# An answer's check record, as a question of a topic file holds it.
CHECKED_ANSWER = f"""\
    checked:
      on: {VERIFIED_ON.isoformat()}
      by: content-editor
      method: desk-check
      sources: ["https://www.law.cornell.edu/uscode/text/22/7105"]
"""

TOPIC_YAML = f"""\
id: help
order: 10
title: {{en: "Getting help", es: "Cómo pedir ayuda"}}
icon: phone
questions:
  - question: {{en: "Who can I call?", es: "¿A quién puedo llamar?"}}
    answer: {{en: "The hotline below answers day and night.", es: "La línea contesta siempre."}}
    sources: ["22 U.S.C. 7105"]
{CHECKED_ANSWER}resources: [national-hotline]
"""

RESOURCE_YAML = f"""\
id: national-hotline
name: {{en: "National Human Trafficking Hotline", es: "Línea Nacional contra la Trata"}}
slip_name: {{en: "Help line", es: "Línea de ayuda"}}
description: {{en: "Confidential help in many languages.", es: "Ayuda confidencial."}}
phones:
  - number: "1-888-373-7888"
    type: voice
    label: {{en: "Call, 24 hours", es: "Llame, 24 horas"}}
  - number: "233733"
    type: text
    keyword: "HELP"
hours: {{en: "24 hours, every day", es: "24 horas, todos los días"}}
languages: [en, es]
website: "https://humantraffickinghotline.org"
verified:
  on: {VERIFIED_ON.isoformat()}
  by: "Content team"
  method: phoned
  source: "https://humantraffickinghotline.org/en/contact"
"""

TEMPLATE: dict[str, str] = {
    "bundle.yaml": BUNDLE_YAML,
    "topics/help.yaml": TOPIC_YAML,
    "resources/hotline.yaml": RESOURCE_YAML,
}


class BundleDir:
    """A bundle folder under a test's tmp_path; every change is to one file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def file(self, rel: str) -> Path:
        return self.path / rel

    def read(self, rel: str) -> str:
        return self.file(rel).read_text(encoding="utf-8")

    def write(self, rel: str, content: str | bytes) -> Path:
        """Replace (or add) one file; text is written as UTF-8, bytes as they are."""
        target = self.file(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_bytes(content.encode("utf-8"))
        return target

    def replace(self, rel: str, old: str, new: str) -> Path:
        """Change one exact piece of a file's text (which must occur exactly once)."""
        text = self.read(rel)
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {rel}"
        return self.write(rel, text.replace(old, new))

    def remove(self, rel: str) -> None:
        self.file(rel).unlink()

    def load(self, *, today: date = TODAY) -> LoadResult:
        # As every caller outside kiosk.content does: the shipped fonts' folder.
        return load_bundle(self.path, today=today, shipped_fonts=fonts_dir())


def make_bundle(tmp_path: Path, name: str = "bundle") -> BundleDir:
    """Write the valid template into tmp_path/name and return it."""
    bundle = BundleDir(tmp_path / name)
    for rel, text in TEMPLATE.items():
        bundle.write(rel, text)
    return bundle
