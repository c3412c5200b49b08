"""The fast path of core/script.py (issue 17): text without marks is folded in one call,
with exactly the result of the character-by-character rule."""

from __future__ import annotations

import random
import sys
import unicodedata

from resolution_compare.core import script


def test_no_code_point_of_the_fast_class_is_a_mark_or_lowers_to_two() -> None:
    wrong = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF or not script._NO_MARKS.fullmatch(char):
            continue
        if script.is_mark(char) or len(char.lower()) != 1:
            wrong.append(f"U+{code:04X} {unicodedata.name(char, '?')}")
    assert wrong == []


def test_fast_and_slow_paths_agree_on_real_and_random_text() -> None:
    samples = [
        "Reaffirms its resolutions 35/3 and 38/2;",
        "Réaffirmant l’importance de la coopération, İstanbul",  # İ: the slow path
        "Подтверждает важность международной солидарности",
        "يحيط علماً بالتقرير",  # tashkeel: the slow path
        "يحيط علما بالتقرير",
        "重申国际团结的重要性，又回顾",
        "Ｆｕｌｌ－ｗｉｄｔｈ text",
        "e\u0301 decomposed accent",
    ]
    rng = random.Random(17)
    pool = "".join(samples) + "\u0640\u064b\u0301İß"
    samples += ["".join(rng.choice(pool) for _ in range(40)) for _ in range(300)]
    for text in samples:
        assert script.skeleton(text) == script.skeleton_by_character(text), text
        assert script.strip_marks(text) == "".join(c for c in text if not script.is_mark(c))


def test_unify_apostrophes_is_the_translation_table() -> None:
    from resolution_compare.core.text import APOSTROPHES, unify_apostrophes

    for text in ("l’Organisation ‘x’ ʼa", "plain", "", "’’‘ʼ'"):
        assert unify_apostrophes(text) == text.translate(APOSTROPHES)
