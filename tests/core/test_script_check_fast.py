"""Issue 17: the unsupported-script check counts letters a chunk at a time; it must decide
exactly as the character-by-character rule it replaced."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from resolution_compare.core import limits

DATA = Path(__file__).resolve().parent.parent / "data"


def _reference(text: str) -> str | None:
    """The character-by-character walk over the whole text."""
    counts: Counter[str] = Counter()
    return limits.script_verdict(counts, limits.count_scripts(text, counts, 0))


def _texts() -> list[str]:
    real = [p.read_text("utf-8") for p in sorted(DATA.glob("**/*.txt"))[:40]]
    thai = "ภาษาไทยเป็นภาษาราชการ " * 900
    greek = "Η ελληνική γλώσσα " * 1500
    rng = random.Random(17)
    mixed = []
    for _ in range(30):
        # Runs of Thai, Greek, English and Arabic in random proportions around the threshold,
        # long enough that the sample ends in different chunks.
        parts = [rng.choice([thai[:50], greek[:40], "solidarity 12, ", "التضامن الدولي "])]
        mixed.append("".join(parts * rng.randrange(200, 3000)))
    return [*real, thai, greek, thai + real[0] * 30, real[0] * 3 + greek * 4, "", "1234 …", *mixed]


@pytest.mark.parametrize("index", range(len(_texts())))
def test_same_verdict_as_the_character_walk(index: int) -> None:
    text = _texts()[index]
    assert limits.unsupported_script(text) == _reference(text)
