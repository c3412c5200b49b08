"""Operative paragraph numbers as the six languages print them, and what is not a number."""

from __future__ import annotations

import pytest

from resolution_compare.core.parser import parse_text

NUMBER_CASES = [
    # Chinese: no space after the point
    ("zh", "人权理事会，\n回顾其决议，\n1.决定继续审议。", [None, 1]),
    # English with the tab lost in extraction (domain.md §3.8)
    ("en", "The Council,\nRecalling its resolutions,\n1.Expresses its appreciation.", [None, 1]),
    # Arabic "1 - " and Arabic-Indic "١ - "
    ("ar", "إن مجلس حقوق الإنسان،\nإذ يشير إلى قراراته،\n1 - يحث الدول؛\n٢ - يقرر.", [None, 1, 2]),
    # a date range at the start of a wrapped line is no paragraph number
    (
        "en",
        "The Council,\nRecalling its resolution adopted from\n2 – 4 December 2019 in Geneva,\n"
        "1. Decides to act.",
        [None, 1],
    ),
]


@pytest.mark.parametrize(("language", "text", "numbers"), NUMBER_CASES)
def test_numbers_in_wrapped_lines(language: str, text: str, numbers: list[int | None]) -> None:
    res = parse_text(text, language=language)
    assert [p.number for p in res.paragraphs] == numbers


def test_a_memo_is_not_made_a_resolution_by_its_last_line() -> None:
    # "Notes" is an operative lead, but without an organ line or a preambular opener the
    # text is not a resolution, and its last paragraph is no unnumbered operative paragraph
    res = parse_text(
        "Minutes of the meeting\n\nThe chair opened it.\n\nNotes from the secretariat."
    )
    assert [p.kind for p in res.paragraphs] == ["other", "other", "other"]


def test_single_unnumbered_operative_paragraph() -> None:
    # A/RES/79/157: preambular paragraphs, then one operative paragraph without a number
    text = (
        "The General Assembly,\n\nRecalling its resolutions,\n\nNoting the report,\n\n"
        "Takes note of the report of the Human Rights Council."
    )
    res = parse_text(text, language="en")
    assert [(p.id, p.kind, p.number, p.lead) for p in res.paragraphs] == [
        ("PP1", "preambular", None, "Recalling"),
        ("PP2", "preambular", None, "Noting"),
        ("OP1", "operative", None, "Takes note"),
    ]
