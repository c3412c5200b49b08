"""Dates as printed in resolutions ("16 July 2020", "16 juillet 2020", "16 de julio de 2020").

Month names and date patterns live in ``resources/lang/<language>/dates.json``; this module
only compiles them and turns a match into an ISO date.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from resolution_compare.core.lexicon import SUPPORTED_LANGUAGES, load_table
from resolution_compare.core.script import strip_marks

# Arabic-Indic and Eastern Arabic-Indic digits; NFKC does not fold them to ASCII.
_SLASH = re.compile(r"\s*/\s*")
_SPACE = re.compile(r"\s+")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class DateMatch:
    iso: str  # "2020-07-16"
    start: int  # span of the date in the searched text
    end: int


@dataclass(frozen=True)
class _DateRules:
    months: dict[str, int]
    patterns: tuple[re.Pattern[str], ...]


def _fold(word: str) -> str:
    """Month key: lower case, no Arabic vowel marks, no space around the slash of a paired
    Arabic month name ("حزيران/ يونيه" is "حزيران/يونيه")."""
    folded = strip_marks(unicodedata.normalize("NFC", word)).casefold().strip()
    return _SLASH.sub("/", _SPACE.sub(" ", folded))


@cache
def _rules(language: str) -> _DateRules:
    table = load_table(language, "dates")
    raw_months = table.get("months", {})
    months = {_fold(str(name)): int(number) for name, number in raw_months.items()}
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in table.get("patterns", []))
    return _DateRules(months, patterns)


def _to_iso(match: re.Match[str], months: dict[str, int]) -> str | None:
    month = months.get(_fold(match.group("month")))
    if month is None:
        return None
    try:
        day = datetime.date(int(match.group("year")), month, int(match.group("day")))
    except ValueError:  # "31 June", "0 July": printed text, not a date
        return None
    return day.isoformat()


def _languages(language: str) -> list[str]:
    return [language] + [other for other in SUPPORTED_LANGUAGES if other != language]


def find_date(text: str, language: str, *, any_language: bool = True) -> DateMatch | None:
    """The first date in ``text`` (given language first, then the others unless told not to).

    The span indexes ``text`` as given when it is NFC, which the loaders guarantee; matching
    runs on the NFC form so that decomposed accents ("fe\u0301vrier") still read.
    """
    text = unicodedata.normalize("NFC", text).translate(_DIGITS)
    candidates = _languages(language) if any_language else [language]
    for lang in candidates:
        rules = _rules(lang)
        best: DateMatch | None = None
        for pattern in rules.patterns:
            for match in pattern.finditer(text):
                iso = _to_iso(match, rules.months)
                if iso is not None:
                    if best is None or match.start() < best.start:
                        best = DateMatch(iso, match.start(), match.end())
                    break
        if best is not None:
            return best
    return None


def parse_date(text: str, language: str) -> str | None:
    """ISO date ("2020-07-16") of the first date written in ``text``, or None.

    ``text`` may be just the date or a line containing it ("Resolution adopted by the Human
    Rights Council on 16 July 2020"). The given language is tried first, then the others,
    since translated texts keep some lines in English.
    """
    found = find_date(text, language)
    return found.iso if found else None
