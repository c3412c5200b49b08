"""Joining printed lines: a hyphen at a line end is kept, unless it only splits a word.

UN documents hyphenate compounds ("rights-based", "non-governmental", "follow-up",
"Secretary-General") and, in drafts made with automatic hyphenation, also split words at
syllables ("afford-⏎able", "implementa-⏎tion"). pdfium marks both the same way, so the
decision is linguistic, in this order:

1. the next line starts with a capital or a digit → keep ("Guinea-⏎Bissau", "COVID-⏎19");
2. the hyphenated word is printed elsewhere in the document → keep;
3. the joined word is printed elsewhere in the document → join;
4. the first part is a compound prefix of the language ("non", "self") → keep;
5. the joined word is a word of the language (a word-frequency list, pyspellchecker's
   data, counted more than rarely) → join;
6. the part after the hyphen is no word ("progra-⏎mmes") → join: a compound joins words;
7. otherwise keep the hyphen: a printed hyphen is more often real than not.

Only this module reads pyspellchecker's word lists; without them rule 5 is skipped.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable
from functools import cache

from resolution_compare.core.language import detect_language
from resolution_compare.core.lexicon import load_table

HYPHENS = ("-", "\x02", "\ufffe", "\u00ad")
# pyspellchecker counts every listed word at least this often: such words are rare forms.
_RARE = 50
_WORD = re.compile(r"[^\W\d_]+")
_HEAD = re.compile(r"([^\W\d_]+)[-\x02\ufffe\u00ad]$")
# Longest word looked at when rejoining a line-end hyphen (no real word is longer).
_LAST_WORD_CHARS = 200


@cache
def dictionary(language: str) -> frozenset[str]:
    """Words of ``language`` (lower case) that are more than rare; empty when unavailable."""
    try:
        from importlib import resources

        raw = resources.files("spellchecker").joinpath(f"resources/{language}.json.gz")
        counts = json.loads(gzip.decompress(raw.read_bytes()))
    except (ImportError, FileNotFoundError, OSError, ValueError):
        return frozenset()
    return frozenset(w for w, n in counts.items() if isinstance(n, int) and n > _RARE)


@cache
def _prefixes(language: str) -> frozenset[str]:
    """Compound prefixes of the language ("non", "self"), lower case."""
    return frozenset(
        p.lower() for p in load_table(language, "structure").get("hyphen_prefixes", [])
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
        self.prefixes = _prefixes(self.language)

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        """Whether "head-⏎tail" is printed "head-tail" (True) or "headtail" (False)."""
        if not tail[:1].islower():
            return True
        joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
        if hyphenated in self.compounds:
            return True
        if joined in self.words:
            return False
        if head.lower() in self.prefixes:
            return True
        words = dictionary(self.language)
        if joined in words:
            return False
        # A compound joins two words; a tail that is no word ("-mmes") ends a split word.
        return not words or tail.lower() in words or tail.lower() in self.words

    def join(self, text: str, line: str) -> tuple[str, int]:
        """``text`` + ``line`` joined; also where ``line`` starts in the result."""
        if not text.endswith(HYPHENS):
            if text.endswith(" ") or not line:
                return text + line, len(text)
            return f"{text} {line}", len(text) + 1
        # Only the end of the growing text is searched: the whole of it, on every line, made
        # a block of 3 000 hyphen-ended lines quadratic (11 s).
        head = _HEAD.search(text[-_LAST_WORD_CHARS:])
        tail = _WORD.match(line)
        if head is None:  # a dash after a space ("…a dash -"), not a split word
            return f"{text} {line}", len(text) + 1
        keep = self.keeps_hyphen(head.group(1), tail.group(0) if tail else line[:1])
        base = text[:-1] + ("-" if keep else "")
        return base + line, len(base)
