"""Word numbering formats and counters (docx_numbering), table-driven."""

from __future__ import annotations

import pytest

from resolution_compare.loaders.docx_numbering import Level, Numbering, format_number


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (3, "decimal", "3"),  # plain
        (1, "lowerLetter", "a"),  # first letter
        (26, "lowerLetter", "z"),  # last letter
        (27, "lowerLetter", "aa"),  # Word doubles the letter after z
        (2, "upperLetter", "B"),  # capitals
        (4, "lowerRoman", "iv"),  # subtractive roman
        (14, "upperRoman", "XIV"),  # capitals roman
        (7, "decimalZero", "07"),  # zero padded
        (5, "ordinal", "5"),  # unknown formats fall back to decimal
    ],
)
def test_format_number(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


def _numbering() -> Numbering:
    return Numbering(
        levels={
            "A": {
                0: Level("decimal", "%1."),
                1: Level("lowerLetter", "(%2)"),
                2: Level("lowerRoman", "(%3)"),
            }
        },
        num_to_abstract={"1": "A", "2": "A", "3": "A"},
        start_overrides={("3", 0): 10},
    )


def test_counters_reset_deeper_levels() -> None:
    n = _numbering()
    got = [n.label("1", lvl) for lvl in (0, 1, 2, 2, 1, 0, 1)]
    assert got == ["1.", "(a)", "(i)", "(ii)", "(b)", "2.", "(a)"]


def test_nums_sharing_an_abstract_share_counters_and_start_override_restarts() -> None:
    n = _numbering()
    assert [n.label("1", 0), n.label("2", 0), n.label("3", 0), n.label("3", 0)] == [
        "1.",
        "2.",
        "10.",
        "11.",
    ]


def test_unknown_num_and_bullets_give_no_label() -> None:
    n = _numbering()
    n.levels["B"] = {0: Level("bullet", "•")}
    n.num_to_abstract["9"] = "B"
    assert n.label("0", 0) is None  # numId 0 means "numbering removed"
    assert n.label("42", 0) is None  # not defined
    assert n.label("9", 0) is None  # bullets are not paragraph numbers
