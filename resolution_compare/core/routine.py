"""Routine updates: changes that only follow the calendar.

A replaced run is routine when, word for word, every changed item is a calendar item
replaced by one of the same kind — session ordinal ("thirty-fifth" → "forty-fourth"), year
(2017 → 2020), resolution number ("35/3" → "44/11"), report symbol ("A/HRC/35/35" →
"A/HRC/44/44"), day number or month name — and the first changed number or ordinal moves
forward. Ordinals and month names come from resources/lang/<lang>/ordinals.json and
dates.json.
"""

from __future__ import annotations

import re
from functools import cache

from resolution_compare.core.lexicon import load_table
from resolution_compare.core.text import fold_phrase

# "2017", "35/3", "A/HRC/35/35", "E/CN.4/2005/55" (letters/slashes then numbers).
_NUMBERED = re.compile(r"(?:[A-Z][A-Za-z.]*/)*\d+(?:/\d+)*(?:/[A-Za-z]+(?:\.\d+)?)*")
_NUMBER = re.compile(r"\d+")
_MAX_CALENDAR_DIGITS = 18
_ITEM = re.compile(r"(?:[A-Z][A-Za-z.]*/)*\d+(?:/\d+)*|\w+(?:[-’']\w+)*|\S")


@cache
def _tables(language: str) -> tuple[dict[str, int], dict[str, int]]:
    ordinals = {
        str(k).casefold(): int(v)
        for k, v in load_table(language, "ordinals").get("ordinals", {}).items()
    }
    months = {
        str(k).casefold(): int(v)
        for k, v in load_table(language, "dates").get("months", {}).items()
    }
    return ordinals, months


def _classify(item: str, language: str) -> tuple[str, tuple[int, ...]] | None:
    """(kind, value) of a calendar item, or None when ``item`` is not one."""
    ordinals, months = _tables(language)
    folded = fold_phrase(item)
    if folded in ordinals:
        return "ordinal", (ordinals[folded],)
    if folded in months:
        return "month", (months[folded],)
    if _NUMBERED.fullmatch(item.strip()):
        numbers = _NUMBER.findall(item)
        if any(len(n) > _MAX_CALENDAR_DIGITS for n in numbers):
            return None  # no year or symbol number is that long (and int() would raise)
        prefix = re.sub(r"\d", "", item.strip())
        return "number:" + prefix, tuple(int(n) for n in numbers)
    return None


def is_routine_change(old: str, new: str, language: str = "en") -> bool:
    """True when ``old`` → ``new`` only follows the calendar (see module doc)."""
    if old.strip() == new.strip():
        return False
    whole_old, whole_new = _classify(old, language), _classify(new, language)
    if whole_old and whole_new:
        return whole_old[0] == whole_new[0] and whole_new[1] >= whole_old[1]
    old_items, new_items = _ITEM.findall(old), _ITEM.findall(new)
    if len(old_items) != len(new_items):
        return False
    first_move: tuple[tuple[int, ...], tuple[int, ...]] | None = None
    for a, b in zip(old_items, new_items, strict=True):
        if a == b:
            continue
        ca, cb = _classify(a, language), _classify(b, language)
        if ca is None or cb is None or ca[0] != cb[0]:
            return False
        if first_move is None and ca[0] != "month":
            first_move = (ca[1], cb[1])
    return first_move is None or first_move[1] >= first_move[0]
