"""Which date a document carries, and what to call it: "adopted 16 July 2020", or, for a
draft that is not adopted yet, "draft of 13 October 2025".

An adopted text's date is its adoption date (the header's, else the closing meeting
line's). An L. document (a draft) carries no adoption date but prints the date it was
issued under "Distr.: Limited" (UN editorial manual; A/C.3/80/L.20: "22 October 2025"):
that is the draft's own date, the one a history orders drafts by. Another document with
only an issue date (a report) is "issued" on it.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from typing import Literal

from resolution_compare.core.lexicon import load_table
from resolution_compare.core.model import Resolution
from resolution_compare.i18n import INTERFACE_LANGUAGE

DateWord = Literal["adopted", "draft of", "issued"]

# "A/C.3/80/L.20", "A/HRC/44/L.8/Rev.1": a draft's symbol (domain.md §1.1).
_DRAFT_SYMBOL = re.compile(r"/L\.\s*\d+", re.IGNORECASE)


@cache
def _month_names() -> dict[int, str]:
    """Month number → English name, from the date table the parser reads (lang/en)."""
    months = load_table(INTERFACE_LANGUAGE, "dates").get("months", {})
    return {int(n): str(name).capitalize() for name, n in months.items()}


def is_draft(res: Resolution) -> bool:
    """A draft resolution or decision: by the masthead's kind, else by an L. symbol."""
    kind = res.header.kind
    if kind is not None:
        return kind.startswith("draft")
    return bool(res.header.symbol and _DRAFT_SYMBOL.search(res.header.symbol))


def document_date(res: Resolution) -> tuple[DateWord, str] | None:
    """("adopted", ISO date), ("draft of", ISO date), ("issued", ISO date) or None."""
    if res.adopted:
        return "adopted", res.adopted
    issued = res.header.issued
    if issued:
        return ("draft of" if is_draft(res) else "issued"), issued
    return None


def document_day(res: Resolution) -> str | None:
    """The ISO date of :func:`document_date` alone: adopted, else a draft's (or report's)
    issue date. The one date every part orders and measures documents by (the sides of a
    comparison, the calendar distance, a history's order)."""
    found = document_date(res)
    return found[1] if found else None


def long_date(iso: str) -> str:
    """ "2025-10-13" → "13 October 2025" (the interface's language, as the UN prints
    dates); ``iso`` unchanged
    when it is not a date."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    month = _month_names().get(day.month, f"{day.month:02d}")
    return f"{day.day} {month} {day.year}"


def document_date_text(res: Resolution, long: bool = False) -> str:
    """ "adopted 2020-07-16", "draft of 2025-10-13" (``long``: "draft of 13 October 2025"),
    or "date unknown"."""
    found = document_date(res)
    if found is None:
        return "date unknown"
    word, iso = found
    return f"{word} {long_date(iso) if long else iso}"
