"""Which texts of a set are versions of one text: a history compares one resolution.

A folder can hold several different resolutions; built into one history, their shared
boilerplate ("Requests the Secretary-General…", "Decides to remain seized…") would be
linked into lineages that mean nothing. Two texts count as versions of one text when any
of these holds (checked in this order):

1. **Symbol**: the same document symbol once the revision and corrigendum suffixes are set
   aside ("A/HRC/44/L.8" and "A/HRC/44/L.8/Rev.1"; UN editorial manual, domain.md §1.1).
2. **Title**: the same title, compared after folding case, punctuation and spacing. Titles
   may change between renewals (domain.md §1.2: 35/3 "Human rights and international
   solidarity", 44/11 "Mandate of the Independent Expert on…"), so a different title
   proves nothing — the wording decides then.
3. **Wording**: the texts share provisions — at least :data:`SHARED_WORDING` of the
   smaller text's five-word sequences (word shingles; one character counts as a word in
   scripts written without spaces) occur in the other. Measured on the 27 official GA PDFs
   and the seven HRC solidarity texts (tests/data): versions of one text share 0.24 (7/5 of
   2008 against 26/6 of 2014, six years apart) to 1.0; different resolutions share at most
   0.04 (their boilerplate). The threshold sits in that gap.

Versions are grouped by these links (a chain counts: a draft linked to its resolution,
that resolution to next year's). The largest group is the history; every text outside it
is named in a warning and left out. Fewer than two versions in the largest group, or two
largest groups of the same size, is an InputError naming the resolutions found: which
one the user meant cannot be guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from resolution_compare.core.document_date import document_date
from resolution_compare.core.errors import InputError
from resolution_compare.core.model import Resolution
from resolution_compare.core.script import has_unspaced

# The share of the smaller text's five-word sequences found in the other above which two
# texts are versions of one text (see the module docstring for the measurements).
SHARED_WORDING = 0.15
_SHINGLE = 5

_SUFFIXES = re.compile(r"(/(Rev|Corr|Add)\.\s*\d+)+$|\*+$", re.IGNORECASE)
_NOT_WORD = re.compile(r"[\W_]+")


def _words(text: str) -> list[str]:
    """Words in lower case; in scripts without spaces each character is a word."""
    # Split at spaces (fast, in C): punctuation stays on its word, the same in both texts.
    words = text.casefold().split()
    if not has_unspaced(text):
        return words
    out: list[str] = []
    for word in words:
        if has_unspaced(word):
            out.extend(word)  # per character: 人权理事会 is five "words"
        else:
            out.append(word)
    return out


def _shingles(res: Resolution) -> frozenset[int]:
    """Hashes of the text's five-word sequences, paragraph by paragraph."""
    found: set[int] = set()
    for paragraph in res.paragraphs:
        words = _words(paragraph.text)
        found.update(map(hash, zip(*(words[k:] for k in range(_SHINGLE)), strict=False)))
    return frozenset(found)


def _symbol_key(res: Resolution) -> str | None:
    symbol = res.header.symbol
    if not symbol:
        return None
    return _SUFFIXES.sub("", "".join(symbol.split())).casefold()


def _title_key(res: Resolution) -> str | None:
    title = res.header.title
    key = _NOT_WORD.sub(" ", title.casefold()).strip() if title else ""
    return key or None


def shared_wording(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller set of word sequences found in the other (0.0 … 1.0)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def _linked(a: Resolution, b: Resolution, sa: frozenset[int], sb: frozenset[int]) -> bool:
    key = _symbol_key(a)
    if key is not None and key == _symbol_key(b):
        return True
    key = _title_key(a)
    if key is not None and key == _title_key(b):
        return True
    return shared_wording(sa, sb) >= SHARED_WORDING


def same_text_groups(resolutions: Sequence[Resolution]) -> list[list[int]]:
    """The indexes of ``resolutions`` grouped into versions of one text, each group in the
    order given, the groups by their first member."""
    shingles = [_shingles(r) for r in resolutions]
    parent = list(range(len(resolutions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(resolutions)), 2):
        if root(i) != root(j) and _linked(resolutions[i], resolutions[j], shingles[i], shingles[j]):
            parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[int]] = {}
    for i in range(len(resolutions)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def _named(res: Resolution) -> str:
    """A text as a warning names it: file, symbol and title when it has them."""
    short = _short(res)
    return res.source if short == res.source else f"{res.source} ({short})"


def _short(res: Resolution) -> str:
    """A text by its symbol and title ("A/RES/78/7 “Necessity of ending…”"), else its file."""
    title = res.header.title
    shown = f"“{title if len(title) <= 60 else title[:59].rstrip() + '…'}”" if title else ""
    return " ".join(part for part in (res.header.symbol or "", shown) if part) or res.source


def _date_key(res: Resolution) -> str:
    """The document's ISO date, or "" (undated texts keep the order given, first)."""
    dated = document_date(res)
    return dated[1] if dated else ""


def _group_name(resolutions: Sequence[Resolution], group: list[int]) -> str:
    first = resolutions[group[0]]
    more = len(group) - 1
    return _named(first) + (f" and {more} other version{'s' if more > 1 else ''}" if more else "")


def select_same_text(
    resolutions: Sequence[Resolution],
) -> tuple[list[Resolution], list[str]]:
    """The versions of the one text most of ``resolutions`` are versions of (in the order
    given), and warnings naming every text left out.

    Raises InputError when no two texts are versions of one text, or when two texts are
    represented equally (see the module docstring).
    """
    if len(resolutions) < 2:
        return list(resolutions), []
    groups = same_text_groups(resolutions)
    if len(groups) == 1:
        return list(resolutions), []
    groups.sort(key=len, reverse=True)
    largest = len(groups[0])
    names = "; ".join(_group_name(resolutions, g) for g in groups)
    if largest < 2:
        raise InputError(
            f"the {len(resolutions)} texts are {len(groups)} different resolutions, not "
            f"versions of one text ({names}): a history needs two or more versions of one text"
        )
    if len(groups[1]) == largest:
        tied = sum(1 for g in groups if len(g) == largest)
        raise InputError(
            f"the texts are {len(groups)} different resolutions, {tied} of them with "
            f"{largest} versions ({names}): open the versions of one resolution"
        )
    kept = groups[0]
    others = len(resolutions) - largest
    # Named by its earliest and latest versions (by date, else as given), not by whichever
    # text the grouping met first (QA pass 2 N6).
    by_date = sorted(kept, key=lambda i: (_date_key(resolutions[i]), i))
    span = f"{_short(resolutions[by_date[0]])} to {_short(resolutions[by_date[-1]])}"
    warnings = [
        f"the {len(resolutions)} texts are {len(groups)} different resolutions: this history "
        f"shows the {largest} versions of one text, {span}; the {others} "
        f"other text{'s are' if others > 1 else ' is'} left out"
    ]
    for group in groups[1:]:
        for i in group:
            warnings.append(
                f"{_named(resolutions[i])}: not a version of the same text as the others "
                "(no symbol, title or wording in common); left out"
            )
    return [resolutions[i] for i in sorted(kept)], warnings
