"""Routine = the calendar only, as far as the two documents moved in it (issue 12, item 3;
QA D1, D2), in both directions.

Each case is a sentence before and after, and the calendar distance between the two
documents they stand in (own sessions k, each body's sessions between their dates, years);
the changed runs of its word diff must all be routine (dimmed) or none of them. A move by
another distance than the documents' is substance; so is every move when the distance is
unknown or nil (two drafts of one session), and every deadline or end date.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.calendar_distance import CalendarDistance, calendar_distance
from resolution_compare.core.routine import is_routine_change, is_routine_span
from resolution_compare.core.worddiff import word_diff

# HRC 35/3 (22 June 2017) → 44/11 (16 July 2020): 9 Council sessions, 3 Assembly sessions.
HRC_35_44 = CalendarDistance(9, "A/HRC", (("A/HRC", 9), ("A", 3), ("E", 3)), 3)
# HRC 58 → 61 (April 2025 → April 2026).
HRC_58_61 = CalendarDistance(3, "A/HRC", (("A/HRC", 3), ("A", 1), ("E", 1)), 1)
# HRC 58 → 59, the same year.
HRC_58_59 = CalendarDistance(1, "A/HRC", (("A/HRC", 1), ("A", 0), ("E", 0)), 0)
# GA 79/7 (30 October 2024) → 80/4 (29 October 2025).
GA_79_80 = CalendarDistance(1, "A", (("A/HRC", 3), ("A", 1), ("E", 1)), 1)
GA_20_21 = CalendarDistance(1, "A", (), None)
# Two versions of one resolution of one session (A/HRC/RES/58/12, both of 4 April 2025).
SAME_SESSION = CalendarDistance(0, "A/HRC", (("A/HRC", 0), ("A", 0), ("E", 0)), 0)
# Texts without a header or date: nothing says how far apart they are.
UNKNOWN = CalendarDistance()
# A Security Council pair a year apart (no sessions).
SC_YEAR = CalendarDistance(None, None, (("A/HRC", 3), ("A", 1), ("E", 1)), 1)
# A document without its own session or body, three years on (the HRC series texts).
DATES_ONLY = CalendarDistance(None, None, (("A/HRC", 9), ("A", 3), ("E", 3)), 3)

ROUTINE = [
    # session ordinal with its session word, moving by the documents' own sessions
    ("en", "at its thirty-fifth session", "at its forty-fourth session", HRC_35_44),
    ("en", "at its eightieth session", "at its eighty-first session", GA_79_80),
    ("en", "at its 58th session", "at its 61st session", HRC_58_61),
    ("fr", "à sa trente-cinquième session", "à sa quarante-quatrième session", HRC_35_44),
    ("fr", "à sa vingt et unième session", "à sa vingt-deuxième session", GA_20_21),
    (
        "es",
        "en su trigésimo quinto período de sesiones",
        "en su cuadragésimo cuarto período de sesiones",
        HRC_35_44,
    ),
    ("zh", "在理事会第六十一届会议上提交", "在理事会第六十四届会议上提交", HRC_58_61),
    # ...or by the sessions of the body the clause names
    (
        "en",
        "to the General Assembly at its seventy-second session",
        "to the General Assembly at its seventy-fifth session",
        HRC_35_44,
    ),
    ("en", "at its thirty-fifth session", "at its forty-fourth session", DATES_ONLY),
    # the date of a meeting or a resolution, moving by the documents' years
    ("en", "adopted on 22 June 2017", "adopted on 16 July 2020", HRC_35_44),
    ("en", "its meeting of 4 April 2025", "its meeting of 12 June 2025", HRC_58_59),
    ("fr", "résolution 35/3 du 22 juin 2017", "résolution 44/11 du 16 juillet 2020", HRC_35_44),
    # symbols whose session part moves by the distance, in the same series
    ("en", "Recalling its resolution 78/7,", "Recalling its resolution 79/7,", GA_79_80),
    ("en", "the report (A/HRC/55/43) of", "the report (A/HRC/58/47) of", HRC_58_61),
    ("en", "the report (A/HRC/55/43) of", "the report (A/HRC/58/47) of", GA_79_80),
    ("en", "resolution 35/3 of 2017", "resolution 44/11 of 2020", HRC_35_44),
    ("en", "resolution 2231 (2015)", "resolution 2334 (2016)", SC_YEAR),
    ("en", "35/3 of 28 September 2017", "44/11 of 16 July 2020", HRC_35_44),
    # a list of the series' resolutions that gains the latest, with its adoption date
    ("en", "resolutions 77/7 and 78/7,", "resolutions 77/7, 78/7 and 79/7,", GA_79_80),
    (
        "en",
        "resolutions 77/7 of 1 December 2022 and 78/7 of 5 December 2023, and",
        "resolutions 77/7 of 1 December 2022, 78/7 of 5 December 2023"
        " and 79/7 of 4 December 2024, and",
        GA_79_80,
    ),
    ("fr", "ses résolutions 77/7 et 78/7,", "ses résolutions 77/7, 78/7 et 79/7,", GA_79_80),
    # ... where the diff puts the list's comma with the new item (QA variants B10)
    (
        "es",
        "Recordando sus resoluciones 78/150, de 19 de diciembre de 2023, y 79/150, de 17 de "
        "diciembre de 2024,",
        "Recordando sus resoluciones 78/150, de 19 de diciembre de 2023, 79/150, de 17 de "
        "diciembre de 2024, y 80/150, de 9 de diciembre de 2025,",
        GA_79_80,
    ),
    # a session named by its year moves with the years (ECOSOC; QA variants B11)
    ("en", "to consider it at its 2026 session;", "to consider it at its 2027 session;", GA_79_80),
    ("zh", "在2023年届会上审议", "在2024年届会上审议", GA_79_80),
]

SUBSTANCE = [
    # plain numbers, counts, percentages, paragraph references
    ("en", "a report on paragraphs 1 and 2", "a report on paragraphs 1 and 5", GA_79_80),
    ("en", "to hold 2 regional workshops", "to hold 4 regional workshops", GA_79_80),
    ("en", "allocate 15 per cent of", "allocate 30 per cent of", GA_79_80),
    ("en", "allocate 0.7 per cent of", "allocate 1.0 per cent of", GA_79_80),
    # deadlines and years that are not dates
    ("en", "to end poverty by 2030", "to end poverty by 2035", HRC_35_44),
    ("en", "the 2030 Agenda for", "the 2035 Agenda for", HRC_35_44),
    ("en", "held in Vienna in 1993", "held in Vienna in 1994", GA_79_80),
    ("zh", "到2030年消除贫困", "到2035年消除贫困", HRC_35_44),
    # deadlines and end dates, even when they move by the documents' own years (QA D1)
    (
        "en",
        "submit the report by 31 December 2025;",
        "submit the report by 31 December 2026;",
        GA_79_80,
    ),
    ("en", "its work no later than 1 June 2026;", "its work no later than 1 June 2027;", GA_79_80),
    ("en", "the mandate until 30 June 2026;", "the mandate until 30 June 2027;", GA_79_80),
    (
        "en",
        "to report by its sixty-first session",
        "to report by its sixty-fourth session",
        HRC_58_61,
    ),
    (
        "fr",
        "le rapport d’ici au 31 décembre 2025",
        "le rapport d’ici au 31 décembre 2026",
        GA_79_80,
    ),
    ("fr", "au plus tard le 1er juin 2026", "au plus tard le 1er juin 2027", GA_79_80),
    ("fr", "le mandat jusqu’au 30 juin 2026", "le mandat jusqu’au 30 juin 2027", GA_79_80),
    ("es", "a más tardar el 1 de junio de 2026", "a más tardar el 1 de junio de 2027", GA_79_80),
    (
        "es",
        "el mandato hasta el 30 de junio de 2026",
        "el mandato hasta el 30 de junio de 2027",
        GA_79_80,
    ),
    ("zh", "于2025年12月31日前提交报告", "于2026年12月31日前提交报告", GA_79_80),
    ("zh", "不迟于2026年6月1日结束工作", "不迟于2027年6月1日结束工作", GA_79_80),
    # the end of a period: the meeting gets longer (QA variants A1)
    ("en", "in New York from 8 to 10 June 2026;", "in New York from 8 to 12 June 2026;", HRC_58_59),
    ("fr", "à New York du 8 au 10 juin 2026 ;", "à New York du 8 au 12 juin 2026 ;", HRC_58_59),
    ("es", "del 8 al 10 de junio de 2026;", "del 8 al 12 de junio de 2026;", HRC_58_59),
    ("en", "at its 2026 session;", "at its 2028 session;", GA_79_80),
    # an ordinal without its session word, a mandate period
    ("en", "on its fiftieth anniversary", "on its sixtieth anniversary", HRC_35_44),
    ("en", "for a period of three years", "for a period of two years", HRC_35_44),
    # a symbol moving to another body, or within one session
    ("en", "the report (A/HRC/35/35) of", "the report (A/75/44) of", HRC_35_44),
    ("en", "the report (A/HRC/44/44) of", "the report (A/HRC/44/45) of", HRC_35_44),
    # a list that loses its earliest item, or gains one that is not the latest
    ("en", "resolutions 77/7, 78/7 and 79/7,", "resolutions 77/7, 77/50, 78/7 and 79/7,", GA_79_80),
    # words
    ("en", "the Human Rights Council", "the General Assembly", HRC_35_44),
    # moves by another distance than the documents' own (QA D2)
    ("en", "at its sixty-first session;", "at its sixty-fourth session;", SAME_SESSION),
    ("en", "at its sixty-first session;", "at its sixty-fourth session;", HRC_58_59),
    ("en", "at its eightieth session;", "at its eighty-fifth session;", GA_79_80),
    ("zh", "在理事会第六十一届会议上提交", "在理事会第六十四届会议上提交", SAME_SESSION),
    ("en", "Recalls its resolution 78/7", "Recalls its resolution 78/17", GA_79_80),
    ("en", "and decision 78/512;", "and decision 79/512;", SAME_SESSION),
    ("en", "adopted on 22 June 2017", "adopted on 16 July 2019", HRC_35_44),
    ("en", "adopted on 22 June 2017", "adopted on 16 July 2017", SAME_SESSION),
    (
        "en",
        "to the General Assembly at its seventy-second session",
        "to the General Assembly at its seventy-eighth session",
        HRC_35_44,
    ),
    ("en", "resolutions 77/7 and 78/7,", "resolutions 77/7, 78/7 and 81/7,", GA_79_80),
    # nothing tells how far apart the texts are: no move is routine
    ("en", "at its eightieth session", "at its eighty-first session", UNKNOWN),
    ("en", "Recalling its resolution 78/7,", "Recalling its resolution 79/7,", UNKNOWN),
]


def _changed_routine(
    language: str, left: str, right: str, distance: CalendarDistance | None
) -> list[bool]:
    check = partial(is_routine_span, language=language, distance=distance)
    segments = word_diff(left, right, None, check).segments
    changed = [s.routine for s in segments if s.op != "="]
    assert changed, "the two texts must differ"
    return changed


@pytest.mark.parametrize(("language", "left", "right", "distance"), ROUTINE)
def test_calendar_moves_are_routine(
    language: str, left: str, right: str, distance: CalendarDistance
) -> None:
    assert all(_changed_routine(language, left, right, distance))


@pytest.mark.parametrize(("language", "left", "right", "distance"), ROUTINE)
def test_the_same_moves_read_backwards_are_routine(
    language: str, left: str, right: str, distance: CalendarDistance
) -> None:
    # The later text on the left (QA D3): the distance is negative, the updates the same.
    assert all(_changed_routine(language, right, left, distance.reversed()))


@pytest.mark.parametrize(("language", "left", "right", "distance"), ROUTINE)
def test_a_move_against_the_calendar_is_substance(
    language: str, left: str, right: str, distance: CalendarDistance
) -> None:
    # The earlier text's values in the later text: a session, date or symbol moving back.
    assert not any(_changed_routine(language, right, left, distance))


@pytest.mark.parametrize(("language", "left", "right", "distance"), ROUTINE)
def test_no_move_is_routine_without_a_distance(
    language: str, left: str, right: str, distance: CalendarDistance
) -> None:
    for unknown in (None, UNKNOWN, SAME_SESSION):
        assert not any(_changed_routine(language, left, right, unknown))


@pytest.mark.parametrize(("language", "left", "right", "distance"), SUBSTANCE)
def test_substance_is_never_routine(
    language: str, left: str, right: str, distance: CalendarDistance
) -> None:
    assert not any(_changed_routine(language, left, right, distance))
    assert not any(_changed_routine(language, right, left, distance.reversed()))


@pytest.mark.parametrize(
    ("old", "new", "routine"),
    [
        ("A/HRC/35/35", "A/HRC/44/44", True),  # a whole symbol, by the Council's sessions
        ("A/HRC/58/47", "A/HRC/55/43", False),  # backwards (the footnote-change case)
        ("35/3 of 28 September 2017", "44/11 of 16 July 2020", True),  # number + date
        ("2017", "2020", False),  # a year alone says nothing of the calendar
        ("thirty-fifth", "forty-fourth", False),  # an ordinal alone: no session word
    ],
)
def test_whole_texts(old: str, new: str, routine: bool) -> None:
    assert is_routine_change(old, new, "en", HRC_35_44) is routine


def test_language_without_a_calendar_table_still_reads_symbols() -> None:
    assert is_routine_change("A/HRC/RES/35/3", "A/HRC/RES/44/11", "ru", HRC_35_44)
    assert not is_routine_change("A/HRC/RES/44/11", "A/HRC/RES/35/3", "ar", HRC_35_44)


UN_PDF = Path(__file__).resolve().parent.parent / "data" / "un-pdf"


@pytest.mark.parametrize(
    ("earlier", "later"), [("A_RES_78_7", "A_RES_79_7"), ("A_RES_79_7", "A_RES_80_4")]
)
def test_a_year_of_the_cuba_embargo_resolution_is_all_calendar(earlier: str, later: str) -> None:
    # The General Assembly's year-on-year text: the list of the series' resolutions gains
    # the latest with its adoption date ("77/7 … and 78/7 of 2 November 2023"), the report
    # and the session move on ("A/78/84" → "A/79/80", "seventy-ninth" → "eightieth"), by
    # one session and one year, as the two texts do. Every change is routine, the
    # footnote's too; read backwards (the later text on the left, QA D3), the same.
    left, right = rc.load(UN_PDF / f"{earlier}.pdf"), rc.load(UN_PDF / f"{later}.pdf")
    assert calendar_distance(left, right).own == 1
    changed = [r for r in rc.compare(left, right).rows if r.status != "unchanged"]
    assert [r.left for r in changed] == [("PP6",), ("PP8",), ("OP1",), ("OP4",), ("OP5",)]
    assert all(r.routine_only and r.status == "modified" for r in changed)
    backwards = [r for r in rc.compare(right, left).rows if r.status != "unchanged"]
    assert [r.left for r in backwards] == [("PP6",), ("PP8",), ("OP1",), ("OP4",), ("OP5",)]
    assert all(r.routine_only and not r.flags for r in backwards)


def test_the_same_edits_between_two_drafts_of_one_session_are_substance() -> None:
    # The year's calendar updates of 80/4 put into a text of the 79th session's own
    # header: the same words, but nothing moved in the calendar (k = 0), so every change
    # is shown (QA D2).
    left, right = rc.load(UN_PDF / "A_RES_79_7.pdf"), rc.load(UN_PDF / "A_RES_80_4.pdf")
    same = rc.core.model.Resolution(
        right.source, right.language, left.header, right.paragraphs, right.footnotes
    )
    changed = [r for r in rc.compare(left, same).rows if r.status != "unchanged"]
    assert len(changed) == 5
    assert not any(r.routine_only or any(s.routine for s in r.diff) for r in changed)
    (op4,) = [r for r in changed if r.left == ("OP4",)]
    assert [f.kind for f in op4.flags] == ["reporting_changed"]
