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

What a token is compared as (``token_key``): under the default options typographic variants
are one key (curly/straight quotes, dash variants and U+2011, NFKC compatibility forms such
as the ligature "ﬃ", zero-width characters dropped, any whitespace run one space); case and
punctuation fold when asked; a glued footnote marker has no key at all.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

if TYPE_CHECKING:
    from resolution_compare.core.comparison import CompareOptions

TokenKind = Literal["space", "symbol", "number", "cjk", "word", "marker", "other"]

# Characters that are typography, not wording: zero-width space/joiners, word joiner,
# soft hyphen, BOM. They stay inside a word token and are dropped from comparison keys.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u00ad\ufeff"

# Han (with the radicals PDF extraction gives), kana and bopomofo: one token per character.
_CJK = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf"
    "\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
)
_WORD_CHAR = rf"(?:[^\W{_CJK}]|[{ZERO_WIDTH}])"
_JOINERS = "-‐‑’'ʼ"
# One slash-separated part of a symbol: letters with an optional ".digits" ("A", "HRC",
# "C.3", "CN.4", "L.20", "Add.1", "PV.43") or a number ("44", "2005", "S-27").
_LETTER_PART = r"[A-Z][A-Za-z]{0,5}(?:\.\d{1,4})?"
_NUMBER_PART = r"(?:S-)?\d{1,5}[A-Z]?"
SYMBOL_PATTERN = (
    rf"(?:(?:{_LETTER_PART}/)+{_NUMBER_PART}(?:/(?:{_NUMBER_PART}|{_LETTER_PART}))*"
    rf"|{_NUMBER_PART}(?:/(?:{_NUMBER_PART}|{_LETTER_PART}))+)"
)
# The standard library's re is several times faster than regex here; what it cannot see
# (combining marks are not \w to it, clusters) is repaired after: see _keep_graphemes_whole.
# First every text is cut into whitespace runs, words and single characters; then the spans
# of symbols, abbreviations ("Add.1") and numbers with decimal marks are joined back.
_BASE = re.compile(rf"\s+|{_WORD_CHAR}+(?:[{_JOINERS}]{_WORD_CHAR}+)*|.", re.DOTALL)
# In a text without CJK or zero-width characters a word character is any \w: the same
# tokens, cut twice as fast (the class above costs a range test per character).
_BASE_PLAIN = re.compile(rf"\s+|\w+(?:[{_JOINERS}]\w+)*|.", re.DOTALL)
_NOT_PLAIN = re.compile(f"[{_CJK}{ZERO_WIDTH}]")
_SPECIAL = re.compile(
    rf"(?<![\w/])(?:(?P<symbol>{SYMBOL_PATTERN})(?![\w/])"
    rf"|(?P<word>(?:Add|Corr|Rev|Amend|Suppl)\.\d{{1,3}})(?!\w)"
    rf"|(?P<number>\d+(?:[.,]\d+)+)(?!\w))"
)
_SPECIAL_HINT = re.compile(r"[/.,]\d")
_CJK_CHAR = re.compile(f"[{_CJK}]")
# "solidarity1", "internationale12": a marker glued to a lower-case word (at least three
# letters, so "G20", "CO2" and "mp3" stay words): see _marker_cut.
_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# After these a glued 1-2 digit number is a footnote marker ("rights;1", "Council.2",
# "(2017)1", "“Code”3"): a number is never printed glued to punctuation in running text.
_MARKER_AFTER = frozenset('.,;:)]”’"»')


class Token(NamedTuple):
    text: str
    kind: TokenKind


# Characters that join the one before them into one grapheme cluster (UAX #29: extend,
# spacing marks, prepend, ZWJ, regional indicators, Hangul jamo, CR LF). A text without any
# has one cluster per character, and needs no cluster scan.
_CLUSTERING = (
    r"[\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=Prepend}\p{GCB=ZWJ}"
    r"\p{GCB=Regional_Indicator}\p{GCB=L}\p{GCB=V}\p{GCB=T}\p{GCB=CR}]"
)
# None of these joins a cluster (checked against _CLUSTERING for every code point by
# tests/core/test_tokens_fast_path.py): Latin to U+02FF, Cyrillic letters, Arabic letters
# and digits without marks and tatweel, punctuation but ZWNJ/ZWJ, CJK punctuation but its
# tone marks, ideographs, full-width forms but the two half-width kana sound marks. A text
# made only of them — most UN text — is told apart with the standard ``re``, so ``regex``
# (10–15 ms to import and compile its classes) is loaded only for the texts that need it.
_NO_CLUSTERS = re.compile(
    "[\x00-\x0c\x0e-\u02ff\u0400-\u0482\u048a-\u052f\u0621-\u063f\u0641-\u064a"
    "\u0660-\u066f\u2000-\u200b\u200e-\u206f\u3000-\u3029\u3030-\u303f\u4e00-\u9fff"
    "\uff00-\uff9d\uffa0-\uffef]*"
)


@lru_cache(maxsize=1)
def _unicode_patterns() -> tuple[Any, Any, Any]:
    """(cluster-joining characters, one grapheme cluster, a mark) compiled with ``regex``,
    imported on first need."""
    import regex

    return regex.compile(_CLUSTERING), regex.compile(r"\X"), regex.compile(r"\p{M}")


def _grapheme_starts(text: str) -> set[int] | None:
    """Offsets where a grapheme cluster starts, or None when every character is one."""
    if text.isascii() or _NO_CLUSTERS.fullmatch(text):
        return None
    clustering, grapheme, _mark = _unicode_patterns()
    if not clustering.search(text):
        return None
    return {m.start() for m in grapheme.finditer(text)}


def kind_of(piece: str) -> TokenKind:
    """The kind of a token that is not a footnote marker (markers are known by position)."""
    first = piece[0]
    if first.isspace():
        return "space"
    if piece.isdecimal() or (first.isdigit() and _NUMBER.fullmatch(piece)):
        return "number"
    if "/" in piece and _SYMBOL.fullmatch(piece):
        return "symbol"
    if len(piece) == 1 and _CJK_CHAR.match(piece):
        return "cjk"
    if first.isalnum() or first == "_" or first in ZERO_WIDTH or len(piece) > 1:
        return "word"
    return "other"


_NUMBER = re.compile(r"\d+(?:[.,]\d+)+")
_SYMBOL = re.compile(SYMBOL_PATTERN)


def _join_special(text: str, pieces: list[str]) -> list[str]:
    """Join the pieces that make one symbol, abbreviation or number with decimal marks."""
    starts = list(accumulate((len(p) for p in pieces), initial=0))
    joined: list[str] = []
    k = 0
    for m in _SPECIAL.finditer(text):
        first, last = bisect_left(starts, m.start()), bisect_left(starts, m.end())
        if first < k or starts[first] != m.start() or starts[last] != m.end():
            continue  # not on piece boundaries: leave as it is
        joined.extend(pieces[k:first])
        joined.append(m.group())
        k = last
    joined.extend(pieces[k:])
    return joined


def _split_glued(pieces: list[str]) -> tuple[list[str], set[int]]:
    """Footnote markers: digits glued to the end of a lower-case word ("solidarity1"),
    superscript digits ("Council¹"), and 1-2 digits right after closing punctuation that
    follows text ("rights;1", "(2017)2"). Returns the pieces and the markers' indexes."""
    candidates = [
        k for k, p in enumerate(pieces) if p[-1].isdigit() or p[-1] in _SUPERSCRIPT_DIGITS
    ]
    if not candidates:
        return pieces, set()
    out: list[str] = []
    markers: set[int] = set()
    done = 0
    for k in candidates:
        out.extend(pieces[done:k])
        done = k + 1
        piece = pieces[k]
        cut = _marker_cut(piece)
        if cut:  # glued to a word
            out.append(piece[:cut])
            markers.add(len(out))
            out.append(piece[cut:])
        elif _after_punctuation(pieces, k):
            markers.add(len(out))
            out.append(piece)
        else:
            out.append(piece)
    out.extend(pieces[done:])
    return out, markers


def _marker_cut(piece: str) -> int:
    """Where a marker glued to the end of a word begins, or 0."""
    if piece[-1] in _SUPERSCRIPT_DIGITS:
        cut = len(piece.rstrip(_SUPERSCRIPT_DIGITS))
        return cut if cut and piece[cut - 1].isalpha() else 0
    head = piece.rstrip("0123456789")
    tail = head[-3:]
    if 1 <= len(piece) - len(head) <= 2 and len(tail) == 3 and tail.isalpha() and tail.islower():
        return len(head)
    return 0


def _after_punctuation(pieces: list[str], k: int) -> bool:
    piece = pieces[k]
    if all(c in _SUPERSCRIPT_DIGITS for c in piece):
        return k > 0 and not pieces[k - 1].isspace()
    if not (piece.isdecimal() and len(piece) <= 2) or k < 2:
        return False
    before, text_before = pieces[k - 1], pieces[k - 2]
    after = pieces[k + 1] if k + 1 < len(pieces) else " "
    glued = before in _MARKER_AFTER
    ends_there = after[0].isspace() or after in _MARKER_AFTER
    return glued and ends_there and not text_before[0].isspace()


def _keep_graphemes_whole(
    text: str, pieces: list[str], markers: set[int]
) -> tuple[list[str], set[int]]:
    """Merge a piece into the previous one wherever their boundary is inside a cluster,
    and a word broken at a combining mark ("e" "\u0301" "te") back into one word."""
    starts = _grapheme_starts(text)
    if starts is None:
        return pieces, markers
    mark = _unicode_patterns()[2]
    out: list[str] = []
    kept: set[int] = set()
    offset = 0
    for k, piece in enumerate(pieces):
        previous = out[-1] if out else ""
        inside = bool(out) and offset not in starts
        rejoin = bool(previous) and mark.match(previous[-1]) and piece[0].isalnum()
        if inside or rejoin:
            out[-1] = previous + piece
        else:
            if k in markers:
                kept.add(len(out))
            out.append(piece)
        offset += len(piece)
    return out, kept


def token_texts(text: str) -> tuple[list[str], set[int]]:
    """Token texts of ``text`` (they join back to it exactly) and the indexes of those that
    are footnote markers. The fast form of ``scan`` for the word diff."""
    found: list[str] = (_BASE if _NOT_PLAIN.search(text) else _BASE_PLAIN).findall(text)
    if _SPECIAL_HINT.search(text):
        found = _join_special(text, found)
    found, markers = _split_glued(found)
    return _keep_graphemes_whole(text, found, markers)


def scan(text: str) -> list[Token]:
    """The tokens of ``text`` with their kinds; their texts join back to ``text`` exactly."""
    found, markers = token_texts(text)
    return [Token(p, "marker" if k in markers else kind_of(p)) for k, p in enumerate(found)]


def tokenize(text: str) -> list[str]:
    """Token texts whose concatenation is exactly ``text`` (see ``scan``)."""
    return token_texts(text)[0]


def grapheme_boundaries(text: str) -> list[int]:
    """Offsets (0 … len) at which ``text`` may be cut without splitting a grapheme cluster."""
    out = [m.start() for m in _unicode_patterns()[1].finditer(text)]
    out.append(len(text))
    return out


def fold_typography(text: str) -> str:
    """Compatibility forms folded (NFKC: ligatures "ﬃ" → "ffi", full-width punctuation,
    Kangxi radicals from PDF extraction) and zero-width characters removed."""
    folded = unicodedata.normalize("NFKC", text)
    return folded.translate(_DROP_ZERO_WIDTH) if any(c in folded for c in ZERO_WIDTH) else folded


_DROP_ZERO_WIDTH = {ord(c): None for c in ZERO_WIDTH}


# Typographic variants that the default options treat as one character.
_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "ʼ": "'",
        "‚": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "−": "-",
    }
)
_PUNCTUATION_KEY = "\x00punct"


def is_word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def typography_key(text: str) -> str:
    """``text`` with typographic variants folded (quotes, dashes, ligatures, zero-width)."""
    return fold_typography(text).translate(_TYPOGRAPHY)


def token_key(token: str, options: CompareOptions, kind: str = "word") -> str:
    """What a token is compared as under ``options``; "" means it is not compared at all."""
    if kind == "marker":
        return ""  # a glued footnote marker: the footnote is compared on its own
    return key_of(token, options.ignore_case, options.ignore_punctuation, options.ignore_typography)


@lru_cache(maxsize=1 << 16)
def key_of(token: str, case: bool, punctuation: bool, typography: bool) -> str:
    """The comparison key of a token under the three options (see ``token_key``)."""
    if token.isspace():
        # Re-wrapping and NBSP vs space are typography; a line break between
        # sub-paragraphs is kept distinct from a space otherwise.
        return " " if typography else token
    key = token
    if typography:
        key = typography_key(key)
        if not key:
            return ""  # zero-width characters only
    if case:
        key = key.casefold()
    if punctuation and not is_word(key):
        return _PUNCTUATION_KEY
    return key
