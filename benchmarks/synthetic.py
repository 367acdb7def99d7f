"""A synthetic bundle of any size, for benchmarks and soak tests.

Phone numbers must be *valid* for phonenumbers, so they use real Missouri
area codes with random subscriber numbers; they are never shown to anyone.
"""

from __future__ import annotations

import random
from pathlib import Path

LANGUAGES = ("en", "es", "ar", "vi", "zh", "bs")
AREA_CODES = ("314", "636", "573", "816", "417", "660")


def write_bundle(
    root: Path, *, resources: int = 10_000, topics: int = 500, per_file: int = 100, seed: int = 1
) -> Path:
    rng = random.Random(seed)
    (root / "topics").mkdir(parents=True, exist_ok=True)
    (root / "resources").mkdir(parents=True, exist_ok=True)
    langs = "[" + ", ".join(LANGUAGES) + "]"
    (root / "bundle.yaml").write_text(
        f"""id: synthetic
version: 1
status: draft
title: {{{_map("Synthetic bundle")}}}
region: US
languages: {langs}
default_language: en
review_by: 2099-01-01
cover:
  title: {{{_map("Welcome")}}}
  text: {{{_map("Please check in at the front desk.")}}}
slip_heading: {{{_map("Useful numbers")}}}
""",
        encoding="utf-8",
    )
    ids = [f"res-{i:05d}" for i in range(resources)]
    for start in range(0, resources, per_file):
        chunk = []
        for rid in ids[start : start + per_file]:
            number = f"{rng.choice(AREA_CODES)}-{rng.randint(230, 989)}-{rng.randint(1000, 9999)}"
            chunk.append(
                f"""- id: {rid}
  name: {{{_map(f"Service {rid}")}}}
  slip_name: {{en: "Help line", es: "Línea de ayuda"}}
  description: {{{_map("Free, confidential help with housing, health and legal questions.")}}}
  phones:
    - {{number: "{number}", type: voice}}
  address: {{street: "{rng.randint(1, 9999)} Main St", city: "St. Louis", state: "MO",
             postal_code: "63101"}}
  hours: {{en: "Mon-Fri 9:00-17:00", es: "lun-vie 9:00-17:00"}}
  languages: [en, es]
  cost: {{en: "Free", es: "Gratis"}}
  website: "https://example.org/{rid}"
  verified: {{on: 2026-10-01, by: "Benchmark", method: phoned, source: "generated"}}
"""
            )
        (root / "resources" / f"part-{start // per_file:04d}.yaml").write_text(
            "".join(chunk), encoding="utf-8"
        )
    per_topic = max(1, resources // topics)
    for t in range(topics):
        refs = ", ".join(ids[(t * per_topic + k) % resources] for k in range(per_topic))
        (root / "topics" / f"topic-{t:04d}.yaml").write_text(
            f"""id: topic-{t:04d}
order: {t}
title: {{{_map(f"Topic {t}")}}}
questions:
  - question: {{{_map("Where can I get help?")}}}
    answer: {{{_map("These services can help. Calls are free and confidential.")}}}
resources: [{refs}]
""",
            encoding="utf-8",
        )
    return root


def _map(text: str) -> str:
    return ", ".join(f'{lang}: "{text} ({lang})"' for lang in LANGUAGES)
