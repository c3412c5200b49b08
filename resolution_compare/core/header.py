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
from resolution_compare.core.model import Header, Meeting
from resolution_compare.core.script import strip_marks

# An explicit symbol printed in the masthead wins over one built from "44/11.".
_EXPLICIT_SYMBOL = re.compile(
    r"\b(?:A/HRC/RES|A/RES|S/RES|E/RES)/[\w-]+(?:/\d+)?(?:/(?:Rev|Corr)\.\d+)?"
    r"(?:\s*\(\d{4}\))?"
)
# Arabic-Indic digits of a title number ("٤٤/١١") become ASCII in the symbol.
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# One agenda item as printed: "19(a)", "19 (a)", French "19 a)", Arabic "19 (أ)", "3".
_AGENDA_ITEM = re.compile(r"(\d+)\s*(?:\(([^()\d\s]{1,3})\)|([^\W\d_]{1,2})\))?")
# How far after "Resolution adopted by …" its date may start.
_ADOPTION_DATE_WINDOW = 80


@dataclass(frozen=True)
class OrganLine:
    index: int
    body: str | None  # canonical (English) name, None when the line names no known body
    symbol_template: str | None


def body_of(name: str, table: dict[str, Any]) -> tuple[str | None, str | None]:
    for entry in table.get("bodies", []):
        if re.search(entry["pattern"], name):
            return entry["body"], entry.get("symbol")
    return None, None


def find_organ_line(blocks: Sequence[str], table: dict[str, Any]) -> OrganLine | None:
    """The first block that is the organ line ("Le Conseil des droits de l’homme,")."""
    patterns = [re.compile(p) for p in table.get("organ_lines", [])]
    found: list[OrganLine] = []
    for index, block in enumerate(blocks):
        for pattern in patterns:
            match = pattern.match(block.strip())
            if match:
                body, template = body_of(match.group("body"), table)
                if block.strip().endswith((",", "،", "，")):
                    return OrganLine(index, body, template)
                # Without its comma the line may be the organ banner of the masthead
                # ("مجلس حقوق الإنسان"): a later line that has the comma wins.
                found.append(OrganLine(index, body, template))
                break
    return found[0] if found else None


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
            ordinal = strip_marks(groups.get("ordinal") or "").lower().replace("- ", "-")
            ordinal = re.sub(r"\s+", " ", ordinal)
            if ordinal in ordinals:
                return ordinals[ordinal]
    return None


def _agenda_items(patterns: Sequence[str], text: str) -> str | None:
    """The agenda item as printed without spaces ("19(a)"); several items ("Agenda items 13
    and 115", Arabic dual "البندان 13 و 115") joined by ", "."""
    for raw in patterns:
        match = re.search(raw, text)
        if match:
            printed = match.group("item").translate(_ASCII_DIGITS)
            items = [
                f"{number}({letter or bare})" if (letter or bare) else number
                for number, letter, bare in _AGENDA_ITEM.findall(printed)
            ]
            return ", ".join(items) or re.sub(r"\s+", "", printed)
    return None


def _adoption_match(text: str, table: dict[str, Any]) -> re.Match[str] | None:
    for raw in table.get("adoption_line", []):
        match = re.search(raw, text)
        if match:
            return match
    return None


def _adopted(text: str, table: dict[str, Any], language: str) -> str | None:
    """The adoption date: the pattern's ``date`` group when it has one (Chinese prints the
    date before "通过的决议"), else the first date just after the adoption line."""
    match = _adoption_match(text, table)
    if match is None:
        return None
    if match.groupdict().get("date"):
        found = find_date(match.group("date"), language)
    else:
        found = find_date(text[match.end() : match.end() + _ADOPTION_DATE_WINDOW], language)
    return found.iso if found else None


def adoption_meeting(header_blocks: Sequence[str], language: str) -> Meeting | None:
    """The meeting named in the adoption line, for texts that print it there instead of in a
    closing line: "Adopted by the Security Council at its 9586th meeting, on 25 March 2024"
    (the pattern's ``meeting`` group), with the adoption date. None otherwise."""
    table = load_table(language, "structure")
    text = "\n".join(header_blocks)
    match = _adoption_match(text, table)
    if match is None or not match.groupdict().get("meeting"):
        return None
    number = int(match.group("meeting").translate(_ASCII_DIGITS))
    return Meeting(number=number, date=_adopted(text, table, language))


def _symbol_line(blocks: Sequence[str], table: dict[str, Any], template: str | None) -> str | None:
    """A symbol built from a line that names the resolution without a title, as Security
    Council resolutions do ("Resolution 2728 (2024)"): the body's symbol template filled with
    the line's groups."""
    if template is None:
        return None
    for raw in table.get("symbol_lines", []):
        pattern = re.compile(raw)
        for block in blocks:
            match = pattern.match(block.strip())
            if match:
                groups = {k: v.translate(_ASCII_DIGITS) for k, v in match.groupdict().items() if v}
                try:
                    return template.format(**groups)
                except (KeyError, IndexError):
                    return None
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
        body, template = body_of(text, table)
    session = _session(text, table, language)
    title = symbol = None
    title_pattern = re.compile(table.get("title_line", r"(?!x)x"))
    for block in header_blocks:
        match = title_pattern.match(block.strip())
        if match:
            title = match.group("title").strip() or None
            printed_session = re.sub(r"\s", "", match.group("session")).translate(_ASCII_DIGITS)
            printed_number = re.sub(r"\s", "", match.group("number")).translate(_ASCII_DIGITS)
            if template:
                symbol = template.format(session=printed_session, number=printed_number)
            # No session number has 10 digits; int() of thousands would raise.
            if session is None and printed_session.isdigit() and len(printed_session) < 10:
                session = int(printed_session)
            break
    if symbol is None:
        symbol = _symbol_line(header_blocks, table, template)
    explicit = _EXPLICIT_SYMBOL.search(text)
    if explicit:
        symbol = explicit.group(0)
    return Header(
        body=body,
        session=session,
        symbol=symbol,
        agenda_item=_agenda_items(table.get("agenda_item", []), text),
        title=title,
        adopted=_adopted(text, table, language),
    )
