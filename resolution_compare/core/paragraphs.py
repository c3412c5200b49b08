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
from typing import Any

from resolution_compare.core.model import Paragraph, ParagraphKind, Section, SubParagraph
from resolution_compare.core.text import fold

# "12. Decides …", and the Arabic style "12 - يقرر …" (number, dash, text; domain.md §1.2).
NUMBERED = re.compile(
    r"^(?P<number>\d{1,3})(?:\.|\s*[-–—]\s+(?=[^\W\d_]))\s*(?P<rest>.*)$", re.DOTALL
)
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
    label: str | None = None  # "(a)": a lettered paragraph of a decision
    section: Section | None = None
    part: str | None = None
    tail: str = ""  # text that continues after the sub-paragraphs
    markers: list[str] = field(default_factory=list)  # footnote markers printed in it
    annex: int = 0  # 1-based annex number; 0 for the resolution's own paragraphs

    def all_subs(self) -> list[DraftSub]:
        return [s for top in self.subs for s in [top, *top.children]]

    def text(self) -> str:
        lines = [self.head] + [line for s in self.subs for line in s.lines()]
        return "\n".join(lines + ([self.tail] if self.tail else []))


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
        if draft.kind == "annex" and draft.head[:1].islower():
            lead = None
        out.append(
            Paragraph(
                id=draft.id,
                kind=draft.kind,
                text=draft.text(),
                lead=lead,
                number=draft.number,
                subparagraphs=tuple(s.build() for s in draft.subs),
                label=draft.label,
                section=draft.section,
                part=draft.part,
                after_subparagraphs=draft.tail or None,
            )
        )
    return tuple(out)


def number_ids(drafts: list[DraftParagraph]) -> None:
    """PP1…, OP<printed number>, P1…; a repeated printed number gets a suffix ("OP3-2").

    Unnumbered operative paragraphs are "OP" ("OP-2", …), lettered ones "OP(a)"; parts
    prefix their letter ("B.PP1", "B.OP3"); annex paragraphs are "ANNEX.3" ("ANNEX2.3" in
    the second annex, "ANNEX.P1" when unnumbered). Preambular and other paragraphs are
    counted per part and per annex.
    """
    counters: dict[tuple[str, str | None, int], int] = {}
    seen: dict[str, int] = {}
    for draft in drafts:
        prefix = f"{draft.part}." if draft.part else ""
        if draft.kind == "annex":
            prefix = f"ANNEX{draft.annex if draft.annex > 1 else ''}."
        key = (draft.kind, draft.part, draft.annex)
        if draft.kind in ("preambular", "other") or (
            draft.kind == "annex" and draft.number is None
        ):
            counters[key] = counters.get(key, 0) + 1
            letter = "PP" if draft.kind == "preambular" else "P"
            base = f"{prefix}{letter}{counters[key]}"
        elif draft.kind == "annex":
            base = f"{prefix}{draft.number}"
        elif draft.label is not None:
            base = f"{prefix}OP{draft.label}"
        else:
            base = f"{prefix}OP{draft.number if draft.number is not None else ''}"
        seen[base] = seen.get(base, 0) + 1
        draft.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
