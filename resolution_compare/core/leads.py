"""Lead phrases: the opening words of a paragraph ("Also requests", "Réaffirmant", "又回顾").

Rule: the longest phrase of the language's opener table (preambular) or lead table
(operative) that starts the paragraph, optionally wrapped by a modifier ("Also requests",
"Recalling also", "Prie également", "又回顾", "يطلب أيضا"). Matching ignores case, the kind
of apostrophe and the diacritics a script writes as separate marks (Arabic tashkeel:
"يحيط علماً" is "يحيط علما"). A phrase must end at a word boundary, except in a script
written without spaces (Chinese: "重申一…" starts with the lead 重申).

When no table entry matches, the fallback lead is taken from the words:

* a capitalised first word, then the following lower-case words up to the first function
  word, at most three words ("Taking note of" → "Taking note"; "Déterminé à" → "Déterminé");
* a lower-case first word only where the language writes its leads in lower case (Russian
  "1. принимает …", table flag ``lower_case_leads``) — one word, since case no longer tells
  where the lead ends;
* in a script without case (Arabic) the first word, with the next one when the first is a
  particle of the table's ``lead_particles`` ("وإذ يسلم");
* nothing in a script without spaces (Chinese): only the tables know where a lead ends.
"""

from __future__ import annotations

from typing import Any

from resolution_compare.core.model import ParagraphKind
from resolution_compare.core.script import is_unspaced, phrase_keys, prefix_end, skeleton
from resolution_compare.core.text import unify_apostrophes

_MAX_FALLBACK_WORDS = 3
# Punctuation that may follow a lead word: ASCII, Arabic and full-width forms.
_WORD_END = ",;:،؛，；："


def _keys(phrases: list[str]) -> list[str]:
    return phrase_keys([unify_apostrophes(p) for p in phrases])


def _prefix(text: str, keys: list[str]) -> str | None:
    """The part of ``text`` that is the longest phrase of ``keys`` at its start."""
    end = prefix_end(unify_apostrophes(text), keys)
    return None if end is None else text[:end]


def _folded(word: str) -> str:
    return skeleton(unify_apostrophes(word))[0]


def _skip_spaces(text: str, start: int) -> int:
    while start < len(text) and text[start] == " ":
        start += 1
    return start


class LeadFinder:
    """Lead phrases of one language, from its structure table."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.before = _keys(table.get("lead_modifiers_before", []))
        self.after = _keys(table.get("lead_modifiers_after", []))
        self.function_words = {_folded(w) for w in table.get("function_words", [])}
        self.particles = {_folded(w) for w in table.get("lead_particles", [])}
        self.lower_case_leads = bool(table.get("lower_case_leads", False))
        self.preambular = _keys(table.get("preambular_openers", []))
        self.operative = _keys(table.get("operative_leads", []))

    def table_lead(self, text: str, kind: ParagraphKind) -> str | None:
        phrases = self.operative if kind == "operative" else self.preambular
        lead_start = 0
        modifier = _prefix(text, self.before)
        if modifier:
            lead_start = _skip_spaces(text, len(modifier))
            # A spaced-script modifier is a separate word ("Also requests").
            if lead_start == len(modifier) and not is_unspaced(modifier[-1:]):
                lead_start = 0
        found = _prefix(text[lead_start:], phrases)
        if found is None and lead_start:
            # The modifier word begins a lead of its own ("вновь выражая").
            lead_start, found = 0, _prefix(text, phrases)
        if found is None:
            return None
        end = lead_start + len(found)
        after_start = _skip_spaces(text, end)
        if after_start > end:
            after = _prefix(text[after_start:], self.after)
            if after:
                end = after_start + len(after)
        return text[:end]

    def fallback_lead(self, text: str) -> str | None:
        words = text.split()
        if not words:
            return None
        first = words[0].rstrip(_WORD_END)
        initial = first[:1]
        if not initial or is_unspaced(initial):
            return None
        if initial.isupper():
            return self._capitalised_lead(first, words)
        if initial.islower():
            return first if self.lower_case_leads else None
        if initial.isalpha():
            # A script without case (Arabic): the verb, after its particle if there is one.
            if _folded(first) in self.particles and len(words) > 1 and words[0] == first:
                return f"{first} {words[1].rstrip(_WORD_END)}"
            return first
        return None

    def _capitalised_lead(self, first: str, words: list[str]) -> str:
        lead = [first]
        if first != words[0]:
            return first
        for word in words[1:_MAX_FALLBACK_WORDS]:
            bare = word.rstrip(_WORD_END)
            folded = _folded(bare)
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
