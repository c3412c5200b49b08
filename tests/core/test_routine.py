"""Routine = the calendar only (issue 12, item 3), in both directions.

Each case is a sentence before and after; the changed runs of its word diff must all be
routine (dimmed) or none of them. The reverse of every routine case is substance: a session,
date or symbol moving backwards is not the calendar.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.routine import is_routine_change, is_routine_span
from resolution_compare.core.worddiff import word_diff

ROUTINE = [
    # session ordinal with its session word
    ("en", "at its thirty-fifth session", "at its forty-fourth session"),
    ("en", "at its eightieth session", "at its eighty-first session"),
    ("en", "at its 58th session", "at its 61st session"),
    ("fr", "à sa trente-cinquième session", "à sa quarante-quatrième session"),
    ("fr", "à sa vingt et unième session", "à sa vingt-deuxième session"),
    (
        "es",
        "en su trigésimo quinto período de sesiones",
        "en su cuadragésimo cuarto período de sesiones",
    ),
    ("zh", "在理事会第六十一届会议上提交", "在理事会第六十四届会议上提交"),
    # the date of a meeting or a resolution
    ("en", "adopted on 22 June 2017", "adopted on 16 July 2020"),
    ("en", "its meeting of 4 April 2025", "its meeting of 12 April 2025"),
    ("fr", "résolution 35/3 du 22 juin 2017", "résolution 44/11 du 16 juillet 2020"),
    # symbols whose session part moves forward, in the same series
    ("en", "Recalling its resolution 78/7,", "Recalling its resolution 79/7,"),
    ("en", "the report (A/HRC/55/43) of", "the report (A/HRC/58/47) of"),
    ("en", "resolution 35/3 of 2017", "resolution 44/11 of 2020"),
    ("en", "resolution 2231 (2015)", "resolution 2334 (2016)"),
    ("en", "35/3 of 28 September 2017", "44/11 of 16 July 2020"),
    # a list of the series' resolutions that gains the latest, with its adoption date
    ("en", "resolutions 77/7 and 78/7,", "resolutions 77/7, 78/7 and 79/7,"),
    (
        "en",
        "resolutions 77/7 of 1 December 2022 and 78/7 of 5 December 2023, and",
        "resolutions 77/7 of 1 December 2022, 78/7 of 5 December 2023"
        " and 79/7 of 4 December 2024, and",
    ),
    ("fr", "ses résolutions 77/7 et 78/7,", "ses résolutions 77/7, 78/7 et 79/7,"),
]

SUBSTANCE = [
    # plain numbers, counts, percentages, paragraph references
    ("en", "a report on paragraphs 1 and 2", "a report on paragraphs 1 and 5"),
    ("en", "to hold 2 regional workshops", "to hold 4 regional workshops"),
    ("en", "allocate 15 per cent of", "allocate 30 per cent of"),
    ("en", "allocate 0.7 per cent of", "allocate 1.0 per cent of"),
    # deadlines and years that are not dates
    ("en", "to end poverty by 2030", "to end poverty by 2035"),
    ("en", "the 2030 Agenda for", "the 2035 Agenda for"),
    ("en", "held in Vienna in 1993", "held in Vienna in 1994"),
    ("zh", "到2030年消除贫困", "到2035年消除贫困"),
    # an ordinal without its session word, a mandate period
    ("en", "on its fiftieth anniversary", "on its sixtieth anniversary"),
    ("en", "for a period of three years", "for a period of two years"),
    # a symbol moving to another body, or within one session
    ("en", "the report (A/HRC/35/35) of", "the report (A/75/44) of"),
    ("en", "the report (A/HRC/44/44) of", "the report (A/HRC/44/45) of"),
    # a list that loses its earliest item, or gains one that is not the latest
    ("en", "resolutions 77/7, 78/7 and 79/7,", "resolutions 77/7, 77/50, 78/7 and 79/7,"),
    # words
    ("en", "the Human Rights Council", "the General Assembly"),
]


def _changed_routine(language: str, left: str, right: str) -> list[bool]:
    check = partial(is_routine_span, language=language)
    segments = word_diff(left, right, None, check).segments
    changed = [s.routine for s in segments if s.op != "="]
    assert changed, "the two texts must differ"
    return changed


@pytest.mark.parametrize(("language", "left", "right"), ROUTINE)
def test_calendar_moves_are_routine(language: str, left: str, right: str) -> None:
    assert all(_changed_routine(language, left, right))


@pytest.mark.parametrize(("language", "left", "right"), ROUTINE)
def test_the_same_moves_backwards_are_substance(language: str, left: str, right: str) -> None:
    assert not any(_changed_routine(language, right, left))


@pytest.mark.parametrize(("language", "left", "right"), SUBSTANCE)
def test_substance_is_never_routine(language: str, left: str, right: str) -> None:
    assert not any(_changed_routine(language, left, right))
    assert not any(_changed_routine(language, right, left))


@pytest.mark.parametrize(
    ("old", "new", "routine"),
    [
        ("A/HRC/35/35", "A/HRC/44/44", True),  # a whole symbol, forward
        ("A/HRC/58/47", "A/HRC/55/43", False),  # backwards (the footnote-change case)
        ("35/3 of 28 September 2017", "44/11 of 16 July 2020", True),  # number + date
        ("2017", "2020", False),  # a year alone says nothing of the calendar
        ("thirty-fifth", "forty-fourth", False),  # an ordinal alone: no session word
    ],
)
def test_whole_texts(old: str, new: str, routine: bool) -> None:
    assert is_routine_change(old, new, "en") is routine


def test_language_without_a_calendar_table_still_reads_symbols() -> None:
    assert is_routine_change("A/HRC/RES/35/3", "A/HRC/RES/44/11", "ru")
    assert not is_routine_change("A/HRC/RES/44/11", "A/HRC/RES/35/3", "ar")


UN_PDF = Path(__file__).resolve().parent.parent / "data" / "un-pdf"


@pytest.mark.parametrize(
    ("earlier", "later"), [("A_RES_78_7", "A_RES_79_7"), ("A_RES_79_7", "A_RES_80_4")]
)
def test_a_year_of_the_cuba_embargo_resolution_is_all_calendar(earlier: str, later: str) -> None:
    # The General Assembly's year-on-year text: the list of the series' resolutions gains
    # the latest with its adoption date ("77/7 … and 78/7 of 2 November 2023"), the report
    # and the session move on ("A/78/84" → "A/79/80", "seventy-ninth" → "eightieth"). Every
    # change is routine, the footnote's too; read backwards, none is.
    left, right = rc.load(UN_PDF / f"{earlier}.pdf"), rc.load(UN_PDF / f"{later}.pdf")
    changed = [r for r in rc.compare(left, right).rows if r.status != "unchanged"]
    assert [r.left for r in changed] == [("PP6",), ("PP8",), ("OP1",), ("OP4",), ("OP5",)]
    assert all(r.routine_only and r.status == "modified" for r in changed)
    backwards = [r for r in rc.compare(right, left).rows if r.status != "unchanged"]
    assert len(backwards) == 5
    for row in backwards:
        assert not any(s.routine for s in row.diff) and not row.routine_only
