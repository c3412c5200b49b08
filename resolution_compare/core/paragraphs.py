"""Blocks of the body → preambular and operative paragraphs with leads and sub-paragraphs.

Lead phrases are found by :class:`~resolution_compare.core.leads.LeadFinder` (see that
module for the rule).

Merged preambular blocks (44/11 EN "Determined … Asserting … Resolved …") stay one
paragraph: a capitalised opener after ", " is also how a proper noun or a title reads
("…the Charter of the United Nations, Human Rights Council resolution …"), so splitting
there is not safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from resolution_compare.core.leads import LeadFinder
from resolution_compare.core.model import Paragraph, ParagraphKind, Section, SubParagraph
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
    label: str | None = None  # "(a)": a lettered paragraph of a decision
    section: Section | None = None
    part: str | None = None
    tail: str = ""  # text that continues after the sub-paragraphs
    markers: list[str] = field(default_factory=list)  # footnote markers printed in it
    annex: int = 0  # 1-based annex number; 0 for the resolution's own paragraphs
    number_suffix: str | None = None  # "bis" in "5 bis."

    def all_subs(self) -> list[DraftSub]:
        return [s for top in self.subs for s in [top, *top.children]]

    def text(self) -> str:
        lines = [self.head] + [line for s in self.subs for line in s.lines()]
        return "\n".join(lines + ([self.tail] if self.tail else []))


def label_match(block: str, patterns: list[re.Pattern[str]]) -> re.Match[str] | None:
    for pattern in patterns:
        match = pattern.match(block)
        if match:
            return match
    return None


def _next_letter(key: str) -> str:
    # Only Latin letters can be mistaken for roman numerals; Arabic (أ) (ب) and Cyrillic
    # а) б) labels have no successor here.
    if len(key) == 1 and key in _LETTERS[:-1]:
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
                number_suffix=draft.number_suffix,
            )
        )
    return tuple(out)


def number_ids(drafts: list[DraftParagraph]) -> None:
    """PP1…, OP<printed number> ("OP5bis" for "5 bis."), P1…; a repeated printed number
    gets a suffix ("OP3-2").

    An unnumbered operative paragraph is counted among the operative ones ("OP1" for the
    single operative paragraph of A/RES/79/157); its ``number`` stays None. Lettered ones
    are "OP(a)"; parts prefix their letter ("B.PP1", "B.OP3"); annex paragraphs are
    "ANNEX.3" ("ANNEX2.3" in the second annex, "ANNEX.P1" when unnumbered). Preambular and
    other paragraphs are counted per part and per annex.
    """
    counters: dict[tuple[str, str | None, int], int] = {}
    seen: dict[str, int] = {}
    for draft in drafts:
        prefix = f"{draft.part}." if draft.part else ""
        if draft.kind == "annex":
            prefix = f"ANNEX{draft.annex if draft.annex > 1 else ''}."
        key = (draft.kind, draft.part, draft.annex)
        counters[key] = counters.get(key, 0) + 1
        if draft.kind in ("preambular", "other") or (
            draft.kind == "annex" and draft.number is None
        ):
            letter = "PP" if draft.kind == "preambular" else "P"
            base = f"{prefix}{letter}{counters[key]}"
        elif draft.kind == "annex":
            base = f"{prefix}{draft.number}"
        elif draft.label is not None:
            base = f"{prefix}OP{draft.label}"
        else:
            number = draft.number if draft.number is not None else counters[key]
            base = f"{prefix}OP{number}{draft.number_suffix or ''}"
        seen[base] = seen.get(base, 0) + 1
        draft.id = base if seen[base] == 1 else f"{base}-{seen[base]}"
