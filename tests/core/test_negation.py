"""A negation added to or removed from an operative paragraph's head is flagged (QA D15).

"Decides to extend the mandate" → "Decides not to extend the mandate" is one inserted word
that turns the provision around: flagged ``negation_added`` (and the reverse
``negation_removed``), in every language with a table; phrases that start with a negation
word but negate nothing ("not later than", "States that have not yet done so",
"organizaciones no gubernamentales", 不断) are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resolution_compare as rc
from resolution_compare.core.model import Paragraph
from resolution_compare.core.negation import head_negation, negation_flags
from resolution_compare.core.parser import parse_text

DATA = Path(__file__).resolve().parent.parent / "data"

NEGATED = [
    # (language, lead, affirmative, negated, the negation word)
    (
        "en",
        "Decides",
        "Decides to extend the mandate for three years;",
        "Decides not to extend the mandate for three years;",
        "not",
    ),
    (
        "en",
        "Calls upon",
        "Calls upon all parties to abduct no one;",
        "Calls upon all parties not to abduct humanitarian personnel;",
        "not",
    ),
    (
        "en",
        "Decides",
        "Decides that the working group shall continue its work;",
        "Decides that the working group shall no longer continue its work;",
        "no longer",
    ),
    (
        "fr",
        "Décide",
        "Décide de proroger le mandat pour trois ans ;",
        "Décide de ne pas proroger le mandat pour trois ans ;",
        "ne",
    ),
    (
        "fr",
        "Décide",
        "Décide que le mandat est prorogé ;",
        "Décide que le mandat n’est pas prorogé ;",
        "n'",
    ),
    (
        "es",
        "Decide",
        "Decide prorrogar el mandato por tres años;",
        "Decide no prorrogar el mandato por tres años;",
        "no",
    ),
    (
        "ru",
        "Постановляет",
        "Постановляет продлить мандат на три года;",
        "Постановляет не продлевать мандат на три года;",
        "не",
    ),
    (
        "ar",
        "يقرر",
        "يقرر تمديد الولاية لمدة ثلاث سنوات؛",
        "يقرر عدم تمديد الولاية لمدة ثلاث سنوات؛",
        "عدم",
    ),
    ("zh", "决定", "决定延长任务期限三年；", "决定不延长任务期限三年；", "不"),
]


def _operative(lead: str, text: str) -> Paragraph:
    return Paragraph("OP1", "operative", text, lead, 1)


@pytest.mark.parametrize(("language", "lead", "plain", "negated", "word"), NEGATED)
def test_a_negated_head_is_flagged_both_ways(
    language: str, lead: str, plain: str, negated: str, word: str
) -> None:
    left, right = _operative(lead, plain), _operative(lead, negated)
    assert head_negation(left, language) is None
    assert head_negation(right, language) == word
    assert [(f.kind, f.text) for f in negation_flags(left, right, language)] == [
        ("negation_added", word)
    ]
    assert [(f.kind, f.text) for f in negation_flags(right, left, language)] == [
        ("negation_removed", word)
    ]


@pytest.mark.parametrize(
    ("language", "lead", "text"),
    [
        # a deadline, "not only", a relative clause on the object: nothing is negated
        ("en", "Requests", "Requests the Secretary-General to report not later than 1 June;"),
        ("en", "Urges", "Urges States that have not yet done so to ratify the Convention;"),
        ("en", "Stresses", "Stresses not only the need for cooperation but also for trust;"),
        ("es", "Alienta", "Alienta a las organizaciones no gubernamentales a participar;"),
        ("es", "Insta", "Insta a los Estados que aún no lo han hecho a ratificar;"),
        ("fr", "Engage", "Engage les États qui ne l’ont pas encore fait à ratifier ;"),
        ("ru", "Просит", "Просит Генерального секретаря представить доклад не позднее июня;"),
        ("zh", "鼓励", "鼓励各国不断加强合作；"),
        ("zh", "请", "请秘书长不迟于2026年6月1日提交报告；"),
        ("ar", "يشجع", "يشجع الدول، لا سيما الدول النامية، على التعاون؛"),
        # a negation in the next clause, past the head's
        ("en", "Decides", "Decides to extend the mandate; the Council will not meet in May;"),
    ],
)
def test_what_negates_nothing_is_not_flagged(language: str, lead: str, text: str) -> None:
    assert head_negation(_operative(lead, text), language) is None


def test_a_preambular_paragraph_has_no_head_negation() -> None:
    paragraph = Paragraph("PP1", "preambular", "Noting that States have not ratified it,", "Noting")
    assert head_negation(paragraph, "en") is None


def test_the_renewal_of_44_11_turned_around_is_flagged_in_a_comparison() -> None:
    # The real renewal (A/HRC/RES/44/11 OP10) with "not" inserted after its head verb: one
    # modified row, listed under operative language with its flag.
    text = (DATA / "hrc-res-44-11-en.txt").read_text(encoding="utf-8")
    renewal = "Decides to extend the mandate of the Independent Expert"
    assert text.count(renewal) == 1
    left = parse_text(text, "44-11.txt", "en")
    right = parse_text(text.replace(renewal, renewal.replace("to", "not to", 1)), "x.txt", "en")
    (row,) = [r for r in rc.compare(left, right).rows if r.status != "unchanged"]
    assert (row.left, row.right, row.status) == (("OP10",), ("OP10",), "modified")
    assert [(f.kind, f.text) for f in row.flags] == [("negation_added", "not")]
    assert [(s.op, s.text) for s in row.diff if s.op != "="] == [("+", "not ")]


def test_no_flag_on_an_uncertain_pair() -> None:
    # No verdict on a guess: a rewritten (uncertain) row carries no negation flag either.
    left = _operative("Decides", "Decides to extend the mandate;")
    right = _operative("Decides", "Decides not to extend the mandate;")
    result = rc.compare(
        rc.core.model.Resolution("a", "en", paragraphs=(left,)),
        rc.core.model.Resolution("b", "fr", paragraphs=(right,)),
    )
    assert all(r.uncertain and not r.flags for r in result.rows)
