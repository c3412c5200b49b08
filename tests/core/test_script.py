"""Rules of scripts: unspaced scripts, Arabic marks, paragraph direction, phrase prefixes."""

from __future__ import annotations

import pytest

from resolution_compare.core.script import (
    arrow_pair,
    is_mark,
    is_unspaced,
    phrase_keys,
    prefix_end,
    strip_marks,
    text_direction,
)

DIRECTION_CASES = [
    # Arabic letters: right to left
    ("إن مجلس حقوق الإنسان،", "rtl"),
    # digits and punctuation are neutral: the first letter decides
    ("1 - يحث جميع الدول", "rtl"),
    ("(أ) تعزيز", "rtl"),
    # Latin, Cyrillic, Han: left to right
    ("The Human Rights Council,", "ltr"),
    ("Совет по правам человека,", "ltr"),
    ("人权理事会，", "ltr"),
    # a symbol first: its Latin letters make the paragraph left to right
    ("A/HRC/RES/44/11 ولاية", "ltr"),
    # nothing to go on
    ("", "ltr"),
    ("1.", "ltr"),
]


@pytest.mark.parametrize(("text", "direction"), DIRECTION_CASES)
def test_text_direction(text: str, direction: str) -> None:
    assert text_direction(text) == direction


def test_unspaced_scripts() -> None:
    assert is_unspaced("重") and is_unspaced("の")
    assert not is_unspaced("a") and not is_unspaced("ع") and not is_unspaced("")
    # full-width punctuation is not a word of an unspaced script
    assert not is_unspaced("，")


def test_marks() -> None:
    # the tanwin of علماً and the tatweel are marks; a composed French accent is not
    assert is_mark("\u064b") and is_mark("\u0640")
    assert not is_mark("é")
    assert strip_marks("يحيط علماً") == "يحيط علما"
    assert strip_marks("Réaffirme") == "Réaffirme"


PREFIX_CASES = [
    # a whole word, case-insensitive
    ("Reaffirms its commitment", ["reaffirms"], 9),
    # not inside a longer word
    ("Reaffirmsx", ["reaffirms"], None),
    # Chinese: no boundary after the lead
    ("重申一切人权", ["重申"], 2),
    # Arabic: marks in the text are skipped, and belong to the prefix
    ("يحيط علماً بالتقرير", ["يحيط علما"], 10),
    # the longest phrase wins
    ("Takes note with appreciation of", ["takes note", "takes note with appreciation"], 28),
]


@pytest.mark.parametrize(("text", "phrases", "end"), PREFIX_CASES)
def test_prefix_end(text: str, phrases: list[str], end: int | None) -> None:
    assert prefix_end(text, phrase_keys(phrases)) == end


def test_arrow_pair_keeps_the_order_of_arabic_sides() -> None:
    # Latin sides: plain text, nothing invisible added
    assert arrow_pair("Encourages", "Urges") == "Encourages → Urges"
    # Arabic sides: a left-to-right mark on each side of the arrow, so "يشجع → يحث" is not
    # shown as "يحث → يشجع" by the bidi algorithm
    assert arrow_pair("يشجع", "يحث") == "يشجع\u200e → \u200eيحث"
