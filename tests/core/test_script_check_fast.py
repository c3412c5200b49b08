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
    counts: Counter[str] = Counter()
    seen = 0
    for char in text:
        if char.isascii():
            if char.isalpha():
                counts["LATIN"] += 1
                seen += 1
        elif char.isalpha():
            counts[limits._script(char) or "UNKNOWN"] += 1
            seen += 1
        if seen >= limits.SCRIPT_SAMPLE_LETTERS:
            break
    if not seen:
        return None
    supported = sum(n for script, n in counts.items() if script in limits.SUPPORTED_SCRIPTS)
    if supported / seen >= limits.MIN_SUPPORTED_LETTER_SHARE:
        return None
    return max((n, s) for s, n in counts.items() if s not in limits.SUPPORTED_SCRIPTS)[1].title()


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
