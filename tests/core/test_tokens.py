"""Tokens a reader sees as one (issue 12, item 5), and what the word diff makes of them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resolution_compare.core.comparison import CompareOptions
from resolution_compare.core.tokens import grapheme_boundaries, scan, tokenize
from resolution_compare.core.worddiff import rebuild, word_diff


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.kind) for t in scan(text) if t.kind != "space"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # UN symbols and resolution numbers are one token each.
        ("A/HRC/RES/44/11", [("A/HRC/RES/44/11", "symbol")]),
        ("77/7, 78/7", [("77/7", "symbol"), (",", "other"), ("78/7", "symbol")]),
        ("E/CN.4/2005/55", [("E/CN.4/2005/55", "symbol")]),
        ("A/C.3/80/L.20", [("A/C.3/80/L.20", "symbol")]),
        ("A/HRC/58/L.5/Rev.1", [("A/HRC/58/L.5/Rev.1", "symbol")]),
        ("(A/HRC/35/35)", [("(", "other"), ("A/HRC/35/35", "symbol"), (")", "other")]),
        ("Add.1", [("Add.1", "word")]),
        # "his/her" has no number: three tokens.
        ("his/her", [("his", "word"), ("/", "other"), ("her", "word")]),
        # Numbers keep their decimal and thousands marks.
        ("0.7 per cent", [("0.7", "number"), ("per", "word"), ("cent", "word")]),
        ("1,000", [("1,000", "number")]),
        # CJK: one character per token.
        ("鼓励所有", [("鼓", "cjk"), ("励", "cjk"), ("所", "cjk"), ("有", "cjk")]),
        # Footnote markers glued to text in extracted PDFs.
        ("solidarity1", [("solidarity", "word"), ("1", "marker")]),
        ("internationale12 ", [("internationale", "word"), ("12", "marker")]),
        (
            "solidarity;1 and",
            [("solidarity", "word"), (";", "other"), ("1", "marker"), ("and", "word")],
        ),
        (
            "(2017)2.",
            [("(", "other"), ("2017", "number"), (")", "other"), ("2", "marker"), (".", "other")],
        ),
        ("Council¹", [("Council", "word"), ("¹", "marker")]),
        # ...but not codes, and not numbers in running text.
        ("G20 CO2", [("G20", "word"), ("CO2", "word")]),
        (
            "paragraphs 1 and 2",
            [("paragraphs", "word"), ("1", "number"), ("and", "word"), ("2", "number")],
        ),
        # Hyphens, U+2011 and apostrophes stay inside words.
        ("forty‑fourth l’Organisation", [("forty‑fourth", "word"), ("l’Organisation", "word")]),
        # A zero-width space stays inside its word.
        ("inter\u200bnational", [("inter\u200bnational", "word")]),
    ],
)
def test_token_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "cluster",
    [
        "🇫🇷",  # a flag: two regional indicators
        "👨\u200d👩\u200d👧",  # a ZWJ family
        "👍🏽",  # an emoji with a skin-tone modifier
        "e\u0301",  # a base letter with a combining accent (not NFC)
        "स्ते",  # Devanagari conjunct
    ],
)
def test_grapheme_clusters_are_never_split(cluster: str) -> None:
    text = f"a {cluster} b{cluster}c"
    cuts = set(grapheme_boundaries(text))
    offset = 0
    for token in tokenize(text):
        assert offset in cuts
        offset += len(token)
    assert "".join(tokenize(text)) == text


def test_a_changed_flag_is_one_change() -> None:
    diff = word_diff("the 🇫🇷 delegation", "the 🇩🇪 delegation")
    assert [(s.op, s.text) for s in diff.segments if s.op != "="] == [("-", "🇫🇷"), ("+", "🇩🇪")]


def test_chinese_is_diffed_per_character() -> None:
    # shared/cases/chinese-word-diff: one changed verb, not the whole clause.
    diff = word_diff("鼓励所有国家采取有效措施；", "敦促所有国家采取有效措施；")
    assert [(s.op, s.text) for s in diff.segments] == [
        ("-", "鼓励"),
        ("+", "敦促"),
        ("=", "所有国家采取有效措施；"),
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("international solidarity", "inter\u200bnational solidarity"),  # zero-width space
        ("human rights", "human\u200b rights"),  # zero-width space alone between words
        ("the forty-fourth session", "the forty‑fourth session"),  # U+2011
        ("the Office", "the Oﬃce"),  # ligature, as pasted from a PDF
        ("effective practices", "eﬀective practices"),
        ("solidarity;", "solidarity;1"),  # a glued footnote marker
        ("solidarity and", "solidarity1 and"),
    ],
)
def test_typography_and_markers_are_not_changes(left: str, right: str) -> None:
    diff = word_diff(left, right)
    assert diff.equal
    assert all(s.routine for s in diff.segments if s.op != "=")
    assert rebuild(diff.segments, "-") == left and rebuild(diff.segments, "+") == right


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("States and", "States\u00a0and"),  # no-break space
        ("the forty-fourth session", "the forty‑fourth session"),  # U+2011
        ("the “Code”", 'the "Code"'),  # quotes
        ("international", "inter\u200bnational"),  # zero-width space
    ],
)
def test_strict_typography_shows_typography(left: str, right: str) -> None:
    diff = word_diff(left, right, CompareOptions(ignore_typography=False))
    assert not diff.equal
    assert not any(s.routine for s in diff.segments)


_pieces = st.sampled_from(
    [
        "🇫🇷",
        "🇩🇪",
        "👨\u200d👩\u200d👧",
        "👍🏽",
        "e\u0301",
        "स्ते",
        "中",
        "文",
        "a",
        "b",
        " ",
        "1",
        ";",
        "A/HRC/44/11",
        "\u200b",
        "‑",
        "ﬃ",
        "’",
        "\n",
    ]
)
_text = st.lists(_pieces, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(_text, _text, st.booleans())
def test_diff_never_splits_a_grapheme_and_rebuilds_both_texts(
    left: str, right: str, typography: bool
) -> None:
    diff = word_diff(left, right, CompareOptions(ignore_typography=typography))
    assert rebuild(diff.segments, "-") == left
    assert rebuild(diff.segments, "+") == right
    for side, text in (("-", left), ("+", right)):
        cuts = set(grapheme_boundaries(text))
        offset = 0
        for seg in diff.segments:
            if seg.op in ("=", side):
                assert offset in cuts, (seg, text)
                offset += len(seg.text)


def test_strict_typography_sees_a_no_break_space_in_a_loaded_text() -> None:
    # The text reflow keeps no-break spaces (French "pratiques ;" with U+00A0 / U+202F):
    # ignored by default, shown with --strict-typography (README, options).
    from resolution_compare.core.compare import compare_resolutions
    from resolution_compare.core.parser import parse_text

    plain = "The Human Rights Council,\n\n1. Invites the Office to publish practices ;\n"
    left = parse_text(plain, source="a.txt")
    for space in ("\u00a0", "\u202f"):
        right = parse_text(plain.replace(" ;", space + ";"), source="b.txt")
        assert right.paragraphs[0].text.endswith(space + ";")
        assert compare_resolutions(left, right).rows[0].status == "unchanged"
        strict = CompareOptions(ignore_typography=False)
        row = compare_resolutions(left, right, strict).rows[0]
        assert row.status == "modified"
        assert [(s.op, s.text) for s in row.diff if s.op != "="] == [("-", " "), ("+", space)]


def test_spacing_alone_is_typography() -> None:
    # A/RES/78/7 → 79/7, OP5: "… against Cuba” ." → "… against Cuba”.": a space that
    # extraction left before a full stop is not wording (shown dimmed; strict: a change).
    left, right = "the item “Necessity” .", "the item “Necessity”."
    diff = word_diff(left, right)
    assert diff.equal
    assert [(s.op, s.text, s.routine) for s in diff.segments if s.op != "="] == [("-", " ", True)]
    strict = word_diff(left, right, CompareOptions(ignore_typography=False))
    assert [(s.op, s.text, s.routine) for s in strict.segments if s.op != "="] == [
        ("-", " ", False)
    ]


def test_a_non_breaking_hyphen_raises_no_reporting_flag() -> None:
    # "forty‑fourth session" (U+2011) and "forty-fourth session" are one session: with a real
    # change elsewhere in the paragraph, no "reporting changed" flag.
    from resolution_compare.core.compare import compare_resolutions
    from resolution_compare.core.parser import parse_text

    head = "The Human Rights Council,\n\n1. Requests the Expert to report {} at its {} session;\n"
    left = parse_text(head.format("annually", "forty‑fourth"), source="a.txt")
    right = parse_text(head.format("regularly", "forty-fourth"), source="b.txt")
    row = compare_resolutions(left, right).rows[-1]
    assert row.status == "modified" and row.flags == ()
    assert [(s.op, s.text) for s in row.diff if s.op != "=" and not s.routine] == [
        ("-", "annually"),
        ("+", "regularly"),
    ]
