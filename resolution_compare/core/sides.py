"""What to call the two sides of a comparison: earlier/later, or plain left/right.

``compare(a, b)`` reads every verdict from left to right ("▲ stronger", "deleted", routine
updates), whichever text is the earlier. Calling the left side "earlier" is therefore only
right when the documents' own dates say so; when they say the left text is the LATER one
(a swap, ``open LATER EARLIER``, a file dropped on the wrong half, ``compare`` given in the
wrong order), the sides are called "left" and "right" and the comparison warns (QA D3):
a label must never contradict the direction the verdicts are read in.
"""

from __future__ import annotations

from typing import Literal

from resolution_compare.core.document_date import document_day
from resolution_compare.core.model import Resolution

SideRole = Literal["earlier", "later", "left", "right"]


def left_is_later(left: Resolution, right: Resolution) -> bool:
    """True when both documents are dated (adopted, else a draft's own date, else the
    closing meeting's) and the left one is the later."""
    a, b = document_day(left), document_day(right)
    return bool(a and b and a > b)


def order_warning(left: Resolution, right: Resolution) -> str | None:
    """The comparison warning when the dates say the left text is the later one, else None."""
    if not left_is_later(left, right):
        return None
    return (
        f"the left text ({document_day(left)}) is later than the right "
        f"({document_day(right)}): changes read from left to right — swap the sides to read "
        "them in date order"
    )


def side_roles(
    left: Resolution, right: Resolution, in_given_order: bool = True
) -> tuple[SideRole, SideRole]:
    """("earlier", "later") or ("left", "right").

    Two different dates decide: the left one earlier gives earlier/later; the left one
    later gives left/right (the verdicts still read left → right, so "earlier" would be
    false). Without them, the order the user gave is taken as earlier → later
    (``in_given_order``); after a swap nothing says which is which: left and right.
    """
    a, b = document_day(left), document_day(right)
    if a and b and a != b:
        return ("earlier", "later") if a < b else ("left", "right")
    return ("earlier", "later") if in_given_order else ("left", "right")


def language_versions(left: Resolution, right: Resolution) -> bool:
    """True for two language versions of one text: different languages, and the same
    symbol (a document keeps its symbol in all six languages: A/HRC/RES/44/11 in English
    and in French), or — when a side's symbol is not known (a plain text without its
    masthead) — the same adoption date.

    Neither is earlier: calling them "earlier/later" would invent an order.
    """
    if left.language == right.language:
        return False
    a, b = left.header.symbol, right.header.symbol
    if a and b:
        return _symbol_key(a) == _symbol_key(b)
    return bool(left.adopted) and left.adopted == right.adopted


def _symbol_key(symbol: str) -> str:
    return "".join(symbol.split()).casefold()


def language_roles(left: Resolution, right: Resolution) -> tuple[str, str] | None:
    """The sides named by their languages ("English", "French") for two language versions
    of one text (:func:`language_versions`); None otherwise (then :func:`side_roles`)."""
    if not language_versions(left, right):
        return None
    from resolution_compare.core.lexicon import LANGUAGE_NAMES

    return (
        LANGUAGE_NAMES.get(left.language, left.language),
        LANGUAGE_NAMES.get(right.language, right.language),
    )
