"""A negation added to or removed from an operative paragraph's head (QA D15).

"Decides to extend the mandate" → "Decides not to extend the mandate" is a one-word diff
that turns the provision around; the head verb is the same, so no tier moves. It is flagged
``negation_added`` (or ``negation_removed``) like a hedge.

The words are data: ``resources/lang/<lang>/strength.json`` under "negation" — ``words``
(not, no longer; ne, n'; no; не; عدم, لا; 不), ``except`` (phrases that start with such a
word and negate nothing: "not later than", "not only", "organizaciones no
gubernamentales", 不断), and ``within``: how many characters after the head verb the
negation may stand ("Urges all States not to…"), never past the end of its clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from resolution_compare.core.comparison import Flag
from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import Paragraph
from resolution_compare.core.script import is_unspaced
from resolution_compare.core.strength import head_of
from resolution_compare.core.text import fold_phrase

# The clause of the head ends at these (a negation in the next clause is another matter).
_CLAUSE_END = re.compile(r"[;:；：؛]")
# How far into a paragraph its head verb can stand (the lead, a complement, "Calls upon
# all States, United Nations agencies … not to"); only that much is read.
_HEAD_REACH = 200


@dataclass(frozen=True)
class _Negation:
    words: re.Pattern[str] | None
    exceptions: re.Pattern[str] | None
    within: int


def _alternation(phrases: list[str], whole_end: bool) -> re.Pattern[str] | None:
    """Phrases as whole words where the script has spaces; an exception only needs to
    start a word ("no gubernamental" covers "no gubernamentales")."""
    parts = []
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        start = "" if is_unspaced(phrase[:1]) else r"(?<!\w)"
        closed = whole_end and phrase[-1:].isalnum() and not is_unspaced(phrase[-1:])
        end = r"(?!\w)" if closed else ""
        parts.append(start + re.escape(phrase).replace(r"\ ", r"\s+") + end)
    return re.compile("|".join(parts)) if parts else None


@cache
def _negation(language: str) -> _Negation:
    raw = load_table(language, "strength").get("negation", {})
    words = [fold_phrase(str(w)) for w in raw.get("words", ())]
    exceptions = [fold_phrase(str(w)) for w in raw.get("except", ())]
    return _Negation(
        _alternation(words, whole_end=True),
        _alternation(exceptions, whole_end=False),
        int(raw.get("within", 60)),
    )


def head_negation(paragraph: Paragraph, language: str) -> str | None:
    """The negation word that governs the head verb of an operative paragraph (folded, as
    printed: "not", "ne", "不"), or None when the head is not negated or not found."""
    table = _negation(language)
    if paragraph.kind != "operative" or table.words is None or not paragraph.lead:
        return None
    reach = len(paragraph.lead) + _HEAD_REACH + table.within
    start_of = replace(paragraph, text=paragraph.text[:reach], subparagraphs=())
    text = fold_phrase(start_of.text)
    head = head_of(start_of, language).phrase
    lead = fold_phrase(paragraph.lead)
    at = text.find(head, 0, len(lead) + len(head) + 1) if head else -1
    start = at + len(head) if head and at >= 0 else len(lead)
    window = text[start : start + table.within]
    end = _CLAUSE_END.search(window)
    if end:
        window = window[: end.start()]
    if table.exceptions is not None:
        window = table.exceptions.sub(" ", window)
    found = table.words.search(window)
    return found.group() if found else None


def negation_flags(left: Paragraph, right: Paragraph, language: str) -> list[Flag]:
    """``negation_added`` / ``negation_removed`` when one side's head is negated and the
    other's is not (two paragraphs of one language, at least one operative)."""
    reach = _HEAD_REACH + _negation(language).within + max(len(left.lead or ""), 1)
    if left.lead == right.lead and left.text[:reach] == right.text[:reach]:
        return []  # the words around the head did not change
    before, after = head_negation(left, language), head_negation(right, language)
    if (before is None) == (after is None):
        return []
    if after is not None:
        return [Flag("negation_added", after)]
    assert before is not None
    return [Flag("negation_removed", before)]
