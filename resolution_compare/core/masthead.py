"""What the page-1 masthead and the draft headings say: kind, sponsors, submitter, dates.

Read from the masthead lines a PDF loader hands over ("A/C.3/80/L.20", "Distr.: Limited",
"22 October 2025") and from the header blocks above the organ line: the sponsor line
("Andorra, …, Uruguay and Venezuela (Bolivarian Republic of): draft resolution",
domain.md §1.3), the heading of a Chair's draft ("Draft decision submitted by the Chair"),
the adoption line ("Resolution adopted by the General Assembly on …"). Patterns live in
``resources/lang/<lang>/masthead.json``. The kind comes from those lines first and from
the symbol second (A/RES/… resolution, …/DEC/… decision, …/L.n draft; UN document symbols,
domain.md §1.1); a masthead with none of them is a document of another kind ("other").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from resolution_compare.core.countries import resolve_state
from resolution_compare.core.dates import find_date
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import DocumentKind

_SYMBOL = re.compile(r"^(?:[A-Z]{1,6}/)+[\w./()-]*\w\)?\*?$")
_SYMBOL_ANYWHERE = re.compile(r"\b[A-Z]{1,6}(?:/[A-Za-z0-9.()-]*[A-Za-z0-9)])+")
_KINDS: tuple[DocumentKind, ...] = (
    "resolution",
    "decision",
    "draft resolution",
    "draft decision",
    "amendment",
    "other",
)


@cache
def table(language: str) -> dict[str, Any]:
    return load_table(language, "masthead") or load_table("en", "masthead")


@dataclass(frozen=True)
class HeadingFacts:
    """What the masthead and the heading blocks say (None where they are silent)."""

    symbol: str | None = None
    kind: DocumentKind | None = None
    sponsors: tuple[str, ...] | None = None
    submitted_by: str | None = None
    issued: str | None = None
    distribution: str | None = None
    amends: str | None = None
    heading_index: int | None = None  # index of the sponsor line / draft heading block


def masthead_symbol(lines: Sequence[str]) -> str | None:
    """The document symbol printed in the masthead ("A/RES/80/4", "A/C.3/80/L.20/Rev.1")."""
    for line in lines:
        for word in line.split():
            if _SYMBOL.match(word) and "/" in word:
                return word.rstrip("*")
    return None


def kind_of_symbol(symbol: str | None) -> DocumentKind | None:
    """resolution | decision | draft resolution, from the symbol's shape; None if silent."""
    if not symbol:
        return None
    parts = symbol.upper().split("/")
    if "RES" in parts:
        return "resolution"
    if "DEC" in parts:
        return "decision"
    if any(re.fullmatch(r"L\.\d+", p) for p in parts):
        return "draft resolution"
    return "other"


def _split_outside_parentheses(text: str) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [p.strip() for p in out if p.strip()]


def split_sponsors(text: str, language: str) -> tuple[str, ...]:
    """ "A, B and C" → ("A", "B", "C"), names as printed ("Bosnia and Herzegovina" stays)."""
    conjunction = table(language).get("sponsor_and", " and ")
    items = _split_outside_parentheses(text.replace("*", "").replace("∗", ""))
    if not items:
        return ()
    last = items.pop()
    positions = [
        m.start()
        for m in re.finditer(re.escape(conjunction), last)
        if last[: m.start()].count("(") == last[: m.start()].count(")")  # not in brackets
    ]
    split = None
    for at in positions:
        left, right = last[:at].strip(), last[at + len(conjunction) :].strip()
        if resolve_state(left, language) and resolve_state(right, language):
            split = (left, right)
            break
    if split is None and positions and not resolve_state(last, language):
        # Unknown names (a group, a misspelling): the final conjunction separates.
        at = positions[-1]
        split = (last[:at].strip(), last[at + len(conjunction) :].strip())
    items += list(split) if split else [last]
    return tuple(i for i in items if i)


def _kind_of(words: str, language: str) -> DocumentKind:
    for entry in table(language).get("kind_words", []):
        if re.search(entry["pattern"], words, re.IGNORECASE):
            kind = entry["kind"]
            if kind in _KINDS:
                return kind  # type: ignore[no-any-return]
    return "draft resolution"


def _submitted_by(text: str, language: str) -> str:
    for tail in table(language).get("submitted_by_tails", []):
        text = re.sub(tail, "", text, flags=re.IGNORECASE)
    return text.strip().rstrip(".:")


def _adopted_kind(blocks: Sequence[str], language: str) -> DocumentKind | None:
    for block in blocks:
        for entry in table(language).get("adopted_kinds", []):
            if re.search(entry["pattern"], block, re.IGNORECASE):
                kind = entry["kind"]
                return kind if kind in _KINDS else None
    return None


def read_heading(
    masthead: Sequence[str], blocks: Sequence[str], language: str, has_masthead: bool
) -> HeadingFacts:
    """Kind, symbol, sponsors, submitter, dates from the masthead and header blocks."""
    rules = table(language)
    symbol = masthead_symbol(masthead)
    distribution = issued = None
    distr = re.compile(rules.get("distribution", r"(?!x)x"), re.IGNORECASE)
    for k, line in enumerate(masthead):
        found = distr.search(line)
        if found:
            distribution = found.group("distribution").capitalize()
            for after in masthead[k + 1 : k + 3]:
                date = find_date(after, language)
                if date is not None:
                    issued = date.iso
                    break
    kind = _adopted_kind(blocks, language)
    sponsors: tuple[str, ...] | None = None
    submitted_by = amends = None
    heading_index = None
    sponsor_line = re.compile(rules.get("sponsor_line", r"(?!x)x"), re.IGNORECASE | re.DOTALL)
    heading_line = re.compile(rules.get("heading_line", r"(?!x)x"), re.IGNORECASE)
    for index, block in enumerate(blocks):
        text = " ".join(block.split())
        heading = heading_line.match(text)
        if heading:
            kind = kind or _kind_of(heading.group("kind"), language)
            sponsors = ()
            by = heading.group("by")
            submitted_by = _submitted_by(by, language) if by else None
            heading_index = index
            break
        listed = sponsor_line.match(text)
        if listed:
            kind = kind or _kind_of(listed.group("kind"), language)
            sponsors = split_sponsors(listed.group("sponsors"), language)
            amends = listed.group("amends")
            heading_index = index
            break
    if kind is None:
        kind = kind_of_symbol(symbol)
    if kind in ("draft resolution", "draft decision", "amendment") and sponsors is None:
        sponsors = ()
    if kind is None and has_masthead:
        kind = "other"
    if amends is None and kind == "amendment" and heading_index is not None:
        found_symbol = _SYMBOL_ANYWHERE.search(blocks[heading_index])
        amends = found_symbol.group(0) if found_symbol else None
    return HeadingFacts(
        symbol, kind, sponsors, submitted_by, issued, distribution, amends, heading_index
    )
