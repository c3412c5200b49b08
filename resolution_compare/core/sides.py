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
