"""Routine updates: changes that only follow the calendar (issue 12, item 3).

Routine means the calendar only:

- a session number or ordinal, read with its session word ("thirty-fifth session" →
  "forty-fourth session", "第六十一届会议" → "第六十四届会议");
- a date, or the year of a date ("22 June 2017" → "16 July 2020");
- a UN document symbol whose session part moves forward within the same series of
  symbols ("A/HRC/55/43" → "A/HRC/58/47", "78/7" → "79/7", "2231 (2015)" → "2334 (2016)"),
  with its year or adoption date ("35/3 of 2017" → "44/11 of 2020");
- a list of such symbols that gains later ones at its end ("77/7 and 78/7" → "77/7, 78/7
  and 79/7", with or without their adoption dates).

Everything else is substance: plain numbers, percentages, counts, paragraph references,
deadlines ("by 2030" → "by 2035"), a year without a date or symbol, an ordinal without
its session word, a symbol that moves backwards or to another body. A changed run is
routine when every changed character on each side lies inside such calendar expressions,
the expressions correspond one to one, and each moves forward.

The words are data: ``resources/lang/<lang>/calendar.json`` (session and date patterns,
links, list glue) with ordinals.json and dates.json. A language without a calendar table
still gets symbols and lists of symbols, which are the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from resolution_compare.core.lexicon import load_table
from resolution_compare.core.text import fold_phrase
from resolution_compare.core.tokens import SYMBOL_PATTERN

# Context read around a changed run to find its calendar expression: its clause (from the
# ";" before to the ";" after), at most WINDOW characters each way — a list of a series'
# resolutions with their adoption dates runs to well over a thousand. Starting both sides at
# the clause start (equal text) keeps a long list from being cut at different items.
WINDOW = 3000

_YEAR = r"(?:19|20)\d\d"
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_CJK_DIGITS = "〇零一二三四五六七八九十百两"


@dataclass(frozen=True)
class _Expr:
    """A calendar expression found in a text: its span, kind and comparable value."""

    kind: str  # "session" | "date" | "symbols"
    start: int
    end: int
    value: Any


@dataclass(frozen=True)
class _Item:
    """One symbol of a list, with its year or date when printed."""

    skeleton: str  # "A/HRC/#/#": the series, digits masked
    session: int  # the session part (the year for "2231 (2015)")
    text: str  # the symbol as printed
    date: tuple[int, int, int] | None


@dataclass(frozen=True)
class _Calendar:
    session: tuple[re.Pattern[str], ...]
    date: tuple[re.Pattern[str], ...]
    symbols: re.Pattern[str]
    ordinals: dict[str, int]
    months: dict[str, int]
    numerals: dict[str, int]
    units: dict[str, int]
    item: re.Pattern[str]
    glue: tuple[str, ...]
    # Cheap tests before the regexes: words that must be there for a session or a date,
    # and the last word of every ordinal ("cuarto" of "cuadragésimo cuarto").
    session_words: tuple[str, ...]
    ordinal_ends: frozenset[str]


def _alternation(words: Sequence[str]) -> str:
    """Longest first; spaces and hyphens match any spacing or hyphen variant."""
    parts = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", "[-‐‑]")
        parts.append(escaped)
    return "|".join(parts) if parts else r"(?!x)x"


@cache
def _calendar(language: str) -> _Calendar:
    table = load_table(language, "calendar")
    ordinals = {
        fold_phrase(str(k)): int(v)
        for k, v in load_table(language, "ordinals").get("ordinals", {}).items()
    }
    months = {
        fold_phrase(str(k)): int(v)
        for k, v in load_table(language, "dates").get("months", {}).items()
    }
    ordinal_re, month_re = _alternation(list(ordinals)), _alternation(list(months))
    flags = re.IGNORECASE

    def build(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(
            re.compile(str(p).replace("{ORDINAL}", ordinal_re).replace("{MONTH}", month_re), flags)
            for p in table.get(key, ())
        )

    dates = build("date_patterns")
    links = _alternation([str(w) for w in table.get("links", ())])
    date_alt = "|".join(f"(?:{p.pattern})" for p in dates)
    # Named groups cannot repeat inside one pattern: the date inside an item is unnamed.
    date_in_item = re.sub(r"\(\?P<\w+>", "(?:", date_alt) if date_alt else r"(?!x)x"
    symbol = rf"(?:{SYMBOL_PATTERN}|\d{{1,5}}(?=\s*\(\s*{_YEAR}\s*\)))"
    item = (
        rf"(?<![\w/])(?P<symbol>{symbol})(?![\w/])"
        rf"(?:\s*\(\s*(?P<paren_year>{_YEAR})\s*\)"
        rf"|,?\s*(?:{links})\s*(?P<date>{date_in_item})"
        rf"|,?\s*(?:{links})\s*(?P<year>{_YEAR})(?!\d))?"
    )
    glue = tuple(str(g) for g in table.get("list_glue", ()))
    separator = rf"(?:\s*[,、]\s*(?:(?:{_alternation(glue)})\s*)?|\s*(?:{_alternation(glue)})\s*)"
    item_plain = re.sub(r"\(\?P<\w+>", "(?:", item)
    symbols = re.compile(rf"{item_plain}(?:{separator}{item_plain})*", flags)
    return _Calendar(
        session=build("session_patterns"),
        date=dates,
        symbols=symbols,
        ordinals=ordinals,
        months=months,
        numerals={str(k): int(v) for k, v in table.get("numerals", {}).items()},
        units={str(k): int(v) for k, v in table.get("numeral_units", {}).items()},
        item=re.compile(item, flags),
        glue=glue,
        session_words=tuple(str(w).casefold() for w in table.get("session_words", ())),
        ordinal_ends=frozenset(re.split(r"[\s-]", o)[-1] for o in ordinals),
    )


def _cjk_number(text: str, cal: _Calendar) -> int | None:
    """六十一 → 61, 一百零二 → 102 (digits and units from the calendar table)."""
    total = current = 0
    for char in text:
        if char in cal.numerals:
            current = cal.numerals[char]
        elif char in cal.units:
            total += (current or 1) * cal.units[char]
            current = 0
        else:
            return None
    return total + current


def _ordinal_value(text: str, cal: _Calendar) -> int | None:
    folded = fold_phrase(text).replace("‐", "-").replace("‑", "-")
    if folded in cal.ordinals:
        return cal.ordinals[folded]
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    return _cjk_number(text, cal)


def _date_value(match: re.Match[str], cal: _Calendar) -> tuple[int, int, int] | None:
    parts = match.groupdict()
    month = cal.months.get(fold_phrase(parts.get("month") or ""))
    day, year = parts.get("day"), parts.get("year")
    if month is None or (day is None and year is None):
        return None  # a date names its month, and a day or a year ("may" is not one)
    return (int(year) if year else 0, month or 0, int(day) if day else 0)


def _skeleton(symbol: str) -> str:
    return re.sub(r"\d+", "#", symbol)


def _session_part(symbol: str) -> int:
    """The first number of a symbol after its letter parts ("A/HRC/55/43" → 55)."""
    for part in symbol.split("/"):
        digits = re.fullmatch(r"(?:S-)?(\d+)[A-Z]?", part)
        if digits:
            return int(digits.group(1))
    return -1


def _items(text: str, cal: _Calendar) -> tuple[_Item, ...]:
    out = []
    for m in cal.item.finditer(text):
        symbol = m.group("symbol")
        date: tuple[int, int, int] | None = None
        if m.group("paren_year") and not re.search("/", symbol):
            # "2231 (2015)": a Security Council resolution; its year is its session part.
            out.append(_Item("#(#)", int(m.group("paren_year")), symbol, None))
            continue
        if m.group("paren_year") or m.group("year"):
            date = (int(m.group("paren_year") or m.group("year")), 0, 0)
        elif m.group("date"):
            for pattern in cal.date:
                found = pattern.fullmatch(m.group("date").strip())
                if found:
                    date = _date_value(found, cal)
                    break
        out.append(_Item(_skeleton(symbol), _session_part(symbol), symbol, date))
    return tuple(out)


def _expressions(text: str, cal: _Calendar) -> list[_Expr]:
    found: list[_Expr] = []
    symbols = cal.symbols.finditer(text) if "/" in text or "(" in text else ()
    for m in symbols:
        items = _items(m.group(), cal)
        if items:
            found.append(_Expr("symbols", m.start(), m.end(), items))
    taken = [(e.start, e.end) for e in found]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    folded = text.casefold()
    sessions = cal.session if any(w in folded for w in cal.session_words) else ()
    for pattern in sessions:
        for m in pattern.finditer(text):
            value = _ordinal_value(m.group("ordinal"), cal)
            if value is not None and free(m.start(), m.end()):
                found.append(_Expr("session", m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    dates = cal.date if _DIGIT.search(text) else ()
    for pattern in dates:
        for m in pattern.finditer(text):
            date = _date_value(m, cal)
            if date is not None and free(m.start(), m.end()):
                found.append(_Expr("date", m.start(), m.end(), date))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda e: e.start)


def _hits(text: str, span: tuple[int, int], cal: _Calendar) -> list[_Expr] | None:
    """Calendar expressions touching ``span``; None when a changed character is outside."""
    start, end = span
    lo = text.rfind(";", max(0, start - WINDOW), start) + 1 or max(0, start - WINDOW)
    hi = text.find(";", end, end + WINDOW)
    window = text[lo : hi if hi >= 0 else min(len(text), end + WINDOW)]
    exprs = [_Expr(e.kind, e.start + lo, e.end + lo, e.value) for e in _expressions(window, cal)]
    if start == end:
        return [e for e in exprs if e.start <= start <= e.end]
    hits = [e for e in exprs if e.start < end and e.end > start]
    for k in range(start, end):
        if not text[k].isspace() and not any(e.start <= k < e.end for e in hits):
            return None
    return hits


def _date_forward(old: tuple[int, int, int] | None, new: tuple[int, int, int] | None) -> bool:
    if old is None or new is None:
        return old == new
    if [v == 0 for v in old] != [v == 0 for v in new]:
        return False  # "June 2017" → "16 July 2020" changes what is said, not only when
    return new >= old


def _item_forward(old: _Item, new: _Item) -> bool:
    if old == new:
        return True
    if old.skeleton != new.skeleton:
        return False
    if old.text != new.text and new.session <= old.session:
        return False
    return _date_forward(old.date, new.date) and (old.date != new.date or old.text != new.text)


def _symbols_forward(old: tuple[_Item, ...], new: tuple[_Item, ...]) -> bool:
    if len(new) == len(old):
        return all(_item_forward(a, b) for a, b in zip(old, new, strict=True)) and old != new
    if len(new) > len(old) and new[: len(old)] == old:
        # The list gained items at its end: each later than every item already there.
        latest = max(i.session for i in old)
        series = {i.skeleton for i in old}
        return all(i.skeleton in series and i.session > latest for i in new[len(old) :])
    return False


def _forward(old: _Expr, new: _Expr) -> bool:
    if old.kind != new.kind:
        return False
    if old.kind == "session":
        return bool(new.value > old.value)
    if old.kind == "date":
        return old.value != new.value and _date_forward(old.value, new.value)
    return _symbols_forward(old.value, new.value)


def _could_be_calendar(old: str, new: str, cal: _Calendar) -> bool:
    """Cheap test before any regex work: digits, CJK numerals or a calendar word changed,
    or list glue only (a list of symbols gaining an item also changes "and" → ",")."""
    changed = f"{old} {new}"
    if _DIGIT.search(changed) or any(c in _CJK_DIGITS for c in changed):
        return True
    words = [fold_phrase(w) for w in re.findall(r"\w+(?:[-‐‑]\w+)*", changed)]
    glue = {fold_phrase(g) for g in cal.glue}
    if all(w in glue for w in words):
        return True
    return any(w in cal.ordinals or w in cal.months or w in cal.ordinal_ends for w in words)


def is_routine_span(
    left: str,
    left_span: tuple[int, int],
    right: str,
    right_span: tuple[int, int],
    language: str = "en",
) -> bool:
    """True when replacing ``left[left_span]`` by ``right[right_span]`` only follows the
    calendar (see the module docstring). Offsets are character offsets, end exclusive."""
    old = left[left_span[0] : left_span[1]]
    new = right[right_span[0] : right_span[1]]
    if _SPACE.sub("", old) == _SPACE.sub("", new):
        return False
    cal = _calendar(language)
    if not _could_be_calendar(old, new, cal):
        return False
    return any(
        _routine_at(left, ls, right, rs, cal)
        for ls, rs in _placements(left, left_span, right, right_span)
    )


# How far a pure insertion or deletion may slide over the equal text beside it.
_SLIDE = 24


def _placements(
    left: str, left_span: tuple[int, int], right: str, right_span: tuple[int, int]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The run where the diff put it, then, for a pure insertion or deletion, the same edit
    slid over equal text beside it: "2022 and [78/7 of 2 November 2023 and ]its" is also
    "2022 [and 78/7 of 2 November 2023 ]and its" — where a diff puts it is arbitrary."""
    out = [(left_span, right_span)]
    (ls, le), (rs, re_) = left_span, right_span
    if ls != le and rs != re_:
        return out
    text, (s, e) = (right, right_span) if ls == le else (left, left_span)
    at = ls if ls == le else rs  # the other side's insertion point
    for k in range(1, _SLIDE + 1):
        if s - k < 0 or at - k < 0 or text[s - k] != text[e - k]:
            break
        if text[s - k].isspace():
            out.append(_slid(ls == le, at - k, (s - k, e - k)))
    for k in range(1, _SLIDE + 1):
        if e + k > len(text) or text[s + k - 1] != text[e + k - 1]:
            break
        if text[e + k - 1].isspace():
            out.append(_slid(ls == le, at + k, (s + k, e + k)))
    return out


def _slid(
    insertion: bool, point: int, span: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    return ((point, point), span) if insertion else (span, (point, point))


def _routine_at(
    left: str, left_span: tuple[int, int], right: str, right_span: tuple[int, int], cal: _Calendar
) -> bool:
    old_hits = _hits(left, left_span, cal)
    new_hits = _hits(right, right_span, cal)
    if old_hits is None or new_hits is None or len(old_hits) != len(new_hits) or not new_hits:
        return False
    return all(_forward(a, b) for a, b in zip(old_hits, new_hits, strict=True))


def is_routine_change(old: str, new: str, language: str = "en") -> bool:
    """``is_routine_span`` on two whole texts (no context beyond them)."""
    return is_routine_span(old, (0, len(old)), new, (0, len(new)), language)
