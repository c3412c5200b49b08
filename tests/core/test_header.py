"""Header fields from the blocks above the organ line."""

from __future__ import annotations

from dataclasses import replace

import pytest

from resolution_compare.core.header import find_organ_line, read_header
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import Header
from resolution_compare.core.parser import parse_text

HEADER_CASES = [
    # HRC English header: symbol built from "44/11." and the body
    (
        "en",
        "Human Rights Council\n\nForty-fourth session\n\nAgenda item 3\n\n"
        "Resolution adopted by the Human Rights Council on 16 July 2020\n\n"
        "44/11. Mandate of the Independent Expert on human rights and international solidarity\n\n"
        "The Human Rights Council,\n\nReaffirming all,\n\n1. Decides.",
        Header("Human Rights Council", 44, "A/HRC/RES/44/11", "3",
               "Mandate of the Independent Expert on human rights and international solidarity",
               "2020-07-16"),
    ),
    # GA: "80/4." gives A/RES/80/4, "Eightieth session" 80
    (
        "en",
        "Eightieth session\n\nAgenda item 38\n\n"
        "Resolution adopted by the General Assembly on 29 October 2025\n\n"
        "80/4. Necessity of ending the embargo\n\nThe General Assembly,\n\n"
        "Determined to,\n\n1. Decides.",
        Header("General Assembly", 80, "A/RES/80/4", "38", "Necessity of ending the embargo",
               "2025-10-29"),
    ),
    # an explicit symbol in the masthead wins over the title number
    (
        "en",
        "A/HRC/RES/44/11/Rev.1\n\n44/11. Title\n\nThe Human Rights Council,\n\n"
        "Noting,\n\n1. Notes.",
        Header("Human Rights Council", 44, "A/HRC/RES/44/11/Rev.1", None, "Title", None),
    ),
    # 2011 form: no period after the number, no adoption date (a footnote asterisk)
    (
        "en",
        "Resolution adopted by the Human Rights Council*\n\n"
        "17/6 Mandate of the independent expert\n\n"
        "The Human Rights Council,\n\nReaffirming,\n\n1. Decides.",
        Header("Human Rights Council", 17, "A/HRC/RES/17/6", None,
               "Mandate of the independent expert", None),
    ),
    # French ordinal session and agenda item formula
    (
        "fr",
        "Conseil des droits de l’homme\n\nTrente-cinquième session\n\n"
        "Point 3 de l’ordre du jour\n\n"
        "Résolution adoptée par le Conseil des droits de l’homme le 22 juin 2017\n\n"
        "35/3. Les droits de l’homme et la solidarité internationale\n\n"
        "Le Conseil des droits de l’homme,\n\nRéaffirmant,\n\n1. Réaffirme.",
        Header("Human Rights Council", 35, "A/HRC/RES/35/3", "3",
               "Les droits de l’homme et la solidarité internationale", "2017-06-22"),
    ),
    # Spanish numeric session "44º período de sesiones"
    (
        "es",
        "44º período de sesiones\n\nTema 3 de la agenda\n\n"
        "Resolución aprobada por el Consejo de Derechos Humanos el 16 de julio de 2020\n\n"
        "44/11. Mandato\n\nEl Consejo de Derechos Humanos,\n\nReafirmando,\n\n1. Decide.",
        Header("Human Rights Council", 44, "A/HRC/RES/44/11", "3", "Mandato", "2020-07-16"),
    ),
    # letter-spacing splits in known tokens only (domain.md §3.9): ordinal and number
    (
        "en",
        "Human Rights Council\n\nForty- f if th session\n\n5 3 / 5 . Mandate\n\n"
        "The Human Rights Council,\n\nRecalling,\n\n1. Decides.",
        Header("Human Rights Council", 45, "A/HRC/RES/53/5", None, "Mandate", None),
    ),
    # no header at all (the English corpus texts): every field None
    ("en", "Reaffirming all previous resolutions,\n\n1. Decides to act.", Header()),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), HEADER_CASES)
def test_header(language: str, text: str, expected: Header) -> None:
    header = parse_text(text, language=language).header
    # A text with a symbol or an adoption line is a resolution; one without a header says
    # nothing about its kind.
    kind = "resolution" if expected.symbol or expected.adopted else None
    assert header == replace(expected, kind=kind)


def test_organ_line_not_found_in_a_paragraph() -> None:
    table = load_table("en", "structure")
    assert find_organ_line(["Recalling that the Human Rights Council,"], table) is None


def test_empty_header() -> None:
    assert read_header([], load_table("en", "structure"), "en", None) == Header()
