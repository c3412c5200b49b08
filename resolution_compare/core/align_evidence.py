"""What alignment weighs to call two paragraphs the same provision (issue 12, item 1).

Per paragraph (``Features``): the body words (text after the lead phrase), the chapeau
(the words before the first sub-paragraph) and each sub-paragraph apart, the head of the
lead phrase (without "Also", "Further": strength tables), the printed number, and the
opening of the body (its first few distinctive words: what the head verb acts on).

Scores (``content_score``), all Dice coefficients of word multisets in [0, 1]:

- body against body;
- chapeau against chapeau when either paragraph has sub-paragraphs, so "Decides to extend
  the mandate … for three years: (a) … (f)" and "Decides to extend the mandate … for three
  years;" are one provision (the renewal) even though the list went;
- a short paragraph contained in a longer one (a list cut short) counts as a match — but
  not when what it shares lies in ONE sub-paragraph of the longer: a sub-paragraph's
  likeness never pairs the whole.

Candidates come from an inverted index of each side's rarer words, so no all-pairs pass.
Scripts without spaces (Chinese, Japanese, Thai…) have no whitespace words: a run of such
characters is cut from the digits and Latin letters beside it ("于2023年1月1日生效" is 于 |
2023 | 年 | 1 | 月 | 1 | 日生效, not one "word") and counted as its character bigrams (QA D4).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Literal

from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import Paragraph
from resolution_compare.core.script import UNSPACED_CLASS
from resolution_compare.core.strength import head_of
from resolution_compare.core.text import unify_apostrophes
from resolution_compare.core.tokens import SYMBOL_PATTERN

# Dice similarity of body word multisets needed to call two paragraphs counterparts.
MATCH_THRESHOLD = 0.5  # a 1:1 match needs Dice strictly above this
# A short paragraph kept whole inside a longer one (a list cut short) is also a match:
# at least CONTAINED of the shorter body's words, MIN_CONTAINED words, and Dice >= 0.3.
CONTAINED = 0.9
MIN_CONTAINED = 12
# ... unless this share of what it shares comes from one sub-paragraph of the longer.
ONE_SUBPARAGRAPH = 0.6
# Chapeaux of at least MIN_CHAPEAU words with Dice >= CHAPEAU_MATCH: the same provision;
# scored CHAPEAU_WEIGHT × their Dice (an identical chapeau scores 0.9).
MIN_CHAPEAU = 6
CHAPEAU_MATCH = 0.8
CHAPEAU_WEIGHT = 0.9
# The opening: the first distinctive words of the body, what the head verb acts on ("the
# report", "all States", "the Independent Expert"). A word is common when it is in at least
# COMMON_SHARE of all paragraphs of both texts (the texts' own function words); a
# distinctive word is neither common nor shorter than MIN_LETTERS (a CJK bigram always is).
OPENING_WORDS = 2
COMMON_SHARE = 0.5
MIN_LETTERS = 3
# Ranking among competing candidates (never a threshold): the same head of the lead is
# evidence for a pair, two different heads against it.
LEAD_EVIDENCE = 0.1
# Candidates scored per unmatched paragraph.
CANDIDATES = 8

ScoreBasis = Literal["content", "chapeau"]

_WORDS = re.compile(r"\w+")
_SYMBOLS = re.compile(rf"(?<![\w/]){SYMBOL_PATTERN}(?![\w/])")
_CJK_RUN = re.compile(f"[{UNSPACED_CLASS}]+")
# Words of a text with such runs: their vowel signs (Thai, Myanmar) are not \w to re.
_WORDS_UNSPACED = re.compile(f"(?:\\w|[{UNSPACED_CLASS}])+")
# A word cut where the script changes: runs without spaces apart from digits and letters.
_SCRIPT_PIECE = re.compile(f"[{UNSPACED_CLASS}]+|[^{UNSPACED_CLASS}]+")


def body_of(paragraph: Paragraph) -> str:
    """The paragraph text after its lead phrase (the whole text when there is none)."""
    text = paragraph.text
    lead = paragraph.lead
    if lead and text[: len(lead)].casefold() == lead.casefold():
        return text[len(lead) :]
    return text


def words_of(text: str) -> list[str]:
    """Comparable words: case-folded, one apostrophe; a run of a script without spaces as
    its character bigrams, cut from the digits and letters around it."""
    folded = unify_apostrophes(text).casefold()
    if not _CJK_RUN.search(text):
        return _WORDS.findall(folded)
    out: list[str] = []
    for word in _WORDS_UNSPACED.findall(folded):
        if not _CJK_RUN.search(word):
            out.append(word)
            continue
        for piece in _SCRIPT_PIECE.findall(word):
            if len(piece) > 1 and _CJK_RUN.fullmatch(piece):
                out.extend(piece[k : k + 2] for k in range(len(piece) - 1))
            else:
                out.append(piece)
    return out


def body_words(paragraph: Paragraph) -> list[str]:
    return words_of(body_of(paragraph))


def common_count(a: Counter[str], b: Counter[str]) -> int:
    """Words shared by two bags, with repeats."""
    shared = a.keys() & b.keys()
    # map() over C functions: called for every scored pair, a generator was a tenth of
    # the time of a large comparison.
    return sum(map(min, map(a.__getitem__, shared), map(b.__getitem__, shared)))


def dice(a: Counter[str], b: Counter[str], size_a: int, size_b: int) -> float:
    if size_a + size_b == 0:
        return 1.0
    return 2.0 * common_count(a, b) / (size_a + size_b)


@dataclass(frozen=True)
class Features:
    """What one paragraph brings to alignment."""

    bag: Counter[str]
    size: int
    key: str  # the body words joined: identical bodies have identical keys
    full: Counter[str]  # with the lead: the second of two joined paragraphs keeps its lead
    full_size: int
    chapeau: Counter[str] | None  # None without sub-paragraphs
    chapeau_size: int
    subparagraphs: tuple[Counter[str], ...]
    head: str | None  # the lead's head phrase, folded ("requests" for "Further requests")
    number: int | None
    words: tuple[str, ...]  # body words in order
    symbols: frozenset[str] = frozenset()  # UN document symbols the body cites ("79/197")


def features(paragraph: Paragraph, language: str) -> Features:
    body = body_of(paragraph)
    words = words_of(body)
    bag = Counter(words)
    # With the lead: the body's words and the lead's (one pass over the lead only).
    full = bag.copy()  # (copy + update counts in C; Counter + Counter loops in Python)
    full.update(words_of(paragraph.text[: len(paragraph.text) - len(body)]))
    chapeau: Counter[str] | None = None
    subs: tuple[Counter[str], ...] = ()
    if paragraph.subparagraphs and "\n" in body:
        first, *rest = body.split("\n")
        chapeau = Counter(words_of(first))
        subs = tuple(Counter(words_of(line)) for line in rest)
    head = _head(paragraph.lead, paragraph.text[:_HEAD_REACH], language) if paragraph.lead else None
    return Features(
        bag=bag,
        size=len(words),
        key=" ".join(words),
        full=full,
        full_size=sum(full.values()),
        chapeau=chapeau,
        chapeau_size=sum(chapeau.values()) if chapeau is not None else 0,
        subparagraphs=subs,
        head=head,
        number=paragraph.number,
        words=tuple(words),
        symbols=frozenset(_SYMBOLS.findall(body)) if "/" in body else frozenset(),
    )


# A head phrase and its complement ("Calls upon … to consider") lie within the first
# characters of a paragraph; reading only those lets one lead be scored once.
_HEAD_REACH = 200


@cache
def _head(lead: str, start: str, language: str) -> str | None:
    return head_of(Paragraph("", "operative", start, lead), language).phrase


def _contained(short: Features, long: Features, shared: int, common: frozenset[str]) -> bool:
    """The shorter body kept whole inside the longer — with the longer's chapeau (the
    provision itself), not only some of its sub-paragraphs (their details)."""
    if short.size < MIN_CONTAINED or shared < CONTAINED * short.size:
        return False
    if long.chapeau is not None:
        best = max(common_count(short.bag, sub) for sub in long.subparagraphs)
        if best >= ONE_SUBPARAGRAPH * shared:
            return False
        own = Counter({w: n for w, n in long.chapeau.items() if distinctive(w, common)})
        if 2 * common_count(short.bag, own) < sum(own.values()):
            return False
    return True


def chapeau_score(a: Features, b: Features) -> float:
    """Dice of the two chapeaux (a paragraph without sub-paragraphs is all chapeau) when
    either has sub-paragraphs and both chapeaux are long enough to name a provision."""
    if a.chapeau is None and b.chapeau is None:
        return 0.0
    ca, na = (a.chapeau, a.chapeau_size) if a.chapeau is not None else (a.bag, a.size)
    cb, nb = (b.chapeau, b.chapeau_size) if b.chapeau is not None else (b.bag, b.size)
    if min(na, nb) < MIN_CHAPEAU:
        return 0.0
    return dice(ca, cb, na, nb)


def content_score(
    a: Features, b: Features, common: frozenset[str] = frozenset()
) -> tuple[float, ScoreBasis]:
    """(score, basis): how alike two paragraphs are, and on what ("content", "chapeau").
    ``common``: the texts' common words (``common_words``), which name no provision."""
    if a.size + b.size == 0:
        return 1.0, "content"
    shared = common_count(a.bag, b.bag)
    score = 2.0 * shared / (a.size + b.size)
    short, long = (a, b) if a.size <= b.size else (b, a)
    if MATCH_THRESHOLD > score >= 0.3 and _contained(short, long, shared, common):
        score = MATCH_THRESHOLD + 0.01
    chapeau = chapeau_score(a, b)
    if chapeau >= CHAPEAU_MATCH and CHAPEAU_WEIGHT * chapeau > score:
        return CHAPEAU_WEIGHT * chapeau, "chapeau"
    return score, "content"


def common_words(
    left: Sequence[Features], right: Sequence[Features], languages: Sequence[str] = ("en",)
) -> frozenset[str]:
    """Words that name no provision: the languages' function words
    (resources/lang/<xx>/function_words.json) and words in at least COMMON_SHARE of all
    paragraphs of both texts (a series' own, such as "human rights", "solidarity")."""
    df: Counter[str] = Counter()
    for f in (*left, *right):
        df.update(f.bag.keys())
    total = len(left) + len(right)
    found = {w for w, n in df.items() if total and n >= COMMON_SHARE * total}
    for language in set(languages):
        found.update(_function_words(language))
    return frozenset(found)


@cache
def _function_words(language: str) -> frozenset[str]:
    words = load_table(language, "function_words").get("words", ())
    return frozenset(words_of(" ".join(str(w) for w in words)))


def distinctive(word: str, common: frozenset[str]) -> bool:
    return word not in common and (len(word) >= MIN_LETTERS or bool(_CJK_RUN.match(word)))


def opening(f: Features, common: frozenset[str]) -> Counter[str]:
    """The first OPENING_WORDS distinctive body words: what the head verb acts on."""
    out: list[str] = []
    for word in f.words:
        if distinctive(word, common):
            out.append(word)
            if len(out) == OPENING_WORDS:
                break
    return Counter(out)


def same_opening(a: Features, b: Features, common: frozenset[str], inflected: bool = False) -> bool:
    """The verb acts on the same thing: the openings share a word (or both are empty);
    with ``inflected``, a word and its inflection count as one ("resolutions" and
    "resolution", "resoluciones" and "resolución")."""
    oa, ob = opening(a, common), opening(b, common)
    if not oa and not ob:
        return True
    if oa.keys() & ob.keys():
        return True
    return inflected and any(same_stem(x, y) for x in oa for y in ob)


# Two words are one inflected word when they share all but their last INFLECTION letters,
# and at least STEM letters: a plural or a gender ending, not another word.
STEM = 5
INFLECTION = 2


def same_stem(a: str, b: str) -> bool:
    shorter = min(len(a), len(b))
    if shorter < STEM:
        return a == b
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= max(STEM, shorter - INFLECTION) and abs(len(a) - len(b)) <= INFLECTION


def lead_evidence(a: Features, b: Features) -> float:
    """+LEAD_EVIDENCE for the same head of the lead, -LEAD_EVIDENCE for two different ones."""
    if a.head is None or b.head is None:
        return 0.0
    return LEAD_EVIDENCE if a.head == b.head else -LEAD_EVIDENCE


def rare_index(side: Sequence[Features], limit: int) -> dict[str, list[int]]:
    """word → paragraphs that contain it, for words in at most ``limit`` paragraphs."""
    index: dict[str, list[int]] = {}
    for i, f in enumerate(side):
        for word in f.bag:
            index.setdefault(word, []).append(i)
    return {w: ids for w, ids in index.items() if len(ids) <= limit}


def candidates(
    bag: Iterable[str],
    index: dict[str, list[int]],
    skip: set[int],
    top: int = CANDIDATES,
    within: range | None = None,
) -> list[int]:
    """Paragraphs sharing the most rare words with ``bag`` (ties: lower index)."""
    counts: Counter[int] = Counter()
    count_words(counts, bag, index)
    for j in skip.intersection(counts):
        del counts[j]
    return best_candidates(counts, top, within)


def count_words(counts: Counter[int], words: Iterable[str], index: dict[str, list[int]]) -> None:
    """Add to ``counts`` (paragraph → words shared) the rare ones among ``words``."""
    # Counted in C over all postings at once: this is alignment's innermost loop.
    counts.update(chain.from_iterable(filter(None, map(index.get, words))))


def best_candidates(counts: Counter[int], top: int, within: range | None = None) -> list[int]:
    """The ``top`` paragraphs of ``counts`` (inside ``within``), most words first, ties by
    lower index."""
    if within is None:
        ranked = [(-n, j) for j, n in counts.items()]
    else:
        ranked = [(-n, j) for j, n in counts.items() if j in within]
    return [j for _, j in heapq.nsmallest(top, ranked)]
