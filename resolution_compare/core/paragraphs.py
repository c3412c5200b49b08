"""Blocks of the body → preambular and operative paragraphs with leads and sub-paragraphs.

Lead phrase rule: the longest phrase of the language's opener table (preambular) or lead
table (operative) that starts the paragraph, optionally wrapped by a modifier ("Also
requests", "Recalling also", "Prie également"). When no table entry matches, the lead is
the first word plus the following lower-case words up to the first function word, at most
three words ("Taking note of" → "Taking note"; "Déterminé à" → "Déterminé").

Merged preambular blocks (44/11 EN "Determined … Asserting … Resolved …") stay one
paragraph: a capitalised opener after ", " is also how a proper noun or a title reads
("…the Charter of the United Nations, Human Rights Council resolution …"), so splitting
there is not safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from resolution_compare.core.model import Paragraph, ParagraphKind, SubParagraph
from resolution_compare.core.text import fold
from resolution_compare.resources import read_json

NUMBERED = re.compile(r"^(?P<number>\d{1,3})\.\s*(?P<rest>.*)$", re.DOTALL)
# "1000.", "5 bis.", "5bis.": longer numbers and the Latin suffixes of inserted paragraphs.
_NUMBERED_EXTENDED = re.compile(
    r"^(?P<number>\d{1,5})(?:\s?(?P<suffix>[^\W\d_]{3,9}))?\.(?:\s+|$)(?P<rest>.*)$", re.DOTALL
)
# Numbers of three digits always open an operative paragraph; longer ones only when they
# continue the sequence (999 → 1000), so a year opening a block ("2030. …") stays text.
_ALWAYS_NUMBER_DIGITS = 3
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Roman numerals of second-degree sub-paragraphs, (i) to (xx).
_ROMAN = frozenset(
    [
        "i",
        "ii",
        "iii",
        "iv",
        "v",
        "vi",
        "vii",
        "viii",
        "ix",
        "x",
        "xi",
        "xii",
        "xiii",
        "xiv",
        "xv",
        "xvi",
        "xvii",
        "xviii",
        "xix",
        "xx",
    ]
)
_MAX_FALLBACK_WORDS = 3


@cache
def _number_suffixes() -> frozenset[str]:
    table = read_json("lang", "paragraph_numbers.json")
    return frozenset(str(s).casefold() for s in table.get("suffixes", []))


def operative_number(block: str, previous: int | None) -> tuple[int, str | None, str] | None:
    """(number, suffix, rest) when ``block`` opens an operative paragraph, else None.

    "7. Decides" → (7, None, "Decides"); "5 bis. Decides" → (5, "bis", "Decides") — the
    Latin suffixes of ``resources/lang/paragraph_numbers.json``, UN practice for a paragraph
    inserted in negotiation; "1000. Decides" → (1000, None, …) only when ``previous`` (the
    last operative number) is 999: numbers of four or five digits open a paragraph only when
    they continue the sequence. Anything else (a year, "2030. …") is None.
    """
    found = _NUMBERED_EXTENDED.match(block)
    if found is None:
        return None
    digits, suffix = found.group("number"), found.group("suffix")
    if suffix is not None and suffix.casefold() not in _number_suffixes():
        return None
    number = int(digits)
    if len(digits) > _ALWAYS_NUMBER_DIGITS and (previous is None or number != previous + 1):
        return None
    return number, suffix.casefold() if suffix else None, found.group("rest")


@dataclass
class DraftSub:
    label: str  # as printed: "(a)", "a)"
    key: str  # the bare label: "a", "ii"
    text: str
    children: list[DraftSub] = field(default_factory=list)

    def build(self) -> SubParagraph:
        return SubParagraph(self.label, self.text, tuple(c.build() for c in self.children))

    def lines(self) -> list[str]:
        return [f"{self.label} {self.text}"] + [line for c in self.children for line in c.lines()]


@dataclass
class DraftParagraph:
    kind: ParagraphKind
    head: str
    number: int | None = None
    subs: list[DraftSub] = field(default_factory=list)
    id: str = ""
    number_suffix: str | None = None  # "bis" in "5 bis."

    def all_subs(self) -> list[DraftSub]:
        return [s for top in self.subs for s in [top, *top.children]]

    def text(self) -> str:
        return "\n".join([self.head] + [line for s in self.subs for line in s.lines()])


def _longest_first(phrases: list[str]) -> list[tuple[str, str]]:
    return [(p, fold(p)) for p in sorted(phrases, key=len, reverse=True)]


class LeadFinder:
    """Lead phrases of one language, from its structure table."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.before = _longest_first(table.get("lead_modifiers_before", []))
        self.after = _longest_first(table.get("lead_modifiers_after", []))
        self.function_words = {fold(w) for w in table.get("function_words", [])}
        self.preambular = _longest_first(table.get("preambular_openers", []))
        self.operative = _longest_first(table.get("operative_leads", []))

    @staticmethod
    def _prefix(text: str, phrases: list[tuple[str, str]]) -> str | None:
        """The longest (phrase, folded phrase) that starts ``text`` as whole words."""
        longest = len(phrases[0][0]) if phrases else 0
        folded = fold(text[: longest + 1])
        for phrase, folded_phrase in phrases:
            size = len(phrase)
            if folded.startswith(folded_phrase) and (len(text) == size or not text[size].isalnum()):
                return text[:size]
        return None

    def table_lead(self, text: str, kind: ParagraphKind) -> str | None:
        phrases = self.operative if kind == "operative" else self.preambular
        lead_start = 0
        modifier = self._prefix(text, self.before)
        if modifier and text[len(modifier) : len(modifier) + 1] == " ":
            lead_start = len(modifier) + 1
        found = self._prefix(text[lead_start:], phrases)
        if found is None:
            return None
        end = lead_start + len(found)
        after = self._prefix(text[end + 1 :], self.after) if text[end : end + 1] == " " else None
        if after:
            end += 1 + len(after)
        return text[:end]

    def fallback_lead(self, text: str) -> str | None:
        words = text.split()
        if not words or not words[0][:1].isupper():
            return None
        lead = [words[0].rstrip(",;:")]
        for word in words[1:_MAX_FALLBACK_WORDS]:
            bare = word.rstrip(",;:")
            folded = fold(bare)
            elided = "'" in folded[:3]
            if folded in self.function_words or elided or not bare[:1].islower():
                break
            lead.append(bare)
            if bare != word:
                break
        return " ".join(lead)

    def lead(self, text: str, kind: ParagraphKind) -> str | None:
        return self.table_lead(text, kind) or self.fallback_lead(text)

    def is_opener(self, text: str) -> bool:
        return self.table_lead(text, "preambular") is not None


def label_match(block: str, patterns: list[re.Pattern[str]]) -> re.Match[str] | None:
    for pattern in patterns:
        match = pattern.match(block)
        if match:
            return match
    return None


def _next_letter(key: str) -> str:
    if len(key) == 1 and key != "z":
        return _LETTERS[_LETTERS.index(key) + 1]
    return key


def add_subparagraph(paragraph: DraftParagraph, label: str, key: str, text: str) -> None:
    """Attach "(i)" as a letter when it follows "(h)", else as a roman child of a letter."""
    sub = DraftSub(label, key, text)
    previous = paragraph.subs[-1] if paragraph.subs else None
    follows_letter = (previous is None and key == "a") or (
        previous is not None and key == _next_letter(previous.key)
    )
    if previous is not None and key in _ROMAN and not follows_letter:
        previous.children.append(sub)
    else:
        paragraph.subs.append(sub)


def build(drafts: list[DraftParagraph], finder: LeadFinder) -> tuple[Paragraph, ...]:
    out = []
    for draft in drafts:
        lead = finder.lead(draft.head, draft.kind) if draft.kind != "other" else None
        out.append(
            Paragraph(
                id=draft.id,
                kind=draft.kind,
                text=draft.text(),
                lead=lead,
                number=draft.number,
                subparagraphs=tuple(s.build() for s in draft.subs),
                number_suffix=draft.number_suffix,
            )
        )
    return tuple(out)


def number_ids(drafts: list[DraftParagraph]) -> None:
    """PP1…, OP<printed number> ("OP5bis" for "5 bis."), P1…; a repeated printed number
    gets a suffix ("OP3-2")."""
    preambular = other = 0
    seen: dict[str, int] = {}
    for draft in drafts:
        if draft.kind == "preambular":
            preambular += 1
            draft.id = f"PP{preambular}"
        elif draft.kind == "other":
            other += 1
            draft.id = f"P{other}"
        else:
            base = f"OP{draft.number}{draft.number_suffix or ''}"
            seen[base] = seen.get(base, 0) + 1
            draft.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
