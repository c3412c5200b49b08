"""Word-level diff of two paragraph texts with diff-match-patch (stack-notes §7).

The only module that imports ``diff_match_patch`` and ``fast_diff_match_patch`` (its C++
build, which computes the exact diffs when installed: the same algorithm, the same diffs; the
pure-Python package's merge and word-boundary steps of ``diff_cleanupSemantic`` still run,
its other two steps in linear time in core/diff_cleanup). Texts are cut into tokens (core/tokens:
words, UN symbols, numbers, single CJK characters, grapheme clusters, whitespace runs);
each distinct comparison key becomes one character, dmp diffs those strings and
``diff_cleanupSemantic`` runs in token space BEFORE expanding back, so no token is ever cut.

Options compare normalised keys (case, punctuation, typography) but the ORIGINAL text is
always emitted. A token pair that is equal only under the options (``“`` vs ``"``, "Oﬃce" vs
"Office") is emitted as a "-" left / "+" right pair flagged ``routine`` (a UI dims it), so
that "=" + "-" rebuilds the left text and "=" + "+" the right text exactly, always.
Footnote markers glued to the text, and zero-width characters under the default options,
have no key at all: they are left out of the diff and put back as equal or dimmed text.

Time is bounded without a clock (architecture.md, practice 2): an exact diff is taken when
the top bisection of dmp's minimal diff fits a work budget counted in edit steps
(``EDIT_BUDGET``, core/diff_budget) — a rule on the edit count alone, so either build decides
it alike, and every diff the pure-Python dmp finishes within the budget qualifies. The C++
dmp runs only where its work is bounded: on short texts (``FAST_TOKENS``), or once the edit
count (bit-parallel, ``COUNT_CELLS``) or a lower bound of it has shown the diff fits. A
paragraph that is both long and heavily rewritten does not fit and is diffed by anchors
(tokens, then token n-grams, that occur once on each side, in order — patience diff), each
gap between anchors again exactly within the budget, and always when it is short
(``SMALL_TOKENS``); ``WordDiff.simplified`` says so and compare() flags the row
(``diff_simplified``). The result always rebuilds both texts and never depends on which build
made it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from diff_match_patch import diff_match_patch

from resolution_compare.core.comparison import CompareOptions, DiffOp, DiffSegment
from resolution_compare.core.diff_anchors import (
    common_prefix,
    split_on_anchors,
    trivial,
)
from resolution_compare.core.diff_budget import (
    EditBudget,
    OverBudget,
    bisection_work,
    edit_count,
    largest_fitting,
    least_edits,
    most_work,
)
from resolution_compare.core.diff_cleanup import eliminate_equalities, split_overlaps
from resolution_compare.core.tokens import (
    is_word,
    key_of,
    token_key,
    token_texts,
    tokenize,
)

try:  # the C++ build of the same dmp (stack-notes §7): the same diffs, 10-20× faster
    import fast_diff_match_patch as _fast
except ImportError:  # no wheel for this platform: every diff runs in Python, as before
    _fast = None

__all__ = [
    "EDIT_BUDGET",
    "FAST_TOKENS",
    "RoutineCheck",
    "WordDiff",
    "equal_runs",
    "is_word",
    "rebuild",
    "token_key",
    "tokenize",
    "word_diff",
]

# Work allowed to exact dmp diffs, in edit steps (the sum over the steps d of dmp's top
# bisection of d + 1, core/diff_budget): one exact diff is taken when its top bisection fits
# EDIT_BUDGET, and one paragraph pair may spend TOTAL_BUDGET in all. A problem that does not
# fit is split on anchors first, and the row says its diff was simplified.
EDIT_BUDGET = 150_000
TOTAL_BUDGET = 400_000
# Key strings (tokens, both sides) the C++ dmp diffs straight away: its worst case there
# (nothing in common) is ~2 ms. Longer ones are diffed by it only once their edit count
# (core/diff_budget.edit_count) is known to fit, which bounds its work.
FAST_TOKENS = 1_000
# A problem this small (both sides, in tokens) is always diffed exactly, outside the budget:
# its worst case is steps(128) ≈ 8,000 edit steps (~0.2 ms in C++), and the gaps a paragraph
# is split into are disjoint, so all of them together cost at most 256 / 8 = 32 steps a token
# (~0.1 s for the longest paragraph).
SMALL_TOKENS = 256
# The edit count costs len(a) · len(b) / 64 word operations (~0.7 s at 4·10⁹ on the
# issue's machine); a longer problem is split on anchors first, then diffed exactly after
# all when the split's own edit count shows the exact diff fits.
COUNT_CELLS = 4_000_000_000


@dataclass(frozen=True)
class WordDiff:
    segments: tuple[DiffSegment, ...]
    # True when the texts are equal under the options (only ignored differences).
    equal: bool
    # True when the texts were too long and too heavily rewritten for dmp's minimal diff
    # within the edit budget: the diff was split on anchors first (still rebuilds both).
    simplified: bool = False


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

    def add_ignored(self, left: str, right: str) -> None:
        """Text without a key on either side: equal, or a dimmed pair."""
        if left == right:
            self.add("=", left)
        else:
            self.add("-", left, True)
            self.add("+", right, True)

    def segments(self) -> tuple[DiffSegment, ...]:
        return tuple(
            DiffSegment(op, text, routine)
            for op, text, routine in zip(self.ops, self.texts, self.routine, strict=True)
        )


# (left text, (start, end) in it, right text, (start, end) in it) -> only the calendar moved.
RoutineCheck = Callable[[str, tuple[int, int], str, tuple[int, int]], bool]


class _BudgetedDmp(diff_match_patch):  # type: ignore[misc]
    def diff_bisect(self, text1: str, text2: str, deadline: EditBudget) -> list[tuple[int, str]]:
        deadline.step = 0  # a new bisection starts again from d = 0
        return super().diff_bisect(text1, text2, deadline)  # type: ignore[no-any-return]


def _dmp() -> diff_match_patch:
    dmp = _BudgetedDmp()
    dmp.Diff_Timeout = 0
    return dmp


def _python_diff(a: str, b: str, budget: EditBudget) -> list[tuple[int, str]]:
    """The pure-Python dmp's minimal diff; raises OverBudget past ``budget``."""
    return list(_dmp().diff_main(a, b, False, budget))


_FAST_OPS = {"=": 0, "-": -1, "+": 1}


def _fast_holds(a: str, b: str) -> bool:
    """The C++ dmp is installed and its characters hold these keys."""
    if _fast is None:
        return False
    return _fast.CHAR_WIDTH == 4 or max(a + b) <= "\uffff"  # UTF-16 wchar_t (Windows)


def _fast_diff(a: str, b: str) -> list[tuple[int, str]]:
    """The C++ dmp's minimal diff: the same algorithm, no clock (``timelimit=0``), no cleanup
    (cleanupSemantic runs over the whole diff, see ``_cleanup_semantic``)."""
    found = _fast.diff(a, b, timelimit=0, checklines=False, cleanup="No", counts_only=False)
    return [(_FAST_OPS[op], text) for op, text in found]


def _edits(diffs: list[tuple[int, str]]) -> int:
    return sum(len(text) for op, text in diffs if op)


class _Work:
    """The edit budget of one diff, shared by every exact attempt on its gaps.

    An exact diff is taken when the top bisection of its edit count fits the limit
    (``bisection_work``'s lower bound: every diff the pure-Python dmp finishes within the
    limit qualifies). The rule depends on the edit count only, so either build of dmp, and
    the exact count, decide it alike; the C++ dmp runs only where its work is bounded.
    ``simplified``: some problem did not fit, so the diff is not dmp's minimal one.
    """

    def __init__(self, total: int) -> None:
        self.left = total
        self.simplified = False
        self.attempts = 0
        self.too_long: tuple[str, str] | None = None  # the first problem, if too long to count

    def _refuse(self, limit: int) -> None:
        self.left -= limit
        self.simplified = True

    def exact(self, a: str, b: str) -> list[tuple[int, str]] | None:
        """dmp's minimal diff of two key strings (nonempty, no common first or last key),
        or None when it does not fit the budget."""
        self.attempts += 1
        if len(a) + len(b) <= SMALL_TOKENS and _fast_holds(a, b):
            return _fast_diff(a, b)  # always exact: see SMALL_TOKENS
        limit = min(EDIT_BUDGET, self.left)
        fitting = largest_fitting(limit)
        short, long = (a, b) if len(a) <= len(b) else (b, a)
        shortcut = len(short) == 1 or short in long  # dmp needs no bisection: no work
        if not shortcut and (
            fitting < 0
            or len(long) - len(short) > fitting + 2
            or (len(a) + len(b) > fitting + 2 and least_edits(a, b, fitting + 2) > fitting + 2)
        ):
            self._refuse(limit)  # its top bisection alone would overrun (see diff_budget)
            return None
        diffs: list[tuple[int, str]] | None = None
        if not _fast_holds(a, b):
            budget = EditBudget(most_work(fitting + 2))
            try:  # within this budget whenever the edits fit (bisection_work's upper bound)
                diffs = _python_diff(a, b, budget)
            except OverBudget:
                self._refuse(limit)
                return None
            edits = _edits(diffs)
        elif len(a) + len(b) <= FAST_TOKENS or shortcut:
            diffs = _fast_diff(a, b)
            edits = _edits(diffs)
        elif len(a) * len(b) <= COUNT_CELLS:
            edits = edit_count(a, b)
        else:
            if self.attempts == 1:  # the whole text less its common ends
                self.too_long = (a, b)
            self._refuse(limit)
            return None
        least, _ = bisection_work(a, b, edits)
        if least > limit:
            self._refuse(limit)
            return None
        self.left -= least
        return diffs if diffs is not None else _fast_diff(a, b)


def _bounded_diff(a: str, b: str) -> tuple[list[tuple[int, str]], bool]:
    """A diff of two key strings in bounded work: exact (dmp) within the budget, else
    anchored on unique tokens / n-grams with each gap diffed the same way. Returns the
    diff and whether it was simplified (not dmp's minimal diff)."""
    work = _Work(TOTAL_BUDGET)
    out: list[tuple[int, str]] = []
    # Depth first, in text order: problems ("gap", x, y) and finished pieces ("done", op, t).
    stack: list[tuple[str, str, str] | tuple[str, int, str]] = [("gap", a, b)]
    while stack:
        item = stack.pop()
        if item[0] == "done":
            if item[2]:
                out.append((item[1], item[2]))  # type: ignore[arg-type]
            continue
        x, y = str(item[1]), item[2]
        head = common_prefix(x, y)
        tail = common_prefix(x[head:][::-1], y[head:][::-1])
        if head or tail:
            stack.append(("done", 0, x[len(x) - tail :]))
            stack.append(("gap", x[head : len(x) - tail], y[head : len(y) - tail]))
            stack.append(("done", 0, x[:head]))
            continue
        if not x or not y:
            out.extend(trivial(x, y))
            continue
        exact = work.exact(x, y)
        if exact is not None:
            out.extend(exact)
            continue
        pieces: list[tuple[str, str, str] | tuple[str, int, str]] = []
        for piece in split_on_anchors(x, y):
            if isinstance(piece[0], int):
                pieces.append(("done", piece[0], str(piece[1])))
            else:
                pieces.append(("gap", piece[0], str(piece[1])))
        stack.extend(reversed(pieces))
    if work.too_long is not None:
        return _exact_after_all(a, b, out, work.too_long)
    return out, work.simplified


def _exact_after_all(
    a: str, b: str, anchored: list[tuple[int, str]], too_long: tuple[str, str]
) -> tuple[list[tuple[int, str]], bool]:
    """A text too long to count its edits was split on anchors. When the split's edits (an
    upper bound on the minimal count) fit the budget, the exact diff fits too, and the C++
    dmp's work is bounded by them: take it."""
    x, y = too_long
    if not _fast_holds(x, y) or bisection_work(x, y, _edits(anchored))[0] > EDIT_BUDGET:
        return anchored, True
    exact = _fast_diff(x, y)
    if bisection_work(x, y, _edits(exact))[0] > EDIT_BUDGET:
        return anchored, True
    head = common_prefix(a, b)
    tail = len(a) - head - len(x)
    out = [(0, a[:head])] if head else []
    out.extend(exact)
    if tail:
        out.append((0, a[len(a) - tail :]))
    return out, False


def _cleanup_semantic(diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """dmp's ``diff_cleanupSemantic`` with the same result in linear time: its first and
    last steps in one pass each (core/diff_cleanup), its merge and word-boundary shifts
    as they are."""
    dmp = _dmp()
    diffs, changed = eliminate_equalities(diffs)
    if changed:
        dmp.diff_cleanupMerge(diffs)
    dmp.diff_cleanupSemanticLossless(diffs)
    return split_overlaps(diffs, dmp.diff_commonOverlap)


def word_diff(
    left: str,
    right: str,
    options: CompareOptions | None = None,
    is_routine: RoutineCheck | None = None,
) -> WordDiff:
    """Diff ``left`` → ``right`` token by token.

    ``is_routine`` (from core/routine) decides whether a replaced run only follows the
    calendar; such "-"/"+" segments get ``routine=True``.
    """
    opts = options or CompareOptions()
    if left == right:
        return WordDiff((DiffSegment("=", left),) if left else (), True)
    (left_tokens, left_markers), (right_tokens, right_markers) = (
        token_texts(left),
        token_texts(right),
    )
    left_keys = _keys(left_tokens, left_markers, opts)
    right_keys = _keys(right_tokens, right_markers, opts)
    left_kept = [i for i, k in enumerate(left_keys) if k]
    right_kept = [j for j, k in enumerate(right_keys) if k]
    index: dict[str, str] = {}
    left_chars = _encode([left_keys[i] for i in left_kept], index)
    right_chars = _encode([right_keys[j] for j in right_kept], index)
    diffs, simplified = _bounded_diff(left_chars, right_chars)
    diffs = _cleanup_semantic(diffs)
    out, equal = _expand(diffs, left_tokens, right_tokens, left_kept, right_kept)
    segments = _regroup_ignored(out.segments())
    if not equal and opts.ignore_typography:
        # Only ignored pairs and spacing changed: equal under the options.
        equal = all(s.routine or not s.text.strip() for s in segments if s.op != "=")
    segments = _mark_routine(segments, opts, is_routine)
    return WordDiff(segments, equal, simplified)


def _keys(tokens: list[str], markers: set[int], options: CompareOptions) -> list[str]:
    case, punctuation, typography = (
        options.ignore_case,
        options.ignore_punctuation,
        options.ignore_typography,
    )
    keys = [key_of(t, case, punctuation, typography) for t in tokens]
    for k in markers:
        keys[k] = ""  # a glued footnote marker: the footnote is compared on its own
    return keys


def _expand(
    diffs: list[tuple[int, str]],
    left_tokens: list[str],
    right_tokens: list[str],
    left_kept: list[int],
    right_kept: list[int],
) -> tuple[_Builder, bool]:
    """Token-space diff → text segments, putting back the tokens that had no key."""
    out = _Builder()
    li = ri = 0  # next token of each side not yet emitted
    pl = pr = 0  # next kept token of each side
    equal = True

    def text(tokens: list[str], start: int, stop: int) -> str:
        return "".join(tokens[start:stop])

    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            a0, b0 = left_kept[pl], right_kept[pr]
            a1, b1 = left_kept[pl + n - 1] + 1, right_kept[pr + n - 1] + 1
            if a1 - a0 == n and b1 - b0 == n:  # no keyless token inside the run
                out.add_ignored(text(left_tokens, li, a0), text(right_tokens, ri, b0))
                li, ri = a0, b0
                same_left, same_right = text(left_tokens, a0, a1), text(right_tokens, b0, b1)
                if same_left == same_right:  # the usual case: one equal run, emitted whole
                    out.add("=", same_left)
                    li, ri, pl, pr = a1, b1, pl + n, pr + n
                    continue
            for k in range(n):
                a, b = left_kept[pl + k], right_kept[pr + k]
                out.add_ignored(text(left_tokens, li, a), text(right_tokens, ri, b))
                lt, rt = left_tokens[a], right_tokens[b]
                if lt == rt:
                    out.add("=", lt)
                else:  # equal only under the options: show both, dimmed
                    out.add("-", lt, True)
                    out.add("+", rt, True)
                li, ri = a + 1, b + 1
            pl += n
            pr += n
        elif op == -1:
            equal = False
            end = left_kept[pl + n - 1] + 1
            out.add("-", text(left_tokens, li, end))
            li = end
            pl += n
        else:
            equal = False
            end = right_kept[pr + n - 1] + 1
            out.add("+", text(right_tokens, ri, end))
            ri = end
            pr += n
    out.add_ignored(
        text(left_tokens, li, len(left_tokens)), text(right_tokens, ri, len(right_tokens))
    )
    return out, equal


def _regroup_ignored(segments: tuple[DiffSegment, ...]) -> tuple[DiffSegment, ...]:
    """Turn -a +A -b +B (ignored pairs in a row) into -ab +AB: easier to read."""
    out: list[DiffSegment] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        if seg.routine and seg.op in "-+":
            dels: list[str] = []
            ins: list[str] = []
            while i < len(segments) and segments[i].routine and segments[i].op in "-+":
                (dels if segments[i].op == "-" else ins).append(segments[i].text)
                i += 1
            if dels:
                out.append(DiffSegment("-", "".join(dels), True))
            if ins:
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
    left_text = "".join(s.text for s in out if s.op != "+")
    right_text = "".join(s.text for s in out if s.op != "-")
    i = lpos = rpos = 0
    while i < len(out):
        seg = out[i]
        if seg.op == "=" or seg.routine:
            lpos += len(seg.text) if seg.op != "+" else 0
            rpos += len(seg.text) if seg.op != "-" else 0
            i += 1
            continue
        j = i
        while j < len(out) and out[j].op != "=" and not out[j].routine:
            j += 1
        run = out[i:j]
        old = "".join(s.text for s in run if s.op == "-")
        new = "".join(s.text for s in run if s.op == "+")
        routine = False
        if is_routine is not None and (old.strip() or new.strip()):
            routine = is_routine(
                left_text, (lpos, lpos + len(old)), right_text, (rpos, rpos + len(new))
            )
        if options.ignore_punctuation and not is_word(old + new):
            routine = True
        if options.ignore_typography and not (old + new).strip():
            routine = True  # spacing only ("Cuba” ." → "Cuba”."): typography, like re-wrapping
        if routine:
            out[i:j] = [DiffSegment(s.op, s.text, True) for s in run]
        lpos += len(old)
        rpos += len(new)
        i = j
    return tuple(out)


def equal_runs(left_keys: Sequence[str], right_keys: Sequence[str]) -> list[tuple[int, int]]:
    """(left index, right index) of items left equal by an ordered diff of two key lists.

    Used by alignment on whole-paragraph keys: an ordered diff in "token" space (bounded
    like the word diff), no cleanup (an equal item is always kept).
    """
    index: dict[str, str] = {}
    left_chars, right_chars = _encode(left_keys, index), _encode(right_keys, index)
    pairs: list[tuple[int, int]] = []
    li = ri = 0
    for op, chars in _bounded_diff(left_chars, right_chars)[0]:
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
