"""split_closing on the real texts (checked against the vote dataset) and on edge cases."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resolution_compare.core.closing import split_closing
from resolution_compare.core.model import Meeting

DATA = Path(__file__).resolve().parent.parent / "data"
EN_TEXTS = sorted(DATA.glob("hrc-res-*-en.txt"))


def _symbol(path: Path) -> str:
    session, number = re.fullmatch(r"hrc-res-(\d+)-(\d+)-en", path.stem).groups()  # type: ignore[union-attr]
    return f"A/HRC/RES/{session}/{number}"


def _dataset_column(symbol: str) -> dict[str, list[str]]:
    """The Y/N/A column of the vote dataset for one resolution, as sorted ISO3 lists."""
    path = DATA / "votes" / "hrc-international-solidarity-series-votes-wide.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_vote: dict[str, list[str]] = {"Y": [], "N": [], "A": []}
    for row in rows:
        if row[symbol] in by_vote:
            by_vote[row[symbol]].append(row["iso3"])
    return {key: sorted(codes) for key, codes in by_vote.items()}


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _collapse_pdf_blank_lines(text: str) -> str:
    # The FR file has a blank line after every physical line; the parser reflows that before
    # calling split_closing. Here, a plain single-newline join stands in for the reflow.
    return re.sub(r"\n[ \t]*\n", "\n", text)


def test_every_english_corpus_text_is_covered() -> None:
    # 7/5, 17/6, 26/6, 35/3, 38/2, 41/5, 44/11
    assert len(EN_TEXTS) == 7


@pytest.mark.parametrize("path", EN_TEXTS, ids=lambda p: p.stem)
def test_english_votes_equal_the_dataset(path: Path) -> None:
    split = split_closing(_read(path), "en")
    expected = _dataset_column(_symbol(path))
    vote = split.vote
    assert vote.method == "recorded"
    assert sorted(vote.in_favour) == expected["Y"]
    assert sorted(vote.against) == expected["N"]
    assert sorted(vote.abstaining) == expected["A"]
    assert vote.unresolved == ()
    assert (vote.yes, vote.no) == (len(expected["Y"]), len(expected["N"]))
    # a formula without an abstention clause (7/5, 26/6) means none abstained
    assert vote.abstain == len(expected["A"])
    assert split.warnings == ()


MEETINGS = {
    # symbol file stem: (meeting number, ISO date, abstention count); "of 34 to 13." with
    # no abstention clause is 0 abstentions, as the dataset's totals confirm
    "hrc-res-7-5-en": (39, "2008-03-27", 0),
    "hrc-res-17-6-en": (33, "2011-06-16", 0),
    "hrc-res-26-6-en": (37, "2014-06-26", 0),
    "hrc-res-35-3-en": (34, "2017-06-22", 0),
    "hrc-res-38-2-en": (37, "2018-07-05", 1),
    "hrc-res-41-5-en": (38, "2019-07-11", 1),
    "hrc-res-44-11-en": (27, "2020-07-16", 1),
}


@pytest.mark.parametrize("path", EN_TEXTS, ids=lambda p: p.stem)
def test_english_meeting_line_and_body(path: Path) -> None:
    split = split_closing(_read(path), "en")
    number, date, abstain = MEETINGS[path.stem]
    assert split.meeting == Meeting(number=number, date=date)
    assert split.vote.abstain == abstain
    assert "meeting" not in split.body[-300:]
    assert "Adopted" not in split.body
    assert split.body.endswith("under the same agenda item.")


TRAILING = {
    # footnote text printed after the closing bracket
    "hrc-res-44-11-en": "1 A/HRC/44/44 and Add.1.",
    "hrc-res-38-2-en": "1 A/HRC/38/40.",
    # nothing after the closing
    "hrc-res-41-5-en": "",
    "hrc-res-7-5-en": "",
}


@pytest.mark.parametrize(("stem", "trailing"), TRAILING.items())
def test_english_trailing_footnotes(stem: str, trailing: str) -> None:
    assert split_closing(_read(DATA / f"{stem}.txt"), "en").trailing == trailing


def test_french_44_11_after_reflow() -> None:
    text = _collapse_pdf_blank_lines(_read(DATA / "hrc-res-44-11-fr.txt"))
    split = split_closing(text, "fr")
    vote = split.vote
    assert split.meeting == Meeting(number=27, date="2020-07-16")
    assert (vote.method, vote.yes, vote.no, vote.abstain) == ("recorded", 31, 15, 1)
    assert len(vote.in_favour) + len(vote.against) + len(vote.abstaining) == 47
    assert vote.unresolved == ()
    assert vote.abstaining == ("MEX",)
    assert "DEU" in vote.against and "VEN" in vote.in_favour
    # the footnote between the date and the vote goes to trailing
    assert split.trailing == "1 A/HRC/44/44 et Add.1."
    assert "séance" not in split.body and "Adoptée" not in split.body
    assert split.body.endswith("l’ordre du jour.")
    assert split.warnings == ()


def test_french_votes_equal_the_english_ones() -> None:
    french = split_closing(_collapse_pdf_blank_lines(_read(DATA / "hrc-res-44-11-fr.txt")), "fr")
    english = split_closing(_read(DATA / "hrc-res-44-11-en.txt"), "en")
    for key in ("in_favour", "against", "abstaining"):
        assert sorted(getattr(french.vote, key)) == sorted(getattr(english.vote, key))


@pytest.mark.parametrize(
    "path", sorted(DATA.glob("ga-res-80-4-en_extract-*.md")), ids=lambda p: p.stem
)
def test_general_assembly_text_has_a_meeting_and_no_vote(path: Path) -> None:
    split = split_closing(_read(path), "en")
    assert split.meeting == Meeting(number=22, date="2025-10-29")
    assert split.vote.method is None
    assert "plenary meeting" not in split.body
    assert split.body.endswith("against Cuba”.")
    assert "A/80/83." in split.trailing


def test_constructed_spanish_recorded_vote() -> None:
    text = _read(DATA / "constructed" / "constructed-es-recorded-vote.txt")
    split = split_closing(text, "es")
    vote = split.vote
    assert split.meeting == Meeting(number=27, date="2020-07-16")
    assert (vote.method, vote.yes, vote.no, vote.abstain) == ("recorded", 31, 15, 1)
    # same States as the English 44/11
    english = split_closing(_read(DATA / "hrc-res-44-11-en.txt"), "en").vote
    assert sorted(vote.in_favour) == sorted(english.in_favour)
    assert sorted(vote.against) == sorted(english.against)
    assert vote.abstaining == ("MEX",)
    assert split.trailing == "1 A/HRC/44/44 y Add.1."
    assert split.body.endswith("mismo tema del programa.")
    assert split.warnings == ()


def test_constructed_spanish_without_vote() -> None:
    text = _read(DATA / "constructed" / "constructed-es-without-vote.txt")
    split = split_closing(text, "es")
    assert split.meeting == Meeting(number=48, date="2021-03-23")
    assert split.vote.method == "without_vote"
    assert split.trailing == ""
    assert split.body.endswith("mismo tema del programa.")


WITHOUT_VOTE_CASES = [
    # English, meeting and date on their own lines
    (
        "1. Decides to remain seized.\n\n48th meeting\n23 March 2021\n\n[Adopted without a vote.]",
        "en",
        48,
    ),
    # French
    ("1. Décide de rester saisi.\n\n48e séance\n23 mars 2021\n\n[Adoptée sans vote.]", "fr", 48),
    # Spanish glued on one line
    (
        "1. Decide seguir ocupándose. 48ª sesión 23 de marzo de 2021 [Aprobada sin votación.]",
        "es",
        48,
    ),
    # the record printed above the meeting line
    (
        "1. Decides to remain seized.\n\n[Adopted without a vote.]\n\n48th meeting\n23 March 2021",
        "en",
        48,
    ),
    # a bracketed record without any meeting line
    ("1. Decides to remain seized.\n\n[Adopted without a vote.]", "en", None),
]


@pytest.mark.parametrize(("text", "language", "number"), WITHOUT_VOTE_CASES)
def test_adopted_without_a_vote(text: str, language: str, number: int | None) -> None:
    split = split_closing(text, language)
    assert split.vote.method == "without_vote"
    assert (split.meeting.number if split.meeting else None) == number
    assert split.body.startswith("1. ") and split.body.endswith(".")
    assert "[" not in split.body
    assert split.trailing == ""


def test_count_mismatch_is_a_warning_naming_list_and_numbers() -> None:
    text = (
        "1. Decides. 5th meeting 1 April 2020 [Adopted by a recorded vote of 3 to 1, with no "
        "abstentions. The voting was as follows: In favour: Chile, Peru Against: Japan]"
    )
    split = split_closing(text, "en")
    assert split.vote.in_favour == ("CHL", "PER") and split.vote.yes == 3
    assert len(split.warnings) == 1
    assert (
        "In favour" in split.warnings[0] and "2" in split.warnings[0] and "3" in split.warnings[0]
    )


def test_unresolved_names_are_kept_and_counted() -> None:
    text = (
        "1. Decides. 5th meeting 1 April 2020 [Adopted by a recorded vote of 2 to 1. The voting "
        "was as follows: In favour: Chile, Atlantis Against: Japan]"
    )
    split = split_closing(text, "en")
    assert split.vote.in_favour == ("CHL",)
    assert split.vote.unresolved == ("Atlantis",)
    # the count still matches: the unresolved name is counted in its list
    assert [w for w in split.warnings if "count" in w] == []
    assert any("Atlantis" in w for w in split.warnings)


NO_CLOSING_CASES = [
    # plain prose
    "Some text that is not a resolution.",
    # a paragraph quoting the formula, with no meeting line and no bracket
    "Recalling its resolution 5/1, Adopted without a vote by the Council,",
    # an undated meeting mentioned in prose
    "Recalling the decision taken at its 5th meeting, on the same subject,",
    # empty text
    "",
]


@pytest.mark.parametrize("text", NO_CLOSING_CASES)
def test_text_without_a_closing_is_left_alone(text: str) -> None:
    split = split_closing(text, "en")
    assert split.body == text
    assert split.meeting is None and split.vote.method is None
    assert split.trailing == "" and split.warnings == ()


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["en", "fr", "es", "ru", "ar", "zh", "xx"]))
def test_split_closing_never_raises(text: str, language: str) -> None:
    split = split_closing(text, language)
    assert text.startswith(split.body)


CLOSING_ALPHABET = st.sampled_from(
    [
        "27th meeting ",
        "16 July 2020 ",
        "[",
        "]",
        "Adopted by a recorded vote of 3 to 1",
        ", with ",
        "no abstentions.",
        "In favour: ",
        "Against: ",
        "Abstaining: ",
        "Chile, ",
        "and ",
        "Peru ",
        "\n\n",
        ".",
        "1 A/HRC/1/1 ",
        "27e séance ",
        "Ont voté pour : ",
        "Adoptée sans vote.",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(CLOSING_ALPHABET, max_size=25).map("".join), st.sampled_from(["en", "fr", "es"]))
def test_split_closing_never_raises_on_closing_like_fragments(text: str, language: str) -> None:
    split = split_closing(text, language)
    assert text.startswith(split.body)
