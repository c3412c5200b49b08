"""Which UN language a text is written in: script first, then function words.

The evidence lives in ``resources/lang/<lang>/structure.json`` under "detection": a
character class of the script and, for Latin-script languages, frequent function words.
A language whose table lists no words is recognised by its script alone (ru, ar, zh).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Literal

from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES, load_table

DEFAULT_LANGUAGE = "en"
_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
# Only this much text is looked at: a resolution's language shows in its first pages.
_SAMPLE = 20_000


@cache
def _detection(language: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    rule = load_table(language, "structure").get("detection", {})
    script = rule.get("script")
    return (re.compile(script) if script else None), frozenset(rule.get("words", []))


def detect_language(text: str, explicit: str | None = None) -> str:
    """The language code of ``text``; an explicit (supported) ``explicit`` always wins."""
    if explicit in SUPPORTED_LANGUAGES:
        return explicit
    sample = text[:_SAMPLE]
    letters = sum(1 for c in sample if c.isalpha()) or 1
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


# Scripts written without spaces between words (Han ideographs, kana, CJK marks): a lead
# such as 重申 runs straight into the next word, so no word boundary can be asked for.
_UNSPACED = re.compile(
    "[\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)
# Arabic tatweel (kashida) only stretches a line; it is not a letter.
_STRETCH = "\u0640"


def is_unspaced(char: str) -> bool:
    """True for a character of a script written without spaces between words (Han, kana)."""
    return bool(char) and _UNSPACED.match(char) is not None


def is_mark(char: str) -> bool:
    """True for a diacritic written as its own code point after NFC (Arabic tashkeel such as
    the tanwin of علماً, Hebrew points), and for the Arabic tatweel.

    Latin accents are composed by NFC ("é" is one letter) and so are not marks here: lead
    matching ignores the optional vowel signs of Arabic, not the accents of French.
    """
    return char == _STRETCH or unicodedata.category(char) == "Mn"


def strip_marks(text: str) -> str:
    """``text`` without the marks of :func:`is_mark` ("يحيط علماً" → "يحيط علما")."""
    return "".join(c for c in text if not is_mark(c))


TextDirection = Literal["ltr", "rtl"]


def text_direction(text: str) -> TextDirection:
    """Direction of a paragraph from its first strong character (Unicode bidi rule P2).

    Arabic and Hebrew letters give "rtl"; Latin, Cyrillic, Han and a text without letters
    give "ltr". Used by the window and the report to lay a paragraph out; the text itself
    stays in logical order.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"
