"""Which UN language a text is written in: script first, then function words.

The evidence lives in ``resources/lang/<lang>/structure.json`` under "detection": a
character class of the script and, for Latin-script languages, frequent function words.
A language whose table lists no words is recognised by its script alone (ru, ar, zh).
"""

from __future__ import annotations

import re
from functools import cache

from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES, load_table

DEFAULT_LANGUAGE = "en"
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
# Only this much text is looked at: a resolution's language shows in its first pages.
_SAMPLE = 20_000
# At most this much of one line counts, so that one long run in another script (a quoted
# name, a pasted paragraph, a hostile 200 000-letter word) cannot outvote the document.
_PER_LINE = 400


def _sample(text: str) -> str:
    """Up to ``_SAMPLE`` characters from the start of ``text``, at most ``_PER_LINE`` a line."""
    parts: list[str] = []
    total = start = 0
    while start < len(text) and total < _SAMPLE:
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        piece = text[start : min(end, start + _PER_LINE)]
        if piece.strip():
            parts.append(piece)
            total += len(piece)
        start = end + 1
    return "\n".join(parts)


@cache
def _detection(language: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    rule = load_table(language, "structure").get("detection", {})
    script = rule.get("script")
    return (re.compile(script) if script else None), frozenset(rule.get("words", []))


def detect_language(text: str, explicit: str | None = None) -> str:
    """The language code of ``text``; an explicit (supported) ``explicit`` always wins."""
    if explicit in SUPPORTED_LANGUAGES:
        return explicit
    sample = _sample(text)
    letters = sum(map(str.isalpha, sample)) or 1  # counted in C, not a Python loop
    script_only: list[tuple[float, str]] = []
    for language in SUPPORTED_LANGUAGES:
        script, words = _detection(language)
        if script is not None and not words:
            share = len(script.findall(sample)) / letters
            script_only.append((share, language))
    best_script = max(script_only, default=(0.0, DEFAULT_LANGUAGE))
    if best_script[0] > 0.3:
        return best_script[1]
    counts: dict[str, int] = {}
    tokens = [w.lower() for w in _WORD.findall(sample)]
    for language in SUPPORTED_LANGUAGES:
        _, words = _detection(language)
        if words:
            counts[language] = sum(1 for t in tokens if t in words)
    if not counts or max(counts.values()) == 0:
        return DEFAULT_LANGUAGE
    return max(counts, key=lambda lang: counts[lang])
