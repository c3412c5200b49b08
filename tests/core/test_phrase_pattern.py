"""Hedges and boosters are found by one alternation with the word-start test written once
(issue 17: 24× faster); it must find exactly what one bounded pattern per phrase finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES
from resolution_compare.core.strength import _bounded, strength_table
from resolution_compare.core.text import fold

DATA = Path(__file__).resolve().parent.parent / "data"


def _texts() -> str:
    files = [*DATA.glob("hrc-res-*-en.txt"), *DATA.glob("constructed/*.txt")]
    files += [DATA / "hrc-res-44-11-fr.txt", DATA / "ecosoc-res-2023-2-zh.txt"]
    return "\n".join(p.read_text("utf-8") for p in files)


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_one_alternation_finds_what_each_bounded_phrase_finds(language: str) -> None:
    table = strength_table(language)
    assert table.phrase_pattern is not None
    phrases = sorted({*table.hedges, *table.boosters}, key=lambda p: (-len(p), p))
    reference = re.compile("|".join(_bounded(p) for p in phrases))
    # Every phrase in running text, glued to letters (must not match), and real texts.
    text = fold(_texts()) + " " + " ; ".join(phrases) + " x" + "x ".join(phrases)
    found = [(m.start(), m.group()) for m in table.phrase_pattern.finditer(text)]
    assert found == [(m.start(), m.group()) for m in reference.finditer(text)]
    assert len(found) >= len(phrases)
