"""What the writing system says about a text: word spaces, vowel marks, direction.

Rules of scripts, not of languages, so they hold for any text: Han and kana are written
without spaces between words; Arabic writes its optional vowel signs (tashkeel) as separate
code points that NFC keeps apart; a paragraph's direction follows its first strong letter
(Unicode bidi rule P2). Matching of phrases ("does this paragraph start with a lead?")
builds on these, ignoring case and marks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Literal

# Scripts written without spaces between words (Han ideographs, kana, CJK marks; Thai,
# Lao, Myanmar and Khmer): a lead such as 重申 runs straight into the next word, so no word
# boundary can be asked for, and whitespace does not cut a text into words.
UNSPACED_CLASS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
_UNSPACED = re.compile(f"[{UNSPACED_CLASS}]")
# Arabic tatweel (kashida) only stretches a line; it is not a letter.
_STRETCH = "\u0640"
# Text made only of these characters has no mark and lower-cases one character to one:
# Latin to U+02FF but İ (which lower-cases to two), Cyrillic letters, Arabic letters and
# digits without the tashkeel and the tatweel, general and CJK punctuation (but the CJK
# tone marks U+302A–U+302F), CJK ideographs and full-width forms. Checked against every
# code point by tests/core/test_script_fast_path.py. Most UN text is all of it, and then
# skeleton() and strip_marks() need not look at each character in Python (they were a
# quarter of the time of a pair's load and compare).
_NO_MARKS = re.compile(
    "[\x00-\u012f\u0131-\u02ff\u0400-\u0482\u048a-\u052f\u0621-\u063f\u0641-\u064a"
    "\u0660-\u066f\u2000-\u206f\u3000-\u3029\u3030-\u303f\u4e00-\u9fff\uff00-\uffef]*"
)

TextDirection = Literal["ltr", "rtl"]


def is_unspaced(char: str) -> bool:
    """True for a character of a script written without spaces between words (Han, kana)."""
    return bool(char) and _UNSPACED.match(char) is not None


def has_unspaced(text: str) -> bool:
    """True when ``text`` holds a character of a script written without spaces."""
    return _UNSPACED.search(text) is not None


def is_mark(char: str) -> bool:
    """True for a diacritic written as its own code point after NFC (Arabic tashkeel such
    as the tanwin of علماً, Hebrew points) and for the Arabic tatweel.

    Latin accents are composed by NFC ("é" is one letter) and so are not marks here: phrase
    matching ignores the optional vowel signs of Arabic, not the accents of French.
    """
    return char == _STRETCH or unicodedata.category(char) == "Mn"


def strip_marks(text: str) -> str:
    """``text`` without the marks of :func:`is_mark` ("يحيط علماً" → "يحيط علما")."""
    if text.isascii() or _NO_MARKS.fullmatch(text):
        return text
    # One C-level pass for the Basic Multilingual Plane (called for every phrase matched,
    # a per-character loop was a quarter of a comparison's time); beyond it, char by char.
    stripped = text.translate(_bmp_marks())
    if stripped and max(stripped) > "\uffff":
        return "".join(c for c in stripped if not is_mark(c))
    return stripped


@cache
def _bmp_marks() -> dict[int, None]:
    """Translation table deleting every mark of :func:`is_mark` below U+10000."""
    return {cp: None for cp in range(0x10000) if is_mark(chr(cp))}


def text_direction(text: str) -> TextDirection:
    """Direction of a paragraph from its first strong character (Unicode bidi rule P2).

    Arabic and Hebrew letters give "rtl"; Latin, Cyrillic, Han and a text without letters
    give "ltr". The window and the report lay a paragraph out in this direction; the text
    itself, and so its diff, stays in logical order.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def skeleton(text: str) -> tuple[str, list[int]]:
    """(``text`` lower-cased without marks, offset in ``text`` just past each kept letter).

    A letter's offset includes the marks written after it, so a prefix of the skeleton maps
    back onto whole letters of the printed text. Callers unify apostrophes first.
    """
    if _NO_MARKS.fullmatch(text):
        return text.lower(), list(range(1, len(text) + 1))
    return skeleton_by_character(text)


def skeleton_by_character(text: str) -> tuple[str, list[int]]:
    """:func:`skeleton` worked out character by character (any text)."""
    letters: list[str] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        if is_mark(char):
            if ends:
                ends[-1] = index + 1
            continue
        low = char.lower()
        letters.append(low if len(low) == 1 else char)
        ends.append(index + 1)
    return "".join(letters), ends


def phrase_keys(phrases: Sequence[str]) -> list[str]:
    """Skeletons of ``phrases`` (apostrophes already unified), longest first, for
    :func:`prefix_end`."""
    keys = {skeleton(p.strip())[0] for p in phrases if p.strip()}
    return sorted(keys, key=lambda key: (-len(key), key))


# A phrase is looked for in the first characters of a text; marks can at most double them.
_WINDOW_FACTOR = 3


def prefix_end(text: str, keys: Sequence[str]) -> int | None:
    """Offset in ``text`` where the longest of ``keys`` (from :func:`phrase_keys`) that
    starts ``text`` ends, or None.

    The phrase must end at a word boundary (the next character is not a letter or digit),
    except when it ends in a script written without spaces ("重申一…" starts with 重申).
    """
    if not keys:
        return None
    folded, ends = skeleton(text[: len(keys[0]) * _WINDOW_FACTOR + 2])
    for key in keys:
        if not folded.startswith(key):
            continue
        end = ends[len(key) - 1]
        if end < len(text) and text[end].isalnum() and not is_unspaced(key[-1]):
            continue
        return end
    return None


# U+200E LEFT-TO-RIGHT MARK: a strong left-to-right character that prints nothing.
LEFT_TO_RIGHT_MARK = "\u200e"


def arrow_pair(left: str, right: str) -> str:
    """ "left → right" for a left-to-right line, whatever script the two sides are in.

    Between two Arabic words the arrow would join their right-to-left run and the line
    would show "right ← left" read as "right → left": the earlier verb would look like the
    later one. A left-to-right mark on each side of the arrow keeps the order as written;
    sides without a right-to-left letter need none and get none.
    """
    if not (_has_rtl(left) or _has_rtl(right)):
        return f"{left} → {right}"
    return f"{left}{LEFT_TO_RIGHT_MARK} → {LEFT_TO_RIGHT_MARK}{right}"


def close_rtl(text: str) -> str:
    """``text`` with a left-to-right mark after it when it holds right-to-left letters, so
    that what follows it on a left-to-right line ("“دورته” (a → b)") stays after it."""
    return text + LEFT_TO_RIGHT_MARK if _has_rtl(text) else text


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
