"""Patience-diff anchors: what a long, heavily rewritten text is split on before diffing.

Pure functions over key strings (one character per token, as the word diff encodes them):
tokens, then token n-grams, that occur exactly once on each side, kept in order (the longest
increasing run), each extended over equal neighbours. The word diff (core/worddiff.py)
diffs the gaps between them within its edit budget.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

# Token n-gram sizes tried for anchors (1 = single tokens; 3 and 5 span a word, a space and
# the next word(s) — a heavily rewritten text has few unique words but many unique pairs).
_ANCHOR_SIZES = (1, 3, 5, 9)


def _grams(text: str, size: int) -> list[str]:
    if size == 1:
        return list(text)
    return [text[i : i + size] for i in range(len(text) - size + 1)]


def _unique_anchors(a: str, b: str, size: int) -> list[tuple[int, int]]:
    """(i, j) where the ``size``-gram a[i:i+size] == b[j:j+size] occurs once in each, in
    order (the longest increasing run of j over i, as in patience diff)."""
    grams_a, grams_b = _grams(a, size), _grams(b, size)
    once_a = {g for g, n in Counter(grams_a).items() if n == 1}
    once_b = {g for g, n in Counter(grams_b).items() if n == 1}
    shared = once_a & once_b
    if not shared:  # the usual case in a heavily rewritten gap: no pass over positions
        return []
    where_b = {g: j for j, g in enumerate(grams_b) if g in shared}
    pairs = [(i, where_b[g]) for i, g in enumerate(grams_a) if g in shared]
    return [pairs[k] for k in sorted(longest_increasing([j for _, j in pairs]))]


def longest_increasing(values: Sequence[int]) -> set[int]:
    """Indexes (into ``values``) of one longest strictly increasing subsequence."""
    tails: list[int] = []
    tail_at: list[int] = []
    parent = [-1] * len(values)
    for k, v in enumerate(values):
        pos = bisect_left(tails, v)
        if pos == len(tails):
            tails.append(v)
            tail_at.append(k)
        else:
            tails[pos] = v
            tail_at[pos] = k
        parent[k] = tail_at[pos - 1] if pos else -1
    members: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        members.add(k)
        k = parent[k]
    return members


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def trivial(a: str, b: str) -> list[tuple[int, str]]:
    return [(op, t) for op, t in ((-1, a), (1, b)) if t]


def split_on_anchors(a: str, b: str) -> list[tuple[str, str] | tuple[int, str]]:
    """Equal runs around unique anchors and the gap problems between them, in order."""
    for size in _ANCHOR_SIZES:
        anchors = _unique_anchors(a, b, size)
        if anchors:
            break
    else:
        return list(trivial(a, b))
    items: list[tuple[str, str] | tuple[int, str]] = []
    pa = pb = 0
    for i, j in anchors:
        if i < pa or j < pb:
            continue  # inside the run already taken from an earlier anchor
        # Extend the match backwards into the gap, then forwards past the anchor.
        back = 0
        while i - back > pa and j - back > pb and a[i - back - 1] == b[j - back - 1]:
            back += 1
        run = size + common_prefix(a[i + size :], b[j + size :])
        if i - back > pa or j - back > pb:
            items.append((a[pa : i - back], b[pb : j - back]))
        items.append((0, a[i - back : i + run]))
        pa, pb = i + run, j + run
    if pa < len(a) or pb < len(b):
        items.append((a[pa:], b[pb:]))
    return items
