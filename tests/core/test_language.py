"""Language detection from script and function words."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.core.language import detect_language

DATA = Path(__file__).parent.parent / "data"

FILE_CASES = [
    ("hrc-res-44-11-fr.txt", "fr"),
    ("hrc-res-44-11-en.txt", "en"),
    ("ga-res-80-4-en_extract-v1.0.0.md", "en"),
    ("constructed/constructed-es-header-leads.txt", "es"),
]


@pytest.mark.parametrize(("name", "language"), FILE_CASES)
def test_real_texts(name: str, language: str) -> None:
    assert detect_language((DATA / name).read_text(encoding="utf-8")) == language


TEXT_CASES = [
    # Cyrillic script (domain.md §1.4 opener)
    ("Совет по правам человека, вновь подтверждая", "ru"),
    # Arabic script
    ("إن مجلس حقوق الإنسان، إذ يؤكد من جديد", "ar"),
    # Han script
    ("人权理事会，重申以往所有决议", "zh"),
    # Spanish function words
    ("Recordando las resoluciones del Consejo y los informes de la Asamblea", "es"),
    # nothing to go on: the default
    ("", "en"),
]


@pytest.mark.parametrize(("text", "language"), TEXT_CASES)
def test_short_texts(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_explicit_language_wins() -> None:
    assert detect_language("The Council, recalling the resolutions of the", "fr") == "fr"


def test_unknown_explicit_language_is_ignored() -> None:
    assert detect_language("Le Conseil des droits de l’homme et la solidarité", "xx") == "fr"
