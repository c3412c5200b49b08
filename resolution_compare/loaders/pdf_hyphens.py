"""Joining printed lines: a hyphen at a line end is kept, unless it only splits a word.

UN documents hyphenate compounds ("rights-based", "non-governmental", "follow-up",
"Secretary-General", "health-care") and, in drafts made with automatic hyphenation, also
split words at syllables ("afford-⏎able", "implementa-⏎tion", "Cultura-⏎les"). pdfium marks
both the same way, so the decision is linguistic. The question is: is the hyphen part of the
word as printed unbroken? The evidence, strongest first:

1. a digit after the hyphen, or before it ("COVID-⏎19", "2026-⏎2030", "paragraphs 4-⏎7",
   "20-⏎year") or a capital after it ("Guinea-⏎Bissau") → keep, with no space;
2. the document prints the same word elsewhere: hyphenated mid-line → keep; joined → join;
3. the dictionary lists the hyphenated compound (French: "porte-parole") → keep;
4. the part after the hyphen is no word ("progra-⏎mmes", "pre-⏎vention") or a derivational
   suffix of the language ("afford-⏎able", "neighbour-⏎hood") → join;
5. the joined form is a word of the language (pyspellchecker's counts, inflected forms through
   the language's ``inflection_endings``):
   - the part before the hyphen is neither a word nor a compound prefix ("favour-⏎able" with
     an American word list, "remo-⏎tas") → join;
   - the joined word is more frequent than the rarer of its parts: it is one established word
     ("inter-⏎national", "co-⏎operation", "Cultura-⏎les") → join;
   - otherwise the parts are more common apart: a compound ("health-⏎care", "set-⏎up",
     "under-⏎represented", "re-⏎establish") → keep;
6. the joined form is no word: both parts words, or a compound prefix and a word
   ("rights-⏎based", "non-⏎governmental") → keep; otherwise join.

Rules 5–6 keep a hyphen only where the language writes such compounds: a language's
``compound_head_endings`` (Spanish: "o", RAE Ortografía 2010 §4.1.1.2, "teórico-práctico")
says how the first part of a lowercase hyphenated compound ends; elsewhere the hyphen is a
syllable break ("fon-⏎dos", "gobier-⏎nos").

Only this module reads pyspellchecker's word lists; without them rules 3–5 are skipped and
rule 6 keeps the hyphen (a printed hyphen is more often real than not).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import NamedTuple

from resolution_compare.core.language import detect_language
from resolution_compare.core.lexicon import load_table

HYPHENS = ("-", "\x02", "\ufffe", "\u00ad")
# pyspellchecker counts every listed word at least this often: such words are rare forms.
_RARE = 50
_WORD = re.compile(r"[^\W\d_]+")
_HEAD = re.compile(r"([^\W\d_]+)[-\x02\ufffe\u00ad]$")
# A number before the hyphen ("2026-", "4-"): a range or a compound, never a split word.
_NUMBER_HEAD = re.compile(r"(?<![^\W\d_])\d+[-\x02\ufffe\u00ad]$")
# In a document that splits words at syllables, a word that is also two words keeps its
# hyphen only when the joined spelling is this many times rarer than its rarer part (an order
# of magnitude: "under-represented" 140×, "re-establish" 18×; "stake-holders" 10×).
_HYPHENATED_MARGIN = 10
# Longest word looked at when rejoining a line-end hyphen (no real word is longer).
_LAST_WORD_CHARS = 200


@cache
def word_counts(language: str) -> Mapping[str, int]:
    """pyspellchecker's word → count table of ``language`` (lower case); empty when absent.

    Counts are occurrences in the list's source corpus; hyphenated entries exist for
    some languages (French "porte-parole")."""
    try:
        from importlib import resources

        raw = resources.files("spellchecker").joinpath(f"resources/{language}.json.gz")
        counts = json.loads(gzip.decompress(raw.read_bytes()))
    except (ImportError, FileNotFoundError, OSError, ValueError):
        return {}
    return {w: n for w, n in counts.items() if isinstance(n, int) and n > _RARE}


def dictionary(language: str) -> frozenset[str]:
    """Words of ``language`` (lower case) that are more than rare; empty when unavailable."""
    return frozenset(word_counts(language))


class _Structure(NamedTuple):
    prefixes: frozenset[str]  # compound prefixes ("non", "self")
    endings: tuple[tuple[str, str], ...]  # inflection ending → dictionary form's ending
    head_endings: tuple[str, ...]  # how a compound's first part ends; empty: any way
    suffixes: frozenset[str]  # derivational suffixes that are also words ("able", "hood")


@cache
def _structure(language: str) -> _Structure:
    """What the language's structure table says about hyphens (see ``_Structure``)."""
    table = load_table(language, "structure")
    return _Structure(
        frozenset(p.lower() for p in table.get("hyphen_prefixes", [])),
        tuple((str(e), str(r)) for e, r in table.get("inflection_endings", [])),
        tuple(str(e) for e in table.get("compound_head_endings", [])),
        frozenset(str(s) for s in table.get("derivational_suffixes", [])),
    )


class HyphenJoiner:
    """Joins the lines of one document; knows the words the document prints."""

    def __init__(self, lines: Iterable[str]) -> None:
        lines = list(lines)
        text = "\n".join(lines)
        # Fragments of words split at a line end are not words the document prints.
        whole = []
        for k, line in enumerate(lines):
            if k > 0 and lines[k - 1].endswith(HYPHENS):
                line = _WORD.sub("", line, count=1)
            if line.endswith(HYPHENS):
                line = _HEAD.sub("", line)
            whole.append(line)
        self.words = {w.lower() for w in _WORD.findall("\n".join(whole))}
        # \b: from inside a long word every start would rescan it (32 000 glyphs: 19 s)
        self.compounds = {m.lower() for m in re.findall(r"\b\w+(?:[-\u2011]\w+)+", text)}
        self.language = detect_language(text)
        self.prefixes, self.endings, self.head_endings, self.suffixes = _structure(self.language)
        # Automatic hyphenation shows as a line-end hyphen that certainly splits a word.
        self.splits_words = False
        for k, line in enumerate(lines[:-1]):
            head, tail = _HEAD.search(line[-_LAST_WORD_CHARS:]), _WORD.match(lines[k + 1])
            if head and tail and self._evidence(head.group(1), tail.group(0)) is False:
                self.splits_words = True
                break

    def count(self, word: str) -> int:
        """How common ``word`` (lower case) is in the language: its own count, else the
        count of the form it inflects ("fondos" → "fondo"); 0 for no word."""
        counts = word_counts(self.language)
        found = counts.get(word, 0)
        for ending, replacement in self.endings:
            if not found and word.endswith(ending) and len(word) > len(ending) + 1:
                found = counts.get(word[: -len(ending)] + replacement, 0)
        return found

    def _lemmas(self, word: str) -> set[str]:
        """``word`` and the forms it may inflect ("ships" → "ship")."""
        found = {word}
        for ending, replacement in self.endings:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                found.add(word[: -len(ending)] + replacement)
        return found

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether "head-⏎tail" is printed "head-tail" (True) or "headtail" (False)."""
        found = self._evidence(head, tail)
        if isinstance(found, bool):
            return found
        # A word that is also two words ("health|care", "high|lights"): one established word
        # is common next to its parts; a compound's parts are far more common apart
        # ("healthcare" 1.7k, "health" 51k). A document that visibly splits words at
        # syllables (a draft with automatic hyphenation) asks for a wider margin: there a
        # line-end hyphen is most often a split word; in official UN documents, never.
        joined_count, part_count, head_is_prefix = found
        split_words = self.splits_words and not head_is_prefix
        margin = _HYPHENATED_MARGIN if split_words else 1
        return joined_count * margin < part_count

    def _evidence(self, head: str, tail: str) -> bool | tuple[int, int, bool]:
        """Rules 1–6 of the module: the decision, or for a word that is also a compound of
        two words (rule 5's last case) its count, its rarer part's count and whether the
        head is a compound prefix."""
        if not tail[:1].islower():
            return True
        head, tail = head.lower(), tail.lower()
        joined, hyphenated = head + tail, f"{head}-{tail}"
        if hyphenated in self.compounds:
            return True
        if joined in self.words:
            return False
        counts = word_counts(self.language)
        if not counts:
            return True
        if hyphenated in counts:
            return True
        if self._lemmas(tail) & self.suffixes:  # "afford-able", "partner-ships": a derivation
            return False
        tail_count = self.count(tail) or (1 if tail in self.words else 0)
        if not tail_count:  # "-mmes", "-vention": the end of a split word
            return False
        head_count = self.count(head)
        if not (head_count or head in self.prefixes):
            return False  # "favour-able", "remo-tas": no compound starts with a fragment
        if self.head_endings and not head.endswith(self.head_endings):
            return False  # a language that hyphenates no compound of this shape
        joined_count = self.count(joined)
        if not joined_count:
            return True  # "rights-based", "non-governmental": only the compound is a word
        return joined_count, min(head_count or tail_count, tail_count), head in self.prefixes

    def join(self, text: str, line: str) -> tuple[str, int]:
        """``text`` + ``line`` joined; also where ``line`` starts in the result."""
        if not text.endswith(HYPHENS):
            if text.endswith(" ") or not line:
                return text + line, len(text)
            return f"{text} {line}", len(text) + 1
        # Only the end of the growing text is searched: the whole of it, on every line, made
        # a block of 3 000 hyphen-ended lines quadratic (11 s).
        end = text[-_LAST_WORD_CHARS:]
        if _NUMBER_HEAD.search(end):  # "2026-⏎2030", "4-⏎7", "20-⏎year": printed as is
            base = text[:-1] + "-"
            return base + line, len(base)
        head = _HEAD.search(end)
        tail = _WORD.match(line)
        if head is None:  # a dash after a space ("…a dash -"), not a split word
            return f"{text} {line}", len(text) + 1
        keep = self.keeps_hyphen(head.group(1), tail.group(0) if tail else line[:1])
        base = text[:-1] + ("-" if keep else "")
        return base + line, len(base)
