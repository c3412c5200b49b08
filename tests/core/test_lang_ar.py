"""Arabic as UN texts write it: the organ line's comma, "1 - " and "١ -" numbering, leads
matched without tashkeel, the General Assembly's feminine forms, votes with Arabic-Indic
digits and count words, dates with a space after the slash."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from resolution_compare.core.dates import parse_date
from resolution_compare.core.parser import parse_text
from resolution_compare.core.strength import lead_change
from resolution_compare.workflow import load_resolution

DATA = Path(__file__).resolve().parent.parent / "data"
CONSTRUCTED = DATA / "constructed"


def _core_header(res: object) -> dict[str, object]:
    """The six header fields these texts print (issue 11 added masthead fields)."""
    header = res.header.to_dict()  # type: ignore[attr-defined]
    keys = ("body", "session", "symbol", "agenda_item", "title", "adopted")
    return {k: header[k] for k in keys}


def _recorded_vote(symbol: str) -> dict[str, set[str]]:
    """The OHCHR record of a vote: {"Y": {ISO3…}, "N": …, "A": …}."""
    path = DATA / "votes" / "hrc-international-solidarity-series-votes-wide.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {v: {r["iso3"] for r in rows if r[symbol] == v} for v in "YNA"}


def test_case_text_banner_is_no_organ_line_and_1_dash_is_operative() -> None:
    # shared/cases/pdf-arabic/arabic.txt: "مجلس حقوق الإنسان" without its comma is the banner
    res = load_resolution(DATA / "pdf-arabic" / "arabic.txt")
    assert res.header.body == "Human Rights Council"
    assert res.header.session == 58
    assert res.header.agenda_item == "3"
    assert res.header.symbol == "A/HRC/RES/58/12"
    assert res.header.title == "الحصول على مياه الشرب المأمونة في المناطق الريفية"
    shape = [(p.id, p.kind, p.number, p.lead) for p in res.paragraphs]
    assert shape == [
        ("PP1", "preambular", None, "إذ يشير"),
        ("OP1", "operative", 1, "يحث"),
        ("OP2", "operative", 2, "يطلب"),
        ("OP3", "operative", 3, "يقرر"),
    ]


def test_constructed_hrc_53_5_header_and_paragraphs() -> None:
    res = load_resolution(CONSTRUCTED / "constructed-ar-hrc-53-5.txt")
    assert _core_header(res) == {
        "body": "Human Rights Council",
        "session": 53,
        "symbol": "A/HRC/RES/53/5",
        "agenda_item": "3",
        "title": "ولاية الخبير المستقل المعني بحقوق الإنسان والتضامن الدولي",
        "adopted": "2023-07-12",
    }
    leads = [(p.id, p.number, p.lead) for p in res.paragraphs]
    assert leads == [
        ("PP1", None, "إذ يؤكد من جديد"),
        ("PP2", None, "وإذ يشير"),
        ("PP3", None, "وإذ يشدد"),
        # the tanwin of علماً is no obstacle, and the lead keeps it as printed
        ("PP4", None, "وإذ يحيط علماً"),
        # numbered with Arabic-Indic digits "١ - "
        ("OP1", 1, "يعرب عن تقديره"),
        ("OP2", 2, "يحيط علماً مع التقدير"),
        ("OP3", 3, "يقرر"),
        ("OP4", 4, "يحث"),
        ("OP5", 5, "يطلب أيضاً"),
        ("OP6", 6, "يقرر"),
    ]
    assert [s.label for s in res.paragraph("OP3").subparagraphs] == ["(أ)", "(ب)"]
    assert res.warnings == ()


@pytest.mark.parametrize(
    ("name", "symbol", "counts", "meeting"),
    [
        # "وامتناع عضو واحد عن التصويت": one abstention written as words
        ("constructed-ar-hrc-44-11.txt", "A/HRC/RES/44/11", (31, 15, 1), (27, "2020-07-16")),
        # Arabic-Indic digits "٣١ صوتاً مقابل ١٣"
        ("constructed-ar-hrc-53-5.txt", "A/HRC/RES/53/5", (31, 13, 3), (39, "2023-07-12")),
    ],
)
def test_constructed_recorded_votes_equal_the_ohchr_record(
    name: str, symbol: str, counts: tuple[int, int, int], meeting: tuple[int, str]
) -> None:
    res = load_resolution(CONSTRUCTED / name)
    vote = res.vote
    assert vote.method == "recorded"
    assert (vote.yes, vote.no, vote.abstain) == counts
    record = _recorded_vote(symbol)
    assert set(vote.in_favour) == record["Y"]
    assert set(vote.against) == record["N"]
    assert set(vote.abstaining) == record["A"]
    assert vote.unresolved == ()
    assert res.meeting is not None and (res.meeting.number, res.meeting.date) == meeting


def test_constructed_general_assembly_feminine_forms() -> None:
    res = load_resolution(CONSTRUCTED / "constructed-ar-ga-feminine.txt")
    assert res.header.body == "General Assembly"
    assert res.header.session == 74
    assert res.header.symbol == "A/RES/74/200"
    # the dual "البندان 13 و 115"
    assert res.header.agenda_item == "13, 115"
    assert res.header.adopted == "2019-12-18"
    assert [p.lead for p in res.paragraphs] == [
        "إذ تشير",
        "وإذ تشير أيضا",
        "إذ تلاحظ مع القلق",
        "وقد نظرت في",
        "وإذ تحيط علماً",
        "واقتناعا منها",
        "تقرر",
        "تطلب",
        "تهيب",
    ]
    assert [p.kind for p in res.paragraphs].count("operative") == 3
    assert res.meeting is not None and (res.meeting.number, res.meeting.date) == (50, "2019-12-18")
    # the General Assembly prints no vote
    assert res.vote.method is None


VOTE_CASES = [
    # without a vote, with and without the damma
    ("[اعتُمد دون تصويت.]", ("without_vote", None, None, None)),
    ("[اعتمد دون تصويت.]", ("without_vote", None, None, None)),
    # zero written as a word, no abstention phrase
    (
        "[اعتُمد بتصويت مسجل بأغلبية 47 صوتاً مقابل لا أحد، دون امتناع أي عضو عن التصويت.]",
        ("recorded", 47, 0, 0),
    ),
    # "صفر" and Arabic-Indic digits
    (
        "[اعتُمد بتصويت مسجل بأغلبية ٤٠ صوتاً مقابل صفر، وامتناع ٧ أعضاء عن التصويت.]",
        ("recorded", 40, 0, 7),
    ),
]


@pytest.mark.parametrize(("record", "expected"), VOTE_CASES)
def test_vote_sentences(record: str, expected: tuple[object, ...]) -> None:
    text = (
        "إن مجلس حقوق الإنسان،\n\nإذ يشير إلى قراراته،\n\n1 - يقرر أن يواصل النظر.\n\n"
        f"الجلسة 27\n16 تموز/يوليه 2020\n\n{record}"
    )
    vote = parse_text(text, language="ar").vote
    assert (vote.method, vote.yes, vote.no, vote.abstain) == expected


DATE_CASES = [
    # a space after the slash of the paired month name (issue 14)
    ("14 حزيران/ يونيه 2019", "2019-06-14"),
    ("16 تموز/يوليه 2020", "2020-07-16"),
    ("١٦ تموز/يوليه ٢٠٢٠", "2020-07-16"),
    ("18 كانون الأول/ديسمبر 2019", "2019-12-18"),
]


@pytest.mark.parametrize(("printed", "iso"), DATE_CASES)
def test_dates(printed: str, iso: str) -> None:
    assert parse_date(printed, "ar") == iso


def test_a_comma_less_organ_line_is_not_the_organ_line() -> None:
    res = parse_text(
        "مجلس حقوق الإنسان\n\nالدورة الرابعة والأربعون\n\n"
        "إن مجلس حقوق الإنسان،\n\nإذ يشير إلى قراراته،\n\n1 - يقرر.",
        language="ar",
    )
    assert res.header.session == 44
    assert [p.kind for p in res.paragraphs] == ["preambular", "operative"]


def test_encourages_to_urges_reads_stronger_whatever_the_gender() -> None:
    left = parse_text("إن الجمعية العامة،\n\n1 - تشجع جميع الدول على التعاون.", language="ar")
    right = parse_text("إن الجمعية العامة،\n\n1 - تحث جميع الدول على التعاون.", language="ar")
    change = lead_change(left.paragraphs[0], right.paragraphs[0], "ar", "ar")
    assert change is not None and change.change == "stronger"


def test_takes_note_with_and_without_tanwin_is_the_same_lead() -> None:
    left = parse_text("إن مجلس حقوق الإنسان،\n\n1 - يحيط علماً بالتقرير.", language="ar")
    right = parse_text("إن مجلس حقوق الإنسان،\n\n1 - يحيط علما بالتقرير.", language="ar")
    change = lead_change(left.paragraphs[0], right.paragraphs[0], "ar", "ar")
    # the printed leads differ by a vowel mark only: no change of head verb
    assert change is None
