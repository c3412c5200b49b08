"""State names ↔ ISO 3166-1 alpha-3 codes, in the six UN languages.

The names live in ``resources/lang/countries.json`` (UN short names plus aliases for old and
variant spellings). Lookups compare *normalised* names, so "Côte d'Ivoire", "Côte d’Ivoire" and
"Cote d'Ivoire" are the same key. The lookup tables are built once per process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES, load_table
from resolution_compare.resources import read_json

_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "ʼ": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‑": "-",
        "‐": "-",
        "ـ": "",  # Arabic tatweel (elongation) carries no meaning
    }
)
_SPACES = re.compile(r"\s+")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
_EDGE_JUNK = " \t\n.,;:[]\"'*∗†"


def normalize_name(name: str) -> str:
    """The comparison key of a state name.

    NFKC, quotes/apostrophes/dashes unified, casefolded, accents and Arabic vowel marks
    (tashkeel) stripped, whitespace collapsed, surrounding punctuation removed.
    """
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).casefold()
    decomposed = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    text = unicodedata.normalize("NFC", text)
    text = _SPACED_HYPHEN.sub("-", _SPACES.sub(" ", text))
    return text.strip(_EDGE_JUNK)


@dataclass(frozen=True)
class _Lookup:
    by_language: dict[str, dict[str, str]]  # language → normalised name → ISO3
    anywhere: dict[str, str]  # normalised name → ISO3, all languages
    display: dict[str, dict[str, str]]  # ISO3 → language → UN short name
    longest_words: int  # most words in any known name (bounds the list scan)


@cache
def _lookup() -> _Lookup:
    states: dict[str, Any] = read_json("lang", "countries.json")["states"]
    by_language: dict[str, dict[str, str]] = {lang: {} for lang in SUPPORTED_LANGUAGES}
    anywhere: dict[str, str] = {}
    display: dict[str, dict[str, str]] = {}
    longest = 1
    for iso3, entry in states.items():
        display[iso3] = dict(entry["names"])
        spellings: list[tuple[str, str]] = list(entry["names"].items())
        for language, aliases in entry.get("aliases", {}).items():
            spellings.extend((language, alias) for alias in aliases)
        for language, spelling in spellings:
            key = normalize_name(spelling)
            by_language.setdefault(language, {})[key] = iso3
            anywhere.setdefault(key, iso3)
            longest = max(longest, len(key.split()))
    return _Lookup(by_language, anywhere, display, longest)


def resolve_state(name: str, language: str) -> str | None:
    """ISO3 code of a printed state name: the given language first, then any language."""
    key = normalize_name(name)
    if not key:
        return None
    lookup = _lookup()
    found = lookup.by_language.get(language, {}).get(key)
    return found if found is not None else lookup.anywhere.get(key)


def state_name(iso3: str, language: str) -> str:
    """Display name of a State: the UN short name in ``language``, else English, else the code."""
    names = _lookup().display.get(iso3, {})
    return names.get(language) or names.get("en") or iso3


def known_states() -> tuple[str, ...]:
    """Every ISO3 code in the table, sorted."""
    return tuple(sorted(_lookup().display))


@dataclass(frozen=True)
class _ListSyntax:
    separators: re.Pattern[str]
    connectors: frozenset[str]  # words between the last two names: "and", "et", "y"
    prefixes: tuple[str, ...]  # connectors written onto the next word: Arabic "و"


@cache
def _list_syntax(language: str) -> _ListSyntax:
    rules = load_table(language, "votes").get("list", {})
    separators = re.compile(rules.get("separators", r"[,;،、，；]"))
    connectors = frozenset(normalize_name(word) for word in rules.get("connectors", []))
    return _ListSyntax(separators, connectors, tuple(rules.get("prefix_connectors", [])))


# A word carrying a digit or a slash is a spliced-in running header ("A/HRC/RES/37/35 7") or
# a stray footnote marker, never part of a State name.
_JUNK_WORD = re.compile(r"[\d/]")
_GLUED_MARKER = re.compile(r"(?<=[^\W\d_]|\))[\d∗*†]+[.,;]?$")


def _clean_words(piece: str) -> list[str]:
    words = []
    for word in piece.split():
        word = _GLUED_MARKER.sub("", word)
        if _JUNK_WORD.search(word) or not normalize_name(word):
            continue
        words.append(word)
    return words


def _longest_name_at(words: list[str], i: int, language: str) -> tuple[str, int] | None:
    """(ISO3, index after the name) of the longest known name starting at ``words[i]``."""
    for j in range(min(len(words), i + _lookup().longest_words), i, -1):
        code = resolve_state(" ".join(words[i:j]), language)
        if code is not None:
            return code, j
    return None


def _scan_piece(piece: str, language: str, codes: list[str], unresolved: list[str]) -> None:
    """Longest-name-first scan of one separator-delimited piece of a list."""
    syntax = _list_syntax(language)
    words = _clean_words(piece)
    pending: list[str] = []

    def flush() -> None:
        while pending and normalize_name(pending[-1]) in syntax.connectors:
            pending.pop()
        if pending:
            unresolved.append(" ".join(pending).strip(_EDGE_JUNK))
        pending.clear()

    i = 0
    while i < len(words):
        hit = _longest_name_at(words, i, language)
        for prefix in syntax.prefixes if hit is None else ():
            if words[i].startswith(prefix) and len(words[i]) > len(prefix):
                trial = [*words[:i], words[i][len(prefix) :], *words[i + 1 :]]
                hit = _longest_name_at(trial, i, language)
                if hit is not None:
                    words = trial
                    break
        if hit is not None:
            flush()
            codes.append(hit[0])
            i = hit[1]
            continue
        if pending or normalize_name(words[i]) not in syntax.connectors:
            pending.append(words[i])
        i += 1
    flush()


def split_state_list(text: str, language: str) -> tuple[list[str], list[str]]:
    """(ISO3 codes in printed order, names that did not resolve, as printed) of a State list.

    Lists use ", " and a final " and " ("Uruguay and Venezuela (Bolivarian Republic of)") or
    ", and"; names that themselves contain "and" ("Bosnia and Herzegovina") win because the
    longest known name is matched first.
    """
    codes: list[str] = []
    unresolved: list[str] = []
    for piece in _list_syntax(language).separators.split(text):
        if piece.strip():
            _scan_piece(piece, language, codes, unresolved)
    return codes, unresolved
