"""Calendar expressions found in a text: session ordinals, dates, lists of UN symbols.

What core/routine.py weighs: each expression with its span, its comparable value, the body
whose session it counts when the text names one ("the General Assembly at its
seventy-fifth session"), and whether it is a deadline or an end date ("by 31 December
2025", "no later than 1 June 2026", "until 30 June 2026", "d'ici au…", "a más tardar
el…", "2025年12月31日前"): a deadline is substance, never a calendar update (QA D1).

The words are data: ``resources/lang/<lang>/calendar.json`` — session and date patterns,
links and list glue, ``deadline_before`` (phrases standing right before a deadline, with
``deadline_determiners`` such as "its" between: "by its sixty-first session"),
``deadline_after`` (phrases right after one: Chinese 前, 之前), and ``body_names`` (a body's
name in the language → its symbol series, resources/lang/session_clocks.json) — with
ordinals.json and dates.json. A language without a calendar table still gets symbols and
lists of symbols, which are the same in every language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from resolution_compare.core.calendar_distance import series_of
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.script import is_unspaced
from resolution_compare.core.text import fold_phrase
from resolution_compare.core.tokens import SYMBOL_PATTERN

_YEAR = r"(?:19|20)\d\d"
_YEAR_SESSION = re.compile(_YEAR)
_DIGIT = re.compile(r"\d")
CJK_DIGITS = "〇零一二三四五六七八九十百两"
# How far before an expression a deadline phrase or a body's name is looked for.
DEADLINE_REACH = 60
BODY_REACH = 120


@dataclass(frozen=True)
class Item:
    """One symbol of a list, with its year or date when printed."""

    skeleton: str  # "A/HRC/#/#": the series, digits masked
    session: int  # the session part (the year for "2231 (2015)")
    text: str  # the symbol as printed
    date: tuple[int, int, int] | None
    series: str | None  # the body series ("A/HRC"), "year" for "2231 (2015)", or None


@dataclass(frozen=True)
class Expr:
    """A calendar expression found in a text: its span, kind and comparable value.

    ``series``: the body whose session a "session" counts, when the clause names it, or
    "year" for a session named by its year ("at its 2026 session");
    ``deadline``: the expression is a deadline or an end date (never routine).
    """

    kind: str  # "session" | "date" | "symbols"
    start: int
    end: int
    value: Any
    series: str | None = None
    deadline: bool = False


@dataclass(frozen=True)
class Calendar:
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
    deadline_before: re.Pattern[str]
    deadline_after: re.Pattern[str]
    body_names: re.Pattern[str] | None
    body_series: dict[str, str]


def alternation(words: Sequence[str]) -> str:
    """Longest first; spaces, hyphens and apostrophes match any of their variants."""
    parts = []
    for word in sorted(words, key=lambda w: (-len(w), w)):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace(r"\-", "[-‐‑]")
        parts.append(escaped.replace("'", "['’ʼ]"))
    return "|".join(parts) if parts else r"(?!x)x"


def _bounded(words: Sequence[str]) -> str:
    """An alternation whose words stand as whole words where the script has spaces (a
    Chinese phrase sits inside a run of characters)."""
    spaced = [w for w in words if not is_unspaced(w[:1])]
    unspaced = [w for w in words if is_unspaced(w[:1])]
    parts = [rf"(?<![^\W\d_])(?:{alternation(spaced)})"] if spaced else []
    parts += [f"(?:{alternation(unspaced)})"] if unspaced else []
    return "|".join(parts) if parts else r"(?!x)x"


@cache
def calendar(language: str) -> Calendar:
    table = load_table(language, "calendar")
    ordinals = {
        fold_phrase(str(k)): int(v)
        for k, v in load_table(language, "ordinals").get("ordinals", {}).items()
    }
    months = {
        fold_phrase(str(k)): int(v)
        for k, v in load_table(language, "dates").get("months", {}).items()
    }
    ordinal_re, month_re = alternation(list(ordinals)), alternation(list(months))
    flags = re.IGNORECASE

    def build(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(
            re.compile(str(p).replace("{ORDINAL}", ordinal_re).replace("{MONTH}", month_re), flags)
            for p in table.get(key, ())
        )

    dates = build("date_patterns")
    links = alternation([str(w) for w in table.get("links", ())])
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
    separator = rf"(?:\s*[,、]\s*(?:(?:{alternation(glue)})\s*)?|\s*(?:{alternation(glue)})\s*)"
    item_plain = re.sub(r"\(\?P<\w+>", "(?:", item)
    symbols = re.compile(rf"{item_plain}(?:{separator}{item_plain})*", flags)
    before = [str(p) for p in table.get("deadline_before", ())]
    determiners = [str(p) for p in table.get("deadline_determiners", ())]
    between = rf"(?:(?:{alternation(determiners)})\s*)*" if determiners else ""
    after = [str(p) for p in table.get("deadline_after", ())]
    names: dict[str, str] = {}
    for series, words in table.get("body_names", {}).items():
        names.update({fold_phrase(str(w)): str(series) for w in words})
    return Calendar(
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
        deadline_before=re.compile(rf"(?:{_bounded(before)})\s*{between}$", flags),
        deadline_after=re.compile(rf"^\s*(?:{alternation(after)})", flags),
        body_names=re.compile(_bounded(list(names)), flags) if names else None,
        body_series=names,
    )


def _cjk_number(text: str, cal: Calendar) -> int | None:
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


def _ordinal_value(text: str, cal: Calendar) -> int | None:
    folded = fold_phrase(text).replace("‐", "-").replace("‑", "-")
    if folded in cal.ordinals:
        return cal.ordinals[folded]
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    return _cjk_number(text, cal)


def date_value(match: re.Match[str], cal: Calendar) -> tuple[int, int, int] | None:
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


def _items(text: str, cal: Calendar, named: str | None) -> tuple[Item, ...]:
    out = []
    for m in cal.item.finditer(text):
        symbol = m.group("symbol")
        date: tuple[int, int, int] | None = None
        if m.group("paren_year") and not re.search("/", symbol):
            # "2231 (2015)": a Security Council resolution; its year is its session part.
            out.append(Item("#(#)", int(m.group("paren_year")), symbol, None, "year"))
            continue
        if m.group("paren_year") or m.group("year"):
            date = (int(m.group("paren_year") or m.group("year")), 0, 0)
        elif m.group("date"):
            for pattern in cal.date:
                found = pattern.fullmatch(m.group("date").strip())
                if found:
                    date = date_value(found, cal)
                    break
        series = series_of(symbol) if "/" in symbol else None
        if series is None and not symbol[:1].isalpha():
            series = named  # "General Assembly resolution 70/1": the body named before it
        out.append(Item(_skeleton(symbol), _session_part(symbol), symbol, date, series))
    return tuple(out)


def _named_body(text: str, start: int, cal: Calendar) -> str | None:
    """The series of the last body named in the clause before ``start``."""
    if cal.body_names is None:
        return None
    lo = max(0, start - BODY_REACH)
    clause = text[lo:start]
    cut = max(clause.rfind(";"), clause.rfind("；"))
    found = list(cal.body_names.finditer(clause[cut + 1 :]))
    return cal.body_series.get(fold_phrase(found[-1].group())) if found else None


def _is_deadline(text: str, start: int, end: int, cal: Calendar) -> bool:
    before = text[max(0, start - DEADLINE_REACH) : start]
    return bool(cal.deadline_before.search(before) or cal.deadline_after.match(text[end:]))


def expressions(text: str, cal: Calendar) -> list[Expr]:
    """Every calendar expression of ``text``, in order; a date or session inside a list of
    symbols belongs to the list."""
    found: list[Expr] = []
    symbols = cal.symbols.finditer(text) if "/" in text or "(" in text else ()
    for m in symbols:
        items = _items(m.group(), cal, _named_body(text, m.start(), cal))
        if items:
            found.append(Expr("symbols", m.start(), m.end(), items))
    taken = [(e.start, e.end) for e in found]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    folded = text.casefold()
    sessions = cal.session if any(w in folded for w in cal.session_words) else ()
    for pattern in sessions:
        for m in pattern.finditer(text):
            value = _ordinal_value(m.group("ordinal"), cal)
            if value is not None and free(m.start(), m.end()):
                # A session named by its year ("its 2026 session", 2023年届会) moves with
                # the years; an ordinal with the sessions of its body.
                by_year = _YEAR_SESSION.fullmatch(m.group("ordinal")) is not None
                series = "year" if by_year else _named_body(text, m.start(), cal)
                deadline = _is_deadline(text, m.start(), m.end(), cal)
                found.append(Expr("session", m.start(), m.end(), value, series, deadline))
                taken.append((m.start(), m.end()))
    dates = cal.date if _DIGIT.search(text) else ()
    for pattern in dates:
        for m in pattern.finditer(text):
            date = date_value(m, cal)
            if date is not None and free(m.start(), m.end()):
                deadline = _is_deadline(text, m.start(), m.end(), cal)
                found.append(Expr("date", m.start(), m.end(), date, None, deadline))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda e: e.start)


def could_be_calendar(old: str, new: str, cal: Calendar) -> bool:
    """Cheap test before any regex work: digits, CJK numerals or a calendar word changed,
    or list glue only (a list of symbols gaining an item also changes "and" → ",")."""
    changed = f"{old} {new}"
    if _DIGIT.search(changed) or any(c in CJK_DIGITS for c in changed):
        return True
    words = [fold_phrase(w) for w in re.findall(r"\w+(?:[-‐‑]\w+)*", changed)]
    glue = {fold_phrase(g) for g in cal.glue}
    if all(w in glue for w in words):
        return True
    return any(w in cal.ordinals or w in cal.months or w in cal.ordinal_ends for w in words)
