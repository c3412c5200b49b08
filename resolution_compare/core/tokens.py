"""Cutting a paragraph into the tokens a reader sees as one: the unit of the word diff.

The only module that imports ``regex`` (the third-party module: Unicode script classes and
``\\X`` extended grapheme clusters, UAX #29, which the standard ``re`` lacks).

Kinds of token (``Token.kind``), and why:

- ``space``: a whitespace run (re-wrapping is typography).
- ``symbol``: a UN document symbol or resolution number, whole: "A/HRC/RES/44/11", "77/7",
  "E/CN.4/2005/55", "A/C.3/80/L.20", "A/HRC/58/L.5/Rev.1" (UN Editorial Manual, document
  symbols; domain.md §1.1). Split at its slashes, "77/7, 78/7" → "78/7, 79/7" would show
  half-symbols changing.
- ``number``: digits with decimal or thousands marks ("0.7", "1,000"), so "15" → "30" is one
  number changed, never one digit.
- ``cjk``: one Han, kana or bopomofo character: Chinese and Japanese are written without
  spaces, so a "word" would be a whole clause and one changed verb would replace it.
- ``word``: letters and digits with internal hyphens or apostrophes ("mandate-holders",
  "l’Organisation", "forty‑fourth" with U+2011), combining marks and zero-width characters
  inside (they never split a word).
- ``marker``: a footnote marker glued to the text in extracted text ("solidarity1",
  "resolutions;2", "Council¹"): not wording, the footnote itself is compared per row.
- ``other``: one extended grapheme cluster (punctuation, an emoji with its modifiers or ZWJ
  sequence, a flag), so no diff ever splits what a reader sees as one character.

Every token boundary is a grapheme cluster boundary (checked, not assumed), and the tokens
of a text always join back to the text exactly.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

import regex

TokenKind = Literal["space", "symbol", "number", "cjk", "word", "marker", "other"]

# Characters that are typography, not wording: zero-width space/joiners, word joiner,
# soft hyphen, BOM. They stay inside a word token and are dropped from comparison keys.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u00ad\ufeff"

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Bopomofo}"
_WORD_CHAR = rf"[[\w{ZERO_WIDTH}]--[{_CJK}]]"
_JOINERS = "-‐‑’'ʼ"
# One slash-separated part of a symbol: letters with an optional ".digits" ("A", "HRC",
# "C.3", "CN.4", "L.20", "Add.1", "PV.43") or a number ("44", "2005", "S-27").
_LETTER_PART = r"[A-Z][A-Za-z]{0,5}(?:\.\d{1,4})?"
_NUMBER_PART = r"(?:S-)?\d{1,5}[A-Z]?"
SYMBOL_PATTERN = (
    rf"(?:(?:{_LETTER_PART}/)+{_NUMBER_PART}(?:/(?:{_NUMBER_PART}|{_LETTER_PART}))*"
    rf"|{_NUMBER_PART}(?:/(?:{_NUMBER_PART}|{_LETTER_PART}))+)"
)
_TOKEN = regex.compile(
    rf"""
    (?P<space>\s+)
    | (?P<symbol>(?<![\w/]){SYMBOL_PATTERN}(?![\w/]))
    | (?P<abbreviation>(?<!\w)(?:Add|Corr|Rev|Amend|Suppl)\.\d{{1,3}}(?!\w))
    | (?P<number>(?<!\w)\d+(?:[.,]\d+)+(?!\w))
    | (?P<cjk>[{_CJK}])
    | (?P<word>{_WORD_CHAR}+(?:[{_JOINERS}]{_WORD_CHAR}+)*)
    | (?P<other>\X)
    """,
    regex.VERSION1 | regex.VERBOSE,
)
# "solidarity1", "internationale12": a marker glued to a lower-case word (at least three
# letters, so "G20", "CO2" and "mp3" stay words).
_GLUED_TO_WORD = regex.compile(r"(?<=\p{Ll}{3})(?:\d{1,2})$")
_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# After these a glued 1-2 digit number is a footnote marker ("rights;1", "Council.2",
# "(2017)1", "“Code”3"): a number is never printed glued to punctuation in running text.
_MARKER_AFTER = frozenset('.,;:)]”’"»')


@dataclass(frozen=True)
class Token:
    text: str
    kind: TokenKind


def _grapheme_starts(text: str) -> set[int] | None:
    """Offsets where a grapheme cluster starts, or None when every character is one."""
    if text.isascii():
        return None
    return {m.start() for m in regex.finditer(r"\X", text)}


def _raw_tokens(text: str) -> list[Token]:
    out: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        piece = match.group()
        if kind == "abbreviation":
            kind = "word"
        if kind == "word" and piece.isdecimal():
            kind = "number"
        if kind == "word":
            glued = _GLUED_TO_WORD.search(piece)
            if glued and not piece[: glued.start()][-1:].isdigit():
                out.append(Token(piece[: glued.start()], "word"))
                out.append(Token(piece[glued.start() :], "marker"))
                continue
        out.append(Token(piece, kind))  # type: ignore[arg-type]
    return out


def _mark_glued_markers(tokens: list[Token]) -> list[Token]:
    """A 1-2 digit word right after closing punctuation, itself after a word: a marker."""
    out = list(tokens)
    for k in range(1, len(out)):
        tok = out[k]
        if tok.kind == "other" and all(c in _SUPERSCRIPT_DIGITS for c in tok.text):
            out[k] = Token(tok.text, "marker")
            continue
        if tok.kind != "number" or not (tok.text.isdecimal() and len(tok.text) <= 2):
            continue
        before = out[k - 1]
        after = out[k + 1] if k + 1 < len(out) else None
        glued_to_punctuation = before.kind == "other" and before.text in _MARKER_AFTER
        ends_there = after is None or after.kind == "space" or after.text in _MARKER_AFTER
        preceded_by_text = k >= 2 and out[k - 2].kind in ("word", "symbol", "number", "other")
        if glued_to_punctuation and ends_there and preceded_by_text:
            out[k] = Token(tok.text, "marker")
    return out


def _superscripts_as_markers(tokens: list[Token]) -> list[Token]:
    # Superscript digits glued to a word ("Council¹") come out of \X one by one: join them.
    out: list[Token] = []
    for tok in tokens:
        if (
            tok.kind == "marker"
            and out
            and out[-1].kind == "marker"
            and tok.text[0] in (_SUPERSCRIPT_DIGITS)
        ):
            out[-1] = Token(out[-1].text + tok.text, "marker")
        else:
            out.append(tok)
    return out


def _keep_graphemes_whole(text: str, tokens: list[Token]) -> list[Token]:
    """Merge a token into the previous one wherever their boundary is inside a cluster."""
    starts = _grapheme_starts(text)
    if starts is None:
        return tokens
    out: list[Token] = []
    offset = 0
    for tok in tokens:
        if out and offset not in starts:
            prev = out[-1]
            out[-1] = Token(prev.text + tok.text, prev.kind)
        else:
            out.append(tok)
        offset += len(tok.text)
    return out


def scan(text: str) -> list[Token]:
    """The tokens of ``text`` with their kinds; their texts join back to ``text`` exactly."""
    tokens = _raw_tokens(text)
    tokens = _superscripts_as_markers(_mark_glued_markers(tokens))
    return _keep_graphemes_whole(text, tokens)


def tokenize(text: str) -> list[str]:
    """Token texts whose concatenation is exactly ``text`` (see ``scan``)."""
    return [t.text for t in scan(text)]


def grapheme_boundaries(text: str) -> list[int]:
    """Offsets (0 … len) at which ``text`` may be cut without splitting a grapheme cluster."""
    out = [m.start() for m in regex.finditer(r"\X", text)]
    out.append(len(text))
    return out


def fold_typography(text: str) -> str:
    """Compatibility forms folded (NFKC: ligatures "ﬃ" → "ffi", full-width punctuation,
    Kangxi radicals from PDF extraction) and zero-width characters removed."""
    folded = unicodedata.normalize("NFKC", text)
    return folded.translate(_DROP_ZERO_WIDTH) if any(c in folded for c in ZERO_WIDTH) else folded


_DROP_ZERO_WIDTH = {ord(c): None for c in ZERO_WIDTH}
