"""Benchmark of the comparison engine (not a test; run on demand, prints figures).

    python bench/compare.py [--repeat N] [--no-baseline]

Every figure is printed beside a peer measured in the same run: difflib.SequenceMatcher
(autojunk=False) over the same words.

1. Typical pair: load (read + parse) both texts of 35/3 → 44/11 and compare; median of N runs
   (target < 50 ms; issue 12: no slower than before the alignment rework, about 20 ms for
   the comparison alone).
2. Scaling up to the largest accepted pair: real paragraphs of the 7 corpus texts joined in
   turn (75, 300 and 1,000 paragraphs a side — 1,000 is the paragraph limit), 5 % of
   paragraphs edited on the right (word edits, deletions, insertions, moves); compare time
   (median of 3), peak Python memory of the largest (tracemalloc), growth ratios.
3. Stress paragraph (tests/data/cases/long-paragraph): one 94 kB paragraph with half its
   words replaced; load + compare in process and the word diff alone (target < 2 s, no
   clock-based timeout: the diff is bounded by an edit budget), with the share of the words
   kept in place that the diff finds equal.
4. Long paragraphs (bench/long_paragraphs.py; ``--qa DIR`` times QA's own files): the five
   inputs QA timed at 4-25 s, each beside the previous engine's cleanup on the same diffs.
"""

from __future__ import annotations

import argparse
import difflib
import random
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

# Measure the checkout this file is in, not whatever copy of the package is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import resolution_compare as rc
from resolution_compare.core.model import Paragraph, Resolution
from resolution_compare.core.worddiff import word_diff

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
STRESS = DATA / "cases" / "long-paragraph"
TEXTS = ["7-5", "17-6", "26-6", "35-3", "38-2", "41-5", "44-11"]


# One way to time a job for every benchmark (bench/common.py; bench/ is on sys.path).
from common import median_ms as _median_ms  # type: ignore[import-not-found]  # noqa: E402


def _joined(n_paragraphs: int) -> Resolution:
    """The corpus texts joined in turn (repeating) and cut to ``n_paragraphs``."""
    parsed = [rc.load(DATA / f"hrc-res-{t}-en.txt") for t in TEXTS]
    paragraphs: list[Paragraph] = []
    k = 0
    while len(paragraphs) < n_paragraphs:
        paragraphs.extend(parsed[k % len(parsed)].paragraphs)
        k += 1
    paragraphs = paragraphs[:n_paragraphs]
    renumbered = tuple(
        replace(p, id=f"OP{i + 1}", kind="operative", number=i + 1)
        for i, p in enumerate(paragraphs)
    )
    return Resolution(source=f"joined-{n_paragraphs}.txt", language="en", paragraphs=renumbered)


def _edited(res: Resolution, rng: random.Random, share: float = 0.05) -> Resolution:
    paragraphs = list(res.paragraphs)
    n = len(paragraphs)
    victims = rng.sample(range(n), max(4, int(n * share)))
    for k, i in enumerate(victims):
        p = paragraphs[i]
        kind = k % 4
        if kind in (0, 1):  # word edits
            words = p.text.split(" ")
            for w in rng.sample(range(len(words)), max(1, len(words) // 10)):
                words[w] = words[w].upper()
            paragraphs[i] = replace(p, text=" ".join(words))
        elif kind == 2:  # deletion (marked, removed below)
            paragraphs[i] = replace(p, id="")
        else:  # insertion of new words after this paragraph
            new_text = "Invites " + " ".join(f"w{rng.randrange(10**6)}" for _ in range(40))
            paragraphs[i] = replace(p, text=p.text + "\n" + new_text)
    kept = [p for p in paragraphs if p.id]
    for _ in range(max(1, n // 200)):  # moves
        p = kept.pop(rng.randrange(len(kept)))
        kept.insert(rng.randrange(len(kept)), p)
    out = tuple(replace(p, id=f"OP{i + 1}", number=i + 1) for i, p in enumerate(kept))
    return replace(res, paragraphs=out)


def _baseline(left: Resolution, right: Resolution) -> None:
    a = " ".join(p.text for p in left.paragraphs).split()
    b = " ".join(p.text for p in right.paragraphs).split()
    difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=21)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--qa", type=Path, help="QA's long-paragraph folder (<name>-{a,b}.txt)")
    args = parser.parse_args()

    left_path, right_path = DATA / "hrc-res-35-3-en.txt", DATA / "hrc-res-44-11-en.txt"
    rc.compare(rc.load(left_path), rc.load(right_path))  # warm the caches (tables, regexes)
    typical = _median_ms(lambda: rc.compare(rc.load(left_path), rc.load(right_path)), args.repeat)
    a, b = rc.load(left_path), rc.load(right_path)
    compare_only = _median_ms(lambda: rc.compare(a, b), args.repeat)
    base_typical = _median_ms(lambda: _baseline(a, b), args.repeat)
    print(
        f"typical pair 35/3 → 44/11: parse+compare {typical:.1f} ms (median of {args.repeat}; "
        f"target < 50 ms); compare alone {compare_only:.1f} ms; baseline {base_typical:.1f} ms"
    )

    rng = random.Random(1)
    results = {}
    sizes = (75, 300, 1000)
    for size in sizes:
        left = _joined(size)
        right = _edited(left, rng)
        ms = _median_ms(lambda: rc.compare(left, right), 3)  # noqa: B023
        base = None if args.no_baseline else _median_ms(lambda: _baseline(left, right), 1)  # noqa: B023
        results[size] = ms
        words = sum(len(p.text.split()) for p in left.paragraphs)
        base_txt = (
            "skipped" if base is None else f"{base:.0f} ms (ratio baseline/engine {base / ms:.1f}×)"
        )
        print(
            f"{len(left.paragraphs)}→{len(right.paragraphs)} paragraphs ({words} words): "
            f"compare {ms:.0f} ms; difflib baseline {base_txt}"
        )
        if size == sizes[-1]:
            tracemalloc.start()
            rc.compare(left, right)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(
                f"   largest accepted pair: {ms / 1000:.2f} s (target < 2 s), peak memory "
                f"{peak / 2**20:.0f} MB (target < 300 MB)"
            )
    print(
        f"growth: 4× input → {results[300] / results[75]:.1f}× time; 13× input → "
        f"{results[1000] / results[75]:.1f}× time (target < 25×)"
    )
    _stress(args.no_baseline)
    _largest_pairs(args.no_baseline)
    # QA's five long-paragraph inputs (rebuilt from the repository's texts, or --qa).
    from long_paragraphs import run as long_paragraphs  # type: ignore[import-not-found]

    long_paragraphs(args.qa, False, not args.no_baseline)
    return 0


def _stress(no_baseline: bool) -> None:
    earlier, later = STRESS / "stress-earlier.txt", STRESS / "stress-later.txt"
    whole = _median_ms(lambda: rc.compare(rc.load(earlier), rc.load(later)), 3)
    left, right = rc.load(earlier).paragraph("OP1").text, rc.load(later).paragraph("OP1").text
    diff_ms = _median_ms(lambda: word_diff(left, right), 3)
    diff = word_diff(left, right)
    kept = sum(1 for a, b in zip(left.split(), right.split(), strict=False) if a == b)
    found = sum(len(s.text.split()) for s in diff.segments if s.op == "=")
    base_txt = "skipped"
    if not no_baseline:
        words_l, words_r = left.split(), right.split()
        base = _median_ms(
            lambda: difflib.SequenceMatcher(None, words_l, words_r, autojunk=False).get_opcodes(),
            1,
        )
        base_txt = f"{base:.0f} ms"
    print(
        f"stress paragraph ({len(left) // 1000} kB, half the words replaced): load+compare "
        f"{whole:.0f} ms, word diff alone {diff_ms:.0f} ms (target < 2,000 ms); difflib "
        f"baseline {base_txt}; equal words found {found} of {kept} kept in place"
    )


def _largest_pairs(no_baseline: bool) -> None:
    """Issue 17: the largest accepted pair as files, 5 % edited and every paragraph edited."""
    import tempfile
    from collections import Counter

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from common import (  # type: ignore[import-not-found]
        largest_pair,
        python_floor_ms,
        scaled,
        verdict,
    )

    floor = python_floor_ms(11)
    folder = Path(tempfile.mkdtemp(prefix="rc-bench-compare-"))
    print(f"largest accepted pair (970 real paragraphs a side; python -c pass {floor:.0f} ms):")
    for every in (False, True):
        left, right = largest_pair(folder, every_paragraph_edited=every)
        result = rc.compare(rc.load(left), rc.load(right))
        ms = _median_ms(lambda a=left, b=right: rc.compare(rc.load(a), rc.load(b)), 3)
        cpu = _median_ms(
            lambda a=left, b=right: rc.compare(rc.load(a), rc.load(b)), 3, time.process_time
        )
        a, b = rc.load(left), rc.load(right)
        compare_only = _median_ms(lambda a=a, b=b: rc.compare(a, b), 3)
        if every:
            _engine_shares(a, b)
        statuses = Counter(row.status for row in result.rows)
        lost = statuses["deleted"] + statuses["inserted"]
        share = 100 * lost / (len(a.paragraphs) + len(b.paragraphs))
        base = "skipped"
        if not no_baseline:
            base = f"{_median_ms(lambda a=a, b=b: _baseline(a, b), 1):.0f} ms"
        name = "every paragraph edited (1 word in 10)" if every else "5 % of paragraphs edited"
        target = f" (target < 500: {verdict(ms, 500)}; {scaled(ms, floor)})" if every else ""
        print(
            f"  {name}: load + compare {ms:.0f} ms (CPU {cpu:.0f} ms){target}; compare alone "
            f"{compare_only:.0f} "
            f"ms; {statuses['modified']} modified, {lost} deleted + inserted = {share:.1f} % "
            f"(target ≤ 5 %: {verdict(share, 5.0001)}); difflib baseline {base}"
        )


def _engine_shares(left: Resolution, right: Resolution) -> None:
    """Where the worst case's compare goes (CPU): alignment, the rows (word diff and the
    analysis of each row), and the exact diffs alone with each diff-match-patch build."""
    from resolution_compare.core import worddiff
    from resolution_compare.core.align import align
    from resolution_compare.core.calendar_distance import calendar_distance
    from resolution_compare.core.compare import _build_row
    from resolution_compare.core.comparison import CompareOptions

    lps, rps = left.compared_paragraphs, right.compared_paragraphs
    align_ms = _median_ms(lambda: align(lps, rps), 3, time.process_time)
    groups = align(lps, rps)
    options = CompareOptions()
    distance = calendar_distance(left, right)
    rows_ms = _median_ms(
        lambda: [_build_row(g, left, right, options, distance) for g in groups],
        3,
        time.process_time,
    )
    pairs = [
        ("\n".join(lps[i].text for i in g.left), "\n".join(rps[j].text for j in g.right))
        for g in groups
        if g.left and g.right
    ]
    fast = _median_ms(lambda: [word_diff(x, y) for x, y in pairs], 3, time.process_time)
    saved, worddiff._fast = worddiff._fast, None  # type: ignore[attr-defined]
    try:
        slow = _median_ms(lambda: [word_diff(x, y) for x, y in pairs], 3, time.process_time)
    finally:
        worddiff._fast = saved  # type: ignore[attr-defined]
    engine = "C++ dmp" if saved is not None else "pure-Python dmp (fast-diff-match-patch missing)"
    print(
        f"  every paragraph edited, CPU: alignment {align_ms:.0f} ms, rows {rows_ms:.0f} ms; "
        f"the {len(pairs)} word diffs alone {fast:.0f} ms with the {engine}, {slow:.0f} ms "
        "with the pure-Python dmp"
    )


if __name__ == "__main__":
    sys.exit(main())
