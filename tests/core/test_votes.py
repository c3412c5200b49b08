"""core/votes.py: adoption formulas from votes.json and the State lists that follow them."""

from __future__ import annotations

import pytest

from resolution_compare.core.votes import find_adoptions, read_vote_block, searchable, vote_rules

FORMULA_CASES = [
    # English, with abstentions
    (
        "[Adopted by a recorded vote of 31 to 15, with 1 abstention.",
        "en",
        "recorded",
        (31, 15, 1),
        True,
    ),
    # English "with no abstentions" (17/6)
    (
        "[Adopted by a recorded vote of 32 to 14, with no abstentions.",
        "en",
        "recorded",
        (32, 14, 0),
        True,
    ),
    # English "with no abstention" (35/3)
    (
        "[Adopted by a recorded vote of 32 to 15, with no abstention.",
        "en",
        "recorded",
        (32, 15, 0),
        True,
    ),
    # English without the abstention clause and without bracket (7/5): none abstained
    ("Adopted by a recorded vote of 34 to 13.", "en", "recorded", (34, 13, 0), False),
    # ... but a formula cut off before its end (no full stop) leaves abstentions unknown
    ("Adopted by a recorded vote of 34 to 13, with three", "en", "recorded", (34, 13, None), False),
    # 2006–2009 wording with "votes" and "Resolution adopted"
    (
        "[Resolution adopted by a recorded vote of 30 votes to 15, with 0 abstentions.",
        "en",
        "recorded",
        (30, 15, 0),
        True,
    ),
    # orally revised
    (
        "[Adopted as orally revised by a recorded vote of 26 to 15, with 6 abstentions.",
        "en",
        "recorded",
        (26, 15, 6),
        True,
    ),
    # "none" as a count
    (
        "[Adopted by a recorded vote of 40 to none, with 7 abstentions.",
        "en",
        "recorded",
        (40, 0, 7),
        True,
    ),
    # English without a vote
    ("[Adopted without a vote.]", "en", "without_vote", (None, None, None), True),
    # French, typographic apostrophes (44/11)
    (
        "[Adoptée par 31 voix contre 15, avec 1 abstention, à l’issue d’un vote enregistré.",
        "fr",
        "recorded",
        (31, 15, 1),
        True,
    ),
    # French "sans abstention", straight apostrophes
    (
        "[Adoptée par 32 voix contre 15, sans abstention, à l'issue d'un vote enregistré.",
        "fr",
        "recorded",
        (32, 15, 0),
        True,
    ),
    # French without a vote
    ("[Adoptée sans vote.]", "fr", "without_vote", (None, None, None), True),
    # Spanish recorded (template unverified)
    (
        "[Aprobada en votación registrada por 31 votos contra 15 y 1 abstención.",
        "es",
        "recorded",
        (31, 15, 1),
        True,
    ),
    # Spanish "sin abstenciones"
    (
        "[Aprobada en votación registrada por 32 votos contra 15, sin abstenciones.",
        "es",
        "recorded",
        (32, 15, 0),
        True,
    ),
    # Spanish without a vote
    ("[Aprobada sin votación.]", "es", "without_vote", (None, None, None), True),
    # Russian (table unverified)
    (
        "[Принята путем заносимого в отчет о заседании голосования 31 голосом против 15 "
        "при 1 воздержавшемся.",
        "ru",
        "recorded",
        (31, 15, 1),
        True,
    ),
    ("[Принята без голосования.]", "ru", "without_vote", (None, None, None), True),
    # Chinese (table unverified)
    ("[以31票赞成、15票反对、1票弃权的记录表决方式通过。", "zh", "recorded", (31, 15, 1), True),
    # Arabic without a vote (table unverified)
    ("[اعتُمد دون تصويت.]", "ar", "without_vote", (None, None, None), True),
]


@pytest.mark.parametrize(("text", "language", "method", "counts", "bracketed"), FORMULA_CASES)
def test_adoption_formulas(
    text: str, language: str, method: str, counts: tuple[int | None, ...], bracketed: bool
) -> None:
    (adoption,) = find_adoptions(searchable(text), language)
    assert adoption.method == method
    assert (adoption.yes, adoption.no, adoption.abstain) == counts
    assert adoption.bracketed is bracketed
    assert adoption.start == 0


NOT_A_FORMULA_CASES = [
    # lower-case prose
    ("the resolution was adopted without a vote", "en"),
    # the English formula is not French
    ("[Adopted without a vote.]", "fr"),
    # a language with no table
    ("[Adopted without a vote.]", "de"),
]


@pytest.mark.parametrize(("text", "language"), NOT_A_FORMULA_CASES)
def test_no_adoption_found(text: str, language: str) -> None:
    assert find_adoptions(searchable(text), language) == []


def test_searchable_keeps_offsets() -> None:
    text = "à l’issue d’un vote"
    assert len(searchable(text)) == len(text)
    assert searchable(text) == "à l'issue d'un vote"


def _block(text: str, language: str = "en"):  # type: ignore[no-untyped-def]
    search = searchable(text)
    (adoption,) = find_adoptions(search, language)
    return read_vote_block(search, adoption, language)


def test_lists_with_labels_on_their_own_lines() -> None:
    # PDF extraction puts the labels in a left column, on their own lines
    block = _block(
        "[Adopted by a recorded vote of 2 to 1, with 1 abstention. The voting was as follows:\n"
        "In favour:\nChile,\nPeru\nAgainst:\nJapan\nAbstaining:\nMexico]"
    )
    record = block.record
    assert (record.in_favour, record.against, record.abstaining) == (
        ("CHL", "PER"),
        ("JPN",),
        ("MEX",),
    )
    assert block.warnings == ()


def test_footnote_markers_glued_to_the_formula_are_ignored() -> None:
    block = _block(
        "[Adopted by a recorded vote of 2 to 1, with no abstentions.* The voting was as "
        "follows:3 In favour: Chile, Peru Against: Japan]"
    )
    assert block.record.in_favour == ("CHL", "PER") and block.record.against == ("JPN",)
    assert block.warnings == ()


def test_unbracketed_block_ends_at_the_last_period() -> None:
    text = "Adopted by a recorded vote of 1 to 1. In favour: Chile. Against: Japan. 1 A/HRC/7/1."
    block = _block(text)
    assert text[block.end :].strip() == "1 A/HRC/7/1."
    assert block.record.against == ("JPN",)


def test_unbracketed_block_ends_at_a_blank_line() -> None:
    text = "Adopted by a recorded vote of 1 to 1. In favour: Chile Against: Japan\n\nFootnote text"
    block = _block(text)
    assert text[block.end :].strip() == "Footnote text"


def test_bracketed_block_ends_after_the_bracket() -> None:
    text = "[Adopted by a recorded vote of 1 to 1. In favour: Chile Against: Japan] 1 A/1."
    block = _block(text)
    assert text[block.end :] == " 1 A/1."


WARNING_CASES = [
    # printed count differs from the list
    (
        "[Adopted by a recorded vote of 3 to 1. In favour: Chile, Peru Against: Japan]",
        "“In favour” list names 2 States but the printed count is 3",
    ),
    # abstentions printed but no list
    (
        "[Adopted by a recorded vote of 2 to 1, with 1 abstention. "
        "In favour: Chile, Peru Against: Japan]",
        "no abstaining list, but the printed count is 1",
    ),
    # a State in two lists
    (
        "[Adopted by a recorded vote of 2 to 1. In favour: Chile, Peru Against: Peru]",
        "States listed more than once: PER",
    ),
    # an unknown name
    (
        "[Adopted by a recorded vote of 2 to 1. In favour: Chile, Atlantis Against: Peru]",
        "not recognised: Atlantis",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WARNING_CASES)
def test_vote_block_warnings(text: str, expected: str) -> None:
    warnings = _block(text).warnings
    assert any(expected in warning for warning in warnings), warnings


def test_french_labels() -> None:
    block = _block(
        "[Adoptée par 1 voix contre 1, avec 1 abstention, à l’issue d’un vote enregistré. Les voix "
        "se sont réparties comme suit :\nOnt voté pour :\nChili.\nOnt voté contre :\nJapon.\n"
        "Se sont abstenus :\nMexique.]",
        "fr",
    )
    record = block.record
    assert (record.in_favour, record.against, record.abstaining) == (("CHL",), ("JPN",), ("MEX",))
    assert block.warnings == ()


def test_every_language_has_a_vote_table_with_the_three_labels() -> None:
    for language in ("en", "fr", "es", "ru", "ar", "zh"):
        rules = vote_rules(language)
        assert set(rules.labels) == {"in_favour", "against", "abstaining"}, language
        assert rules.without_vote, language


def test_unbracketed_label_alone_in_its_block() -> None:
    # PDF extraction of 7/5: the label stands in its own block, the names follow a blank line
    text = (
        "Adopted by a recorded vote of 1 to 2. In favour:\n\nChile.\n\nAgainst:\n\nJapan, Peru.\n"
    )
    block = _block(text)
    assert block.record.against == ("JPN", "PER")
    assert text[block.end :].strip() == ""
    assert block.warnings == ()
