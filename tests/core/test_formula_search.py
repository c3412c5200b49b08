"""Issue 17: adoption formulas are searched from their first word and extended back over the
opening bracket and spaces; the matches must be exactly those of the formula as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES
from resolution_compare.core.votes import formula_matches, searchable, vote_rules

DATA = Path(__file__).resolve().parent.parent / "data"

TRAPS = [
    "[Adopted without a vote.] [ [  Adopted without vote. ]\n\n[\nAdopted by a recorded vote",
    "  \u00a0 Adopted by a recorded vote of 31 to 15, with 1 abstention. [Adopted without a vote",
    "[[Adopté sans vote.]] Adoptée par 12 voix contre 3, avec 2 abstentions.",
    "[Aprobada sin votación.] [Принята без голосования.] [اعتمد دون تصويت.] [未经表决获得通过。]",
    "Adopted without a vote." * 50 + " [" * 40 + "Adopted without a vote.",
]


def _texts() -> list[str]:
    files = sorted(DATA.glob("**/*.txt"))
    return [*TRAPS, *(searchable(p.read_text("utf-8")) for p in files)]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_formula_matches_are_finditer(language: str) -> None:
    rules = vote_rules(language)
    checked = 0
    for text in _texts():
        for pattern in (*rules.recorded, *rules.without_vote):
            for start in (0, len(text) // 3):
                expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start)]
                got = [(m.span(), m.groupdict()) for m in formula_matches(pattern, text, start)]
                assert got == expected, (language, pattern.pattern[:40], text[:60])
                checked += len(expected)
    assert checked > 0 or language not in ("en", "fr")
