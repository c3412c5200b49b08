"""Russian as UN texts write it: lower-case leads, session ordinals, locative meeting lines."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from resolution_compare.core.parser import parse_text
from resolution_compare.workflow import load_resolution

DATA = Path(__file__).resolve().parent.parent / "data"
CONSTRUCTED = DATA / "constructed"
ORGAN = "Совет по правам человека,"


def _core_header(res: object) -> dict[str, object]:
    """The six header fields these texts print (issue 11 added masthead fields)."""
    header = res.header.to_dict()  # type: ignore[attr-defined]
    keys = ("body", "session", "symbol", "agenda_item", "title", "adopted")
    return {k: header[k] for k in keys}


def test_constructed_hrc_35_3() -> None:
    res = load_resolution(CONSTRUCTED / "constructed-ru-hrc-35-3.txt")
    assert _core_header(res) == {
        "body": "Human Rights Council",
        "session": 35,
        "symbol": "A/HRC/RES/35/3",
        "agenda_item": "3",
        "title": "Права человека и международная солидарность",
        "adopted": "2017-06-22",
    }
    assert [(p.id, p.lead) for p in res.paragraphs] == [
        ("PP1", "руководствуясь"),
        ("PP2", "вновь подтверждая"),
        ("PP3", "ссылаясь также"),
        ("PP4", "принимая во внимание"),
        ("PP5", "отмечая с серьезной обеспокоенностью"),
        ("PP6", "действуя"),
        ("PP7", "рассмотрев"),
        ("OP1", "принимает к сведению"),
        ("OP2", "с удовлетворением принимает к сведению"),
        ("OP3", "постановляет"),
        ("OP4", "просит также"),
        ("OP5", "настоятельно призывает"),
        ("OP6", "принимает"),
        ("OP7", "постановляет"),
    ]
    assert [s.label for s in res.paragraph("OP3").subparagraphs] == ["a)", "b)"]
    assert res.meeting is not None and (res.meeting.number, res.meeting.date) == (34, "2017-06-22")
    assert res.warnings == ()


def test_constructed_hrc_35_3_vote_equals_the_ohchr_record() -> None:
    res = load_resolution(CONSTRUCTED / "constructed-ru-hrc-35-3.txt")
    path = DATA / "votes" / "hrc-international-solidarity-series-votes-wide.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    record = {v: {r["iso3"] for r in rows if r["A/HRC/RES/35/3"] == v} for v in "YN"}
    vote = res.vote
    # "при отсутствии воздержавшихся": no abstentions
    assert (vote.method, vote.yes, vote.no, vote.abstain) == ("recorded", 32, 15, 0)
    assert set(vote.in_favour) == record["Y"] and set(vote.against) == record["N"]
    assert vote.unresolved == ()


def test_constructed_security_council_locative_adoption_line() -> None:
    res = load_resolution(CONSTRUCTED / "constructed-ru-sc-1929.txt")
    assert res.header.body == "Security Council"
    assert res.header.symbol == "S/RES/1929 (2010)"
    assert res.header.adopted == "2010-06-09"
    # "Принята … на своем 6335-м заседании 9 июня 2010 года" gives the meeting
    assert res.meeting is not None and (res.meeting.number, res.meeting.date) == (
        6335,
        "2010-06-09",
    )
    assert [(p.id, p.lead) for p in res.paragraphs] == [
        ("PP1", "ссылаясь"),
        ("PP2", "вновь подтверждая"),
        ("OP1", "требует"),
        ("OP2", "постановляет"),
        ("OP3", "постановляет"),
    ]


def test_locative_meeting_line_closes_the_text() -> None:
    text = (
        f"{ORGAN}\n\nссылаясь на свои резолюции,\n\n1. постановляет продлить мандат.\n\n"
        "на своем 34-м заседании\n22 июня 2017 года\n\n[Принята без голосования.]"
    )
    res = parse_text(text, language="ru")
    assert res.meeting is not None and (res.meeting.number, res.meeting.date) == (34, "2017-06-22")
    assert res.vote.method == "without_vote"
    assert res.paragraphs[-1].text == "постановляет продлить мандат."


def test_locative_meeting_inside_a_paragraph_is_prose() -> None:
    text = (
        f"{ORGAN}\n\nссылаясь на решение, принятое на своем 34-м заседании 22 июня 2017 года,"
        "\n\n1. постановляет продлить мандат."
    )
    res = parse_text(text, language="ru")
    assert res.meeting is None
    assert len(res.paragraphs) == 2


LEAD_CASES = [
    # a lower-case lead in the table
    ("1. принимает к сведению доклад;", "принимает к сведению"),
    # a lower-case lead not in the table: the first word only
    ("1. продлевает мандат на три года;", "продлевает"),
    # a capitalised lead still works
    ("1. Просит Генерального секретаря;", "Просит"),
    # modifier before or after
    ("1. вновь просит Генерального секретаря;", "вновь просит"),
    ("1. постановляет далее продлить мандат;", "постановляет далее"),
]


@pytest.mark.parametrize(("line", "lead"), LEAD_CASES)
def test_operative_leads(line: str, lead: str) -> None:
    res = parse_text(f"{ORGAN}\n\nсоздавая условия,\n\n{line}", language="ru")
    assert res.paragraphs[-1].lead == lead


SESSION_CASES = [
    ("Тридцать пятая сессия", 35),
    ("Семьдесят восьмая сессия", 78),
    ("Сороковая сессия", 40),
    ("Двадцать седьмая специальная сессия", 27),
]


@pytest.mark.parametrize(("line", "session"), SESSION_CASES)
def test_session_ordinals(line: str, session: int) -> None:
    res = parse_text(f"{line}\n\n{ORGAN}\n\nссылаясь,\n\n1. постановляет.", language="ru")
    assert res.header.session == session
