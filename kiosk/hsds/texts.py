"""The few words the importer writes itself, in the bundle's default language.

Only languages listed here get hours in words and a translated cover; for
any other default language the importer writes English and says so in the
report, rather than shipping a made-up translation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Words:
    language: str
    days: tuple[str, str, str, str, str, str, str]  # Monday first, as RFC 5545's MO..SU
    every_day: str
    all_day: str
    extension: str  # before a phone extension: "ext. 100"
    services: str  # the topic that lists every service
    other_services: str  # the topic for services with no taxonomy term
    cover_title: str
    cover_text: str
    slip_heading: str


WORDS: Final = {
    "en": Words(
        "en",
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "Every day",
        "24 hours",
        "ext.",
        "Services",
        "Other services",
        "Welcome",
        "Please check in at the front desk.",
        "Useful numbers",
    ),
    "es": Words(
        "es",
        ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
        "Todos los días",
        "24 horas",
        "ext.",
        "Servicios",
        "Otros servicios",
        "Le damos la bienvenida",
        "Por favor, regístrese en la recepción.",
        "Números útiles",
    ),
    "fr": Words(
        "fr",
        ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
        "Tous les jours",
        "24 h sur 24",
        "poste",
        "Services",
        "Autres services",
        "Bienvenue",
        "Merci de vous présenter à l'accueil.",
        "Numéros utiles",
    ),
}


def words_for(language: str) -> Words | None:
    return WORDS.get(language.split("-")[0])
