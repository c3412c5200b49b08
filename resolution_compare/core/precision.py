"""Precision changes: mandate periods, deadlines and the session named for a report.

Patterns are per language in resources/lang/<lang>/strength.json under "precision"
(case-insensitive; the value is the first capture group that took part in the match, so a
pattern may read the value before or after its phrase: Chinese "不迟于2026年" / "2025年前").
A flag is raised when the values found on the two sides differ; a value present on one side
only shows as "—" on the other.
"""

from __future__ import annotations

import re
from functools import cache

from resolution_compare.core.comparison import Flag
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.script import arrow_pair
from resolution_compare.core.text import fold_phrase as fold

_KINDS = (
    ("period", "period_changed"),
    ("deadline", "deadline_changed"),
    ("reporting", "reporting_changed"),
)


@cache
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = load_table(language, "strength").get("precision", {})
    return tuple(
        (flag, re.compile(str(raw[key]), re.IGNORECASE)) for key, flag in _KINDS if key in raw
    )


def _values(pattern: re.Pattern[str], text: str) -> tuple[str, ...]:
    return tuple(
        next((g for g in m.groups() if g is not None), "").strip() for m in pattern.finditer(text)
    )


def precision_flags(left_text: str, right_text: str, language: str) -> list[Flag]:
    flags: list[Flag] = []
    lt, rt = fold(left_text), fold(right_text)
    for flag, pattern in _patterns(language):
        before, after = _values(pattern, lt), _values(pattern, rt)
        if before != after:
            old = "; ".join(before) or "—"
            new = "; ".join(after) or "—"
            flags.append(Flag(flag, new if after else old, arrow_pair(old, new)))
    return flags
