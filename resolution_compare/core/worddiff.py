"""Word-level diff of two paragraph texts with diff-match-patch (stack-notes §7).

The only module that imports ``diff_match_patch``. Texts are cut into tokens (words with
internal hyphens/apostrophes, single punctuation marks, whitespace runs); each distinct
comparison key becomes one character, dmp diffs those strings with ``Diff_Timeout = 0``
and ``diff_cleanupSemantic`` runs in token space BEFORE expanding back, so no word is ever
cut in two.

Options compare normalised keys (case, punctuation, typography) but the ORIGINAL text is
always emitted. A token pair that is equal only under the options (``“`` vs ``"``) is
emitted as a "-" left / "+" right pair flagged ``routine`` (a UI dims it), so that
"=" + "-" rebuilds the left text and "=" + "+" the right text exactly, always.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from diff_match_patch import diff_match_patch

from resolution_compare.core.comparison import CompareOptions, DiffOp, DiffSegment

TOKEN = re.compile(r"\s+|\w+(?:[-‐‑’'ʼ]\w+)*|[^\s\w]")
_WORD = re.compile(r"\w")

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


def tokenize(text: str) -> list[str]:
    """Tokens whose concatenation is exactly ``text``."""
    return TOKEN.findall(text)


def is_word(token: str) -> bool:
    return bool(_WORD.search(token))


@lru_cache(maxsize=1 << 16)
def token_key(token: str, options: CompareOptions) -> str:
    """What a token is compared as under ``options``."""
    if token.isspace():
        # Re-wrapping and NBSP vs space are typography; a line break between
        # sub-paragraphs is kept distinct from a space otherwise.
        if options.ignore_typography:
            return " "
        return token
    key = token
    if options.ignore_typography:
        key = key.translate(_TYPOGRAPHY)
    if options.ignore_case:
        key = key.casefold()
    if options.ignore_punctuation and not is_word(key):
        return _PUNCTUATION_KEY
    return key


@dataclass(frozen=True)
class WordDiff:
    segments: tuple[DiffSegment, ...]
    # True when the texts are equal under the options (only ignored differences).
    equal: bool


def _encode(keys: Sequence[str], index: dict[str, str]) -> str:
    out = []
    for key in keys:
        char = index.get(key)
        if char is None:
            code = len(index) + 1
            if code >= 0xD800:  # skip the surrogate block
                code += 0x800
            char = chr(code)
            index[key] = char
        out.append(char)
    return "".join(out)


class _Builder:
    """Collects segments, merging neighbours of the same op and routine flag."""

    def __init__(self) -> None:
        self.ops: list[DiffOp] = []
        self.texts: list[str] = []
        self.routine: list[bool] = []

    def add(self, op: DiffOp, text: str, routine: bool = False) -> None:
        if not text:
            return
        if self.ops and self.ops[-1] == op and self.routine[-1] == routine:
            self.texts[-1] += text
            return
        self.ops.append(op)
        self.texts.append(text)
        self.routine.append(routine)

    def segments(self) -> tuple[DiffSegment, ...]:
        return tuple(
            DiffSegment(op, text, routine)
            for op, text, routine in zip(self.ops, self.texts, self.routine, strict=True)
        )


RoutineCheck = Callable[[str, str], bool]


def word_diff(
    left: str,
    right: str,
    options: CompareOptions | None = None,
    is_routine: RoutineCheck | None = None,
) -> WordDiff:
    """Diff ``left`` → ``right`` word by word.

    ``is_routine(old, new)`` (from core/routine) decides whether a replaced run only follows
    the calendar; such "-"/"+" segments get ``routine=True``.
    """
    opts = options or CompareOptions()
    if left == right:
        return WordDiff((DiffSegment("=", left),) if left else (), True)
    left_tokens, right_tokens = tokenize(left), tokenize(right)
    left_keys = [token_key(t, opts) for t in left_tokens]
    right_keys = [token_key(t, opts) for t in right_tokens]
    index: dict[str, str] = {}
    left_chars, right_chars = _encode(left_keys, index), _encode(right_keys, index)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(left_chars, right_chars, False)
    dmp.diff_cleanupSemantic(diffs)

    out = _Builder()
    li = ri = 0
    equal = True
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            for k in range(n):
                lt, rt = left_tokens[li + k], right_tokens[ri + k]
                if lt == rt:
                    out.add("=", lt)
                else:  # equal only under the options: show both, dimmed
                    out.add("-", lt, True)
                    out.add("+", rt, True)
            li += n
            ri += n
        elif op == -1:
            equal = False
            out.add("-", "".join(left_tokens[li : li + n]))
            li += n
        else:
            equal = False
            out.add("+", "".join(right_tokens[ri : ri + n]))
            ri += n
    segments = _regroup_ignored(out.segments())
    segments = _mark_routine(segments, opts, is_routine)
    return WordDiff(segments, equal)


def _regroup_ignored(segments: tuple[DiffSegment, ...]) -> tuple[DiffSegment, ...]:
    """Turn -a +A -b +B (ignored pairs in a row) into -ab +AB: easier to read."""
    out: list[DiffSegment] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        if seg.routine and seg.op == "-":
            dels: list[str] = []
            ins: list[str] = []
            while i < len(segments) and segments[i].routine and segments[i].op in "-+":
                (dels if segments[i].op == "-" else ins).append(segments[i].text)
                i += 1
            out.append(DiffSegment("-", "".join(dels), True))
            out.append(DiffSegment("+", "".join(ins), True))
            continue
        out.append(seg)
        i += 1
    return tuple(out)


def _mark_routine(
    segments: tuple[DiffSegment, ...], options: CompareOptions, is_routine: RoutineCheck | None
) -> tuple[DiffSegment, ...]:
    """Flag replacements that only follow the calendar, and ignored punctuation edits."""
    out = list(segments)
    i = 0
    while i < len(out):
        seg = out[i]
        if seg.op == "=" or seg.routine:
            i += 1
            continue
        j = i
        while j < len(out) and out[j].op != "=" and not out[j].routine:
            j += 1
        run = out[i:j]
        old = "".join(s.text for s in run if s.op == "-")
        new = "".join(s.text for s in run if s.op == "+")
        routine = False
        if old and new and is_routine is not None:
            routine = is_routine(old, new)
        if options.ignore_punctuation and not is_word(old + new):
            routine = True
        if routine:
            out[i:j] = [DiffSegment(s.op, s.text, True) for s in run]
        i = j
    return tuple(out)


def equal_runs(left_keys: Sequence[str], right_keys: Sequence[str]) -> list[tuple[int, int]]:
    """(left index, right index) of items left equal by an ordered diff of two key lists.

    Used by alignment on whole-paragraph keys: dmp's Myers diff in "token" space, no
    timeout, no cleanup (an equal item is always kept).
    """
    index: dict[str, str] = {}
    left_chars, right_chars = _encode(left_keys, index), _encode(right_keys, index)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    pairs: list[tuple[int, int]] = []
    li = ri = 0
    for op, chars in dmp.diff_main(left_chars, right_chars, False):
        n = len(chars)
        if op == 0:
            pairs.extend((li + k, ri + k) for k in range(n))
            li += n
            ri += n
        elif op == -1:
            li += n
        else:
            ri += n
    return pairs


def rebuild(segments: Sequence[DiffSegment], side: str) -> str:
    """The left ("-") or right ("+") text from a diff."""
    skip = "+" if side == "-" else "-"
    return "".join(s.text for s in segments if s.op != skip)
