"""The adoption record: "[Adopted without a vote.]" or a recorded vote with its three lists.

The formulas (regexes and list labels) are data: ``resources/lang/<language>/votes.json``.
This module compiles them, finds the adoption formula, cuts the State lists at their labels and
resolves the names through :mod:`resolution_compare.core.countries`. It never raises on text:
anything it cannot read becomes a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from resolution_compare.core.countries import split_state_list
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import VoteMethod, VoteRecord
from resolution_compare.core.script import strip_marks
from resolution_compare.core.text import unify_apostrophes

LIST_KEYS = ("in_favour", "against", "abstaining")


# Where a list ends when no "]" closes the block: a period before space/end, or a blank line.
_LIST_END = re.compile(r"\.(?=\s|$)|\n\s*\n")
_SPACE = re.compile(r"\s*")


# No count, meeting number or year has more digits; a longer run is masked for the closing
# patterns: "\d+" then backtracks over at most this many digits (a 30 000-digit run made
# the meeting-line search quadratic, 74 s), and int() never meets a 5 000-digit number.
MAX_NUMBER_DIGITS = 9
_LONG_DIGIT_RUN = re.compile(rf"\d{{{MAX_NUMBER_DIGITS + 1},}}")


# The same for whitespace: the formulas open with "\s*", which rescans a long run of
# no-break spaces (kept by the parser) from every start in it (90 000 of them: minutes).
# Past this many characters, a run keeps its first ones and the rest is masked.
MAX_SPACE_RUN = 32
_LONG_SPACE_RUN = re.compile(rf"\s{{{MAX_SPACE_RUN + 1},}}")


def _mask(match: re.Match[str]) -> str:
    return "#" * len(match.group(0))


def _mask_tail(match: re.Match[str]) -> str:
    run = match.group(0)
    return run[:MAX_SPACE_RUN] + "#" * (len(run) - MAX_SPACE_RUN)


def searchable(text: str) -> str:
    """``text`` with apostrophes unified, digit runs longer than :data:`MAX_NUMBER_DIGITS`
    masked as "#" and whitespace runs cut to :data:`MAX_SPACE_RUN` (the rest "#"), character
    for character (offsets are kept)."""
    text = _LONG_DIGIT_RUN.sub(_mask, unify_apostrophes(text))
    return _LONG_SPACE_RUN.sub(_mask_tail, text)


@dataclass(frozen=True)
class VoteRules:
    without_vote: tuple[re.Pattern[str], ...]
    recorded: tuple[re.Pattern[str], ...]
    zero_words: frozenset[str]
    labels: dict[str, re.Pattern[str]]
    # Counts written as words: the zero words and the table's "count_words" (Arabic عضو واحد).
    count_words: dict[str, int] = field(default_factory=dict)
    empty_list: frozenset[str] = frozenset()  # "None", "Néant": printed for an empty list


@cache
def vote_rules(language: str) -> VoteRules:
    table = load_table(language, "votes")
    return VoteRules(
        without_vote=tuple(re.compile(p) for p in table.get("without_vote", [])),
        recorded=tuple(re.compile(p) for p in table.get("recorded", [])),
        zero_words=frozenset(_word_key(w) for w in table.get("zero_words", [])),
        labels={key: re.compile(p) for key, p in table.get("labels", {}).items()},
        count_words={_word_key(str(w)): int(n) for w, n in table.get("count_words", {}).items()},
        empty_list=frozenset(w.casefold() for w in table.get("empty_list", [])),
    )


def _word_key(word: str) -> str:
    return " ".join(strip_marks(word).casefold().split())


@dataclass(frozen=True)
class Adoption:
    """An adoption formula found in the text (offsets into the searched text)."""

    method: VoteMethod
    start: int
    end: int  # end of the formula sentence, before any lists
    bracketed: bool
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None


def _count(value: str | None, rules: VoteRules) -> int | None:
    """A printed count: digits of any script ("15", "١٥"), a zero word or a count word."""
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    key = _word_key(value)
    if key in rules.zero_words:
        return 0
    return rules.count_words.get(key)


def _adoption_from(match: re.Match[str], method: VoteMethod, rules: VoteRules) -> Adoption:
    groups = match.groupdict()
    abstain = _count(groups.get("abstain"), rules)
    if groups.get("no_abstention"):
        abstain = 0
    head = match.group(0)
    ended = head.rstrip().endswith((".", "。"))
    if method == "recorded" and abstain is None and groups.get("abstain") is None and ended:
        # "Adopted by a recorded vote of 33 to 14." (A/HRC/RES/26/6): the sentence ends
        # without an abstention clause, so none abstained — not "unknown".
        abstain = 0
    return Adoption(
        method=method,
        start=match.start() + (len(head) - len(head.lstrip())),
        end=match.end(),
        bracketed=head.lstrip().startswith("["),
        yes=_count(groups.get("yes"), rules),
        no=_count(groups.get("no"), rules),
        abstain=abstain,
    )


def find_adoptions(text: str, language: str, start: int = 0) -> list[Adoption]:
    """Every adoption formula at or after ``start``, in text order (``text`` searchable)."""
    rules = vote_rules(language)
    found: list[Adoption] = []
    formulas: tuple[tuple[VoteMethod, tuple[re.Pattern[str], ...]], ...] = (
        ("recorded", rules.recorded),
        ("without_vote", rules.without_vote),
    )
    for method, patterns in formulas:
        for pattern in patterns:
            found.extend(
                _adoption_from(m, method, rules) for m in formula_matches(pattern, text, start)
            )
    return sorted(found, key=lambda a: a.start)


# Every formula of the tables opens with an optional bracket and spaces. Searched as written,
# each of the 330 000 characters of a long text is a place to try the whole formula; searched
# from its first word (a literal the regex engine scans for in C) and then extended back over
# the spaces and the bracket, the same matches come 5–10× faster (issue 17).
_OPENING = r"\[?\s*"


@cache
def _from_first_word(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.pattern.startswith(_OPENING):
        return None
    return re.compile(pattern.pattern[len(_OPENING) :], pattern.flags)


def formula_matches(pattern: re.Pattern[str], text: str, start: int = 0) -> list[re.Match[str]]:
    """``pattern.finditer(text, start)``, as a list, found from the formula's first word."""
    core = _from_first_word(pattern)
    if core is None:
        return list(pattern.finditer(text, start))
    out: list[re.Match[str]] = []
    floor = start  # a match never starts inside the previous one
    for found in core.finditer(text, start):
        if found.start() < floor:
            continue
        begin = found.start()
        while begin > floor and text[begin - 1].isspace():
            begin -= 1
        if begin > floor and text[begin - 1] == "[":
            begin -= 1
        whole = pattern.match(text, begin)
        if whole is None:  # cannot happen for an opening as above; never lose a formula
            return list(pattern.finditer(text, start))
        out.append(whole)
        floor = max(whole.end(), begin + 1)
    return out


@dataclass(frozen=True)
class VoteBlock:
    record: VoteRecord
    start: int  # offset of the formula ("[" included)
    end: int  # offset just past the block (after "]" when bracketed)
    warnings: tuple[str, ...] = ()


def _block_end(text: str, adoption: Adoption) -> int | None:
    """Offset of the closing "]" of a bracketed block, if there is one."""
    if not adoption.bracketed:
        return None
    close = text.find("]", adoption.end)
    return None if close < 0 else close


def _labelled_lists(
    text: str, language: str, begin: int, limit: int
) -> list[tuple[str, str, int, int]]:
    """(key, printed label, list start, list end) of each labelled list between the offsets."""
    rules = vote_rules(language)
    heads: list[tuple[int, int, str, str]] = []
    for key, pattern in rules.labels.items():
        match = pattern.search(text, begin, limit)
        if match:
            heads.append((match.start(), match.end(), key, match.group(0).rstrip(" :\u00a0\u202f")))
    heads.sort()
    lists = []
    for index, (_, list_start, key, label) in enumerate(heads):
        list_end = heads[index + 1][0] if index + 1 < len(heads) else limit
        lists.append((key, label, list_start, list_end))
    return lists


_LIST_PUNCTUATION = " \t\n.,;:]\u00a0\u202f"


def _is_empty_list(listed: str, language: str) -> bool:
    """True for a list that only says it is empty ("Against: None.", "Néant")."""
    word = unify_apostrophes(listed).strip(_LIST_PUNCTUATION).casefold()
    return bool(word) and word in vote_rules(language).empty_list


def read_vote_block(text: str, adoption: Adoption, language: str) -> VoteBlock:
    """The record of one adoption formula, with its lists when the vote was recorded."""
    if adoption.method == "without_vote":
        close = _block_end(text, adoption)
        end = adoption.end if close is None or text[adoption.end : close].strip() else close + 1
        return VoteBlock(VoteRecord(method="without_vote"), adoption.start, end)

    close = _block_end(text, adoption)
    limit = len(text) if close is None else close
    lists = _labelled_lists(text, language, adoption.end, limit)
    end = limit if close is None else close + 1
    if lists and close is None:
        # No bracket: the last list stops at its final period (7/5) or at a blank line.
        key, label, list_start, _ = lists[-1]
        # The label may stand alone in its block ("Against:" then a blank line): skip that gap.
        gap = _SPACE.match(text, list_start)
        stop = _LIST_END.search(text, gap.end() if gap else list_start)
        last_end = (
            stop.end() if stop and stop.group(0) == "." else (stop.start() if stop else limit)
        )
        lists[-1] = (key, label, list_start, last_end)
        end = last_end
    elif not lists and close is None:
        end = adoption.end

    states: dict[str, list[str]] = {key: [] for key in LIST_KEYS}
    unresolved: list[str] = []
    warnings: list[str] = []
    printed = {"in_favour": adoption.yes, "against": adoption.no, "abstaining": adoption.abstain}
    for key, label, list_start, list_end in lists:
        codes: list[str]
        unknown: list[str]
        if _is_empty_list(text[list_start:list_end], language):
            codes, unknown = [], []
        else:
            codes, unknown = split_state_list(text[list_start:list_end], language)
        states[key] = codes
        unresolved.extend(unknown)
        expected = printed[key]
        if expected is not None and expected != len(codes) + len(unknown):
            warnings.append(
                f"vote: the “{label}” list names {len(codes) + len(unknown)} States "
                f"but the printed count is {expected}"
            )
    listed = {key for key, *_ in lists}
    for key in LIST_KEYS:
        expected = printed[key]
        if key not in listed and expected:
            warnings.append(
                f"vote: no {key.replace('_', ' ')} list, but the printed count is {expected}"
            )
    if unresolved:
        warnings.append("vote: State names not recognised: " + "; ".join(unresolved))
    seen: set[str] = set()
    doubled: set[str] = set()
    for key in LIST_KEYS:
        for code in states[key]:
            (doubled if code in seen else seen).add(code)
    if doubled:
        warnings.append("vote: States listed more than once: " + ", ".join(sorted(doubled)))
    record = VoteRecord(
        method="recorded",
        yes=adoption.yes,
        no=adoption.no,
        abstain=adoption.abstain,
        in_favour=tuple(states["in_favour"]),
        against=tuple(states["against"]),
        abstaining=tuple(states["abstaining"]),
        unresolved=tuple(unresolved),
    )
    return VoteBlock(record, adoption.start, end, tuple(warnings))
