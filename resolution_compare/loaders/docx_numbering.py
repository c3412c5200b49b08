"""Word automatic numbering: numPr (numId, ilvl) → the printed label ("1.", "(a)", "(i)").

python-docx gives paragraph text without the numbers Word draws from numbering.xml
(stack-notes §6). This module rebuilds them: numId → abstractNum (with lvlOverride /
startOverride), per level numFmt / lvlText / start, one counter set per abstractNum,
deeper levels reset when a shallower one advances, "%1".."%9" substituted with each level's
formatted counter. It works on the XML elements python-docx exposes and imports no library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Definitions from numbering.xml plus the running counters of one document."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstractNumId → ilvl
    num_to_abstract: dict[str, str] = field(default_factory=dict)
    start_overrides: dict[tuple[str, int], int] = field(default_factory=dict)  # (numId, ilvl)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # abstractNumId → ilvl
    started_nums: set[str] = field(default_factory=set)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counters for a paragraph with (numId, ilvl); return its label."""
        abstract = self.num_to_abstract.get(num_id)
        if abstract is None or num_id == "0":
            return None
        levels = self.levels.get(abstract, {})
        level = levels.get(ilvl, Level())
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started_nums:
            # A num with startOverride restarts the list (Word: "restart numbering").
            self.started_nums.add(num_id)
            for (nid, lvl), start in self.start_overrides.items():
                if nid == num_id:
                    counters[lvl] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt in ("bullet", "none"):
            return None
        text = level.text
        for k in range(9):
            if f"%{k + 1}" in text:
                other = levels.get(k, Level())
                value = counters.get(k, other.start)
                text = text.replace(f"%{k + 1}", format_number(value, other.fmt))
        return text.strip() or None


# Word stores these as 32-bit integers; a longer digit string is not a number Word wrote
# (and int() of thousands of digits raises).
_MAX_DIGITS = 10
# Nine list levels (ilvl 0–8).
_LEVELS = 9


def _int(value: str | None, default: int) -> int:
    """A decimal attribute value, or ``default`` for anything Word would not have written."""
    if value is None:
        return default
    digits = value[1:] if value.startswith("-") else value
    if not digits.isdigit() or len(digits) > _MAX_DIGITS or not digits.isascii():
        return default
    return int(value)


def level_index(value: str | None) -> int:
    """An ilvl attribute as 0–8 (anything else reads as 0)."""
    level = _int(value, 0)
    return level if 0 <= level < _LEVELS else 0


def _val(element: Any, tag: str) -> str | None:
    child = element.find(W + tag)
    if child is None:
        return None
    value = child.get(W + "val")
    return str(value) if value is not None else None


def read_numbering(root: Any | None) -> Numbering:
    """Read numbering.xml's root element (None when the document has no numbering part)."""
    numbering = Numbering()
    if root is None:
        return numbering
    for abstract in root.iter(W + "abstractNum"):
        aid = str(abstract.get(W + "abstractNumId"))
        levels: dict[int, Level] = {}
        for lvl in abstract.iter(W + "lvl"):
            ilvl = level_index(lvl.get(W + "ilvl"))
            levels[ilvl] = Level(
                fmt=_val(lvl, "numFmt") or "decimal",
                text=_val(lvl, "lvlText") or "",
                start=_int(_val(lvl, "start"), 1),
            )
        numbering.levels[aid] = levels
    for num in root.iter(W + "num"):
        nid = str(num.get(W + "numId"))
        abstract_id = _val(num, "abstractNumId")
        if abstract_id is not None:
            numbering.num_to_abstract[nid] = abstract_id
        for override in num.iter(W + "lvlOverride"):
            start = _int(_val(override, "startOverride"), -1)
            if start >= 0:
                numbering.start_overrides[(nid, level_index(override.get(W + "ilvl")))] = start
    return numbering


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


# A label longer than this is no label a reader can use: such counters (a list started at
# 100 000 000 000 in Roman numerals or letters, > 5 min and 1.2 GB before) print in decimal.
MAX_LABEL_CHARS = 40


def _roman(value: int) -> str:
    out = "m" * (value // 1000)  # no loop of one step per thousand
    value %= 1000
    for size, letters in _ROMAN[1:]:
        while value >= size:
            out += letters
            value -= size
    return out


def _letters(value: int) -> str:
    # Word repeats the letter after z: aa, bb, … (not Excel-style ab).
    if value < 1:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _fits(value: int, fmt: str) -> bool:
    """True when ``value`` in a letter or Roman format stays within MAX_LABEL_CHARS."""
    if fmt in ("lowerLetter", "upperLetter"):
        return value >= 1 and (value - 1) // 26 + 1 <= MAX_LABEL_CHARS
    if fmt in ("lowerRoman", "upperRoman"):
        return value >= 1 and value // 1000 + 15 <= MAX_LABEL_CHARS
    return True


def format_number(value: int, fmt: str) -> str:
    """One counter in a Word numFmt; unknown formats, and counters whose letter or Roman
    form would exceed :data:`MAX_LABEL_CHARS`, fall back to decimal."""
    if not _fits(value, fmt):
        return str(value)
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
