"""Routine (calendar-only) replacements."""

from __future__ import annotations

import pytest

from resolution_compare.core.routine import is_routine_change


@pytest.mark.parametrize(
    ("old", "new", "language", "routine"),
    [
        ("thirty-fifth", "forty-fourth", "en", True),  # session ordinal forward
        ("forty-fourth", "thirty-fifth", "en", False),  # backwards is not the calendar
        ("2017", "2020", "en", True),  # year
        ("35/3", "44/11", "en", True),  # resolution number
        ("A/HRC/35/35", "A/HRC/44/44", "en", True),  # report symbol
        ("A/HRC/35/35", "A/75/44", "en", False),  # different series
        ("35/3 of 28 September 2017", "44/11 of 16 July 2020", "en", True),  # number + date
        ("three", "two", "en", False),  # a period, not the calendar
        ("trente-cinquième", "quarante-quatrième", "fr", True),  # French ordinals
        ("vingt et unième", "vingt-deuxième", "fr", True),  # "et un" form
        ("Council", "Assembly", "en", False),  # words
    ],
)
def test_is_routine(old: str, new: str, language: str, routine: bool) -> None:
    assert is_routine_change(old, new, language) is routine
