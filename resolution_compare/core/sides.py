"""What to call the two sides of a comparison: earlier/later, or plain left/right.

``compare(a, b)`` takes the earlier version first, but a user can swap the sides. Calling
the left side "earlier" is then only right when the documents' own adoption dates say so.
"""

from __future__ import annotations

from typing import Literal

from resolution_compare.core.model import Resolution

SideRole = Literal["earlier", "later", "left", "right"]


def side_roles(
    left: Resolution, right: Resolution, in_given_order: bool = True
) -> tuple[SideRole, SideRole]:
    """("earlier", "later"), ("later", "earlier") or ("left", "right").

    Two different adoption dates decide. Without them, the order the user gave is taken
    as earlier → later (``in_given_order``); after a swap nothing says which is which, so
    the sides are just "left" and "right".
    """
    a, b = left.adopted, right.adopted
    if a and b and a != b:
        return ("earlier", "later") if a < b else ("later", "earlier")
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
