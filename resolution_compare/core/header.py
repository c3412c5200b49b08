"""The document header: body, session, agenda item, symbol, title, adoption date.

Read from the blocks above the organ line ("The Human Rights Council,") with the patterns
of ``resources/lang/<lang>/structure.json``. Every field stays None when the text does not
print it (the English corpus texts start at the first preambular paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from resolution_compare.core.dates import find_date
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import Header

# An explicit symbol printed in the masthead wins over one built from "44/11.".
_EXPLICIT_SYMBOL = re.compile(
    r"\b(?:A/HRC/RES|A/RES|S/RES)/[\w-]+(?:/\d+)?(?:/(?:Rev|Corr)\.\d+)?(?:\s*\(\d{4}\))?"
)
# How far after "Resolution adopted by …" its date may start.
_ADOPTION_DATE_WINDOW = 80


@dataclass(frozen=True)
class OrganLine:
    index: int
    body: str | None  # canonical (English) name, None when the line names no known body
    symbol_template: str | None


def _body_of(name: str, table: dict[str, Any]) -> tuple[str | None, str | None]:
    for entry in table.get("bodies", []):
        if re.search(entry["pattern"], name):
            return entry["body"], entry.get("symbol")
    return None, None


def find_organ_line(blocks: Sequence[str], table: dict[str, Any]) -> OrganLine | None:
    """The first block that is the organ line ("Le Conseil des droits de l’homme,")."""
    patterns = [re.compile(p) for p in table.get("organ_lines", [])]
    for index, block in enumerate(blocks):
        for pattern in patterns:
            match = pattern.match(block.strip())
            if match:
                body, template = _body_of(match.group("body"), table)
                return OrganLine(index, body, template)
    return None


def _letter_spaced(word: str) -> str:
    """Regex of ``word`` with a stray space allowed between letters ("Fift y- third")."""
    return r"\s?".join(re.escape(char) for char in word)


@cache
def _spaced_ordinals(language: str) -> re.Pattern[str] | None:
    """Session ordinals as printed with kerning splits (domain.md §3.9), known words only."""
    words = sorted(load_table(language, "ordinals").get("ordinals", {}), key=len)
    if not words:
        return None
    alternatives = "|".join(_letter_spaced(w) for w in reversed(words))
    return re.compile(rf"\b(?P<ordinal>{alternatives})\s+session\b", re.IGNORECASE)


def _session(text: str, table: dict[str, Any], language: str) -> int | None:
    ordinals = {
        k.lower(): int(v) for k, v in load_table(language, "ordinals").get("ordinals", {}).items()
    }
    spaced = _spaced_ordinals(language)
    found = spaced.search(text) if spaced else None
    if found:
        return ordinals.get(re.sub(r"\s", "", found.group("ordinal")).lower())
    for raw in table.get("session", []):
        for match in re.finditer(raw, text):
            groups = match.groupdict()
            if groups.get("number") and len(groups["number"]) < 10:  # see read_header
                return int(groups["number"])
            ordinal = (groups.get("ordinal") or "").lower().replace("- ", "-")
            if ordinal in ordinals:
                return ordinals[ordinal]
    return None


def _first_group(patterns: Sequence[str], text: str, group: str) -> str | None:
    for raw in patterns:
        match = re.search(raw, text)
        if match:
            return re.sub(r"\s+", "", match.group(group))
    return None


def _adopted(text: str, table: dict[str, Any], language: str) -> str | None:
    for raw in table.get("adoption_line", []):
        match = re.search(raw, text)
        if match:
            window = text[match.end() : match.end() + _ADOPTION_DATE_WINDOW]
            found = find_date(window, language)
            return found.iso if found else None
    return None


def read_header(
    header_blocks: Sequence[str],
    table: dict[str, Any],
    language: str,
    organ: OrganLine | None,
) -> Header:
    text = "\n".join(header_blocks)
    if not text.strip():
        return Header(body=organ.body if organ else None)
    body, template = (organ.body, organ.symbol_template) if organ else (None, None)
    if body is None:
        body, template = _body_of(text, table)
    session = _session(text, table, language)
    title = symbol = None
    title_pattern = re.compile(table.get("title_line", r"(?!x)x"))
    for block in header_blocks:
        match = title_pattern.match(block.strip())
        if match:
            title = match.group("title").strip() or None
            printed_session = re.sub(r"\s", "", match.group("session"))
            printed_number = re.sub(r"\s", "", match.group("number"))
            if template:
                symbol = template.format(session=printed_session, number=printed_number)
            # No session number has 10 digits; int() of thousands would raise.
            if session is None and printed_session.isdigit() and len(printed_session) < 10:
                session = int(printed_session)
            break
    explicit = _EXPLICIT_SYMBOL.search(text)
    if explicit:
        symbol = explicit.group(0)
    return Header(
        body=body,
        session=session,
        symbol=symbol,
        agenda_item=_first_group(table.get("agenda_item", []), text, "item"),
        title=title,
        adopted=_adopted(text, table, language),
    )
