"""Word diff: whole-word segments, exact round trip, options, routine marking."""

from __future__ import annotations

from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resolution_compare.core.calendar_distance import CalendarDistance
from resolution_compare.core.comparison import CompareOptions
from resolution_compare.core.routine import is_routine_span
from resolution_compare.core.worddiff import rebuild, tokenize, word_diff

# Between HRC 35/3 (2017) and 44/11 (2020): nine Council sessions, three years.
EN = partial(
    is_routine_span,
    language="en",
    distance=CalendarDistance(9, "A/HRC", (("A/HRC", 9), ("A", 3)), 3),
)


def _ops(left: str, right: str, options: CompareOptions | None = None) -> list[tuple[str, str]]:
    return [(s.op, s.text) for s in word_diff(left, right, options, EN).segments]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # stack-notes §7 trap: numbers replaced whole, never a common first digit factored out.
        (
            "resolution 2231 (2015)",
            "resolution 2334 (2016)",
            [
                ("=", "resolution "),
                ("-", "2231"),
                ("+", "2334"),
                ("=", " ("),
                ("-", "2015"),
                ("+", "2016"),
                ("=", ")"),
            ],
        ),
        # One word inserted.
        (
            "Requests the Expert to report",
            "Requests the Expert further to report",
            [("=", "Requests the Expert "), ("+", "further "), ("=", "to report")],
        ),
        # Hyphenated and apostrophe words are one token each.
        (
            "de l’Organisation mandate-holders",
            "de l’Assemblée mandate-holders",
            [
                ("=", "de "),
                ("-", "l’Organisation"),
                ("+", "l’Assemblée"),
                ("=", " mandate-holders"),
            ],
        ),
        # Identical texts: one equal segment.
        ("Decides to continue.", "Decides to continue.", [("=", "Decides to continue.")]),
    ],
)
def test_word_segments(left: str, right: str, expected: list[tuple[str, str]]) -> None:
    assert _ops(left, right) == expected


def test_typography_ignored_by_default_is_dimmed_pair() -> None:
    # Curly vs straight quote: equal under the default options, shown as a routine pair.
    diff = word_diff("the “Code” of", 'the "Code" of', CompareOptions(), EN)
    assert diff.equal
    changed = [s for s in diff.segments if s.op != "="]
    assert changed and all(s.routine for s in changed)


def test_typography_counts_when_not_ignored() -> None:
    diff = word_diff("the “Code” of", 'the "Code" of', CompareOptions(ignore_typography=False), EN)
    assert not diff.equal
    assert not any(s.routine for s in diff.segments)


@pytest.mark.parametrize(
    ("left", "right", "options", "equal"),
    [
        ("Council", "council", CompareOptions(ignore_case=True), True),  # case ignored
        ("Council", "council", CompareOptions(), False),  # case counts by default
        ("States, and", "States; and", CompareOptions(ignore_punctuation=True), True),  # , vs ;
        ("States and", "States\u00a0and", CompareOptions(), True),  # NBSP is typography
        ("A — B", "A – B", CompareOptions(), True),  # dash variants
    ],
)
def test_options(left: str, right: str, options: CompareOptions, equal: bool) -> None:
    diff = word_diff(left, right, options, EN)
    assert diff.equal is equal
    assert rebuild(diff.segments, "-") == left
    assert rebuild(diff.segments, "+") == right


def test_routine_updates_marked() -> None:
    diff = word_diff(
        "at its thirty-fifth session (A/HRC/35/35), resolution 35/3 of 2017",
        "at its forty-fourth session (A/HRC/44/44), resolution 44/11 of 2020",
        None,
        EN,
    )
    changed = [s for s in diff.segments if s.op != "="]
    assert changed and all(s.routine for s in changed)


def test_substantive_change_not_routine() -> None:
    # "three" -> "two" years is not a calendar move.
    diff = word_diff("for a period of three years", "for a period of two years", None, EN)
    assert not any(s.routine for s in diff.segments)


_text = st.text(alphabet=st.sampled_from(list("ab cdé’'-—,.;:\n\u00a0“”\"AB12/")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_text, _text, st.booleans(), st.booleans(), st.booleans())
def test_diff_rebuilds_both_texts(
    left: str, right: str, case: bool, punct: bool, typo: bool
) -> None:
    options = CompareOptions(ignore_case=case, ignore_punctuation=punct, ignore_typography=typo)
    diff = word_diff(left, right, options, EN)
    assert rebuild(diff.segments, "-") == left
    assert rebuild(diff.segments, "+") == right
    assert "".join(tokenize(left)) == left
    if left == right:
        assert all(s.op == "=" for s in diff.segments)
