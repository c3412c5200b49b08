"""Paper sizes of the report, and which one a user's country prints on.

Source: Unicode CLDR supplemental data, measurementData ``<paperSize type="US-Letter"
territories="BZ CA CL CO CR GT MX NI PA PH PR SV US VE"/>``; every other territory uses A4.
"""

from __future__ import annotations

LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def default_paper(territory: str) -> str:
    """ "letter" for a Letter territory (ISO 3166-1 alpha-2, e.g. "US"), else "a4"."""
    return "letter" if territory.upper() in LETTER_TERRITORIES else "a4"
