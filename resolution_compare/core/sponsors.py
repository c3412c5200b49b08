"""Sponsor shifts between two drafts: which States joined or left the list of sponsors.

Names are matched by State (ISO 3166-1 code through the country table, so "Bahamas (The)"
and "Bahamas" are one State) and otherwise by their normalised spelling; they are shown as
printed on the side where they appear. Computed only when both sides print a sponsor
list (drafts; an adopted text has none: ``Header.sponsors`` is None).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from resolution_compare.core.countries import normalize_name, resolve_state
from resolution_compare.core.model import Resolution


@dataclass(frozen=True)
class SponsorComparison:
    """Both lists as printed, and the States that joined (later only) or withdrew."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    joined: tuple[str, ...] = ()  # on the later list only, as printed there
    withdrawn: tuple[str, ...] = ()  # on the earlier list only, as printed there

    @property
    def changed(self) -> bool:
        return bool(self.joined or self.withdrawn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "left": list(self.left),
            "right": list(self.right),
            "joined": list(self.joined),
            "withdrawn": list(self.withdrawn),
        }


def _key(name: str, language: str) -> str:
    return resolve_state(name, language) or normalize_name(name)


def compare_sponsors(left: Resolution, right: Resolution) -> SponsorComparison | None:
    """The sponsor shift of two drafts; None unless both print a sponsor list."""
    before, after = left.header.sponsors, right.header.sponsors
    if before is None or after is None:
        return None
    left_keys = {_key(n, left.language) for n in before}
    right_keys = {_key(n, right.language) for n in after}
    return SponsorComparison(
        left=before,
        right=after,
        joined=tuple(n for n in after if _key(n, right.language) not in left_keys),
        withdrawn=tuple(n for n in before if _key(n, left.language) not in right_keys),
    )
