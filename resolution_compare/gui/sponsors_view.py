"""The sponsor shift of two drafts, as the votes tab shows it (core/sponsors.py computes it).

Only drafts print a sponsor list; the section is hidden unless both texts do
(``Comparison.sponsors`` is None otherwise). Names are shown as printed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from resolution_compare.core.sponsors import SponsorComparison
from resolution_compare.i18n import n_


def _tr(text: str) -> str:
    return QCoreApplication.translate("sponsors", text)


def sponsors_html(sponsors: SponsorComparison) -> str:
    """Counts on both sides, then the States that joined and those that left, by name."""
    counts = _tr("earlier {left}, later {right}").format(
        left=n_(len(sponsors.left), "{n} sponsor", "{n} sponsors"),
        right=n_(len(sponsors.right), "{n} sponsor", "{n} sponsors"),
    )
    parts = [f"<b>{_tr('Sponsors')}:</b> {html.escape(counts)}."]
    for title, names in (
        (_tr("Joined as sponsors"), sponsors.joined),
        (_tr("Left the sponsors"), sponsors.withdrawn),
    ):
        if names:
            listed = html.escape(", ".join(names))
            parts.append(f"<b>{title} ({len(names)}):</b> {listed}.")
    if not sponsors.changed:
        parts.append(html.escape(_tr("The same States sponsor both texts.")))
    return "<br>".join(parts)
